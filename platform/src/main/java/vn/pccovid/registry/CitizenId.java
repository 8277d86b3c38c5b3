package vn.pccovid.registry;

import java.util.Objects;
import java.util.UUID;

import vn.pccovid.core.InvalidInputException;

/** The registry's identifier of a citizen; stable, never a personal number. */
public record CitizenId(UUID value) {

	public CitizenId {
		Objects.requireNonNull(value, "value");
	}

	public static CitizenId random() {
		return new CitizenId(UUID.randomUUID());
	}

	/** Reads an id from a request; a malformed one is a 400 problem on {@code field}. */
	public static CitizenId parse(String text, String field) {
		try {
			return new CitizenId(UUID.fromString(text));
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
