package vn.pccovid.vaccination.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.core.ConflictException;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.PeopleOnPhone;

/**
 * Bookings made by a citizen for a person on their phone: checks who asks and which dose is next, then hands the
 * booking to the group committer and waits for its decision. 404 for a person the phone does not act for (their
 * existence is personal), 409 when the slot is full, the person has an active booking for the dose or is not
 * registered.
 */
@Service
class BookingDesk {

	private final PeopleOnPhone people;
	private final Registrations registrations;
	private final BookingCommitter committer;
	private final Bookings bookings;
	private final Clock clock;

	BookingDesk(PeopleOnPhone people, Registrations registrations, BookingCommitter committer, Bookings bookings, Clock clock) {
		this.people = people;
		this.registrations = registrations;
		this.committer = committer;
		this.bookings = bookings;
		this.clock = clock;
	}

	BookingOutcome book(Actor citizen, UUID personId, UUID slotId) {
		requireOnPhone(citizen, personId);
		if (slotId == null) {
			throw new InvalidInputException("slotId", "vaccination.booking.slot");
		}
		int dose = registrations.nextDoseNumber(personId)
				.orElseThrow(() -> new ConflictException("personId", "vaccination.booking.not-registered"));
		BookingOutcome outcome = await(committer.submit(new BookingRequest(personId, slotId, dose)));
		return switch (outcome.result()) {
			case BOOKED -> outcome;
			case FULL -> throw new ConflictException("slotId", "vaccination.booking.full");
			case ALREADY_BOOKED -> throw new ConflictException("personId", "vaccination.booking.already");
			case NO_SLOT -> throw new InvalidInputException("slotId", "vaccination.booking.slot");
			case PAST -> throw new InvalidInputException("slotId", "vaccination.booking.past");
		};
	}

	@Transactional
	void cancel(Actor citizen, UUID personId, UUID bookingId) {
		requireOnPhone(citizen, personId);
		if (bookings.cancel(bookingId, personId, clock.instant()).isEmpty()) {
			throw new NotFoundException("vaccination.booking.unknown");
		}
	}

	List<Bookings.BookedPlace> active(Actor citizen, UUID personId) {
		requireOnPhone(citizen, personId);
		return bookings.active(personId);
	}

	private void requireOnPhone(Actor citizen, UUID personId) {
		if (!citizen.isCitizen() || !people.mayActFor(citizen.id(), personId)) {
			throw new NotFoundException("vaccination.person.unknown");
		}
	}

	private static BookingOutcome await(java.util.concurrent.CompletableFuture<BookingOutcome> answer) {
		try {
			return answer.get(30, TimeUnit.SECONDS);
		}
		catch (ExecutionException e) {
			throw new CompletionException(e.getCause());
		}
		catch (TimeoutException e) {
			throw new IllegalStateException("booking not decided within 30 s", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
