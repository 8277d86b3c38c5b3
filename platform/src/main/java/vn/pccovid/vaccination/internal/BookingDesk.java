package vn.pccovid.vaccination.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.pccovid.access.Actor;
import vn.pccovid.core.ConflictException;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.NotFoundException;

/**
 * Bookings made by a citizen for a person on their phone: checks who asks, takes a place at the slot's admission
 * gate, then hands the booking to the group committer (which checks the registration and the dose number) and waits
 * for its decision. 404 for a person the phone does not act for (their
 * existence is personal), 409 when the slot is full, the person has an active booking for the dose or is not
 * registered.
 */
@Service
class BookingDesk {

	private final BookingCallers callers;
	private final BookingGate gate;
	private final BookingCommitter committer;
	private final Bookings bookings;
	private final Clock clock;
	// A template, not @Transactional: an annotated method would put a proxy in front of every booking of a flash
	// crowd, which needs no transaction of its own (the committer's decides it).
	private final TransactionTemplate transactions;

	BookingDesk(BookingCallers callers, BookingGate gate, BookingCommitter committer, Bookings bookings, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.callers = callers;
		this.gate = gate;
		this.committer = committer;
		this.bookings = bookings;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	BookingOutcome book(Actor citizen, UUID personId, UUID slotId) {
		requireOnPhone(citizen, personId);
		if (slotId == null) {
			throw new InvalidInputException("slotId", "vaccination.booking.slot");
		}
		// The gate answers a full, unknown or past slot from memory; an admitted request holds a place until decided.
		switch (gate.admit(slotId)) {
			case FULL -> throw new ConflictException("slotId", "vaccination.booking.full");
			case NO_SLOT -> throw new InvalidInputException("slotId", "vaccination.booking.slot");
			case PAST -> throw new InvalidInputException("slotId", "vaccination.booking.past");
			case ADMITTED -> { }
		}
		BookingOutcome outcome;
		try {
			outcome = await(committer.submit(new BookingRequest(personId, slotId)));
		}
		catch (RuntimeException e) {
			gate.decided(slotId, BookingOutcome.Result.NO_SLOT);
			throw e;
		}
		gate.decided(slotId, outcome.result());
		return switch (outcome.result()) {
			case BOOKED -> outcome;
			case FULL -> throw new ConflictException("slotId", "vaccination.booking.full");
			case ALREADY_BOOKED -> throw new ConflictException("personId", "vaccination.booking.already");
			case NOT_REGISTERED -> throw new ConflictException("personId", "vaccination.booking.not-registered");
			case NO_SLOT -> throw new InvalidInputException("slotId", "vaccination.booking.slot");
			case PAST -> throw new InvalidInputException("slotId", "vaccination.booking.past");
		};
	}

	void cancel(Actor citizen, UUID personId, UUID bookingId) {
		requireOnPhone(citizen, personId);
		transactions.executeWithoutResult(status -> {
			UUID slot = bookings.cancel(bookingId, personId, clock.instant())
					.orElseThrow(() -> new NotFoundException("vaccination.booking.unknown"));
			// The gate gives the place out again only once the cancellation is durable.
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					gate.released(slot);
				}
			});
		});
	}

	List<Bookings.BookedPlace> active(Actor citizen, UUID personId) {
		requireOnPhone(citizen, personId);
		return bookings.active(personId);
	}

	private void requireOnPhone(Actor citizen, UUID personId) {
		if (!citizen.isCitizen() || !callers.mayActFor(citizen.id(), personId)) {
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
