package vn.pccovid.declaration;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.support.Http;

/** Declaration bodies for tests, and filing them over HTTP. */
public final class DeclarationFixtures {

	private DeclarationFixtures() {
	}

	public static String health(List<String> symptoms, List<String> exposures, LocalDate date) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("symptoms", symptoms);
		body.put("exposures", exposures);
		body.put("date", date == null ? null : date.toString());
		return PeopleFixtures.json(body);
	}

	public static Map<String, Object> movement(String fromWard, String toWard, LocalDate date, String type, String plate,
			String trip) {
		Map<String, Object> vehicle = new LinkedHashMap<>();
		vehicle.put("type", type);
		vehicle.put("plate", plate);
		vehicle.put("trip", trip);
		vehicle.put("seat", null);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("fromWard", fromWard);
		body.put("toWard", toWard);
		body.put("date", date.toString());
		body.put("purpose", "Đi làm ở công ty");
		body.put("vehicle", vehicle);
		return body;
	}

	public static Http.Response fileHealth(Http http, String bearer, String personId, String body) {
		return http.post("/api/v1/me/people/" + personId + "/declarations/health", body, "Authorization", bearer);
	}

	public static Http.Response fileMovement(Http http, String bearer, String personId, Map<String, Object> body) {
		return http.post("/api/v1/me/people/" + personId + "/declarations/movement", PeopleFixtures.json(body),
				"Authorization", bearer);
	}
}
