package vn.pccovid.core;

import java.util.Optional;
import java.util.UUID;

/**
 * How the citizen app names a person on the phone (the person switcher): full name and year of birth. One
 * implementation, contributed by the module that manages "people on my phone"; one primary-key look-up per person,
 * not audited (the phone already acts for the person and sees the same on every screen).
 */
public interface PersonNames {

	/** The person's full name (NFC) and year of birth, or empty for an unknown id. */
	Optional<Named> nameOf(UUID personId);

	/**
	 * @param fullName    NFC
	 * @param yearOfBirth year of birth
	 */
	record Named(String fullName, int yearOfBirth) {
	}
}
