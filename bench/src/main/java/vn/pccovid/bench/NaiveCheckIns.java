package vn.pccovid.bench;

import java.lang.reflect.Method;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.JsonBodies;
import vn.pccovid.core.PeopleOnPhone;

/**
 * The naive baseline of the single check-in: the same request through the same server (bearer sign-in, the phone
 * acts for the person, the poster looked up in memory, the JSON read and written with {@link JsonBodies} like the
 * real endpoint's) answered after one autocommit INSERT of its own. Registered
 * into the running platform's MVC at {@code POST /api/v1/bench/naive/people/{id}/checkins}; exists only in the benchmark.
 */
public final class NaiveCheckIns {

	// Under /api/v1 so that it goes through the same security chain as the real endpoint (bearer, no CSRF); outside it
	// the web chain refuses a POST without a CSRF token (403), which is what stopped earlier runs.
	static final String PATH = "/api/v1/bench/naive/people/{id}/checkins";

	private final PeopleOnPhone people;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final JsonBodies json;
	private final Map<String, UUID> venueByQr = new ConcurrentHashMap<>();

	private NaiveCheckIns(ConfigurableApplicationContext platform) {
		this.people = platform.getBean(PeopleOnPhone.class);
		this.jdbc = platform.getBean(JdbcClient.class);
		this.clock = platform.getBean(Clock.class);
		this.json = platform.getBean(JsonBodies.class);
		jdbc.sql("SELECT id, qr FROM checkin.venue WHERE status = 'APPROVED'")
				.query((rs, row) -> venueByQr.put(rs.getString(2), rs.getObject(1, UUID.class))).list();
	}

	/** Registers the handler into the running platform. */
	static void register(ConfigurableApplicationContext platform) throws NoSuchMethodException {
		RequestMappingHandlerMapping mapping = platform.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
		Method method = NaiveCheckIns.class.getMethod("checkIn", Actor.class, UUID.class, HttpServletRequest.class, HttpServletResponse.class);
		mapping.registerMapping(RequestMappingInfo.paths(PATH).methods(RequestMethod.POST)
				.options(mapping.getBuilderConfiguration()).build(), new NaiveCheckIns(platform), method);
	}

	/** The handler: body read and answer written with {@link JsonBodies}, as the real check-in endpoint does. */
	@Allowed(area = AreaRule.OWN_DATA)
	public void checkIn(Actor actor, @PathVariable("id") UUID id, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		Body body = json.read(request, Body.class);
		NaiveBookings.answer(json, response, decide(actor, id, body == null ? null : body.venueQr()));
	}

	private ResponseEntity<Map<String, Object>> decide(Actor actor, UUID id, String venueQr) {
		if (!actor.isCitizen() || !people.mayActFor(actor.id(), id)) {
			return ResponseEntity.status(404).build();
		}
		UUID venue = venueQr == null ? null : venueByQr.get(venueQr);
		if (venue == null) {
			return ResponseEntity.badRequest().build();
		}
		Instant at = clock.instant();
		UUID eventId = UUID.randomUUID();
		jdbc.sql("INSERT INTO checkin.checkin (event_id, day, at, venue_id, person_id, via) VALUES (?, ?, ?, ?, ?, 'APP')")
				.params(eventId, LocalDate.ofInstant(at, ZoneOffset.UTC), Timestamp.from(at), venue, id).update();
		return ResponseEntity.status(201).body(Map.of("id", eventId, "venue", Map.of("id", venue), "at", at));
	}

	/** The check-in request's body. */
	record Body(String venueQr) {
	}
}
