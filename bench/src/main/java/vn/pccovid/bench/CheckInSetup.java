package vn.pccovid.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;
import vn.pccovid.access.Actor;
import vn.pccovid.access.Role;
import vn.pccovid.personalqr.PersonalQrCodes;
import vn.pccovid.registry.internal.demo.PopulationGenerator;
import vn.pccovid.registry.internal.demo.PopulationLoader;

/**
 * What the check-in benchmarks share, made once per platform: 20,000 citizens (the registry benchmarks' population),
 * 200 approved venues of one owner, signed-in citizens, app QRs, and the day partitions of the last two weeks.
 */
final class CheckInSetup {

	static final int CITIZENS = 20_000;
	static final int VENUES = 200;
	static final int SIGNED_IN = 16;
	static final int QRS = 1_000;
	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
	private static CheckInSetup shared;

	/** A signed-in phone and the person it acts for. */
	record Citizen(String bearer, UUID personId) {
	}

	/** A venue: id and poster QR. */
	record Venue(UUID id, String qr) {
	}

	final String base;
	final String ownerBearer;
	final String staffBearer;
	final List<Venue> venues = new ArrayList<>();
	final List<Citizen> citizens = new ArrayList<>();
	final List<String> personalQrs = new ArrayList<>();
	final List<UUID> personIds = new ArrayList<>();

	static synchronized CheckInSetup of(ConfigurableApplicationContext platform) throws Exception {
		if (shared == null) {
			shared = new CheckInSetup(platform);
		}
		return shared;
	}

	private CheckInSetup(ConfigurableApplicationContext platform) throws Exception {
		base = "http://127.0.0.1:" + platform.getEnvironment().getProperty("local.server.port");
		JdbcClient jdbc = platform.getBean(JdbcClient.class);
		if (RegistryPopulation.count(platform) < CITIZENS) {
			try (Connection connection = platform.getBean(DataSource.class).getConnection()) {
				connection.setAutoCommit(false);
				PopulationGenerator generator = RegistryPopulation.generator(platform, CITIZENS);
				PopulationLoader.load(connection, generator);
				connection.commit();
			}
			jdbc.sql("VACUUM ANALYZE registry.citizen").update();
		}
		ownerBearer = RegistryVerifyBench.token(platform, base, Role.VENUE_OWNER);
		staffBearer = RegistryVerifyBench.token(platform, base, Role.HEALTH_WORKER);
		for (int i = 0; i < VENUES; i++) {
			Map<?, ?> venue = call("POST", "/api/v1/venues", ownerBearer, Map.of("name", "Điểm thử " + i, "type", "MARKET",
					"wardCode", "00001", "address", "Số " + i + " phố Phúc Xá"), 201);
			UUID id = UUID.fromString((String) venue.get("id"));
			call("PUT", "/api/v1/venues/" + id + "/status", staffBearer, Map.of("status", "APPROVED"), 200);
			venues.add(new Venue(id, (String) venue.get("qr")));
		}
		PersonalQrCodes codes = platform.getBean(PersonalQrCodes.class);
		List<Map<String, Object>> withPhone = jdbc.sql("SELECT id, phone FROM registry.citizen WHERE phone IS NOT NULL ORDER BY id LIMIT " + QRS)
				.query((rs, row) -> Map.<String, Object>of("id", rs.getObject(1, UUID.class), "phone", rs.getString(2))).list();
		for (Map<String, Object> c : withPhone) {
			personalQrs.add(codes.appCode(Actor.citizen((String) c.get("phone")), (UUID) c.get("id")).payload());
		}
		for (Map<String, Object> c : withPhone.subList(0, SIGNED_IN)) {
			citizens.add(new Citizen(citizenBearer(jdbc, (String) c.get("phone")), (UUID) c.get("id")));
		}
		personIds.addAll(jdbc.sql("SELECT id FROM registry.citizen ORDER BY id LIMIT " + CITIZENS).query(UUID.class).list());
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		for (int d = -15; d <= 2; d++) {
			LocalDate day = today.plusDays(d);
			jdbc.sql("CREATE TABLE IF NOT EXISTS checkin.checkin_" + day.toString().replace("-", "")
					+ " PARTITION OF checkin.checkin FOR VALUES FROM ('" + day + "') TO ('" + day.plusDays(1) + "')").update();
		}
	}

	private String citizenBearer(JdbcClient jdbc, String phone) throws Exception {
		long before = jdbc.sql("SELECT coalesce(max(id), 0) FROM notification.outbox_message WHERE recipient = ?").param(phone)
				.query(Long.class).single();
		call("POST", "/api/v1/auth/otp", null, Map.of("phone", phone), 202);
		String code = null;
		for (int attempt = 0; attempt < 150 && code == null; attempt++) {
			var body = jdbc.sql("SELECT body FROM notification.outbox_message WHERE recipient = ? AND id > ? ORDER BY id DESC LIMIT 1")
					.params(phone, before).query(String.class).optional();
			Matcher matcher = body.map(CODE::matcher).orElse(null);
			if (matcher != null && matcher.find()) {
				code = matcher.group(1);
			}
			else {
				Thread.sleep(100);
			}
		}
		if (code == null) {
			throw new IllegalStateException("no sign-in code for " + phone);
		}
		return "Bearer " + call("POST", "/api/v1/auth/otp/verify", null, Map.of("phone", phone, "code", code), 200).get("accessToken");
	}

	Map<?, ?> call(String method, String path, String bearer, Object body, int expected) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
				.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		if (bearer != null) {
			request.header("Authorization", bearer);
		}
		HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
		}
		return JSON.readValue(response.body(), Map.class);
	}
}
