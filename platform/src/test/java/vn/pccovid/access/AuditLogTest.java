package vn.pccovid.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import vn.pccovid.core.AreaCode;
import vn.pccovid.support.PlatformTest;

/** The audit log records who, role, area, purpose and what; it is append-only, and admins search it in scope. */
class AuditLogTest extends PlatformTest {

	@Autowired
	AuditLog audit;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	static final AreaCode PHUC_XA = AreaCode.ward("01", "001", "00001");
	static final AreaCode TAN_DINH = AreaCode.ward("79", "760", "26734");

	@Test
	void recordsEveryCitizenTouchedWithWhoWhyAndWhat() {
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		Actor police = new Actor(Actor.Kind.STAFF, UUID.randomUUID().toString(), "cong-an-phuc-xa", Set.of(Role.WARD_POLICE),
				Scope.of(PHUC_XA));
		transactions.executeWithoutResult(status -> audit.record(police, AuditAction.SEARCH, "citizen-search", "name,cccd,phone",
				List.of(new AuditSubject(first, PHUC_XA), new AuditSubject(second, PHUC_XA))));

		List<AuditEntry> entries = audit.about(List.of(first), null, 10);
		assertThat(entries).hasSize(1);
		AuditEntry entry = entries.get(0);
		assertThat(entry.actorName()).isEqualTo("cong-an-phuc-xa");
		assertThat(entry.roles()).isEqualTo("WARD_POLICE");
		assertThat(entry.actorScope()).isEqualTo("01.001.00001");
		assertThat(entry.action()).isEqualTo(AuditAction.SEARCH);
		assertThat(entry.purpose()).isEqualTo("citizen-search");
		assertThat(entry.what()).isEqualTo("name,cccd,phone");
		assertThat(entry.citizenArea()).isEqualTo("01.001.00001");
		assertThat(entry.at()).isCloseTo(clock.instant(), org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS));
		assertThat(audit.about(List.of(first, second), null, 10)).hasSize(2);
	}

	@Test
	void writesOnlyInsideTheCallersTransaction() {
		Actor someone = new Actor(Actor.Kind.STAFF, "x", "x", Set.of(Role.HEALTH_WORKER), Scope.NATIONAL);
		assertThatThrownBy(() -> audit.record(someone, AuditAction.READ, "p", "w", List.of(new AuditSubject(UUID.randomUUID(), null))))
				.isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void entriesCannotBeChanged() {
		UUID citizen = UUID.randomUUID();
		Actor someone = new Actor(Actor.Kind.STAFF, "x", "auditor-x", Set.of(Role.HEALTH_WORKER), Scope.NATIONAL);
		transactions.executeWithoutResult(status -> audit.record(someone, AuditAction.READ, "p", "w", List.of(new AuditSubject(citizen, PHUC_XA))));
		assertThatThrownBy(() -> jdbc.sql("UPDATE access.audit_entry SET actor_name = 'nobody' WHERE citizen_id = ?").param(citizen).update())
				.hasMessageContaining("append-only");
		assertThat(audit.about(List.of(citizen), null, 1).get(0).actorName()).isEqualTo("auditor-x");
	}

	@Test
	void entriesCannotBeDeletedOrTruncated() {
		UUID citizen = UUID.randomUUID();
		Actor someone = new Actor(Actor.Kind.STAFF, "x", "keeper-" + citizen, Set.of(Role.HEALTH_WORKER), Scope.NATIONAL);
		transactions.executeWithoutResult(status -> audit.record(someone, AuditAction.READ, "testing", "w", List.of(new AuditSubject(citizen, PHUC_XA))));
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM access.audit_entry WHERE citizen_id = ?").param(citizen).update())
				.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("TRUNCATE access.audit_entry").update()).hasMessageContaining("append-only");
		assertThat(audit.about(List.of(citizen), null, 1)).hasSize(1);
	}

	@Test
	void searchesOfTheLogAreThemselvesAuditedWithTheirPurpose() {
		var searcher = access().account(Role.PROVINCE_ADMIN, Scope.of(AreaCode.province("01")));
		String bearer = access().bearer(searcher.username());
		UUID citizen = UUID.randomUUID();
		assertThat(http().get("/api/v1/access/audit?actor=someone-else", "Authorization", bearer).status()).isEqualTo(200);
		assertThat(http().get("/api/v1/access/audit?citizen=" + citizen + "&purpose=registry-maintenance", "Authorization", bearer)
				.status()).isEqualTo(200);
		assertProblem(http().get("/api/v1/access/audit?purpose=contact-tracing", "Authorization", bearer), 400, "purpose");

		JsonNode items = http().get("/api/v1/access/audit?actor=" + searcher.username(), "Authorization", adminBearer()).json().get("items");
		// newest first: the two searches above (the refused one read nothing and left none)
		assertThat(items).hasSize(2);
		assertThat(items.get(1).get("action").asString()).isEqualTo("SEARCH");
		assertThat(items.get(1).get("purpose").asString()).isEqualTo("audit-review");
		assertThat(items.get(1).get("what").asString()).isEqualTo("audit-log actor=someone-else");
		assertThat(items.get(1).get("citizenArea").asString()).isEqualTo("01");
		assertThat(items.get(0).get("purpose").asString()).isEqualTo("registry-maintenance");
		assertThat(items.get(0).get("what").asString()).isEqualTo("audit-log citizen=" + citizen);
		assertThat(items.get(0).get("citizenId").asString()).isEqualTo(citizen.toString());
		assertThat(audit.about(List.of(citizen), null, 5)).extracting(AuditEntry::actorName).containsExactly(searcher.username());
	}

	@Test
	void theConsolePageSearchIsAuditedToo() {
		var searcher = access().account(Role.SYSTEM_ADMIN, Scope.NATIONAL);
		String session = vn.pccovid.support.WebSessions.staff(http(), searcher.username());
		assertThat(http().get("/console/audit?actor=nobody-in-particular", "Cookie", session).status()).isEqualTo(200);
		JsonNode items = http().get("/api/v1/access/audit?actor=" + searcher.username(), "Authorization", adminBearer()).json().get("items");
		assertThat(items.findValuesAsString("what")).containsExactly("audit-log actor=nobody-in-particular");
	}

	@Test
	void adminsSearchTheLogWithinTheirScope() {
		UUID inHanoi = UUID.randomUUID();
		UUID inHcmc = UUID.randomUUID();
		Actor reader = new Actor(Actor.Kind.STAFF, "y", "reader-" + inHanoi, Set.of(Role.EPIDEMIOLOGIST), Scope.NATIONAL);
		transactions.executeWithoutResult(status -> audit.record(reader, AuditAction.READ, "case-investigation", "record",
				List.of(new AuditSubject(inHanoi, PHUC_XA), new AuditSubject(inHcmc, TAN_DINH))));

		JsonNode hanoi = http().get("/api/v1/access/audit?actor=" + reader.name(), "Authorization",
				access().bearer(Role.PROVINCE_ADMIN, Scope.of(AreaCode.province("01")))).json().get("items");
		assertThat(hanoi.findValuesAsString("citizenId")).containsExactly(inHanoi.toString());
		JsonNode national = http().get("/api/v1/access/audit?actor=" + reader.name(), "Authorization", adminBearer()).json().get("items");
		assertThat(national.findValuesAsString("citizenId")).containsExactlyInAnyOrder(inHanoi.toString(), inHcmc.toString());
		assertProblem(http().get("/api/v1/access/audit", "Authorization", access().bearer(Role.WARD_POLICE, Scope.of(PHUC_XA))), 403, null);
		assertProblem(http().get("/api/v1/access/audit?limit=0", "Authorization", adminBearer()), 400, "limit");
		assertProblem(http().get("/api/v1/access/audit?citizen=not-a-uuid", "Authorization", adminBearer()), 400, "citizen");
	}
}
