package vn.pccovid.people;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.json.JsonMapper;
import vn.pccovid.core.AreaCode;
import vn.pccovid.registry.Cccd;
import vn.pccovid.registry.Sex;
import vn.pccovid.support.CitizenSignIns;
import vn.pccovid.support.Http;
import vn.pccovid.support.Outboxes;

/**
 * Registered people and signed-in phones for the people and personal-QR tests: unique CCCDs, names and phones
 * (the tests share one database), registration by a registry officer, sign-in by a code read from the outbox.
 */
public final class PeopleFixtures {

	public static final AreaCode PHUC_XA = AreaCode.ward("01", "001", "00001");
	public static final AreaCode TRUC_BACH = AreaCode.ward("01", "001", "00004");
	public static final AreaCode TAN_DINH = AreaCode.ward("79", "760", "26734");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Http http;
	private final String officerBearer;
	private final String adminBearer;

	/**
	 * @param http          the client
	 * @param officerBearer a national registry officer's bearer header
	 * @param adminBearer   the administrator's bearer header (reads the outbox)
	 */
	public PeopleFixtures(Http http, String officerBearer, String adminBearer) {
		this.http = http;
		this.officerBearer = officerBearer;
		this.adminBearer = adminBearer;
	}

	/**
	 * A registered person.
	 *
	 * @param id          registry id
	 * @param cccd        CCCD
	 * @param fullName    NFC
	 * @param dateOfBirth date of birth
	 * @param phone       own phone or {@code null}
	 * @param ward        current ward
	 * @param householdId household
	 * @param sex         sex
	 */
	public record Registered(String id, String cccd, String fullName, LocalDate dateOfBirth, String phone, AreaCode ward,
			String householdId, Sex sex) {

		/** The claim a phone owner makes to add this person, as JSON. */
		public String claim() {
			return claim(fullName, dateOfBirth);
		}

		public String claim(String name, LocalDate birth) {
			return json(Map.of("cccd", cccd, "fullName", name, "dateOfBirth", birth.toString()));
		}
	}

	/** Registers someone born on this day, with this phone (or none), in this ward and household (or a new one). */
	public Registered register(LocalDate birth, String phone, AreaCode ward, String householdId) {
		Sex sex = ThreadLocalRandom.current().nextBoolean() ? Sex.MALE : Sex.FEMALE;
		String cccd = "001" + Cccd.centuryDigit(birth.getYear(), sex) + String.format("%02d", birth.getYear() % 100)
				+ String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
		String name = "Nguyễn Văn " + uniqueWord();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("cccd", cccd);
		body.put("fullName", name);
		body.put("dateOfBirth", birth.toString());
		body.put("sex", sex.name());
		if (phone != null) {
			body.put("phone", phone);
		}
		body.put("currentWard", ward.value());
		body.put("currentAddress", "Số 12 ngõ 34 Hàng Bún");
		if (householdId != null) {
			body.put("householdId", householdId);
		}
		Http.Response response = http.post("/api/v1/registry/citizens", json(body), "Authorization", officerBearer);
		if (response.status() != 201) {
			throw new IllegalStateException("registration: " + response.status() + " " + response.body());
		}
		var citizen = response.json();
		return new Registered(citizen.get("id").asString(), cccd, name, birth, phone, ward,
				citizen.get("householdId").isNull() ? null : citizen.get("householdId").asString(), sex);
	}

	/** An adult born 5 March 1990 with their own phone, in Phúc Xá, in a household of their own. */
	public Registered adultWithPhone() {
		return register(LocalDate.of(1990, 3, 5), phone(), PHUC_XA, null);
	}

	/** A bearer header for the citizen signed in with this phone. */
	public String citizenBearer(String phone) {
		return CitizenSignIns.bearer(http, CitizenSignIns.Codes.overHttp(http, adminBearer), phone);
	}

	public static String phone() {
		return "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	public static String uniqueWord() {
		StringBuilder word = new StringBuilder("X");
		for (int i = 0; i < 9; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.toString();
	}

	public static String json(Map<String, ?> body) {
		return JSON.writeValueAsString(body);
	}
}
