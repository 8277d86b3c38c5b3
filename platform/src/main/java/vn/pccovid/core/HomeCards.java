package vn.pccovid.core;

import java.util.List;
import java.util.UUID;

/**
 * What a module has to say on the citizen app's home screen about one person. Modules contribute an
 * implementation as a Spring bean; the home page asks each one for the selected person and shows the cards.
 * Implementations only read (the page view itself is not a personal-data read by staff, so it is not audited).
 */
public interface HomeCards {

	/**
	 * The cards about this person for this signed-in phone; empty when the module has nothing to say.
	 *
	 * @param phone    the signed-in citizen's phone ({@code 0} + 9 digits)
	 * @param personId the selected person, one of the people on that phone
	 */
	List<HomeCard> cardsFor(String phone, UUID personId);
}
