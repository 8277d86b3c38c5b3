package vn.pccovid.movement.internal;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.pccovid.checkin.CheckInsRecorded;
import vn.pccovid.checkin.RecordedCheckIn;
import vn.pccovid.core.AreaCode;

/**
 * Flags shippers' check-ins and passages outside their declared areas and hours. Check-ins are the busiest path of
 * the platform, so the declarations are held in memory (a map lookup per check-in) and only a violation is written,
 * synchronously in the check-in's own transaction (no event publication row per request). Each check-in or passage
 * is flagged at most once.
 */
@Component
class ShipperWatch {

	private static final Logger log = LoggerFactory.getLogger(ShipperWatch.class);

	private final ShipperRecords records;
	private volatile Map<UUID, ShipperDeclaration> declared;

	ShipperWatch(ShipperRecords records) {
		this.records = records;
	}

	private Map<UUID, ShipperDeclaration> declared() {
		Map<UUID, ShipperDeclaration> map = declared;
		if (map == null) {
			synchronized (this) {
				if (declared == null) {
					Map<UUID, ShipperDeclaration> loaded = new ConcurrentHashMap<>();
					records.all().forEach(d -> loaded.put(d.person(), d));
					declared = loaded;
				}
				map = declared;
			}
		}
		return map;
	}

	void declared(ShipperDeclaration declaration) {
		declared().put(declaration.person(), declaration);
	}

	@EventListener
	void on(CheckInsRecorded event) {
		Map<UUID, ShipperDeclaration> map = declared();
		if (map.isEmpty()) {
			return;
		}
		for (RecordedCheckIn checkIn : event.checkIns()) {
			ShipperDeclaration d = checkIn.person() == null ? null : map.get(checkIn.person());
			if (d != null) {
				check(d, checkIn.venueWard(), checkIn.at(), "CHECKIN:" + checkIn.venue());
			}
		}
	}

	/** Checks a passage of a person at a checkpoint in this ward. */
	void passed(UUID person, AreaCode ward, Instant at, long passage) {
		ShipperDeclaration d = person == null ? null : declared().get(person);
		if (d != null) {
			check(d, ward, at, "PASSAGE:" + passage);
		}
	}

	private void check(ShipperDeclaration d, AreaCode place, Instant at, String source) {
		ZonedDateTime local = at.atZone(MovementTime.VIETNAM);
		String why = d.violation(place, local.toLocalTime());
		if (why != null && place != null) {
			records.flag(d, at, local.toLocalDate(), place, why, source);
			log.debug("Shipper {} flagged: {} at {}", d.person(), why, place);
		}
	}
}
