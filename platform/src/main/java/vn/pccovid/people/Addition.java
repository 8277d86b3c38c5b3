package vn.pccovid.people;

import java.util.UUID;

/**
 * The outcome of adding a person: linked at once ({@code person.status() == ACTIVE}) or waiting for their consent.
 *
 * @param person    the person as the list now shows them
 * @param requestId the consent request, or {@code null} when added at once
 */
public record Addition(PersonOnPhone person, UUID requestId) {

	/** Whether the person was linked at once. */
	public boolean added() {
		return person.status() == PersonStatus.ACTIVE;
	}
}
