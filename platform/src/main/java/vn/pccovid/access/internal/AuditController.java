package vn.pccovid.access.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.access.AuditEntry;
import vn.pccovid.access.AuditLog;
import vn.pccovid.core.Permission;
import vn.pccovid.core.KeysetPage;

/** Administrators search the audit log of personal-data access in their scope. */
@RestController
@RequestMapping("/api/v1/access/audit")
@Tag(name = "Audit log")
@Allowed(value = Permission.AUDIT_READ, area = AreaRule.CALLER_SCOPE)
class AuditController {

	private final AuditSearches searches;

	AuditController(AuditSearches searches) {
		this.searches = searches;
	}

	@GetMapping
	@Operation(summary = "Entries about citizens of the caller's scope, newest first; filter by actor, citizen or time. "
			+ "The search is audited itself, with the purpose given (one of the caller's, GET /api/v1/auth/me) or the caller's default.")
	KeysetPage<AuditEntry> search(@RequestParam(required = false) String actor, @RequestParam(required = false) UUID citizen,
			@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			@RequestParam(required = false) Long before, @RequestParam(defaultValue = "50") int limit,
			@RequestParam(required = false) String purpose, Actor caller) {
		KeysetPage.checkedLimit(limit, 200);
		return KeysetPage.of(searches.search(caller, purpose, new AuditLog.AuditQuery(actor, citizen, from, to, before, limit + 1)),
				limit, AuditEntry::id);
	}
}
