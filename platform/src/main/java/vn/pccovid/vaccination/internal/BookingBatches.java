package vn.pccovid.vaccination.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.vaccination.internal.BookingOutcome.Result;

/**
 * Decides a batch of booking requests in one transaction: locks the batch's slots ({@code FOR UPDATE}, in id order
 * so two batches never deadlock), reads the registration and next dose number of the batch's people (both in one round trip), gives places in
 * arrival order while {@code booked < capacity}, and inserts the bookings and adds what each slot gained in one
 * statement (the unique partial index refuses a second active booking of a person and dose). A place a refused duplicate did not use goes to the next request. The
 * slot's {@code CHECK (booked <= capacity)} backs all of it: an overbooking would abort the transaction.
 */
@Component
class BookingBatches {

	private final DataSource dataSource;
	private final Clock clock;

	BookingBatches(DataSource dataSource, Clock clock) {
		this.dataSource = dataSource;
		this.clock = clock;
	}

	// rollbackFor: an SQLException is checked, and a half-decided batch must never commit.
	@Transactional(rollbackFor = Exception.class)
	List<BookingOutcome> decide(List<BookingRequest> requests) throws SQLException {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		Map<UUID, int[]> free = new HashMap<>();
		Map<UUID, Slot> slots = new HashMap<>();
		Map<UUID, Integer> doses = new HashMap<>();
		lockAndReadDoses(connection, requests, slots, free, doses);
		LocalDate today = LocalDate.now(clock);
		BookingOutcome[] outcomes = new BookingOutcome[requests.size()];
		Set<String> seen = new HashSet<>();
		List<Integer> waiting = new ArrayList<>();
		for (int i = 0; i < requests.size(); i++) {
			BookingRequest request = requests.get(i);
			Slot slot = slots.get(request.slot());
			if (slot == null) {
				outcomes[i] = BookingOutcome.of(Result.NO_SLOT);
			}
			else if (slot.date().isBefore(today)) {
				outcomes[i] = BookingOutcome.of(Result.PAST);
			}
			else if (!doses.containsKey(request.person())) {
				outcomes[i] = BookingOutcome.of(Result.NOT_REGISTERED);
			}
			else if (!seen.add(request.person() + "/" + doses.get(request.person()))) {
				outcomes[i] = BookingOutcome.of(Result.ALREADY_BOOKED);
			}
			else {
				waiting.add(i);
			}
		}
		// Rounds: a refused duplicate's place goes to the next waiting request (rarely more than one round).
		while (!waiting.isEmpty()) {
			List<Integer> placed = new ArrayList<>();
			List<Integer> stillWaiting = new ArrayList<>();
			for (int i : waiting) {
				int[] left = free.get(requests.get(i).slot());
				if (left[0] > 0) {
					left[0]--;
					placed.add(i);
				}
				else {
					stillWaiting.add(i);
				}
			}
			if (placed.isEmpty()) {
				stillWaiting.forEach(i -> outcomes[i] = BookingOutcome.of(Result.FULL));
				break;
			}
			Map<Integer, UUID> ids = new HashMap<>();
			placed.forEach(i -> ids.put(i, UUID.randomUUID()));
			Set<UUID> inserted = insert(connection, requests, placed, ids, doses);
			boolean refusedAny = false;
			for (int i : placed) {
				UUID id = ids.get(i);
				UUID slotId = requests.get(i).slot();
				if (inserted.contains(id)) {
					outcomes[i] = new BookingOutcome(Result.BOOKED, id, null);
				}
				else {
					free.get(slotId)[0]++;
					outcomes[i] = BookingOutcome.of(Result.ALREADY_BOOKED);
					refusedAny = true;
				}
			}
			waiting = refusedAny ? stillWaiting : List.of();
			if (!refusedAny) {
				stillWaiting.forEach(i -> outcomes[i] = BookingOutcome.of(Result.FULL));
			}
		}
		for (int i = 0; i < outcomes.length; i++) {
			if (outcomes[i].result() == Result.BOOKED) {
				Slot slot = slots.get(requests.get(i).slot());
				Slot after = new Slot(slot.id(), slot.siteId(), slot.date(), slot.start(), slot.end(), slot.capacity(),
						slot.capacity() - free.get(slot.id())[0]);
				outcomes[i] = new BookingOutcome(Result.BOOKED, outcomes[i].booking(), after);
			}
		}
		return List.of(outcomes);
	}

	/**
	 * Locks the batch's slots ({@code FOR UPDATE}, in id order) and reads the next dose number (doses recorded + 1)
	 * of every registered person of the batch — two statements sent in one round trip, since the writer's round trips
	 * are what a crowd waits for. A person missing from the second answer is not registered. Read in the deciding
	 * transaction, so no cache can make it stale.
	 */
	private static void lockAndReadDoses(Connection connection, List<BookingRequest> requests, Map<UUID, Slot> slots,
			Map<UUID, int[]> free, Map<UUID, Integer> doses) throws SQLException {
		UUID[] ids = requests.stream().map(BookingRequest::slot).distinct().sorted().toArray(UUID[]::new);
		UUID[] people = requests.stream().map(BookingRequest::person).distinct().toArray(UUID[]::new);
		try (PreparedStatement both = connection.prepareStatement("""
				SELECT id, site_id, day, starts, ends, capacity, booked FROM vaccination.slot
				WHERE id = ANY (?) ORDER BY id FOR UPDATE;
				SELECT r.person_id, 1 + COALESCE((SELECT max(d.dose_number) FROM vaccination.dose d WHERE d.person_id = r.person_id), 0)
				FROM vaccination.registration r WHERE r.person_id = ANY (?)""")) {
			both.setArray(1, connection.createArrayOf("uuid", ids));
			both.setArray(2, connection.createArrayOf("uuid", people));
			both.execute();
			try (ResultSet rs = both.getResultSet()) {
				while (rs.next()) {
					Slot slot = Sites.slot(rs, 0);
					slots.put(slot.id(), slot);
					free.put(slot.id(), new int[] { slot.capacity() - slot.booked() });
				}
			}
			if (!both.getMoreResults()) {
				throw new SQLException("the next doses were not answered");
			}
			try (ResultSet rs = both.getResultSet()) {
				while (rs.next()) {
					doses.put(rs.getObject(1, UUID.class), rs.getInt(2));
				}
			}
		}
	}

	private Set<UUID> insert(Connection connection, List<BookingRequest> requests, List<Integer> placed, Map<Integer, UUID> ids,
			Map<UUID, Integer> doses) throws SQLException {
		int n = placed.size();
		UUID[] id = new UUID[n];
		UUID[] person = new UUID[n];
		UUID[] slot = new UUID[n];
		Integer[] dose = new Integer[n];
		for (int k = 0; k < n; k++) {
			BookingRequest request = requests.get(placed.get(k));
			id[k] = ids.get(placed.get(k));
			person[k] = request.person();
			slot[k] = request.slot();
			dose[k] = doses.get(request.person());
		}
		Set<UUID> inserted = new HashSet<>();
		// The slots gain what was inserted in the same statement: one round trip for both.
		try (PreparedStatement insert = connection.prepareStatement("""
				WITH inserted AS (
				  INSERT INTO vaccination.booking (id, person_id, slot_id, dose_number, status, created_at)
				  SELECT b.id, b.person_id, b.slot_id, b.dose_number, 'ACTIVE', ?
				  FROM unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::int[]) AS b(id, person_id, slot_id, dose_number)
				  ON CONFLICT (person_id, dose_number) WHERE status = 'ACTIVE' DO NOTHING
				  RETURNING id, slot_id),
				gained AS (
				  UPDATE vaccination.slot s SET booked = s.booked + g.n
				  FROM (SELECT slot_id, count(*)::int AS n FROM inserted GROUP BY slot_id) AS g
				  WHERE s.id = g.slot_id)
				SELECT id FROM inserted""")) {
			insert.setTimestamp(1, Timestamp.from(clock.instant()));
			insert.setArray(2, array(connection, "uuid", id));
			insert.setArray(3, array(connection, "uuid", person));
			insert.setArray(4, array(connection, "uuid", slot));
			insert.setArray(5, array(connection, "int4", dose));
			try (ResultSet rs = insert.executeQuery()) {
				while (rs.next()) {
					inserted.add(rs.getObject(1, UUID.class));
				}
			}
		}
		return inserted;
	}

	private static Array array(Connection connection, String type, Object[] values) throws SQLException {
		return connection.createArrayOf(type, values);
	}
}
