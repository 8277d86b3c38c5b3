package vn.pccovid.registry.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import vn.pccovid.core.KeysetPage;
import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditEntry;
import vn.pccovid.access.AuditLog;
import vn.pccovid.core.ForbiddenException;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.registry.Citizens;
import vn.pccovid.core.PhoneNumber;

/**
 * A signed-in citizen's view of the audit log: who (by role and area, never by name) read or changed the records
 * registered with their phone number, newest first.
 */
@Service
public class AccessLogs {

	public static final int MAX_LIMIT = 100;

	private final Citizens citizens;
	private final AuditLog auditLog;

	AccessLogs(Citizens citizens, AuditLog auditLog) {
		this.citizens = citizens;
		this.auditLog = auditLog;
	}

	/** One page of entries about the caller; 403 unless the caller is a signed-in citizen. */
	public Page of(Actor actor, Long before, int limit) {
		if (!actor.isCitizen()) {
			throw new ForbiddenException("registry.accessLog.citizensOnly");
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidInputException("limit", "registry.search.limit", MAX_LIMIT);
		}
		List<UUID> ids = PhoneNumber.parse(actor.id()).map(phone -> citizens.withPhone(phone).stream()
				.map(id -> id.value()).toList()).orElse(List.of());
		if (ids.isEmpty()) {
			return new Page(List.of(), null);
		}
		List<AuditEntry> entries = auditLog.about(ids, before, limit + 1);
		KeysetPage<AuditEntry> page = KeysetPage.of(entries, limit, AuditEntry::id);
		return new Page(page.items().stream().map(Item::of).toList(), (Long) page.next());
	}

	/**
	 * One page.
	 *
	 * @param items entries, newest first
	 * @param next  the {@code before} value for the next page, or {@code null}
	 */
	public record Page(List<Item> items, Long next) {
	}

	/**
	 * One access as a citizen sees it: roles and area of whoever it was, not their name.
	 *
	 * @param at         when
	 * @param actorRoles roles, comma-separated (empty for the citizen themself)
	 * @param actorScope the actor's area ({@code VN} for national)
	 * @param action     what was done
	 * @param purpose    why
	 * @param what       which data
	 */
	public record Item(Instant at, String actorRoles, String actorScope, String action, String purpose, String what) {

		static Item of(AuditEntry entry) {
			return new Item(entry.at(), entry.roles(), entry.actorScope(), entry.action().name(), entry.purpose(), entry.what());
		}
	}
}
