package vn.pccovid.vaccination.internal;

import java.util.UUID;

/**
 * A request to book a place, already checked for who may make it.
 *
 * @param person registry id
 * @param slot   the slot (the dose it is for is the person's next, decided in the committing transaction)
 */
record BookingRequest(UUID person, UUID slot) {
}
