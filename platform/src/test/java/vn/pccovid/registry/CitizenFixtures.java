package vn.pccovid.registry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.json.JsonMapper;
import vn.pccovid.core.AreaCode;
import vn.pccovid.support.Http;

/**
 * Citizens for tests: valid, unique CCCDs (random serials), unique names and phones, real wards, and registration
 * over HTTP. Tests share one database, so every value that must be unique is random.
 */
final class CitizenFixtures {

	static final AreaCode PHUC_XA = AreaCode.ward("01", "001", "00001");
	static final AreaCode TRUC_BACH = AreaCode.ward("01", "001", "00004");
	static final AreaCode PHUC_TAN = AreaCode.ward("01", "002", "00037");
	static final AreaCode TAN_DINH = AreaCode.ward("79", "760", "26734");
	static final AreaCode BA_DINH = PHUC_XA.parent();
	static final AreaCode HANOI = BA_DINH.parent();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CitizenFixtures() {
	}

	/** A CCCD registered in this province for someone born in this year with this sex, random serial. */
	static String cccd(String province, int birthYear, Sex sex) {
		return "0" + province + Cccd.centuryDigit(birthYear, sex) + String.format("%02d", birthYear % 100)
				+ String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
	}

	/** A made-up capitalised word (letters only), so a name is unique across the shared test database. */
	static String uniqueWord() {
		StringBuilder word = new StringBuilder("X");
		for (int i = 0; i < 9; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.toString();
	}

	static String phone() {
		return "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	/**
	 * A person to register.
	 *
	 * @param cccd        12 digits
	 * @param fullName    NFC
	 * @param dateOfBirth date of birth
	 * @param sex         sex
	 * @param phone       mobile
	 * @param ward        current ward
	 */
	record Person(String cccd, String fullName, LocalDate dateOfBirth, Sex sex, String phone, AreaCode ward) {

		/** A woman born 5 March 1990 in Hà Nội, living in the ward, with a unique given name. */
		static Person in(AreaCode ward) {
			return new Person(CitizenFixtures.cccd("01", 1990, Sex.FEMALE), "Nguyễn Thị Hồng " + uniqueWord(), LocalDate.of(1990, 3, 5),
					Sex.FEMALE, CitizenFixtures.phone(), ward);
		}

		Person withPhone(String other) {
			return new Person(cccd, fullName, dateOfBirth, sex, other, ward);
		}

		Map<String, Object> json() {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("cccd", cccd);
			body.put("fullName", fullName);
			body.put("dateOfBirth", dateOfBirth.toString());
			body.put("sex", sex.name());
			body.put("phone", phone);
			body.put("currentWard", ward.value());
			body.put("currentAddress", "Số 12 ngõ 34 Hàng Bún");
			return body;
		}
	}

	static String json(Map<String, ?> body) {
		return JSON.writeValueAsString(body);
	}

	/** Registers the person with this bearer token; answers the response. */
	static Http.Response register(Http http, String bearer, Map<String, ?> body) {
		return http.post("/api/v1/registry/citizens", json(body), "Authorization", bearer);
	}

	/** Registers the person and answers their id; fails unless 201. */
	static String registered(Http http, String bearer, Person person) {
		Http.Response response = register(http, bearer, person.json());
		if (response.status() != 201) {
			throw new IllegalStateException("registration: " + response.status() + " " + response.body());
		}
		return response.json().get("id").asString();
	}
}
