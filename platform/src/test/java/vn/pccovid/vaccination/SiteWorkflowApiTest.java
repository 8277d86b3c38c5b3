package vn.pccovid.vaccination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.core.AreaCode;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/** At the site: check-in, screening and deferral, doses drawn from stock that never goes negative, area scoping. */
class SiteWorkflowApiTest extends PlatformTest {

	@Autowired
	Clock platformClock;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	org.springframework.context.ConfigurableApplicationContext context;

	/** DoseAdministered events published while a test runs (on the server's request threads). */
	final java.util.Queue<DoseAdministered> published = new java.util.concurrent.ConcurrentLinkedQueue<>();

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
		context.addApplicationListener((org.springframework.context.ApplicationListener<org.springframework.context.ApplicationEvent>) event -> {
			if (event instanceof org.springframework.context.PayloadApplicationEvent<?> payload && payload.getPayload() instanceof DoseAdministered dose) {
				published.add(dose);
			}
		});
	}

	@Test
	void aDoseIsDrawnFromStockPublishedAndShownInTheHealthBook() {
		Registered me = people.adultWithPhone();
		String site = vaccination.site(PeopleFixtures.PHUC_XA);
		vaccination.stock(site, "PFIZER", "FK1234", 6, today);

		Http.Response dose = vaccination.dose(me.cccd(), site, "PFIZER", "FK1234", 1);
		assertThat(dose.status()).as(dose.body()).isEqualTo(201);
		assertThat(dose.json().get("nextDose").get("dueOn").asString()).isEqualTo(today.plusDays(21).toString());
		assertThat(dose.json().get("observeUntil").asString()).isNotBlank();
		assertThat(published.stream().filter(e -> e.person().toString().equals(me.id())))
				.singleElement().satisfies(e -> {
					assertThat(e.dose().product()).isEqualTo("PFIZER");
					assertThat(e.ward()).isEqualTo(PeopleFixtures.PHUC_XA);
				});

		JsonNode stock = http().get("/api/v1/vaccination/sites/" + site + "/stock", "Authorization", staff).json();
		assertThat(stock).singleElement().satisfies(lot -> {
			assertThat(lot.get("balance").asInt()).isEqualTo(5);
			assertThat(lot.get("administered").asInt()).isEqualTo(1);
			assertThat(lot.get("vialsOpened").asInt()).isEqualTo(1);
		});

		String bearer = people.citizenBearer(me.phone());
		JsonNode book = http().get("/api/v1/me/people/" + me.id() + "/doses", "Authorization", bearer).json();
		assertThat(book.get("doses")).singleElement().satisfies(entry -> {
			assertThat(entry.get("product").asString()).isEqualTo("PFIZER");
			assertThat(entry.get("lot").asString()).isEqualTo("FK1234");
			assertThat(entry.get("administeredOn").asString()).isEqualTo(today.toString());
			assertThat(entry.get("site").asString()).startsWith("Trạm Y tế");
		});
		assertThat(book.get("nextDose").get("doseNumber").asInt()).isEqualTo(2);

		// A second dose today is too early by the rules; the stock is untouched by the refusal.
		assertProblem(vaccination.dose(me.cccd(), site, "PFIZER", "FK1234", 2), 400, "doseNumber");
		Registered stranger = people.adultWithPhone();
		assertProblem(http().get("/api/v1/me/people/" + stranger.id() + "/doses", "Authorization", bearer), 404, null);
	}

	@Test
	void stockNeverGoesNegativeEvenUnderConcurrentDoses() throws Exception {
		String site = vaccination.site(PeopleFixtures.PHUC_XA);
		vaccination.stock(site, "SINOPHARM", "SP-7", 3, today);
		List<Registered> crowd = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			crowd.add(people.register(LocalDate.of(1970 + i, 2, 3), null, PeopleFixtures.PHUC_XA, null));
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Integer> statuses = new ArrayList<>();
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Http.Response>> calls = new ArrayList<>();
			for (Registered person : crowd) {
				calls.add(pool.submit(() -> {
					start.await();
					return vaccination.dose(person.cccd(), site, "SINOPHARM", "SP-7", 1);
				}));
			}
			start.countDown();
			for (Future<Http.Response> call : calls) {
				Http.Response response = call.get();
				statuses.add(response.status());
				if (response.status() == 409) {
					assertProblem(response, 409, "lot");
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(statuses).filteredOn(s -> s == 201).hasSize(3);
		assertThat(statuses).filteredOn(s -> s == 409).hasSize(5);
		JsonNode lot = http().get("/api/v1/vaccination/sites/" + site + "/stock", "Authorization", staff).json().get(0);
		assertThat(lot.get("balance").asInt()).isZero();
		assertThat(lot.get("administered").asInt()).isEqualTo(3);

		// Waste and transfer refuse more than the lot holds.
		Http.Response waste = http().post("/api/v1/vaccination/sites/" + site + "/stock/waste",
				PeopleFixtures.json(Map.of("product", "SINOPHARM", "lot", "SP-7", "doses", 1)), "Authorization", staff);
		assertProblem(waste, 409, "doses");
	}

	@Test
	void screeningDefersAPersonWithAContraindicationAndNoDoseIsRecorded() {
		Registered me = people.adultWithPhone();
		String site = vaccination.site(PeopleFixtures.PHUC_XA);
		vaccination.stock(site, "ASTRAZENECA", "AZ-1", 10, today);
		Http.Response checkIn = http().post("/api/v1/vaccination/sites/" + site + "/check-ins",
				PeopleFixtures.json(Map.of("cccd", me.cccd())), "Authorization", staff);
		assertThat(checkIn.status()).as(checkIn.body()).isEqualTo(201);
		assertThat(checkIn.json().get("fullName").asString()).isEqualTo(me.fullName());
		assertThat(checkIn.json().get("screening").size()).isGreaterThanOrEqualTo(4);
		String visit = checkIn.json().get("visitId").asString();

		Http.Response incomplete = http().post("/api/v1/vaccination/visits/" + visit + "/screening",
				"{\"answers\":{\"ANAPHYLAXIS\":false}}", "Authorization", staff);
		assertProblem(incomplete, 400, "answers.ACUTE_ILLNESS");

		Http.Response screened = http().post("/api/v1/vaccination/visits/" + visit + "/screening", """
				{"answers":{"ANAPHYLAXIS":false,"ACUTE_ILLNESS":true,"RECENT_COVID":false,"PREGNANT_U13W":false,"CHRONIC":true,"ALLERGY":false}}""",
				"Authorization", staff);
		assertThat(screened.status()).as(screened.body()).isEqualTo(200);
		assertThat(screened.json().get("status").asString()).isEqualTo("DEFERRED");
		assertThat(screened.json().get("reasons")).extracting(JsonNode::asString).containsExactly("ACUTE_ILLNESS");

		assertProblem(vaccination.dose(me.cccd(), site, "ASTRAZENECA", "AZ-1", 1), 409, "personQr");
		JsonNode lot = http().get("/api/v1/vaccination/sites/" + site + "/stock", "Authorization", staff).json().get(0);
		assertThat(lot.get("balance").asInt()).isEqualTo(10);
	}

	@Test
	void aClearedPersonIsVaccinatedObservedAndAnAdverseEventRecorded() {
		Registered me = people.adultWithPhone();
		String site = vaccination.site(PeopleFixtures.PHUC_XA);
		vaccination.stock(site, "MODERNA", "MD-3", 10, today);
		String visit = http().post("/api/v1/vaccination/sites/" + site + "/check-ins", PeopleFixtures.json(Map.of("cccd", me.cccd())),
				"Authorization", staff).json().get("visitId").asString();
		Http.Response screened = http().post("/api/v1/vaccination/visits/" + visit + "/screening", """
				{"answers":{"ANAPHYLAXIS":false,"ACUTE_ILLNESS":false,"RECENT_COVID":false,"PREGNANT_U13W":false,"CHRONIC":false,"ALLERGY":false}}""",
				"Authorization", staff);
		assertThat(screened.json().get("status").asString()).isEqualTo("CLEARED");
		Http.Response dose = vaccination.dose(me.cccd(), site, "MODERNA", "MD-3", 1);
		assertThat(dose.status()).as(dose.body()).isEqualTo(201);
		JsonNode observed = http().get("/api/v1/vaccination/sites/" + site + "/observation", "Authorization", staff).json();
		assertThat(observed).singleElement().satisfies(o -> assertThat(o.get("fullName").asString()).isEqualTo(me.fullName()));
		Http.Response aefi = http().post("/api/v1/vaccination/doses/" + dose.json().get("id").asString() + "/adverse-events",
				"{\"severity\":\"MILD\",\"description\":\"Đau tại chỗ tiêm\"}", "Authorization", staff);
		assertThat(aefi.status()).as(aefi.body()).isEqualTo(201);
		assertProblem(http().post("/api/v1/vaccination/doses/" + dose.json().get("id").asString() + "/adverse-events",
				"{\"severity\":\"TERRIBLE\",\"description\":\"x\"}", "Authorization", staff), 400, "severity");
	}

	@Test
	void staffActOnlyOnSitesOfTheirArea() {
		String hcm = access().bearer(Role.VACCINATION_STAFF, Scope.of(AreaCode.province("79")));
		String site = vaccination.site(PeopleFixtures.PHUC_XA);
		assertProblem(http().post("/api/v1/vaccination/sites", PeopleFixtures.json(Map.of("name", "Điểm tiêm", "wardCode", "00001")),
				"Authorization", hcm), 403, null);
		assertProblem(http().post("/api/v1/vaccination/sites/" + site + "/slots",
				PeopleFixtures.json(Map.of("date", today.plusDays(1).toString(), "start", "08:00", "end", "08:30", "capacity", 10)),
				"Authorization", hcm), 403, null);
		assertProblem(http().get("/api/v1/vaccination/sites/" + site + "/stock", "Authorization", hcm), 403, null);
		assertProblem(http().post("/api/v1/vaccination/sites/" + site + "/stock/receipts",
				PeopleFixtures.json(Map.of("product", "PFIZER", "lot", "X1", "doses", 5, "expiresOn", today.plusYears(1).toString())),
				"Authorization", hcm), 403, null);
		assertProblem(http().post("/api/v1/vaccination/doses", PeopleFixtures.json(Map.of("cccd", "001090000001", "siteId", site,
				"product", "PFIZER", "lot", "X1", "doseNumber", 1)), "Authorization", hcm), 403, null);
		String citizenless = access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL);
		assertProblem(http().post("/api/v1/vaccination/sites", PeopleFixtures.json(Map.of("name", "Điểm tiêm", "wardCode", "00001")),
				"Authorization", citizenless), 403, null);
		assertProblem(http().post("/api/v1/vaccination/sites", PeopleFixtures.json(Map.of("name", "Điểm tiêm", "wardCode", "1")),
				"Authorization", staff), 400, "wardCode");
		assertProblem(http().post("/api/v1/vaccination/sites/" + site + "/slots",
				PeopleFixtures.json(Map.of("date", today.plusDays(1).toString(), "start", "09:00", "end", "08:30", "capacity", 10)),
				"Authorization", staff), 400, "end");
		assertProblem(http().post("/api/v1/vaccination/sites/" + site + "/stock/receipts",
				PeopleFixtures.json(Map.of("product", "COVAXIN", "lot", "X1", "doses", 5, "expiresOn", today.plusYears(1).toString())),
				"Authorization", staff), 400, "product");
	}

	@Test
	void thePublicPlanPageAndApiShowProgressWithoutPersonalData() {
		Registered me = people.adultWithPhone();
		String site = vaccination.site(PeopleFixtures.PHUC_XA);
		vaccination.stock(site, "PFIZER", "PL-1", 6, today);
		assertThat(vaccination.dose(me.cccd(), site, "PFIZER", "PL-1", 1).status()).isEqualTo(201);
		String name = "Chiến dịch " + PeopleFixtures.uniqueWord();
		Http.Response created = http().post("/api/v1/vaccination/plans", PeopleFixtures.json(Map.of("name", name, "areaCode", "001",
				"startsOn", today.minusDays(7).toString(), "endsOn", today.plusDays(30).toString(), "dosesPerWeek", 5000,
				"targets", List.of(Map.of("wardCode", "00001", "population", 12000)))), "Authorization", staff);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertProblem(http().post("/api/v1/vaccination/plans", PeopleFixtures.json(Map.of("name", name, "areaCode", "001",
				"startsOn", today.toString(), "endsOn", today.plusDays(3).toString(), "dosesPerWeek", 1,
				"targets", List.of(Map.of("wardCode", "26734", "population", 1)))), "Authorization", staff), 400, "targets");

		Http.Response plans = http().get("/api/v1/vaccination/plans");
		assertThat(plans.status()).isEqualTo(200);
		JsonNode plan = null;
		for (JsonNode p : plans.json()) {
			if (p.get("name").asString().equals(name)) {
				plan = p;
			}
		}
		assertThat(plan).isNotNull();
		assertThat(plan.get("target").asLong()).isEqualTo(12000);
		assertThat(plan.get("dosesGiven").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(plans.body()).doesNotContain(me.cccd(), me.fullName(), me.phone(), me.id());

		Http.Response page = http().get("/vaccination/plans");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(name).doesNotContain(me.cccd(), me.fullName(), me.phone());
	}

	@Test
	void aPlanWithoutTargetsTakesEachWardsAdultsFromTheRegistry() {
		people.adultWithPhone();
		String name = "Chiến dịch " + PeopleFixtures.uniqueWord();
		LocalDate starts = today.plusDays(1);
		Http.Response created = http().post("/api/v1/vaccination/plans", PeopleFixtures.json(Map.of("name", name,
				"areaCode", PeopleFixtures.PHUC_XA.value(), "startsOn", starts.toString(), "endsOn", starts.plusDays(30).toString(),
				"dosesPerWeek", 100)), "Authorization", staff);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long adults = jdbc.sql("SELECT count(*) FROM registry.citizen WHERE area_path = ? AND date_of_birth <= ?")
				.params(PeopleFixtures.PHUC_XA.path(), starts.minusYears(18)).query(Long.class).single();
		assertThat(adults).isPositive();
		JsonNode plan = null;
		for (JsonNode p : http().get("/api/v1/vaccination/plans").json()) {
			if (p.get("name").asString().equals(name)) {
				plan = p;
			}
		}
		assertThat(plan).isNotNull();
		assertThat(plan.get("target").asLong()).isEqualTo(adults);
		assertThat(plan.get("wards")).singleElement().satisfies(w -> assertThat(w.get("population").asLong()).isEqualTo(adults));
	}

	@Test
	void theConsoleManagesSitesSlotsStockAndPlans() {
		String session = vn.pccovid.support.WebSessions.staff(http(),
				access().account(Role.VACCINATION_STAFF, Scope.of(AreaCode.province("01"))).username());
		Http.Response page = http().get("/console/vaccination/manage", "Cookie", session);
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		String site = vaccination.site(PeopleFixtures.PHUC_XA);
		LocalDate day = today.plusDays(2);
		Http.Response sitePage = http().get("/console/vaccination/manage/" + site + "?date=" + day, "Cookie", session);
		assertThat(sitePage.status()).isEqualTo(200);
		String csrf = csrf(sitePage.body());
		Http.Response added = form("/console/vaccination/manage/" + site + "/slots", session, "_csrf=" + csrf + "&from=" + day
				+ "&to=" + day.plusDays(1) + "&start=08:00&end=10:00&minutes=30&capacity=25");
		assertThat(added.status()).as(added.body()).isIn(302, 303);
		JsonNode slots = http().get("/api/v1/vaccination/sites/" + site + "/slots?date=" + day.plusDays(1)).json();
		assertThat(slots).hasSize(4);
		assertThat(slots.get(0).get("capacity").asInt()).isEqualTo(25);
		assertThat(http().get("/console/vaccination/manage/" + site + "?date=" + day, "Cookie", session).body()).contains("0 / 25");
		Http.Response received = form("/console/vaccination/manage/" + site + "/stock", session, "_csrf=" + csrf
				+ "&action=receive&product=PFIZER&lot=CON-1&doses=60&expiresOn=" + today.plusYears(1));
		assertThat(received.status()).as(received.body()).isIn(302, 303);
		assertThat(http().get("/console/vaccination/manage/" + site, "Cookie", session).body()).contains("CON-1");
		assertThat(http().get("/console/vaccination/plans", "Cookie", session).status()).isEqualTo(200);
		// A form error is shown on the page, localized, never as raw JSON.
		Http.Response bad = form("/console/vaccination/manage/" + site + "/slots", session, "_csrf=" + csrf + "&from=" + day
				+ "&start=9h&end=10:00&capacity=25");
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.body()).contains("class=\"error\"").doesNotContain("\"type\"");
	}

	private Http.Response form(String path, String session, String body) {
		return http().send(java.net.http.HttpRequest.newBuilder(http().uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)), "Cookie", session);
	}

	private static String csrf(String html) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		assertThat(m.find()).as("the page's forms carry a CSRF token").isTrue();
		return java.net.URLEncoder.encode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
	}
}
