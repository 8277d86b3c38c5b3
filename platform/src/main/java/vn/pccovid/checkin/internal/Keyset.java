package vn.pccovid.checkin.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import vn.pccovid.core.InvalidInputException;

/**
 * A keyset position {@code (time, id)} as the API hands it out: {@code 2021-09-01T08:00:00Z_<uuid>}.
 *
 * @param at time
 * @param id id, breaking ties
 */
record Keyset(Instant at, UUID id) {

	static Keyset parse(String text, String field) {
		int cut = text.lastIndexOf('_');
		try {
			if (cut < 0) {
				throw new IllegalArgumentException();
			}
			return new Keyset(Instant.parse(text.substring(0, cut)), UUID.fromString(text.substring(cut + 1)));
		}
		catch (IllegalArgumentException | DateTimeParseException e) {
			throw new InvalidInputException(field, "checkin.keyset.invalid");
		}
	}

	@Override
	public String toString() {
		return at + "_" + id;
	}
}
