package vn.pccovid.certificate.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import vn.pccovid.access.Actor;
import vn.pccovid.cases.CaseLevel;
import vn.pccovid.cases.CaseStatuses;
import vn.pccovid.certificate.CardColour;
import vn.pccovid.certificate.CovidCard;
import vn.pccovid.certificate.CovidCards;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.PeopleOnPhone;
import vn.pccovid.registry.PersonSummaries;

/**
 * The COVID card: the colour by the person's province's rules, and the signed short-lived QR the app shows. The case
 * module may be absent (written in parallel): then no case is known and the card rests on the facts alone.
 */
@Service
class CovidCardService implements CovidCards {

	private final HealthFacts facts;
	private final CardRuleSets rules;
	private final CardQrs qrs;
	private final PersonSummaries people;
	private final PeopleOnPhone phones;
	private final ObjectProvider<CaseStatuses> cases;
	private final Clock clock;
	private final Duration qrLifetime;

	CovidCardService(HealthFacts facts, CardRuleSets rules, CardQrs qrs, PersonSummaries people, PeopleOnPhone phones,
			ObjectProvider<CaseStatuses> cases, Clock clock,
			@Value("${pccovid.certificate.card-qr-lifetime:PT1H}") Duration qrLifetime) {
		this.facts = facts;
		this.rules = rules;
		this.qrs = qrs;
		this.people = people;
		this.phones = phones;
		this.cases = cases;
		this.clock = clock;
		this.qrLifetime = qrLifetime;
	}

	@Override
	public CardColour colourOf(UUID person) {
		return decide(person, clock.instant()).colour();
	}

	/** The card of a person this phone acts for; 404 otherwise (existence is personal). */
	CovidCard card(Actor citizen, UUID person) {
		if (!citizen.isCitizen() || !phones.mayActFor(citizen.id(), person)) {
			throw new NotFoundException("certificate.person.notFound");
		}
		Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS); // the QR carries seconds
		CardColours.Decision decision = decide(person, now);
		Instant expires = now.plus(qrLifetime);
		if (decision.until() != null && decision.until().isBefore(expires)) {
			expires = decision.until();
		}
		return new CovidCard(decision.colour(), decision.reason(), qrs.sign(person, decision.colour(), now, expires), expires);
	}

	/** The colour decision now for a person this phone acts for; 404 otherwise. */
	CardColours.Decision decisionFor(Actor citizen, UUID person) {
		if (!citizen.isCitizen() || !phones.mayActFor(citizen.id(), person)) {
			throw new NotFoundException("certificate.person.notFound");
		}
		return decide(person, clock.instant());
	}

	CardColours.Decision decide(UUID person, Instant now) {
		String province = people.summary(person).map(p -> p.area().province()).orElse(null);
		List<CardRule> set = province == null ? CardRule.DEFAULT_2021 : rules.of(province);
		return CardColours.decide(set, facts.of(person), activeCase(person), now);
	}

	private boolean activeCase(UUID person) {
		CaseStatuses statuses = cases.getIfAvailable();
		return statuses != null && statuses.currentOf(person)
				.filter(c -> (c.level() == CaseLevel.F0 || c.level() == CaseLevel.F1) && c.state().active()).isPresent();
	}
}
