package vn.pccovid.vaccination.internal;

import java.util.UUID;

/**
 * A request to book a place, already checked for who may make it.
 *
 * @param person     registry id
 * @param slot       the slot
 * @param doseNumber the dose the booking is for
 */
record BookingRequest(UUID person, UUID slot, int doseNumber) {
}
