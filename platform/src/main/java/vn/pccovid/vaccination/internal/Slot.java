package vn.pccovid.vaccination.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A time window at a site with a number of places.
 *
 * @param id       id
 * @param siteId   the site
 * @param date     the day
 * @param start    first minute
 * @param end      end (exclusive)
 * @param capacity places
 * @param booked   places taken by active bookings, never above capacity
 */
record Slot(UUID id, UUID siteId, LocalDate date, LocalTime start, LocalTime end, int capacity, int booked) {
}
