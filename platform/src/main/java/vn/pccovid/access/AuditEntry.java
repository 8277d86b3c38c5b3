package vn.pccovid.access;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the append-only audit log: who (account, roles, scope) did what with whose data, why and when.
 *
 * @param id        sequence number
 * @param at        when
 * @param actorKind staff, citizen or anonymous
 * @param actorId   account id or phone
 * @param actorName username or phone
 * @param roles     the actor's roles, comma-separated
 * @param actorScope the actor's scope ({@code VN} or an area path)
 * @param action    what was done
 * @param purpose   why (the use case, such as {@code citizen-search})
 * @param what      which data (fields or record kind)
 * @param citizenId whose data
 * @param citizenArea the citizen's area path, or {@code null}
 */
public record AuditEntry(long id, Instant at, Actor.Kind actorKind, String actorId, String actorName, String roles,
		String actorScope, AuditAction action, String purpose, String what, UUID citizenId, String citizenArea) {
}
