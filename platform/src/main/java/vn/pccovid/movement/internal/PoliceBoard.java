package vn.pccovid.movement.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Service;

import vn.pccovid.access.Actor;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.Permission;
import vn.pccovid.geo.Areas;

/**
 * The police board of an area (M6, H7), for the police of that ward and above: permits pending, approved and
 * rejected; today's passages allowed and denied; today's shipper violations. Counts only, so nothing personal is
 * read. Venues without scans today need the check-in module's venue list, which has no contract yet: shown as not
 * known.
 */
@Service
class PoliceBoard {

	/** The board's figures. */
	record Board(String areaCode, String areaName, LocalDate day, int pending, int approved, int rejected, int allowed,
			int denied, int violations, Integer venuesWithoutScans) {
	}

	private final PermitRecords permits;
	private final PassageRecords passages;
	private final ShipperRecords shippers;
	private final Areas areas;
	private final Clock clock;

	PoliceBoard(PermitRecords permits, PassageRecords passages, ShipperRecords shippers, Areas areas, Clock clock) {
		this.permits = permits;
		this.passages = passages;
		this.shippers = shippers;
		this.areas = areas;
		this.clock = clock;
	}

	Board of(Actor actor, String area) {
		actor.require(Permission.CHECKPOINT_MANAGE);
		AreaCode code = area == null || area.isBlank() ? actor.scope().area() : areas.get(area.strip(), "ward").code();
		if (code != null) {
			actor.requireCovers(code);
		}
		String prefix = code == null ? "" : code.path();
		LocalDate day = LocalDate.now(clock.withZone(MovementTime.VIETNAM));
		ZonedDateTime start = day.atStartOfDay(MovementTime.VIETNAM);
		var counts = permits.countsByStatus(prefix);
		int[] passed = passages.counts(prefix, start.toInstant(), start.plusDays(1).toInstant());
		return new Board(code == null ? null : code.value(), code == null ? null : areas.fullNameOf(code.value()), day,
				counts.getOrDefault("PENDING", 0), counts.getOrDefault("APPROVED", 0), counts.getOrDefault("REJECTED", 0),
				passed[0], passed[1], shippers.count(prefix, day), null);
	}
}
