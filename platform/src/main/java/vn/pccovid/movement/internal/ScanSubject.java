package vn.pccovid.movement.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.pccovid.core.AreaCode;

/**
 * What the rules decide about: the person identified at a checkpoint, the permits that count (the scanned permit,
 * or the person's approved permits), where the checkpoint is and when.
 */
record ScanSubject(UUID person, List<PermitTerms> permits, AreaCode ward, LocalDate today, Instant now) {
}
