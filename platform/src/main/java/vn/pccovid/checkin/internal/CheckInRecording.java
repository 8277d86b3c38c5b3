package vn.pccovid.checkin.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import vn.pccovid.access.Actor;
import vn.pccovid.checkin.CheckInChannel;
import vn.pccovid.core.ForbiddenException;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.personalqr.Identified;
import vn.pccovid.personalqr.PersonalQrCodes;
import vn.pccovid.personalqr.ScanResult;

/** Check-ins one at a time: a citizen scanning a poster, a venue scanning a person's QR. */
@Service
class CheckInRecording {

	/** A stored check-in, as answered. */
	record Recorded(UUID id, Venue venue, Instant at, ScanResult scan) {
	}

	private final VenueChecks checks;
	private final LiveVenues venues;
	private final CheckInPhones people;
	private final PersonalQrCodes personalQr;
	private final Partitions partitions;
	private final GroupCommit writer;
	private final Clock clock;

	CheckInRecording(VenueChecks checks, LiveVenues venues, CheckInPhones people, PersonalQrCodes personalQr,
			Partitions partitions, GroupCommit writer, Clock clock) {
		this.checks = checks;
		this.venues = venues;
		this.people = people;
		this.personalQr = personalQr;
		this.partitions = partitions;
		this.writer = writer;
		this.clock = clock;
	}

	/** The citizen scanned the venue's poster for a person on their phone (404 for anyone else). */
	Recorded byCitizen(Actor citizen, UUID personId, String venueQr) {
		if (!citizen.isCitizen() || !people.mayActFor(citizen.id(), personId)) {
			throw new NotFoundException("checkin.person.notFound");
		}
		Venue venue = checks.ofPoster(venueQr, "venueQr");
		VenueChecks.requireOpen(venue);
		return store(new CheckInRow(UUID.randomUUID(), clock.instant(), venue.id(), venue.ward(), personId,
				CheckInChannel.APP), venue, null);
	}

	/** The venue scanned a person's personal, paper or chip-CCCD QR (the scan itself is audited by personal QR). */
	Recorded byVenueScan(Actor scanner, UUID venueId, String qr) {
		Venue venue = venues.find(venueId).orElseThrow(() -> new NotFoundException("checkin.venue.notFound"));
		if (!VenueChecks.mayRecordAt(scanner, venue)) {
			throw new ForbiddenException("checkin.venue.notYours");
		}
		VenueChecks.requireOpen(venue);
		if (qr == null || qr.isBlank()) {
			throw new InvalidInputException("qr", "checkin.qr.required");
		}
		ScanResult scan = personalQr.verify(scanner, qr.strip());
		if (!scan.valid()) {
			throw new InvalidInputException("qr", "checkin.qr." + scan.reason().name());
		}
		Identified person = personalQr.identify(List.of(qr.strip())).get(0);
		if (!person.valid()) {
			throw new InvalidInputException("qr", "checkin.qr." + person.reason().name());
		}
		return store(new CheckInRow(UUID.randomUUID(), clock.instant(), venue.id(), venue.ward(), person.personId(),
				CheckInChannel.VENUE_SCAN), venue, scan);
	}

	private Recorded store(CheckInRow row, Venue venue, ScanResult scan) {
		partitions.ensure(row.day());
		writer.write(List.of(row));
		return new Recorded(row.eventId(), venue, row.at(), scan);
	}
}
