package vn.pccovid.movement;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import vn.pccovid.core.AreaCode;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.registry.Cccd;
import vn.pccovid.registry.Sex;
import vn.pccovid.support.Http;

/** Permits, checkpoints and shippers for the movement tests, over the public API. */
public final class MovementFixtures {

	private final Http http;
	private final String officerBearer;
	private final PeopleFixtures people;

	public MovementFixtures(Http http, String officerBearer, PeopleFixtures people) {
		this.http = http;
		this.officerBearer = officerBearer;
		this.people = people;
	}

	public PeopleFixtures people() {
		return people;
	}

	/** A person living in this ward, registered with or without a phone, optionally flagged as a shipper. */
	public PeopleFixtures.Registered resident(AreaCode ward, String phone, boolean shipper) {
		LocalDate birth = LocalDate.of(1985 + ThreadLocalRandom.current().nextInt(15), 1 + ThreadLocalRandom.current().nextInt(12), 10);
		Sex sex = ThreadLocalRandom.current().nextBoolean() ? Sex.MALE : Sex.FEMALE;
		String cccd = "001" + Cccd.centuryDigit(birth.getYear(), sex) + String.format("%02d", birth.getYear() % 100)
				+ String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
		String name = "Trần Thị " + PeopleFixtures.uniqueWord();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("cccd", cccd);
		body.put("fullName", name);
		body.put("dateOfBirth", birth.toString());
		body.put("sex", sex.name());
		if (phone != null) {
			body.put("phone", phone);
		}
		body.put("currentWard", ward.value());
		body.put("currentAddress", "Số 5 ngõ 7 Phó Đức Chính");
		body.put("shipper", shipper);
		Http.Response response = http.post("/api/v1/registry/citizens", PeopleFixtures.json(body), "Authorization", officerBearer);
		if (response.status() != 201) {
			throw new IllegalStateException("registration: " + response.status() + " " + response.body());
		}
		var citizen = response.json();
		return new PeopleFixtures.Registered(citizen.get("id").asString(), cccd, name, birth, phone, ward,
				citizen.get("householdId").isNull() ? null : citizen.get("householdId").asString(), sex);
	}

	/** An application's JSON for this person. */
	public static String application(PeopleFixtures.Registered person, String purpose, LocalDate from, LocalDate to,
			List<String> zones) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("cccd", person.cccd());
		body.put("fullName", person.fullName());
		body.put("dateOfBirth", person.dateOfBirth().toString());
		body.put("purpose", purpose);
		body.put("validFrom", from.toString());
		body.put("validTo", to.toString());
		body.put("zones", zones);
		return PeopleFixtures.json(body);
	}

	public Http.Response put(String path, String body, String bearer) {
		return http.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString(body)), "Authorization", bearer);
	}

	/** Applies as this caller and answers the new permit's id. */
	public String apply(String bearer, String application) {
		Http.Response response = http.post("/api/v1/movement/permits", application, "Authorization", bearer);
		if (response.status() != 201) {
			throw new IllegalStateException("application: " + response.status() + " " + response.body());
		}
		return response.json().get("id").asString();
	}

	/** Approves and answers the permit's QR. */
	public String approve(String policeBearer, String permitId) {
		Http.Response response = put("/api/v1/movement/permits/" + permitId + "/decision", "{\"decision\":\"APPROVED\"}", policeBearer);
		if (response.status() != 200) {
			throw new IllegalStateException("approval: " + response.status() + " " + response.body());
		}
		return response.json().get("qr").asString();
	}

	/** Creates a checkpoint and answers its id. */
	public String checkpoint(String policeBearer, String name, AreaCode ward) {
		Http.Response response = http.post("/api/v1/movement/checkpoints",
				PeopleFixtures.json(Map.of("name", name, "wardCode", ward.value())), "Authorization", policeBearer);
		if (response.status() != 201) {
			throw new IllegalStateException("checkpoint: " + response.status() + " " + response.body());
		}
		return response.json().get("id").asString();
	}

	public Http.Response scan(String bearer, String checkpoint, String qr, String plate) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("qr", qr);
		if (plate != null) {
			body.put("plate", plate);
		}
		return http.post("/api/v1/movement/checkpoints/" + checkpoint + "/scans", PeopleFixtures.json(body), "Authorization", bearer);
	}
}
