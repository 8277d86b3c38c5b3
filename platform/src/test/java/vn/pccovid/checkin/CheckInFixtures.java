package vn.pccovid.checkin;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.support.AccessFixtures;
import vn.pccovid.support.Http;

/**
 * Venues and their people for the check-in tests: an owner (venue owner in Ba Đình), health staff of Phúc Xá (the
 * venues' ward) and of Trúc Bạch (another ward), venues registered and approved over HTTP.
 */
public final class CheckInFixtures {

	private final Http http;
	public final String owner;
	public final String otherOwner;
	public final String wardStaff;
	public final String otherWardStaff;

	public CheckInFixtures(Http http, AccessFixtures access) {
		this.http = http;
		Scope district = Scope.of(PeopleFixtures.PHUC_XA.parent());
		this.owner = access.bearer(Role.VENUE_OWNER, district);
		this.otherOwner = access.bearer(Role.VENUE_OWNER, district);
		this.wardStaff = access.bearer(Role.HEALTH_WORKER, Scope.of(PeopleFixtures.PHUC_XA));
		this.otherWardStaff = access.bearer(Role.HEALTH_WORKER, Scope.of(PeopleFixtures.TRUC_BACH));
	}

	/** A pending venue of the owner in Phúc Xá: {id, status, qr, …}. */
	public JsonNode pendingVenue(String ownerBearer, String name) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("type", "MARKET");
		body.put("wardCode", PeopleFixtures.PHUC_XA.value());
		body.put("address", "Số 1 phố Phúc Xá");
		body.put("latitude", 21.045);
		body.put("longitude", 105.848);
		Http.Response response = http.post("/api/v1/venues", PeopleFixtures.json(body), "Authorization", ownerBearer);
		if (response.status() != 201) {
			throw new IllegalStateException("venue: " + response.status() + " " + response.body());
		}
		return response.json();
	}

	/** An approved venue of the fixture's owner. */
	public JsonNode approvedVenue(String name) {
		JsonNode venue = pendingVenue(owner, name);
		setStatus(venue.get("id").asString(), "APPROVED", null);
		return venue;
	}

	public Http.Response setStatus(String venueId, String status, String reason) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", status);
		body.put("reason", reason);
		return http.send(java.net.http.HttpRequest.newBuilder(http.uri("/api/v1/venues/" + venueId + "/status"))
				.header("Content-Type", "application/json")
				.PUT(java.net.http.HttpRequest.BodyPublishers.ofString(PeopleFixtures.json(body))), "Authorization", wardStaff);
	}

	/** A citizen's check-in with this poster content. */
	public Http.Response checkIn(String citizenBearer, String personId, String venueQr) {
		return http.post("/api/v1/me/people/" + personId + "/checkins", PeopleFixtures.json(Map.of("venueQr", venueQr)),
				"Authorization", citizenBearer);
	}
}
