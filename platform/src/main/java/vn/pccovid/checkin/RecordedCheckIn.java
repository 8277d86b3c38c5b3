package vn.pccovid.checkin;

import java.time.Instant;
import java.util.UUID;

import vn.pccovid.core.AreaCode;

/**
 * One check-in as other modules see it.
 *
 * @param person    registry id
 * @param venue     venue id
 * @param venueWard the venue's ward
 * @param at        when
 * @param via       how it arrived
 */
public record RecordedCheckIn(UUID person, UUID venue, AreaCode venueWard, Instant at, CheckInChannel via) {
}
