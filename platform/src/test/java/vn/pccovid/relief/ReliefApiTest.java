package vn.pccovid.relief;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pccovid.relief.ReliefFixtures.BA_DINH;
import static vn.pccovid.relief.ReliefFixtures.HANOI;
import static vn.pccovid.relief.ReliefFixtures.PHUC_TAN;
import static vn.pccovid.relief.ReliefFixtures.PHUC_XA;
import static vn.pccovid.relief.ReliefFixtures.TAN_DINH;
import static vn.pccovid.relief.ReliefFixtures.TRUC_BACH;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.relief.ReliefFixtures.Kind;
import vn.pccovid.relief.ReliefFixtures.Person;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/**
 * The relief API over HTTP on the real database: each rule kind alone, temporary residents and homeless people where
 * the programme says so, approval by the level above, payments never twice (409 with the earlier payment), household
 * programmes, the public list that leaks nothing, area scoping, and everything audited.
 */
class ReliefApiTest extends PlatformTest {

	@Autowired
	JdbcClient jdbc;

	ReliefFixtures relief;
	String wardOfficer;

	@BeforeEach
	void fixtures() {
		relief = new ReliefFixtures(http(), access());
		wardOfficer = access().bearer(Role.LOCAL_GOVERNMENT_OFFICER, Scope.of(PHUC_XA));
	}

	@Test
	void aFreelanceProgrammeListsAttestedFreelancersAndRefusesOthersNamingTheRule() {
		String programme = relief.programme("PERSON", Map.of("flags", List.of("FREELANCE")));
		Person freelancer = relief.adult(PHUC_XA);
		Person other = relief.adult(PHUC_XA);
		assertThat(relief.attest(wardOfficer, freelancer.cccd(), "FREELANCE").status()).isEqualTo(200);

		Http.Response listed = relief.propose(wardOfficer, programme, freelancer.cccd());
		assertThat(listed.status()).as(listed.body()).isEqualTo(201);
		assertThat(listed.json().get("status").asString()).isEqualTo("PROPOSED");
		assertThat(listed.body()).doesNotContain(freelancer.cccd(), freelancer.fullName());

		JsonNode refused = assertProblem(relief.propose(wardOfficer, programme, other.cccd()), 422, "rules.flags");
		assertThat(refused.get("detail").asString()).contains("FREELANCE");
		assertThat(audited(other.id(), "relief-propose")).as("a refusal is audited").isEqualTo(1);
		assertThat(audited(freelancer.id(), "relief-propose")).isEqualTo(1);
	}

	@Test
	void aShipperQualifiesByTheRegistryFlag() {
		String programme = relief.programme("PERSON", Map.of("flags", List.of("SHIPPER")));
		assertThat(relief.propose(wardOfficer, programme, relief.person(PHUC_XA, LocalDate.of(1995, 1, 1), Kind.SHIPPER).cccd()).status())
				.isEqualTo(201);
		assertProblem(relief.propose(wardOfficer, programme, relief.adult(PHUC_XA).cccd()), 422, "rules.flags");
	}

	@Test
	void agesAreCountedOnTheFirstDayOfTheFirstPeriod() {
		String children = relief.programme("PERSON", Map.of("maxAge", 15));
		String elders = relief.programme("PERSON", Map.of("minAge", 60));
		// 16 on 1 September 2021 exactly: too old for children, too young for elders.
		Person sixteen = relief.person(PHUC_XA, LocalDate.of(2005, 9, 1), Kind.PERMANENT);
		Person fifteen = relief.person(PHUC_XA, LocalDate.of(2005, 9, 2), Kind.PERMANENT);
		Person elder = relief.person(PHUC_XA, LocalDate.of(1961, 9, 1), Kind.PERMANENT);
		assertProblem(relief.propose(wardOfficer, children, sixteen.cccd()), 422, "rules.maxAge");
		assertThat(relief.propose(wardOfficer, children, fifteen.cccd()).status()).isEqualTo(201);
		assertProblem(relief.propose(wardOfficer, elders, sixteen.cccd()), 422, "rules.minAge");
		assertThat(relief.propose(wardOfficer, elders, elder.cccd()).status()).isEqualTo(201);
	}

	@Test
	void temporaryResidentsAndHomelessPeopleAreEligibleWhereTheProgrammeSaysSo() {
		String open = relief.programme("PERSON", Map.of("residence", List.of("TEMPORARY", "HOMELESS")));
		String permanentOnly = relief.programme("PERSON", Map.of("residence", List.of("PERMANENT")));
		Person temporary = relief.person(PHUC_XA, LocalDate.of(1990, 1, 1), Kind.TEMPORARY);
		Person homeless = relief.person(PHUC_XA, LocalDate.of(1970, 1, 1), Kind.HOMELESS);
		Person resident = relief.adult(PHUC_XA);
		assertThat(relief.propose(wardOfficer, open, temporary.cccd()).status()).isEqualTo(201);
		assertThat(relief.propose(wardOfficer, open, homeless.cccd()).status()).isEqualTo(201);
		assertProblem(relief.propose(wardOfficer, open, resident.cccd()), 422, "rules.residence");
		assertProblem(relief.propose(wardOfficer, permanentOnly, temporary.cccd()), 422, "rules.residence");
		assertProblem(relief.propose(wardOfficer, permanentOnly, homeless.cccd()), 422, "rules.residence");
		assertThat(relief.propose(wardOfficer, permanentOnly, resident.cccd()).status()).isEqualTo(201);
	}

	/** The cases module answers here (its absence, failing closed, is {@code EligibilityTest}'s). */
	@Test
	void theCaseRuleAsksTheCasesModuleAndNamesTheWindow() {
		String f0 = relief.programme("PERSON", Map.of("caseStatus", List.of("F0")));
		JsonNode problem = assertProblem(relief.propose(wardOfficer, f0, relief.adult(PHUC_XA).cccd()), 422, "rules.caseStatus");
		assertThat(problem.get("detail").asString()).contains("F0").contains("2021-09-01").doesNotContain("Chưa xác định");
	}

	@Test
	void aProvinceProgrammeIsForItsProvinceOnly() {
		String programme = relief.programme("PERSON", Map.of());
		String saigonOfficer = access().bearer(Role.LOCAL_GOVERNMENT_OFFICER, Scope.of(TAN_DINH));
		assertProblem(relief.propose(saigonOfficer, programme, relief.adult(TAN_DINH).cccd()), 422, "rules.area");
	}

	@Test
	void proposalsAndApprovalsAreScopedByAreaAndLevel() {
		String programme = relief.programme("PERSON", Map.of());
		Person person = relief.adult(PHUC_XA);
		String otherWard = access().bearer(Role.LOCAL_GOVERNMENT_OFFICER, Scope.of(TRUC_BACH));
		assertProblem(relief.propose(otherWard, programme, person.cccd()), 403, null);
		assertProblem(relief.propose(access().bearer(Role.RELIEF_CASHIER, Scope.of(PHUC_XA)), programme, person.cccd()), 403, null);
		assertProblem(relief.propose(wardOfficer, programme, "001080999999"), 404, null);
		assertProblem(relief.propose(wardOfficer, programme, "12ab"), 400, "cccd");

		assertThat(relief.propose(wardOfficer, programme, person.cccd()).status()).isEqualTo(201);
		assertProblem(relief.propose(wardOfficer, programme, person.cccd()), 409, "cccd");
		assertProblem(relief.approve(wardOfficer, programme, person.cccd()), 403, null);
		assertProblem(relief.approve(access().bearer(Role.LOCAL_GOVERNMENT_OFFICER, Scope.of(PHUC_TAN.parent())), programme,
				person.cccd()), 403, null);
		Http.Response approved = relief.approve(access().bearer(Role.LOCAL_GOVERNMENT_OFFICER, Scope.of(BA_DINH)), programme,
				person.cccd());
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");

		Http.Response lines = http().get("/api/v1/relief/programmes/" + programme + "/beneficiaries", "Authorization", wardOfficer);
		assertThat(lines.status()).as(lines.body()).isEqualTo(200);
		assertThat(lines.json().get("items")).hasSize(1);
		assertThat(lines.body()).doesNotContain(person.cccd(), person.fullName());
		Http.Response approvedOnly = http().get("/api/v1/relief/programmes/" + programme + "/beneficiaries?status=APPROVED&ward=00001",
				"Authorization", wardOfficer);
		assertThat(approvedOnly.json().get("items")).hasSize(1);
		assertThat(http().get("/api/v1/relief/programmes/" + programme + "/beneficiaries", "Authorization",
				access().bearer(Role.LOCAL_GOVERNMENT_OFFICER, Scope.of(TRUC_BACH))).json().get("items")).isEmpty();
		assertProblem(http().get("/api/v1/relief/programmes/" + programme + "/beneficiaries?ward=00004", "Authorization", wardOfficer),
				403, null);
	}

	@Test
	void theProposerCannotApproveTheirOwnProposal() {
		String programme = relief.programme("PERSON", Map.of());
		Person person = relief.adult(PHUC_XA);
		String district = access().bearer(Role.LOCAL_GOVERNMENT_OFFICER, Scope.of(BA_DINH));
		assertThat(relief.propose(district, programme, person.cccd()).status()).isEqualTo(201);
		assertProblem(relief.approve(district, programme, person.cccd()), 403, null);
	}

	@Test
	void aSecondPaymentIsRefusedWithTheEarlierOne() {
		String programme = relief.programme("PERSON", Map.of());
		Person person = relief.adult(PHUC_XA);
		String cashier = access().bearer(Role.RELIEF_CASHIER, Scope.of(BA_DINH));
		assertProblem(relief.pay(cashier, programme, person.cccd(), "2021-09", "CASH"), 404, null);
		relief.listed(programme, PHUC_XA, person.cccd());

		Http.Response paid = relief.pay(cashier, programme, person.cccd(), "2021-09", "CASH");
		assertThat(paid.status()).as(paid.body()).isEqualTo(201);
		assertThat(paid.json().get("amount").asLong()).isEqualTo(1_500_000);
		String anotherCashier = access().bearer(Role.RELIEF_CASHIER, Scope.of(HANOI));
		JsonNode again = assertProblem(relief.pay(anotherCashier, programme, person.cccd(), "2021-09", "BANK"), 409, "cccd");
		assertThat(again.get("type").asString()).isEqualTo("urn:pccovid:problem:already-paid");
		assertThat(again.get("earlierPayment").get("id").asString()).isEqualTo(paid.json().get("id").asString());
		assertThat(again.get("earlierPayment").get("method").asString()).isEqualTo("CASH");
		assertThat(relief.pay(cashier, programme, person.cccd(), "2021-10", "EWALLET").status()).isEqualTo(201);
		assertProblem(relief.pay(cashier, programme, person.cccd(), "2021-11", "CASH"), 400, "period");
		assertProblem(relief.pay(cashier, programme, person.cccd(), "2021-10", "GOLD"), 400, "method");
		assertProblem(relief.pay(access().bearer(Role.RELIEF_CASHIER, Scope.of(TRUC_BACH)), programme, person.cccd(), "2021-10",
				"CASH"), 403, null);
		assertThat(jdbc.sql("SELECT count(*) FROM relief.payment WHERE citizen_id = ?::uuid").param(person.id())
				.query(Long.class).single()).isEqualTo(2);
		assertThat(audited(person.id(), "relief-pay")).as("refusals, payments and the repeat").isEqualTo(4);
	}

	@Test
	void aHouseholdProgrammeListsAndPaysOneMemberPerHousehold() {
		String programme = relief.programme("HOUSEHOLD", Map.of());
		Person head = relief.adult(PHUC_XA);
		Person spouse = relief.person(PHUC_XA, LocalDate.of(1982, 2, 2), Kind.PERMANENT, head.householdId());
		relief.listed(programme, PHUC_XA, head.cccd());
		assertProblem(relief.propose(wardOfficer, programme, spouse.cccd()), 409, "cccd");
		assertThat(relief.pay(access().bearer(Role.RELIEF_CASHIER, Scope.of(PHUC_XA)), programme, head.cccd(), "2021-09", "CASH")
				.status()).isEqualTo(201);
		assertThat(jdbc.sql("SELECT count(*) FROM relief.payment WHERE payee_key = ?").param("H:" + head.householdId())
				.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void thePublicListShowsMaskedNamesAndAmountsWithoutSignInAndLeaksNothing() {
		String programme = relief.programme("PERSON", Map.of());
		Person approved = relief.adult(PHUC_XA);
		Person proposedOnly = relief.adult(PHUC_XA);
		relief.listed(programme, PHUC_XA, approved.cccd());
		assertThat(relief.propose(wardOfficer, programme, proposedOnly.cccd()).status()).isEqualTo(201);

		Http.Response list = http().get("/api/v1/relief/programmes/" + programme + "/public-list?ward=00001");
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		JsonNode items = list.json().get("items");
		assertThat(items).hasSize(1);
		String[] words = approved.fullName().split(" ");
		assertThat(items.get(0).get("name").asString())
				.isEqualTo("Nguyễn V. " + words[2].charAt(0) + ". " + words[3].charAt(0) + ".");
		assertThat(items.get(0).get("yearOfBirth").asInt()).isEqualTo(1980);
		assertThat(items.get(0).get("amount").asLong()).isEqualTo(1_500_000);
		assertThat(list.body()).doesNotContain(approved.cccd(), approved.phone(), approved.fullName(), words[2], approved.id(),
				proposedOnly.fullName(), proposedOnly.cccd());
		assertThat(list.json().get("ward").get("name").asString()).contains("Phúc Xá");
		assertProblem(http().get("/api/v1/relief/programmes/" + programme + "/public-list?ward=001"), 400, "ward");
		assertProblem(http().get("/api/v1/relief/programmes/" + programme + "/public-list"), 400, "ward");
	}

	@Test
	void badProgrammesAreRefusedNamingTheField() {
		String admin = access().bearer(Role.PROVINCE_ADMIN, Scope.of(HANOI));
		String base = "{\"name\":\"Hỗ trợ\",\"basis\":\"NQ 68\",\"amount\":1000000,\"per\":\"PERSON\",\"periods\":[\"2021-09\"]";
		assertProblem(http().post("/api/v1/relief/programmes", base + ",\"rules\":{\"flags\":[\"ASTRONAUT\"]}}", "Authorization", admin),
				400, "rules.flags");
		assertProblem(http().post("/api/v1/relief/programmes", base.replace("2021-09", "2021-13") + "}", "Authorization", admin),
				400, "periods");
		assertProblem(http().post("/api/v1/relief/programmes", base.replace("PERSON", "FAMILY") + "}", "Authorization", admin),
				400, "per");
		assertProblem(http().post("/api/v1/relief/programmes", base + ",\"rules\":{\"minAge\":60,\"maxAge\":15}}", "Authorization",
				admin), 400, "rules.maxAge");
		assertProblem(http().post("/api/v1/relief/programmes", base + "}", "Authorization", wardOfficer), 403, null);
		assertThat(http().post("/api/v1/relief/programmes", base + "}").status()).isEqualTo(401);
	}

	@Test
	void theCitizenSeesEntitlementsAndPaymentsOfPeopleOnTheirPhoneOnly() {
		String programme = relief.programme("PERSON", Map.of());
		Person person = relief.adult(PHUC_XA);
		relief.listed(programme, PHUC_XA, person.cccd());
		relief.pay(access().bearer(Role.RELIEF_CASHIER, Scope.of(PHUC_XA)), programme, person.cccd(), "2021-09", "BANK");
		String citizen = citizenBearer(person.phone());
		Http.Response mine = http().get("/api/v1/me/people/" + person.id() + "/relief", "Authorization", citizen);
		assertThat(mine.status()).as(mine.body()).isEqualTo(200);
		assertThat(mine.json().get("entitlements").get(0).get("status").asString()).isEqualTo("APPROVED");
		assertThat(mine.json().get("payments").get(0).get("period").asString()).isEqualTo("2021-09");
		Person stranger = relief.adult(PHUC_XA);
		assertProblem(http().get("/api/v1/me/people/" + stranger.id() + "/relief", "Authorization", citizen), 404, null);

		Http.Response complaint = http().post("/api/v1/me/people/" + person.id() + "/relief/complaints",
				"{\"kind\":\"NOT_PAID\",\"programmeId\":\"" + programme + "\",\"message\":\"Tôi chưa nhận được tiền kỳ 10.\"}",
				"Authorization", citizen);
		assertThat(complaint.status()).as(complaint.body()).isEqualTo(201);
		Http.Response ward = http().get("/api/v1/relief/complaints?ward=00001", "Authorization", wardOfficer);
		assertThat(ward.body()).contains("Tôi chưa nhận được tiền kỳ 10.");
		Http.Response otherWard = http().get("/api/v1/relief/complaints",
				"Authorization", access().bearer(Role.LOCAL_GOVERNMENT_OFFICER, Scope.of(TRUC_BACH)));
		assertThat(otherWard.body()).doesNotContain("Tôi chưa nhận được tiền kỳ 10.");
	}

	@Test
	void theBankFileHoldsTheWardsTransfers() {
		String programme = relief.programme("PERSON", Map.of());
		Person person = relief.adult(PHUC_XA);
		relief.listed(programme, PHUC_XA, person.cccd());
		String cashier = access().bearer(Role.RELIEF_CASHIER, Scope.of(PHUC_XA));
		relief.pay(cashier, programme, person.cccd(), "2021-09", "BANK");
		Http.Response file = http().get("/api/v1/relief/programmes/" + programme + "/bank-export?ward=00001&period=2021-09",
				"Authorization", cashier);
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.contentType()).startsWith("text/csv");
		assertThat(file.body()).startsWith("payment_id,").contains("\"" + person.fullName() + "\"", ",1500000,");
		Http.Response allPeriods = http().get("/api/v1/relief/programmes/" + programme + "/bank-export?ward=00001",
				"Authorization", cashier);
		assertThat(allPeriods.status()).as(allPeriods.body()).isEqualTo(200);
		assertThat(allPeriods.body()).contains(person.fullName());
		assertProblem(http().get("/api/v1/relief/programmes/" + programme + "/bank-export?ward=00004", "Authorization", cashier), 403,
				null);
	}

	@Test
	void aCsvOfProposalsReportsPerRowNamingTheFailedRule() {
		String programme = relief.programme("PERSON", Map.of("flags", List.of("FREELANCE", "SHIPPER")));
		Person freelancer = relief.adult(PHUC_XA);
		Person shipper = relief.person(PHUC_XA, LocalDate.of(1995, 1, 1), Kind.SHIPPER);
		Person neither = relief.adult(PHUC_XA);
		String csv = "cccd,flags\n" + freelancer.cccd() + ",FREELANCE\n" + shipper.cccd() + ",\n" + neither.cccd() + ",\n12ab,\n";
		Http.Response report = http().send(java.net.http.HttpRequest.newBuilder(http().uri(
				"/api/v1/relief/programmes/" + programme + "/beneficiaries/import")).header("Content-Type", "text/csv")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv)), "Authorization", wardOfficer);
		assertThat(report.status()).as(report.body()).isEqualTo(200);
		assertThat(report.json().get("rows").asInt()).isEqualTo(4);
		assertThat(report.json().get("listed").asInt()).isEqualTo(2);
		JsonNode refused = report.json().get("refused");
		assertThat(refused).hasSize(2);
		assertThat(refused.get(0).get("row").asInt()).isEqualTo(4);
		assertThat(refused.get(0).get("status").asInt()).isEqualTo(422);
		assertThat(refused.get(0).get("field").asString()).isEqualTo("rules.flags");
		assertThat(refused.get(1).get("field").asString()).isEqualTo("cccd");
		assertProblem(http().send(java.net.http.HttpRequest.newBuilder(http().uri(
				"/api/v1/relief/programmes/" + programme + "/beneficiaries/import")).header("Content-Type", "text/csv")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString("name\nx\n")), "Authorization", wardOfficer), 400, "file");
	}

	private String citizenBearer(String phone) {
		return vn.pccovid.support.CitizenSignIns.bearer(http(),
				vn.pccovid.support.CitizenSignIns.Codes.inDatabase(jdbc), phone);
	}

	private long audited(String citizenId, String whatPrefix) {
		return jdbc.sql("SELECT count(*) FROM access.audit_entry WHERE citizen_id = ?::uuid AND what LIKE ? || '%'")
				.params(citizenId, whatPrefix).query(Long.class).single();
	}
}
