package vn.pccovid.movement.internal;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import vn.pccovid.core.AreaCode;

/**
 * A shipper's declared operating areas and hours (local time, {@code from} inclusive, {@code to} exclusive; a
 * {@code from} after {@code to} wraps past midnight).
 *
 * @param person registry id
 * @param ward   the shipper's residence ward (whose police see the flags)
 * @param areas  where they may work
 * @param from   first minute of work
 * @param to     end of work
 */
record ShipperDeclaration(UUID person, AreaCode ward, List<AreaCode> areas, LocalTime from, LocalTime to) {

	/** Why being at this place at this time breaks the declaration, or {@code null} when it does not. */
	String violation(AreaCode place, LocalTime time) {
		boolean inArea = place != null && areas.stream().anyMatch(place::isWithin);
		boolean inHours = from.isBefore(to) ? !time.isBefore(from) && time.isBefore(to) : !time.isBefore(from) || time.isBefore(to);
		if (inArea && inHours) {
			return null;
		}
		return !inArea && !inHours ? "OUTSIDE_AREA_AND_HOURS" : !inArea ? "OUTSIDE_AREA" : "OUTSIDE_HOURS";
	}
}
