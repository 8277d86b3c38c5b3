package vn.pccovid.relief;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.json.JsonMapper;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.core.AreaCode;
import vn.pccovid.registry.Cccd;
import vn.pccovid.registry.Sex;
import vn.pccovid.support.AccessFixtures;
import vn.pccovid.support.Http;

/**
 * People, programmes and officers for the relief tests: citizens registered over HTTP with the registry's flags
 * (temporary resident, homeless, shipper), unique CCCDs and names (the tests share one database), and one
 * account per role and area.
 */
public final class ReliefFixtures {

	public static final AreaCode PHUC_XA = AreaCode.ward("01", "001", "00001");
	public static final AreaCode TRUC_BACH = AreaCode.ward("01", "001", "00004");
	public static final AreaCode PHUC_TAN = AreaCode.ward("01", "002", "00037");
	public static final AreaCode BA_DINH = PHUC_XA.parent();
	public static final AreaCode HANOI = BA_DINH.parent();
	public static final AreaCode TAN_DINH = AreaCode.ward("79", "760", "26734");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Http http;
	private final AccessFixtures access;
	private final String registrar;

	public ReliefFixtures(Http http, AccessFixtures access) {
		this.http = http;
		this.access = access;
		this.registrar = access.bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL);
	}

	/**
	 * A registered person.
	 *
	 * @param id          registry id
	 * @param cccd        CCCD
	 * @param fullName    NFC
	 * @param birth       date of birth
	 * @param phone       own phone
	 * @param householdId household or {@code null}
	 */
	public record Person(String id, String cccd, String fullName, LocalDate birth, String phone, String householdId) {
	}

	/** Kinds of people the registry knows. */
	public enum Kind { PERMANENT, TEMPORARY, HOMELESS, SHIPPER }

	public Person person(AreaCode ward, LocalDate birth, Kind kind) {
		return person(ward, birth, kind, null);
	}

	/** Registers someone of this kind in this ward (and household, or a new one). */
	public Person person(AreaCode ward, LocalDate birth, Kind kind, String householdId) {
		Sex sex = ThreadLocalRandom.current().nextBoolean() ? Sex.MALE : Sex.FEMALE;
		String cccd = "0" + ward.province() + Cccd.centuryDigit(birth.getYear(), sex) + String.format("%02d", birth.getYear() % 100)
				+ String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
		String name = "Nguyễn Văn " + word() + " " + word();
		String phone = "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("cccd", cccd);
		body.put("fullName", name);
		body.put("dateOfBirth", birth.toString());
		body.put("sex", sex.name());
		body.put("phone", phone);
		body.put("currentWard", ward.value());
		if (kind != Kind.HOMELESS) {
			body.put("currentAddress", "Số 5 ngõ 7 Hàng Bún");
		}
		body.put("temporaryResident", kind == Kind.TEMPORARY);
		body.put("homeless", kind == Kind.HOMELESS);
		body.put("shipper", kind == Kind.SHIPPER);
		if (householdId != null) {
			body.put("householdId", householdId);
		}
		Http.Response response = http.post("/api/v1/registry/citizens", json(body), "Authorization", registrar);
		if (response.status() != 201) {
			throw new IllegalStateException("registration: " + response.status() + " " + response.body());
		}
		var citizen = response.json();
		return new Person(citizen.get("id").asString(), cccd, name, birth, phone,
				citizen.get("householdId").isNull() ? null : citizen.get("householdId").asString());
	}

	public Person adult(AreaCode ward) {
		return person(ward, LocalDate.of(1980, 6, 1), Kind.PERMANENT);
	}

	/** A province admin of Hà Nội defines a programme; answers its id. */
	public String programme(String per, Map<String, Object> rules) {
		return programme(access.bearer(Role.PROVINCE_ADMIN, Scope.of(HANOI)), per, rules);
	}

	public String programme(String adminBearer, String per, Map<String, Object> rules) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", "Hỗ trợ " + word());
		body.put("basis", "Nghị quyết 68/NQ-CP");
		body.put("amount", 1_500_000);
		body.put("per", per);
		body.put("periods", List.of("2021-09", "2021-10"));
		body.put("rules", rules);
		Http.Response response = http.post("/api/v1/relief/programmes", json(body), "Authorization", adminBearer);
		if (response.status() != 201) {
			throw new IllegalStateException("programme: " + response.status() + " " + response.body());
		}
		return response.json().get("id").asString();
	}

	public Http.Response propose(String bearer, String programme, String cccd) {
		return http.post("/api/v1/relief/programmes/" + programme + "/beneficiaries", json(Map.of("cccd", cccd)),
				"Authorization", bearer);
	}

	public Http.Response approve(String bearer, String programme, String cccd) {
		return http.send(HttpRequest.newBuilder(http.uri("/api/v1/relief/programmes/" + programme + "/beneficiaries/" + cccd + "/approval"))
				.PUT(HttpRequest.BodyPublishers.noBody()), "Authorization", bearer);
	}

	public Http.Response attest(String bearer, String cccd, String... flags) {
		return http.send(HttpRequest.newBuilder(http.uri("/api/v1/relief/people/" + cccd + "/flags"))
				.header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString(json(Map.of("flags", List.of(flags))))), "Authorization", bearer);
	}

	public Http.Response pay(String bearer, String programme, String cccd, String period, String method) {
		return http.post("/api/v1/relief/payments",
				json(Map.of("programmeId", programme, "cccd", cccd, "period", period, "method", method)), "Authorization", bearer);
	}

	/** Proposes by a ward officer and approves by a district officer; fails unless both succeed. */
	public void listed(String programme, AreaCode ward, String cccd) {
		String officer = access.bearer(Role.LOCAL_GOVERNMENT_OFFICER, Scope.of(ward));
		Http.Response proposed = propose(officer, programme, cccd);
		if (proposed.status() != 201) {
			throw new IllegalStateException("proposal: " + proposed.status() + " " + proposed.body());
		}
		Http.Response approved = approve(access.bearer(Role.LOCAL_GOVERNMENT_OFFICER, Scope.of(ward.parent())), programme, cccd);
		if (approved.status() != 200) {
			throw new IllegalStateException("approval: " + approved.status() + " " + approved.body());
		}
	}

	public static String word() {
		StringBuilder word = new StringBuilder("X");
		for (int i = 0; i < 7; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.toString();
	}

	public static String json(Object body) {
		return JSON.writeValueAsString(body);
	}
}
