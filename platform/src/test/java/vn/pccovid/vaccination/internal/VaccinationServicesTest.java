package vn.pccovid.vaccination.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.HomeCard;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;
import vn.pccovid.vaccination.VaccinationFixtures;

/**
 * The further bullets, end to end: the reminder the day before through the notification API, coverage by
 * age group per area, the supply plan's "why" and its CSV, and the home card with the next dose due.
 */
class VaccinationServicesTest extends PlatformTest {

	@Autowired
	Clock platformClock;

	@Autowired
	BookingReminders reminders;

	@Autowired
	VaccinationHomeCards homeCards;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	PeopleFixtures people;
	String staff;
	VaccinationFixtures vaccination;
	LocalDate today;

	@BeforeEach
	void fixtures() {
		people = new PeopleFixtures(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), adminBearer());
		staff = access().bearer(Role.VACCINATION_STAFF, Scope.of(AreaCode.province("01")));
		vaccination = new VaccinationFixtures(http(), staff);
		today = LocalDate.now(platformClock);
	}

	@Test
	void aBookingForTomorrowIsRemindedOnceThroughTheInbox() {
		Registered me = people.adultWithPhone();
		String bearer = people.citizenBearer(me.phone());
		String site = vaccination.site(PeopleFixtures.PHUC_XA);
		String tomorrow = vaccination.slot(site, today.plusDays(1), 2, 10);
		String later = vaccination.slot(site, today.plusDays(2), 2, 10);
		Registered other = people.adultWithPhone();
		String otherBearer = people.citizenBearer(other.phone());
		vaccination.register(bearer, me.id());
		vaccination.register(otherBearer, other.id());
		assertThat(vaccination.book(bearer, me.id(), tomorrow).status()).isEqualTo(201);
		assertThat(vaccination.book(otherBearer, other.id(), later).status()).isEqualTo(201);

		reminders.sendDue();
		reminders.sendDue();

		assertThat(reminders(otherBearer)).as("the day after tomorrow is not reminded yet").isEmpty();
		assertThat(reminders(bearer)).as("one reminder for tomorrow's booking, however often the job runs").singleElement()
				.satisfies(item -> {
					assertThat(item.get("personId").asString()).isEqualTo(me.id());
					assertThat(item.get("body").asString()).contains("Trạm Y tế",
							today.plusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")), "08:00");
				});
	}

	@Test
	void aPriorityGroupIsAdmittedByTheRegistrysDataOrByADocumentAtTheSite() {
		Registered adult = people.adultWithPhone();
		String bearer = people.citizenBearer(adult.phone());
		String path = "/api/v1/me/people/" + adult.id() + "/vaccination-registration";
		assertThat(adult.dateOfBirth().plusYears(65)).isAfter(today);
		assertProblem(http().post(path, "{\"priorityGroup\":\"AGE_65\"}", "Authorization", bearer), 400, "priorityGroup");
		assertProblem(http().post(path, "{\"priorityGroup\":\"NO_SUCH_GROUP\"}", "Authorization", bearer), 400, "priorityGroup");
		Http.Response teacher = http().post(path, "{\"priorityGroup\":\"TEACHER\"}", "Authorization", bearer);
		assertThat(teacher.status()).as(teacher.body()).isEqualTo(201);
		assertThat(teacher.json().get("priorityGroup").asString()).isEqualTo("TEACHER");
		assertThat(teacher.json().get("needsDocument").asBoolean()).as("the registry cannot tell a teacher").isTrue();

		Registered other = people.adultWithPhone();
		Http.Response chosen = http().post("/api/v1/me/people/" + other.id() + "/vaccination-registration", "{}",
				"Authorization", people.citizenBearer(other.phone()));
		assertThat(chosen.status()).isEqualTo(201);
		assertThat(chosen.json().get("priorityGroup").asString()).as("the first group the registry's data admits")
				.isEqualTo("GENERAL");
		assertThat(chosen.json().get("needsDocument").asBoolean()).isFalse();
	}

	@Test
	void aWalkInIsIdentifiedByTheChipCardsQrAndRegisteredAtTheDesk() {
		Registered walkIn = people.adultWithPhone();
		String site = vaccination.site(PeopleFixtures.PHUC_XA);
		Http.Response checkIn = http().post("/api/v1/vaccination/sites/" + site + "/check-ins",
				PeopleFixtures.json(java.util.Map.of("personQr", chipCard(walkIn, walkIn.fullName()))), "Authorization", staff);
		assertThat(checkIn.status()).as(checkIn.body()).isEqualTo(201);
		assertThat(checkIn.json().get("fullName").asString()).isEqualTo(walkIn.fullName());
		assertThat(jdbc.sql("SELECT channel FROM vaccination.registration WHERE person_id = ?").param(UUID.fromString(walkIn.id()))
				.query(String.class).single()).isEqualTo("WALK_IN");

		// A card whose name the registry does not know for that number identifies nobody and registers nobody.
		Registered other = people.adultWithPhone();
		Http.Response forged = http().post("/api/v1/vaccination/sites/" + site + "/check-ins",
				PeopleFixtures.json(java.util.Map.of("personQr", chipCard(other, "Nguyễn Văn Giả"))), "Authorization", staff);
		assertThat(forged.status()).as(forged.body()).isBetween(400, 499);
		assertThat(jdbc.sql("SELECT count(*) FROM vaccination.registration WHERE person_id = ?").param(UUID.fromString(other.id()))
				.query(Long.class).single()).isZero();
	}

	/** The text of a chip CCCD card's QR: {@code CCCD|CMND|name|ddMMyyyy|sex|address|issued}. */
	private static String chipCard(Registered person, String name) {
		java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern("ddMMyyyy");
		return person.cccd() + "||" + name + "|" + format.format(person.dateOfBirth()) + "|"
				+ (person.sex() == vn.pccovid.registry.Sex.MALE ? "Nam" : "Nữ") + "|Số 1 Hàng Bún, Phúc Xá, Ba Đình, Hà Nội|"
				+ format.format(person.dateOfBirth().plusYears(20));
	}

	@Test
	void aTransferMovesTheLotWithItsExpiryAndAnExpiredLotGivesNoDose() {
		Registered me = people.adultWithPhone();
		String from = vaccination.site(PeopleFixtures.PHUC_XA);
		String to = vaccination.site(PeopleFixtures.TRUC_BACH);
		Http.Response receipt = http().post("/api/v1/vaccination/sites/" + from + "/stock/receipts", PeopleFixtures.json(
				java.util.Map.of("product", "MODERNA", "lot", "MD-EXP", "doses", 10, "expiresOn", today.plusDays(1).toString())),
				"Authorization", staff);
		assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);
		Http.Response transfer = http().post("/api/v1/vaccination/sites/" + from + "/stock/transfers", PeopleFixtures.json(
				java.util.Map.of("toSiteId", to, "product", "MODERNA", "lot", "MD-EXP", "doses", 4)), "Authorization", staff);
		assertThat(transfer.status()).as(transfer.body()).isBetween(200, 201);
		JsonNode left = http().get("/api/v1/vaccination/sites/" + from + "/stock", "Authorization", staff).json().get(0);
		JsonNode arrived = http().get("/api/v1/vaccination/sites/" + to + "/stock", "Authorization", staff).json().get(0);
		assertThat(left.get("balance").asInt()).isEqualTo(6);
		assertThat(left.get("transferredOut").asInt()).isEqualTo(4);
		assertThat(arrived.get("balance").asInt()).isEqualTo(4);
		assertThat(arrived.get("transferredIn").asInt()).isEqualTo(4);
		assertThat(arrived.get("expiresOn").asString()).isEqualTo(today.plusDays(1).toString());

		clock.advance(java.time.Duration.ofDays(2));
		String later = access().bearer(Role.VACCINATION_STAFF, Scope.of(AreaCode.province("01")));
		assertProblem(new VaccinationFixtures(http(), later).dose(me.cccd(), to, "MODERNA", "MD-EXP", 1), 409, "lot");
		JsonNode expired = http().get("/api/v1/vaccination/sites/" + to + "/stock", "Authorization", later).json().get(0);
		assertThat(expired.get("balance").asInt()).as("nothing drawn from an expired lot").isEqualTo(4);
		assertThat(expired.get("expired").asBoolean()).isTrue();
	}

	@Test
	void coverageCountsPeoplePerWardAndAgeGroupWithinTheCallersArea() {
		Registered adult = people.adultWithPhone();
		String site = vaccination.site(PeopleFixtures.PHUC_XA);
		vaccination.stock(site, "JANSSEN", "JJ-1", 10, today);
		JsonNode before = coverage("001", staff);
		assertThat(vaccination.dose(adult.cccd(), site, "JANSSEN", "JJ-1", 1).status()).isEqualTo(201);
		JsonNode after = coverage("001", staff);
		String group = ageGroup(adult);
		assertThat(count(after, PeopleFixtures.PHUC_XA.path(), group, "atLeastOneDose"))
				.isEqualTo(count(before, PeopleFixtures.PHUC_XA.path(), group, "atLeastOneDose") + 1);
		assertThat(count(after, PeopleFixtures.PHUC_XA.path(), group, "fullyVaccinated"))
				.as("Janssen's one dose completes the series")
				.isEqualTo(count(before, PeopleFixtures.PHUC_XA.path(), group, "fullyVaccinated") + 1);
		assertThat(after.valueStream().map(row -> row.get("areaPath").asString()))
				.allSatisfy(path -> assertThat(path).startsWith(AreaCode.district("01", "001").path()));

		String saigon = access().bearer(Role.VACCINATION_STAFF, Scope.of(AreaCode.province("79")));
		assertProblem(http().get("/api/v1/vaccination/coverage?areaCode=001", "Authorization", saigon), 403, null);
	}

	@Test
	void theSupplyPlanSaysWhyEachSiteGotWhatAndSumsToTheIncomingDoses() {
		Registered me = people.adultWithPhone();
		String bearer = people.citizenBearer(me.phone());
		String busy = vaccination.site(PeopleFixtures.TRUC_BACH);
		vaccination.site(PeopleFixtures.PHUC_XA);
		vaccination.register(bearer, me.id());

		JsonNode rows = http().get("/api/v1/vaccination/supply-plan?incoming=1001&areaCode=001&lang=en", "Authorization", staff)
				.json();
		assertThat(rows.valueStream().mapToLong(row -> row.get("doses").asLong()).sum()).isEqualTo(1001);
		assertThat(rows.valueStream()).allSatisfy(row -> assertThat(row.get("why").asString())
				.contains("→ " + row.get("doses").asLong() + " of the 1001 doses"));
		Http.Response csv = http().get("/api/v1/vaccination/supply-plan.csv?incoming=1001&areaCode=001&lang=vi",
				"Authorization", staff);
		assertThat(csv.status()).isEqualTo(200);
		List<String> lines = csv.body().lines().toList();
		assertThat(lines.get(0)).endsWith(",doses,why");
		assertThat(lines).hasSize(rows.size() + 1);
		assertThat(lines.stream().skip(1)).allSatisfy(line -> assertThat(line).contains("trong 1001 liều"));
		assertThat(csv.body()).contains(busy);

		assertProblem(http().get("/api/v1/vaccination/supply-plan?incoming=0&areaCode=001", "Authorization", staff), 400,
				"incoming");
		String saigon = access().bearer(Role.VACCINATION_STAFF, Scope.of(AreaCode.province("79")));
		assertProblem(http().get("/api/v1/vaccination/supply-plan?incoming=10&areaCode=001", "Authorization", saigon), 403, null);
	}

	@Test
	void theHomeCardShowsTheDosesAndTheNextDoseDue() {
		Registered me = people.adultWithPhone();
		UUID person = UUID.fromString(me.id());
		assertThat(homeCards.cardsFor(me.phone(), person)).singleElement()
				.satisfies(card -> assertThat(card.titleKey()).isEqualTo("vaccination.card.none.title"));
		String site = vaccination.site(PeopleFixtures.PHUC_XA);
		vaccination.stock(site, "PFIZER", "PF-HOME", 6, today);
		assertThat(vaccination.dose(me.cccd(), site, "PFIZER", "PF-HOME", 1).status()).isEqualTo(201);

		HomeCard card = homeCards.cardsFor(me.phone(), person).get(0);
		assertThat(card.titleArgs()).containsExactly(1);
		assertThat(card.bodyKey()).isEqualTo("vaccination.card.next.body");
		assertThat(card.bodyArgs()).containsExactly(2,
				today.plusDays(21).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
	}

	private List<JsonNode> reminders(String bearer) {
		JsonNode inbox = http().get("/api/v1/me/inbox?lang=vi", "Authorization", bearer).json();
		return inbox.get("items").valueStream().filter(item -> "vaccination.reminder".equals(item.get("kind").asString())).toList();
	}

	private JsonNode coverage(String area, String bearer) {
		Http.Response response = http().get("/api/v1/vaccination/coverage?areaCode=" + area, "Authorization", bearer);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private static long count(JsonNode rows, String areaPath, String group, String field) {
		return rows.valueStream().filter(row -> row.get("areaPath").asString().equals(areaPath)
				&& row.get("ageGroup").asString().equals(group)).mapToLong(row -> row.get(field).asLong()).sum();
	}

	private String ageGroup(Registered person) {
		int age = today.getYear() - person.dateOfBirth().getYear();
		return age < 12 ? "0-11" : age < 18 ? "12-17" : age < 50 ? "18-49" : age < 65 ? "50-64" : "65+";
	}
}
