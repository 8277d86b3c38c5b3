package vn.pccovid.core;

import java.util.Optional;
import java.util.UUID;

/**
 * Contributes the home screen's hero block for the selected person (one module does: the personal QR). The home page
 * shows the first hero offered, by bean order. Implementations only read what the phone may already see.
 */
public interface HomeHeroes {

	/**
	 * The hero about this person for this signed-in phone, or empty.
	 *
	 * @param phone    the signed-in citizen's phone ({@code 0} + 9 digits)
	 * @param personId the selected person, one of the people on that phone
	 */
	Optional<HomeHero> heroFor(String phone, UUID personId);
}
