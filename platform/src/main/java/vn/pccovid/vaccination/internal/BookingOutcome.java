package vn.pccovid.vaccination.internal;

import java.util.UUID;

/**
 * What became of one booking request.
 *
 * @param result  the result
 * @param booking the new booking's id when {@link Result#BOOKED}
 * @param slot    the slot as it stood after the booking, when known
 */
record BookingOutcome(Result result, UUID booking, Slot slot) {

	/** Why a booking was or was not made. */
	enum Result { BOOKED, FULL, ALREADY_BOOKED, NOT_REGISTERED, NO_SLOT, PAST }

	static BookingOutcome of(Result result) {
		return new BookingOutcome(result, null, null);
	}
}
