package vn.pccovid.tracing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.pccovid.declaration.DeclaredMovement;
import vn.pccovid.declaration.Vehicle;

/** Declared trips by vehicle and day, to find who travelled together (H1: tracing of people and vehicles). */
@Repository
class Trips {

	private final JdbcClient jdbc;

	Trips(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A co-traveller: who, on which vehicle, which day. */
	record CoTraveller(UUID person, String vehicleType, String plate, String trip, LocalDate date) {
	}

	/**
	 * What identifies the vehicle: the trip number when there is one (flight, train, bus), else the plate; null when
	 * the declaration names neither (a motorbike without plate tells nothing about fellow travellers).
	 */
	static String key(Vehicle vehicle) {
		if (vehicle == null || vehicle.type() == null) {
			return null;
		}
		if (vehicle.trip() != null && !vehicle.trip().isBlank()) {
			return vehicle.type() + ":" + vehicle.trip().strip().toUpperCase(java.util.Locale.ROOT);
		}
		if (vehicle.plate() != null && !vehicle.plate().isBlank()) {
			return vehicle.type() + ":" + vehicle.plate().replaceAll("[\\s.-]", "").toUpperCase(java.util.Locale.ROOT);
		}
		return null;
	}

	/** Stores the trip once (a repeated event changes nothing). */
	void record(DeclaredMovement movement) {
		String key = key(movement.vehicle());
		if (key == null) {
			return;
		}
		Vehicle v = movement.vehicle();
		jdbc.sql("""
				INSERT INTO tracing.trip (declaration, person, travel_date, vehicle_key, vehicle_type, plate, trip, from_ward_path, to_ward_path)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (declaration) DO NOTHING""")
				.params(movement.declaration(), movement.person(), movement.date(), key, v.type().name(), v.plate(), v.trip(),
						movement.fromWard().path(), movement.toWard().path())
				.update();
	}

	/** Everyone else on the same vehicle the same day as one of the person's trips between the two days. */
	List<CoTraveller> coTravellers(UUID person, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT DISTINCT other.person, other.vehicle_type, other.plate, other.trip, other.travel_date
				FROM tracing.trip own
				JOIN tracing.trip other ON other.vehicle_key = own.vehicle_key AND other.travel_date = own.travel_date
				WHERE own.person = ? AND own.travel_date BETWEEN ? AND ? AND other.person <> own.person""")
				.params(person, from, to)
				.query((rs, n) -> new CoTraveller(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getObject(5, LocalDate.class)))
				.list();
	}
}
