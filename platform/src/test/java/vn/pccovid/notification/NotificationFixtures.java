package vn.pccovid.notification;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.pccovid.core.AreaCode;
import vn.pccovid.support.CitizenSignIns;
import vn.pccovid.support.Http;

/** Citizens for the notification tests: registered over the API, signed in by code (read from the outbox table). */
public final class NotificationFixtures {

	public static final AreaCode PHUC_XA = AreaCode.ward("01", "001", "00001");
	public static final AreaCode TAN_DINH = AreaCode.ward("79", "760", "26734");

	private final Http http;
	private final JdbcClient jdbc;

	public NotificationFixtures(Http http, JdbcClient jdbc) {
		this.http = http;
		this.jdbc = jdbc;
	}

	public static String phone() {
		return "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	/** Registers a woman born 1990 with this phone in this ward (officer's bearer) and answers her id. */
	public UUID registered(String officerBearer, String phone, AreaCode ward) {
		String cccd = "0011" + "90" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
		String given = "X" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 26).replaceAll("[0-9]", "a");
		String body = """
				{"cccd":"%s","fullName":"Nguyễn Thị %s","dateOfBirth":"1990-03-05","sex":"FEMALE","phone":"%s",
				 "currentWard":"%s","currentAddress":"Số 1 Hàng Bún"}""".formatted(cccd, given, phone, ward.value());
		Http.Response response = http.post("/api/v1/registry/citizens", body, "Authorization", officerBearer);
		if (response.status() != 201) {
			throw new IllegalStateException("registration: " + response.status() + " " + response.body());
		}
		return UUID.fromString(response.json().get("id").asString());
	}

	/** A citizen's bearer token for the phone. */
	public String citizenBearer(String phone) {
		return CitizenSignIns.bearer(http, CitizenSignIns.Codes.inDatabase(jdbc), phone);
	}

	/** A citizen's web session cookie, signed in through the /login forms. */
	public String citizenSession(String phone) {
		return CitizenSignIns.session(http, CitizenSignIns.Codes.inDatabase(jdbc), phone, "/login").session();
	}

	/** The CSRF token on a page. */
	public static String csrf(Http.Response page) {
		return CitizenSignIns.csrf(page);
	}

	public Http.Response form(String path, String cookie, String ip, String form) {
		return CitizenSignIns.form(http, path, cookie, ip, form);
	}

	public static String ip() {
		return CitizenSignIns.newIp();
	}
}
