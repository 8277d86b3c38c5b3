package vn.pccovid.bench;

import java.lang.reflect.Method;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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
 * The naive baseline of the flash-crowd booking, behind the same server's HTTP stack with the same bearer token and
 * its JSON read and written like the real endpoint's ({@link JsonBodies}), so that only the booking itself differs:
 * the phone must act for the person ({@link PeopleOnPhone}, as the real endpoint asks), the person must be registered
 * (their next dose number read), then one durable transaction per booking locks the slot ({@code SELECT … FOR
 * UPDATE}), checks it has a place, inserts the booking and counts it. Registered into the running platform's MVC at
 * {@code POST /api/v1/bench/naive/people/{id}/bookings}; exists only in the benchmark.
 */
public final class NaiveBookings {

	// Under /api/ like the real endpoint, so the same security chain (bearer only, no CSRF) answers it.
	static final String PATH = "/api/v1/bench/naive/people/{id}/bookings";

	private final PeopleOnPhone people;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final JsonBodies json;

	private NaiveBookings(ConfigurableApplicationContext platform) {
		this.people = platform.getBean(PeopleOnPhone.class);
		this.jdbc = platform.getBean(JdbcClient.class);
		this.transactions = new TransactionTemplate(platform.getBean(PlatformTransactionManager.class));
		this.clock = platform.getBean(Clock.class);
		this.json = platform.getBean(JsonBodies.class);
	}

	/** Registers the handler into the running platform. */
	static void register(ConfigurableApplicationContext platform) throws NoSuchMethodException {
		RequestMappingHandlerMapping mapping = platform.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
		Method method = NaiveBookings.class.getMethod("book", Actor.class, UUID.class, HttpServletRequest.class, HttpServletResponse.class);
		mapping.registerMapping(RequestMappingInfo.paths(PATH).methods(RequestMethod.POST)
				.options(mapping.getBuilderConfiguration()).build(), new NaiveBookings(platform), method);
	}

	/** The handler: body read and answer written with {@link JsonBodies}, as the real booking endpoint does. */
	@Allowed(area = AreaRule.OWN_DATA)
	public void book(Actor actor, @PathVariable("id") UUID id, HttpServletRequest request, HttpServletResponse response) throws Exception {
		Body body = json.read(request, Body.class);
		answer(json, response, decide(actor, id, body == null ? null : body.slotId()));
	}

	/** Writes a naive handler's answer: its status alone, or with its JSON body (shared with {@link NaiveCheckIns}). */
	static void answer(JsonBodies json, HttpServletResponse response, ResponseEntity<?> answer) throws java.io.IOException {
		if (answer.getBody() == null) {
			response.setStatus(answer.getStatusCode().value());
		}
		else {
			json.write(response, answer.getStatusCode().value(), null, answer.getBody());
		}
	}

	private ResponseEntity<Map<String, Object>> decide(Actor actor, UUID id, UUID slotId) {
		if (!actor.isCitizen() || !people.mayActFor(actor.id(), id)) {
			return ResponseEntity.status(404).build();
		}
		Optional<Integer> dose = jdbc.sql("""
				SELECT 1 + COALESCE((SELECT max(dose_number) FROM vaccination.dose d WHERE d.person_id = r.person_id), 0)
				FROM vaccination.registration r WHERE r.person_id = ?""").param(id).query(Integer.class).optional();
		if (dose.isEmpty()) {
			return ResponseEntity.status(409).build();
		}
		return transactions.execute(status -> {
			Optional<int[]> slot = jdbc.sql("SELECT capacity, booked FROM vaccination.slot WHERE id = ? AND day >= ? FOR UPDATE")
					.params(slotId, LocalDate.now(clock)).query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) }).optional();
			if (slot.isEmpty()) {
				return ResponseEntity.status(400).<Map<String, Object>>build();
			}
			if (slot.get()[1] >= slot.get()[0]) {
				return ResponseEntity.status(409).<Map<String, Object>>build();
			}
			UUID booking = UUID.randomUUID();
			Instant now = clock.instant();
			int inserted = jdbc.sql("""
					INSERT INTO vaccination.booking (id, person_id, slot_id, dose_number, status, created_at)
					VALUES (?, ?, ?, ?, 'ACTIVE', ?) ON CONFLICT (person_id, dose_number) WHERE status = 'ACTIVE' DO NOTHING""")
					.params(booking, id, slotId, dose.get(), Timestamp.from(now)).update();
			if (inserted == 0) {
				return ResponseEntity.status(409).<Map<String, Object>>build();
			}
			jdbc.sql("UPDATE vaccination.slot SET booked = booked + 1 WHERE id = ?").param(slotId).update();
			return ResponseEntity.status(201).<Map<String, Object>>body(Map.of("id", booking,
					"slot", Map.of("id", slotId, "capacity", slot.get()[0], "booked", slot.get()[1] + 1)));
		});
	}

	/** The booking request's body. */
	record Body(UUID slotId) {
	}
}
