package vn.pccovid.checkin.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import vn.pccovid.checkin.CheckInChannel;
import vn.pccovid.checkin.RecordedCheckIn;
import vn.pccovid.core.AreaCode;

/**
 * One check-in to store.
 *
 * @param eventId   the client's event id (gateways) or a fresh one (app, venue scan); unique per day
 * @param at        when the person was there
 * @param venueId   where
 * @param venueWard the venue's ward (for the event, not stored)
 * @param personId  who (registry id)
 * @param via       how it arrived
 */
record CheckInRow(UUID eventId, Instant at, UUID venueId, AreaCode venueWard, UUID personId, CheckInChannel via) {

	/** PostgreSQL keeps microseconds: the row carries what will be stored, so answers and events match the table. */
	CheckInRow {
		at = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}

	/** The partition day: the UTC date of {@code at}. */
	LocalDate day() {
		return dayOf(at);
	}

	static LocalDate dayOf(Instant at) {
		return LocalDate.ofInstant(at, ZoneOffset.UTC);
	}

	/** The key that makes a replay a duplicate. */
	Key key() {
		return new Key(eventId, day());
	}

	RecordedCheckIn recorded() {
		return new RecordedCheckIn(personId, venueId, venueWard, at, via);
	}

	/** Event id and day. */
	record Key(UUID eventId, LocalDate day) {
	}
}
