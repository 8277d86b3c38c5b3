package vn.pccovid.access;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The append-only record of every read or change of a citizen's personal data. Call it in the same transaction as
 * the read or change, so that both happen or neither does.
 */
public interface AuditLog {

	/** Records that the actor did this with these citizens' data, for this purpose. */
	void record(Actor actor, AuditAction action, String purpose, String what, Collection<AuditSubject> subjects);

	/**
	 * Records like {@link #record}, outside the caller's transaction: queued and written in batches within about
	 * 50 ms. For reads so frequent and cheap that a durable insert each would dominate them (identity
	 * verification by partner systems); a crash loses at most the last 50 ms of such entries.
	 */
	void recordSoon(Actor actor, AuditAction action, String purpose, String what, Collection<AuditSubject> subjects);

	/**
	 * Records an action that touched no known citizen — a verification of an unknown CCCD, a search that found
	 * nobody, a refused read — in the caller's transaction: one entry without a subject, in the given area (or none).
	 */
	void recordMiss(Actor actor, AuditAction action, String purpose, String what, vn.pccovid.core.AreaCode area);

	/** Records like {@link #recordMiss}, queued like {@link #recordSoon}. */
	void recordMissSoon(Actor actor, AuditAction action, String purpose, String what, vn.pccovid.core.AreaCode area);

	/** The newest entries about these citizens (what a citizen sees as "who read my data"), newest first. */
	List<AuditEntry> about(Collection<UUID> citizenIds, Long before, int limit);

	/** Entries whose citizen lies in the scope, optionally of one actor, citizen or time window; newest first. */
	List<AuditEntry> search(Scope scope, AuditQuery query);

	/**
	 * What to look for in the audit log.
	 *
	 * @param actorName only this actor (username or phone), or {@code null}
	 * @param citizenId only this citizen, or {@code null}
	 * @param from      from this instant, or {@code null}
	 * @param to        before this instant, or {@code null}
	 * @param before    keyset: only entries with a smaller id, or {@code null}
	 * @param limit     page size
	 */
	record AuditQuery(String actorName, UUID citizenId, Instant from, Instant to, Long before, int limit) {
	}
}
