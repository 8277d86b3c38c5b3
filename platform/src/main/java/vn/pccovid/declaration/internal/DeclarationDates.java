package vn.pccovid.declaration.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import vn.pccovid.core.InvalidInputException;

/** The days a declaration may describe, counted in Vietnam's time zone whatever the server's. */
final class DeclarationDates {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	/** A health declaration looks back at most this many days (the incubation period the form asks about). */
	static final int HEALTH_DAYS_BACK = 14;
	/** A journey may be declared this many days ahead, and for yesterday at the latest. */
	static final int MOVEMENT_DAYS_AHEAD = 30;

	private DeclarationDates() {
	}

	static LocalDate today(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), VIETNAM);
	}

	/** A health declaration's day: required, not in the future, not older than {@value #HEALTH_DAYS_BACK} days. */
	static LocalDate healthDay(LocalDate date, Clock clock) {
		LocalDate today = today(clock);
		if (date == null) {
			throw new InvalidInputException("date", "declaration.field.required", "date");
		}
		if (date.isAfter(today) || date.isBefore(today.minusDays(HEALTH_DAYS_BACK))) {
			throw new InvalidInputException("date", "declaration.health.date.range", HEALTH_DAYS_BACK);
		}
		return date;
	}

	/** A journey's day: required, from yesterday to {@value #MOVEMENT_DAYS_AHEAD} days ahead. */
	static LocalDate travelDay(LocalDate date, Clock clock) {
		LocalDate today = today(clock);
		if (date == null) {
			throw new InvalidInputException("date", "declaration.field.required", "date");
		}
		if (date.isBefore(today.minusDays(1)) || date.isAfter(today.plusDays(MOVEMENT_DAYS_AHEAD))) {
			throw new InvalidInputException("date", "declaration.movement.date.range", MOVEMENT_DAYS_AHEAD);
		}
		return date;
	}
}
