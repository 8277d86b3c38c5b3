package vn.pccovid.vaccination;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.pccovid.core.AreaCode;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.support.Http;

/**
 * Sites with slots and stock, registered and booked people for the vaccination tests, all through the API: a
 * vaccination staff member's bearer opens sites, a citizen's bearer registers and books.
 */
public final class VaccinationFixtures {

	private final Http http;
	private final String staffBearer;

	/**
	 * @param http        the client
	 * @param staffBearer a vaccination staff member's bearer header whose scope holds the sites
	 */
	public VaccinationFixtures(Http http, String staffBearer) {
		this.http = http;
		this.staffBearer = staffBearer;
	}

	/** Opens a site in the ward and answers its id. */
	public String site(AreaCode ward) {
		Http.Response response = http.post("/api/v1/vaccination/sites",
				PeopleFixtures.json(Map.of("name", "Trạm Y tế " + PeopleFixtures.uniqueWord(), "wardCode", ward.value())),
				"Authorization", staffBearer);
		require(response, 201);
		return response.json().get("id").asString();
	}

	/** Adds a slot 08:00–08:30 (or later on, by {@code index}) on the day and answers its id. */
	public String slot(String siteId, LocalDate day, int index, int capacity) {
		String start = String.format("%02d:%02d", 7 + index / 2, (index % 2) * 30);
		String end = String.format("%02d:%02d", 7 + (index + 1) / 2, ((index + 1) % 2) * 30);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("date", day.toString());
		body.put("start", start);
		body.put("end", end);
		body.put("capacity", capacity);
		Http.Response response = http.post("/api/v1/vaccination/sites/" + siteId + "/slots", PeopleFixtures.json(body),
				"Authorization", staffBearer);
		require(response, 201);
		return response.json().get("id").asString();
	}

	/** Receives doses of a lot at the site, expiring in a year from {@code today}. */
	public void stock(String siteId, String product, String lot, int doses, LocalDate today) {
		Http.Response response = http.post("/api/v1/vaccination/sites/" + siteId + "/stock/receipts",
				PeopleFixtures.json(Map.of("product", product, "lot", lot, "doses", doses, "expiresOn", today.plusYears(1).toString())),
				"Authorization", staffBearer);
		require(response, 201);
	}

	/** Registers the person on the citizen's phone for vaccination. */
	public void register(String citizenBearer, String personId) {
		Http.Response response = http.post("/api/v1/me/people/" + personId + "/vaccination-registration", "{}",
				"Authorization", citizenBearer);
		if (response.status() != 201 && response.status() != 200) {
			throw new IllegalStateException("registration: " + response.status() + " " + response.body());
		}
	}

	/** Books the slot for the person; the raw response. */
	public Http.Response book(String citizenBearer, String personId, String slotId) {
		return http.post("/api/v1/me/people/" + personId + "/bookings", "{\"slotId\":\"" + slotId + "\"}",
				"Authorization", citizenBearer);
	}

	/** Records a dose by CCCD at the site; the raw response. */
	public Http.Response dose(String cccd, String siteId, String product, String lot, int doseNumber) {
		return http.post("/api/v1/vaccination/doses", PeopleFixtures.json(Map.of("cccd", cccd, "siteId", siteId,
				"product", product, "lot", lot, "doseNumber", doseNumber)), "Authorization", staffBearer);
	}

	private static void require(Http.Response response, int status) {
		if (response.status() != status) {
			throw new IllegalStateException(response.status() + " " + response.body());
		}
	}
}
