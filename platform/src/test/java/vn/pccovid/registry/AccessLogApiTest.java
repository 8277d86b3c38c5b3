package vn.pccovid.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pccovid.registry.CitizenFixtures.*;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditEntry;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.access.StaffAccount;
import vn.pccovid.support.CitizenSignIns;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;
import vn.pccovid.support.WebSessions;

/** Every staff read is audited, and the citizen sees it (roles and area, never the staff member's name). */
class AccessLogApiTest extends PlatformTest {


	@Autowired
	AuditLog auditLog;

	// Codes are read from the outbox table: reading them over the audited API would add entries to the log under test.
	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void aStaffReadAppearsInTheCitizensAccessLog() {
		Person person = Person.in(PHUC_XA);
		String id = registered(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.of(HANOI)), person);
		StaffAccount checkpoint = access().account(Role.CHECKPOINT_OFFICER, Scope.of(BA_DINH));
		String checkpointBearer = access().bearer(checkpoint.username());
		assertThat(http().get("/api/v1/registry/citizens/" + id, "Authorization", checkpointBearer).status()).isEqualTo(200);
		assertThat(http().get("/api/v1/registry/citizens?q=" + enc(person.fullName()), "Authorization", checkpointBearer)
				.json().get("items")).hasSize(1);

		List<AuditEntry> entries = auditLog.about(List.of(UUID.fromString(id)), null, 10);
		assertThat(entries).extracting(AuditEntry::action).containsExactly(AuditAction.SEARCH, AuditAction.READ, AuditAction.CREATE);
		assertThat(entries.get(1).actorName()).isEqualTo(checkpoint.username());
		assertThat(entries.get(1).citizenArea()).isEqualTo("01.001.00001");

		String citizen = citizenBearer(person.phone());
		Http.Response log = http().get("/api/v1/me/access-log", "Authorization", citizen);
		assertThat(log.status()).as(log.body()).isEqualTo(200);
		JsonNode items = log.json().get("items");
		assertThat(items).extracting(item -> item.get("action").asString()).containsExactly("SEARCH", "READ", "CREATE");
		JsonNode read = items.get(1);
		assertThat(read.get("actorRoles").asString()).isEqualTo("CHECKPOINT_OFFICER");
		assertThat(read.get("actorScope").asString()).isEqualTo("01.001");
		assertThat(read.get("purpose").asString()).isEqualTo("movement-control");
		assertThat(read.get("what").asString()).isEqualTo("identity,residence");
		assertThat(read.get("at").asString()).isNotBlank();
		assertThat(log.body()).doesNotContain(checkpoint.username()).doesNotContain(checkpoint.id().toString());

		JsonNode first = http().get("/api/v1/me/access-log?limit=2", "Authorization", citizen).json();
		assertThat(first.get("items")).hasSize(2);
		JsonNode rest = http().get("/api/v1/me/access-log?limit=2&before=" + first.get("next").asLong(), "Authorization", citizen).json();
		assertThat(rest.get("items")).extracting(item -> item.get("action").asString()).containsExactly("CREATE");
		assertThat(rest.get("next").isNull()).isTrue();
	}

	@Test
	void aCitizenWithNoRecordSeesAnEmptyLog() {
		JsonNode log = http().get("/api/v1/me/access-log", "Authorization", citizenBearer(phone())).json();
		assertThat(log.get("items")).isEmpty();
	}

	@Test
	void onlyCitizensHaveAnAccessLog() {
		assertProblem(http().get("/api/v1/me/access-log"), 401, null);
		assertProblem(http().get("/api/v1/me/access-log", "Authorization", access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL)), 403, null);
		String citizen = citizenBearer(phone());
		assertProblem(http().get("/api/v1/me/access-log?limit=0", "Authorization", citizen), 400, "limit");
		assertProblem(http().get("/api/v1/me/access-log?before=x", "Authorization", citizen), 400, "before");
	}

	@Test
	void theCitizensPageListsTheReadsInVietnameseOrEnglish() {
		Person person = Person.in(TRUC_BACH);
		String id = registered(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.of(HANOI)), person);
		http().get("/api/v1/registry/citizens/" + id, "Authorization", access().bearer(Role.HEALTH_WORKER, Scope.of(TRUC_BACH)));
		String session = citizenSession(person.phone());
		Http.Response vi = http().get("/me/access-log", "Cookie", session);
		assertThat(vi.status()).isEqualTo(200);
		assertThat(vi.body()).contains("Ai đã xem dữ liệu của tôi", "Nhân viên y tế", "Phường Trúc Bạch, Quận Ba Đình", "Đã xem",
				"(giờ Việt Nam)").doesNotContain("HEALTH_WORKER", "01.001.00004");
		Http.Response en = http().get("/me/access-log?lang=en", "Cookie", session);
		assertThat(en.body()).contains("Who read my data", "Health worker", "Viewed", "(Vietnam time)");
	}

	@Test
	void staffFindCitizensOnTheConsolePageWithoutDiacritics() {
		Person person = Person.in(PHUC_XA);
		registered(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.of(HANOI)), person);
		StaffAccount officer = access().account(Role.WARD_POLICE, Scope.of(PHUC_XA));
		String session = WebSessions.staff(http(), officer.username());
		assertThat(http().get("/console/citizens", "Cookie", session).body()).contains("hx-get=\"/console/citizens/search\"");
		String results = http().get("/console/citizens/search?q=" + enc(vn.pccovid.core.VietnameseText.fold(person.fullName())),
				"Cookie", session).body();
		assertThat(results).contains(person.fullName()).contains(person.cccd());
		assertThat(http().get("/console/citizens/search?q=a", "Cookie", session).body()).contains("ít nhất 2 ký tự");
		assertThat(http().get("/console/registry/import", "Cookie", session).status()).isIn(302, 403);
	}

	private String citizenBearer(String phone) {
		return CitizenSignIns.bearer(http(), CitizenSignIns.Codes.inDatabase(jdbc), phone);
	}

	private String citizenSession(String phone) {
		return CitizenSignIns.session(http(), CitizenSignIns.Codes.inDatabase(jdbc), phone, "/login").session();
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
