package vn.pccovid.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.cases.CaseFixtures;
import vn.pccovid.cases.CaseLevel;
import vn.pccovid.cases.CasePeriod;
import vn.pccovid.cases.CaseStatuses;
import vn.pccovid.core.AreaCode;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;
import vn.pccovid.testing.TestOutcome;

/** Cases from results and declarations, their lifecycle and history, and who sees them where (H2). */
class CasesApiTest extends PlatformTest {

	static final AreaCode PHUC_XA = PeopleFixtures.PHUC_XA;
	static final AreaCode TRUC_BACH = PeopleFixtures.TRUC_BACH;

	@Autowired
	ApplicationEventPublisher events;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	CaseStatuses statuses;
	@Autowired
	QuarantineEnds quarantineEnds;
	@Autowired
	CaseBook book;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	AuditLog auditLog;

	PeopleFixtures people;
	CaseFixtures cases;
	String healthWorker;

	@BeforeEach
	void fixtures() {
		people = new PeopleFixtures(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), adminBearer());
		cases = new CaseFixtures(events, transactions);
		healthWorker = access().bearer(Role.HEALTH_WORKER, Scope.of(PHUC_XA.parent()));
	}

	private UUID positive(Registered person) {
		UUID id = UUID.fromString(person.id());
		cases.publish(CaseFixtures.result(id, person.ward(), TestOutcome.POSITIVE, clock.instant().minus(Duration.ofHours(8))));
		CaseFixtures.await("F0 case", () -> statuses.currentOf(id).filter(s -> s.level() == CaseLevel.F0).isPresent());
		return statuses.currentOf(id).orElseThrow().caseId();
	}

	@Test
	void aPositiveResultMakesAnF0WhoIsToldWhatToDo() {
		Registered person = people.adultWithPhone();
		String citizen = people.citizenBearer(person.phone());
		assertThat(http().get("/api/v1/me/people/" + person.id() + "/status", "Authorization", citizen).json().get("status").asString())
				.isEqualTo("NONE");

		positive(person);

		JsonNode status = http().get("/api/v1/me/people/" + person.id() + "/status", "Authorization", citizen).json();
		assertThat(status.get("status").asString()).isEqualTo("F0");
		assertThat(status.get("since").asString()).isNotBlank();
		assertThat(status.get("instructions").asString()).contains("Cách ly");
		JsonNode english = http().get("/api/v1/me/people/" + person.id() + "/status?lang=en", "Authorization", citizen).json();
		assertThat(english.get("instructions").asString()).contains("Isolate");
		JsonNode inbox = http().get("/api/v1/me/inbox?personId=" + person.id(), "Authorization", citizen).json();
		assertThat(inbox.get("items").valueStream().filter(item -> item.get("kind").asString().equals("cases.f0")).count()).isEqualTo(1);
	}

	@Test
	void aNegativeResultOrAnotherPersonsPhoneChangesNothing() {
		Registered person = people.adultWithPhone();
		Registered stranger = people.adultWithPhone();
		UUID id = UUID.fromString(person.id());
		cases.publish(CaseFixtures.result(id, person.ward(), TestOutcome.NEGATIVE, clock.instant()));
		positive(stranger);
		assertThat(statuses.currentOf(id)).isEmpty();
		Http.Response other = http().get("/api/v1/me/people/" + person.id() + "/status", "Authorization",
				people.citizenBearer(stranger.phone()));
		assertProblem(other, 404, null);
	}

	@Test
	void aDeclarationWithSymptomsOpensASuspectedCaseThatAPositiveRaises() {
		Registered person = people.adultWithPhone();
		UUID id = UUID.fromString(person.id());
		LocalDate onset = LocalDate.now(clock).minusDays(3);
		cases.publish(CaseFixtures.symptoms(id, person.ward(), onset));
		CaseFixtures.await("suspected case", () -> statuses.currentOf(id).isPresent());
		assertThat(statuses.currentOf(id).orElseThrow().level()).isEqualTo(CaseLevel.SUSPECTED);

		UUID caseId = positive(person);
		JsonNode detail = http().get("/api/v1/cases/" + caseId, "Authorization", healthWorker).json();
		assertThat(detail.get("status").asString()).isEqualTo("F0");
		assertThat(detail.get("referenceDate").asString()).as("look-back starts from the onset").isEqualTo(onset.toString());
		assertThat(detail.get("history")).hasSize(2);
		assertThat(detail.get("history").get(0).get("toLevel").asString()).isEqualTo("SUSPECTED");
		assertThat(detail.get("history").get(1).get("fromLevel").asString()).isEqualTo("SUSPECTED");
		assertThat(detail.get("history").get(1).get("actor").asString()).isEqualTo("testing");
	}

	@Test
	void transitionsFollowTheLifecycleAndKeepEveryChange() {
		Registered person = people.adultWithPhone();
		UUID caseId = positive(person);
		String path = "/api/v1/cases/" + caseId + "/transitions";

		assertProblem(http().post(path, "{\"to\":\"FLYING\",\"reason\":\"x\"}", "Authorization", healthWorker), 400, "to");
		assertProblem(http().post(path, "{\"to\":\"ISOLATING_HOME\"}", "Authorization", healthWorker), 400, "reason");
		assertProblem(http().post(path, "{\"to\":\"QUARANTINED\",\"reason\":\"x\"}", "Authorization", healthWorker), 409, "to");

		Http.Response home = http().post(path, "{\"to\":\"ISOLATING_HOME\",\"reason\":\"Nhà riêng đủ điều kiện\"}", "Authorization", healthWorker);
		assertThat(home.status()).as(home.body()).isEqualTo(200);
		Http.Response recovered = http().post(path, "{\"to\":\"RECOVERED\",\"reason\":\"Hai lần âm tính\"}", "Authorization", healthWorker);
		assertThat(recovered.json().get("state").asString()).isEqualTo("RECOVERED");
		assertProblem(http().post(path, "{\"to\":\"ISOLATING_HOME\",\"reason\":\"x\"}", "Authorization", healthWorker), 409, "to");

		JsonNode history = recovered.json().get("history");
		assertThat(history).hasSize(3);
		assertThat(history.get(1).get("toState").asString()).isEqualTo("ISOLATING_HOME");
		assertThat(history.get(1).get("reason").asString()).isEqualTo("Nhà riêng đủ điều kiện");
		assertThat(history.get(1).get("actor").asString()).startsWith("health-worker-");
		assertThat(history.get(2).get("fromState").asString()).isEqualTo("ISOLATING_HOME");

		List<CasePeriod> periods = statuses.historyOf(UUID.fromString(person.id()));
		assertThat(periods).singleElement().satisfies(p -> {
			assertThat(p.level()).isEqualTo(CaseLevel.F0);
			assertThat(p.to()).isNotNull();
		});
		assertThatThrownBy(() -> jdbc.sql("UPDATE cases.case_transition SET reason = 'rewritten' WHERE case_id = ?").param(caseId).update())
				.as("the history is append-only").hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM cases.case_transition WHERE case_id = ?").param(caseId).update())
				.hasMessageContaining("append-only");
	}

	@Test
	void wardPoliceSeeAndChangeCasesOfTheirWardOnly() {
		Registered person = people.adultWithPhone();
		UUID caseId = positive(person);
		String ownWard = access().bearer(Role.WARD_POLICE, Scope.of(PHUC_XA));
		String otherWard = access().bearer(Role.WARD_POLICE, Scope.of(TRUC_BACH));

		JsonNode own = http().get("/api/v1/cases?area=" + PHUC_XA.value() + "&status=F0&limit=200", "Authorization", ownWard).json();
		assertThat(own.get("items").valueStream().map(i -> i.get("id").asString())).contains(caseId.toString());
		JsonNode item = own.get("items").valueStream().filter(i -> i.get("id").asString().equals(caseId.toString())).findFirst().orElseThrow();
		assertThat(item.get("personId").asString()).isEqualTo(person.id());
		assertThat(item.get("wardCode").asString()).isEqualTo(PHUC_XA.value());

		assertProblem(http().get("/api/v1/cases?area=" + PHUC_XA.value(), "Authorization", otherWard), 403, null);
		assertProblem(http().get("/api/v1/cases/" + caseId, "Authorization", otherWard), 403, null);
		assertProblem(http().post("/api/v1/cases/" + caseId + "/transitions", "{\"to\":\"ISOLATING_HOME\",\"reason\":\"x\"}",
				"Authorization", otherWard), 403, null);
		JsonNode theirs = http().get("/api/v1/cases?limit=200", "Authorization", otherWard).json();
		assertThat(theirs.get("items").valueStream().map(i -> i.get("id").asString())).doesNotContain(caseId.toString());

		Http.Response moved = http().post("/api/v1/cases/" + caseId + "/transitions",
				"{\"to\":\"ISOLATING_FACILITY\",\"reason\":\"Khu cách ly tập trung\"}", "Authorization", ownWard);
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(auditLog.about(List.of(UUID.fromString(person.id())), null, 50).stream().map(e -> e.action()))
				.contains(AuditAction.SEARCH, AuditAction.UPDATE);
		assertProblem(http().get("/api/v1/cases", "Authorization", access().bearer(Role.LAB_TECHNICIAN, Scope.NATIONAL)), 403, null);
	}

	@Test
	void listsPageByKeyAndRejectBadFilters() {
		Registered first = people.adultWithPhone();
		Registered second = people.adultWithPhone();
		positive(first);
		positive(second);
		List<String> seen = new ArrayList<>();
		String next = null;
		do {
			JsonNode page = http().get("/api/v1/cases?area=" + PHUC_XA.value() + "&limit=1" + (next == null ? "" : "&after=" + next),
					"Authorization", healthWorker).json();
			assertThat(page.get("items").size()).isLessThanOrEqualTo(1);
			page.get("items").forEach(i -> seen.add(i.get("id").asString()));
			next = page.get("next").isNull() ? null : page.get("next").asString();
		}
		while (next != null && seen.size() < 500);
		assertThat(seen).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(2);
		assertProblem(http().get("/api/v1/cases?status=F9", "Authorization", healthWorker), 400, "status");
		assertProblem(http().get("/api/v1/cases?limit=0", "Authorization", healthWorker), 400, "limit");
		assertProblem(http().get("/api/v1/cases?area=12x", "Authorization", healthWorker), 400, "area");
		assertProblem(http().get("/api/v1/cases?from=2021-09-10&to=2021-09-01", "Authorization", healthWorker), 400, "to");
	}

	@Test
	void staffEnterACaseAndQuarantineEndsAfterItsPeriod() {
		Registered person = people.adultWithPhone();
		LocalDate contact = LocalDate.now(clock).minusDays(15);
		Http.Response opened = http().post("/api/v1/cases", "{\"personId\":\"" + person.id() + "\",\"level\":\"F1\",\"referenceDate\":\""
				+ contact + "\",\"reason\":\"Tiếp xúc tại nơi làm việc\"}", "Authorization", healthWorker);
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		assertThat(opened.json().get("state").asString()).isEqualTo("QUARANTINED");
		assertThat(http().post("/api/v1/cases", "{\"personId\":\"" + person.id() + "\",\"level\":\"F2\",\"reason\":\"again\"}",
				"Authorization", healthWorker).status()).as("an F2 finding does not lower an F1").isEqualTo(200);

		assertThat(quarantineEnds.clearDue()).isGreaterThanOrEqualTo(1);
		JsonNode after = http().get("/api/v1/cases/" + opened.json().get("id").asString(), "Authorization", healthWorker).json();
		assertThat(after.get("state").asString()).isEqualTo("CLEARED");
		assertThat(after.get("history").get(1).get("actor").asString()).isEqualTo("period");
	}
}
