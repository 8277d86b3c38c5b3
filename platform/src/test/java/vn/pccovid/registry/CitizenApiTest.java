package vn.pccovid.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pccovid.registry.CitizenFixtures.*;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.JsonNode;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.core.Permission;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/** Staff registration, search and reads over HTTP: scope, masking, duplicates and bad input. */
class CitizenApiTest extends PlatformTest {

	private String officer;

	@BeforeEach
	void officerOfHanoi() {
		officer = access().bearer(Role.REGISTRY_OFFICER, Scope.of(HANOI));
	}

	@Test
	void registersACitizenAndAnswers201WithLocation() {
		Person person = Person.in(PHUC_XA);
		Map<String, Object> body = person.json();
		body.put("fullName", "  " + Normalizer.normalize(person.fullName(), Normalizer.Form.NFD) + " ");
		body.put("phone", "+84" + person.phone().substring(1));
		Http.Response created = register(http(), officer, body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode citizen = created.json();
		assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/api/v1/registry/citizens/" + citizen.get("id").asString());
		assertThat(citizen.get("fullName").asString()).isEqualTo(person.fullName());
		assertThat(citizen.get("phone").asString()).isEqualTo(person.phone());
		assertThat(citizen.get("wardCode").asString()).isEqualTo("00001");
		assertThat(citizen.get("areaPath").asString()).isEqualTo("01.001.00001");
		assertThat(citizen.get("householdId").isNull()).isFalse();

		JsonNode read = get(citizen.get("id").asString(), officer).json();
		assertThat(read.get("cccd").asString()).isEqualTo(person.cccd());
		assertThat(read.get("address").asString()).isEqualTo("Số 12 ngõ 34 Hàng Bún");
	}

	@Test
	void aKnownCccdIs409AndWritesNothing() {
		Person person = Person.in(PHUC_XA);
		registered(http(), officer, person);
		Person twin = new Person(person.cccd(), "Trần Văn " + uniqueWord(), person.dateOfBirth(), person.sex(), phone(), PHUC_XA);
		assertProblem(register(http(), officer, twin.json()), 409, "cccd");
		assertThat(search(officer, twin.fullName()).get("items")).isEmpty();
	}

	@Test
	void findsByNameWithoutDiacriticsAndByCccd() {
		Person person = Person.in(TRUC_BACH);
		String id = registered(http(), officer, person);
		String word = person.fullName().substring(person.fullName().lastIndexOf(' ') + 1);
		for (String query : List.of("nguyen thi hong " + word.toLowerCase(), "NGUYEN THI HONG " + word.toUpperCase(),
				Normalizer.normalize(person.fullName(), Normalizer.Form.NFD), word.toLowerCase(), person.cccd())) {
			JsonNode items = search(officer, query).get("items");
			assertThat(items).as(query).hasSize(1);
			assertThat(items.get(0).get("id").asString()).isEqualTo(id);
			assertThat(items.get(0).get("fullName").asString()).isEqualTo(person.fullName());
		}
	}

	@Test
	void pagesThroughResultsWithACursor() {
		String family = "Lương " + uniqueWord();
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			Person person = Person.in(PHUC_XA);
			ids.add(registered(http(), officer, new Person(person.cccd(), family + " " + (char) ('A' + i) + "n", person.dateOfBirth(),
					person.sex(), person.phone(), PHUC_XA)));
		}
		List<String> seen = new ArrayList<>();
		String after = null;
		do {
			JsonNode page = http().get("/api/v1/registry/citizens?q=" + enc(family) + "&limit=2" + (after == null ? "" : "&after=" + after),
					"Authorization", officer).json();
			page.get("items").forEach(item -> seen.add(item.get("id").asString()));
			after = page.get("next").isNull() ? null : page.get("next").asString();
		}
		while (after != null);
		assertThat(seen).containsExactlyInAnyOrderElementsOf(ids).doesNotHaveDuplicates();
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "REGISTRY_OFFICER", "HEALTH_WORKER", "VACCINATION_STAFF", "EPIDEMIOLOGIST",
			"WARD_POLICE", "CHECKPOINT_OFFICER", "LOCAL_GOVERNMENT_OFFICER" })
	void everyReadingRoleSeesOnlyItsOwnWard(Role role) {
		Person here = Person.in(PHUC_XA);
		Person there = new Person(cccd("01", 1990, Sex.FEMALE), here.fullName(), here.dateOfBirth(), here.sex(), phone(), PHUC_TAN);
		String hereId = registered(http(), officer, here);
		String thereId = registered(http(), officer, there);
		String ward = access().bearer(role, Scope.of(PHUC_XA));

		assertThat(get(hereId, ward).status()).isEqualTo(200);
		assertProblem(get(thereId, ward), 403, null);
		JsonNode items = search(ward, here.fullName()).get("items");
		assertThat(items).hasSize(1);
		assertThat(items.get(0).get("id").asString()).isEqualTo(hereId);
		assertProblem(http().get("/api/v1/registry/citizens?ward=00037", "Authorization", ward), 403, null);
		assertThat(search(officer, here.fullName()).get("items")).hasSize(2);
	}

	@Test
	void rolesWithoutContactPermissionSeeAMaskedPhoneAndNoAddress() {
		assertThat(Role.CHECKPOINT_OFFICER.grants(Permission.CITIZEN_CONTACT_READ)).isFalse();
		Person person = Person.in(PHUC_XA);
		String id = registered(http(), officer, person);
		String checkpoint = access().bearer(Role.CHECKPOINT_OFFICER, Scope.of(BA_DINH));
		JsonNode citizen = get(id, checkpoint).json();
		assertThat(citizen.get("phone").asString()).isEqualTo(person.phone().substring(0, 2) + "******" + person.phone().substring(8));
		assertThat(citizen.get("address").isNull()).isTrue();
		assertThat(citizen.get("permanentAddress").isNull()).isTrue();
		JsonNode listed = search(checkpoint, person.fullName()).get("items").get(0);
		assertThat(listed.get("phone").asString()).contains("******");
		assertThat(listed.get("address").isNull()).isTrue();
	}

	@Test
	void registrationOutsideTheCallersScopeIs403() {
		String wardPolice = access().bearer(Role.WARD_POLICE, Scope.of(PHUC_XA));
		Person elsewhere = Person.in(PHUC_TAN);
		assertProblem(register(http(), wardPolice, elsewhere.json()), 403, null);
		assertThat(search(officer, elsewhere.fullName()).get("items")).isEmpty();
		assertThat(register(http(), wardPolice, Person.in(PHUC_XA).json()).status()).isEqualTo(201);
	}

	@Test
	void rolesWithoutTheirPermissionAreRefused() {
		String partner = access().bearer(Role.PARTNER_SYSTEM, Scope.NATIONAL);
		assertProblem(http().get("/api/v1/registry/citizens?q=nguyen", "Authorization", partner), 403, null);
		assertProblem(register(http(), access().bearer(Role.HEALTH_WORKER, Scope.of(HANOI)), Person.in(PHUC_XA).json()), 403, null);
		assertProblem(http().get("/api/v1/registry/citizens?q=nguyen"), 401, null);
	}

	@Test
	void badRegistrationsAre400NamingTheFieldAndWriteNothing() {
		Person person = Person.in(PHUC_XA);
		Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
		cases.put("cccd", with(person, "cccd", "12345"));
		cases.put("cccd ", with(person, "cccd", "099190123456"));
		cases.put("cccd  ", with(person, "cccd", cccd("01", 1990, Sex.MALE)));
		cases.put("cccd   ", with(person, "cccd", cccd("01", 2001, Sex.FEMALE)));
		cases.put("cmnd", with(person, "cmnd", "12ab"));
		cases.put("fullName", with(person, "fullName", "<b>x</b>"));
		cases.put("fullName ", with(person, "fullName", null));
		cases.put("dateOfBirth", with(person, "dateOfBirth", "2990-01-01"));
		cases.put("dateOfBirth ", with(person, "dateOfBirth", "05/03/1990"));
		cases.put("sex", with(person, "sex", "X"));
		cases.put("phone", with(person, "phone", "0212345678"));
		cases.put("currentWard", with(person, "currentWard", "99999"));
		cases.put("currentWard ", with(person, "currentWard", "001"));
		cases.put("currentAddress", with(person, "currentAddress", null));
		cases.put("permanentWard", with(person, "permanentWard", "abc"));
		cases.put("householdId", with(person, "householdId", "00000000-0000-4000-8000-000000000000"));
		cases.put("unknownField", with(person, "unknownField", "x"));
		cases.forEach((field, body) -> assertProblem(register(http(), officer, body), 400, field.strip()));
		assertProblem(http().post("/api/v1/registry/citizens", "{not json", "Authorization", officer), 400, null);
		assertThat(search(officer, person.fullName()).get("items")).isEmpty();
	}

	@Test
	void badSearchesAre400NamingTheParameter() {
		assertProblem(http().get("/api/v1/registry/citizens?q=a", "Authorization", officer), 400, "q");
		assertProblem(http().get("/api/v1/registry/citizens?q=12345", "Authorization", officer), 400, "q");
		assertProblem(http().get("/api/v1/registry/citizens?q=nguyen&limit=0", "Authorization", officer), 400, "limit");
		assertProblem(http().get("/api/v1/registry/citizens?q=nguyen&limit=1000", "Authorization", officer), 400, "limit");
		assertProblem(http().get("/api/v1/registry/citizens?q=nguyen&limit=x", "Authorization", officer), 400, "limit");
		assertProblem(http().get("/api/v1/registry/citizens?q=nguyen&after=%21%21", "Authorization", officer), 400, "after");
		assertProblem(http().get("/api/v1/registry/citizens?ward=99999", "Authorization", officer), 400, "ward");
		assertProblem(http().get("/api/v1/registry/citizens/not-a-uuid", "Authorization", officer), 400, "id");
		assertProblem(http().get("/api/v1/registry/citizens/6f1c9a8e-0000-4000-8000-000000000000", "Authorization", officer), 404, null);
	}

	@Test
	void householdsListTheirMembersInScope() {
		Person first = Person.in(PHUC_XA);
		String firstId = registered(http(), officer, first);
		String household = get(firstId, officer).json().get("householdId").asString();
		Person second = Person.in(PHUC_XA);
		Map<String, Object> body = second.json();
		body.put("householdId", household);
		assertThat(register(http(), officer, body).status()).isEqualTo(201);

		JsonNode view = http().get("/api/v1/registry/households/" + household, "Authorization", officer).json();
		assertThat(view.get("wardCode").asString()).isEqualTo("00001");
		assertThat(view.get("members")).extracting(m -> m.get("fullName").asString())
				.containsExactlyInAnyOrder(first.fullName(), second.fullName());
		assertProblem(http().get("/api/v1/registry/households/" + household, "Authorization",
				access().bearer(Role.WARD_POLICE, Scope.of(PHUC_TAN))), 403, null);
		assertProblem(http().get("/api/v1/registry/households/nope", "Authorization", officer), 400, "id");

		Map<String, Object> elsewhere = Person.in(TRUC_BACH).json();
		elsewhere.put("householdId", household);
		assertProblem(register(http(), officer, elsewhere), 400, "householdId");
	}

	private Http.Response get(String id, String bearer) {
		return http().get("/api/v1/registry/citizens/" + id, "Authorization", bearer);
	}

	private JsonNode search(String bearer, String q) {
		Http.Response response = http().get("/api/v1/registry/citizens?q=" + enc(q), "Authorization", bearer);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private static Map<String, Object> with(Person person, String field, Object value) {
		Map<String, Object> body = person.json();
		body.put(field, value);
		return body;
	}

	static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
