package vn.pccovid.movement.internal;

import java.util.UUID;

import vn.pccovid.core.AreaCode;

/** A checkpoint: where it is (its ward) and what it is called. */
record Checkpoint(UUID id, String name, AreaCode ward) {
}
