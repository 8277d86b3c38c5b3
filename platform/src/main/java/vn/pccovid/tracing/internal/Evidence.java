package vn.pccovid.tracing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Why someone is a contact, as an epidemiologist reviews it: the venue and both check-in times, the shared
 * household, or the shared vehicle and day; for an F2, {@code via} names the F1 the path goes through.
 *
 * @param kind        VENUE, HOUSEHOLD or VEHICLE
 * @param venueId     VENUE: the venue
 * @param venueWard   VENUE: the venue's ward path
 * @param caseAt      VENUE: when the traced person (F0, or the F1 for an F2) checked in
 * @param contactAt   VENUE: when the contact checked in
 * @param ward        HOUSEHOLD: the household's ward path
 * @param vehicleType VEHICLE: the kind of vehicle
 * @param plate       VEHICLE: licence plate, or null
 * @param trip        VEHICLE: flight, train or bus trip, or null
 * @param date        VEHICLE: the day of travel
 * @param via         F2: the F1 through whom
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Evidence(Kind kind, UUID venueId, String venueWard, Instant caseAt, Instant contactAt, String ward,
		String vehicleType, String plate, String trip, LocalDate date, UUID via) {

	/** The rule that found the contact. */
	enum Kind { VENUE, HOUSEHOLD, VEHICLE }

	static Evidence venue(UUID venue, String ward, Instant caseAt, Instant contactAt, UUID via) {
		return new Evidence(Kind.VENUE, venue, ward, caseAt, contactAt, null, null, null, null, null, via);
	}

	static Evidence household(String ward, UUID via) {
		return new Evidence(Kind.HOUSEHOLD, null, null, null, null, ward, null, null, null, null, via);
	}

	static Evidence vehicle(String type, String plate, String trip, LocalDate date) {
		return new Evidence(Kind.VEHICLE, null, null, null, null, null, type, plate, trip, date, null);
	}
}
