package vn.pccovid.personalqr.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.pccovid.access.Actor;
import vn.pccovid.core.HomeHero;
import vn.pccovid.core.HomeHeroes;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.personalqr.IssuedQr;
import vn.pccovid.personalqr.PersonalQrCodes;
import vn.pccovid.registry.PersonSummaries;

/**
 * The citizen app opens on this: the selected person's personal QR, large, with name, year of birth and expiry. The
 * image comes from the session page endpoint {@code /me/people/{id}/qr.png} (the service worker keeps the last one).
 */
@Component
class PersonalQrHero implements HomeHeroes {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	private final PersonalQrCodes codes;
	private final PersonSummaries summaries;

	PersonalQrHero(PersonalQrCodes codes, PersonSummaries summaries) {
		this.codes = codes;
		this.summaries = summaries;
	}

	@Override
	public Optional<HomeHero> heroFor(String phone, UUID personId) {
		IssuedQr qr;
		try {
			qr = codes.appCode(Actor.citizen(phone), personId);
		}
		catch (NotFoundException e) {
			return Optional.empty(); // not (yet) a person this phone acts for
		}
		return summaries.summary(personId).map(person -> new HomeHero("personalqr/hero", Map.of(
				"image", PersonalQrPages.imagePath(personId),
				"name", person.fullName(),
				"year", String.valueOf(person.yearOfBirth()),
				"expires", SHOWN.format(qr.expiresAt().atZone(VIETNAM)),
				"expiresIso", qr.expiresAt().toString())));
	}
}
