package vn.pccovid.registry;

import java.util.Objects;
import java.util.UUID;

import vn.pccovid.core.InvalidInputException;

/** The registry's identifier of a household (the people registered at one address). */
public record HouseholdId(UUID value) {

	public HouseholdId {
		Objects.requireNonNull(value, "value");
	}

	public static HouseholdId random() {
		return new HouseholdId(UUID.randomUUID());
	}

	/** Reads an id from a request; a malformed one is a 400 problem on {@code field}. */
	public static HouseholdId parse(String text, String field) {
		try {
			return new HouseholdId(UUID.fromString(text));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new InvalidInputException(field, "registry.id.malformed", String.valueOf(text));
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
