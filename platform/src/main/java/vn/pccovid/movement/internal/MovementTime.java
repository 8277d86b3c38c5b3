package vn.pccovid.movement.internal;

import java.time.ZoneId;

/** The time zone the module's days and shippers' hours are counted in. */
final class MovementTime {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private MovementTime() {
	}
}
