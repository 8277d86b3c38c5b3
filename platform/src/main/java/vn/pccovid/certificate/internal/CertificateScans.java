package vn.pccovid.certificate.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.certificate.CardColour;
import vn.pccovid.certificate.CertificateKind;
import vn.pccovid.certificate.HcertVerification;
import vn.pccovid.registry.PersonSummaries;
import vn.pccovid.registry.PersonSummary;
import vn.pccovid.testing.TestType;

/**
 * The verifier page's one input box: a COVID card QR ({@code PCC1:}) or an HCERT ({@code HC1:}), answered with colour,
 * name and date of birth only. A card's person is looked up in the registry and the scan audited against them; an
 * HCERT carries its own name and birth date, and its colour is computed from it by the rules of the scanner's
 * province (the 2021 default for national staff). Every scan is audited, invalid ones too.
 */
@Component
class CertificateScans {

	static final String WHAT = "covid-card";

	/**
	 * What the verifier sees.
	 *
	 * @param valid       whether the code verified
	 * @param reason      {@code ok} or the failure code
	 * @param source      {@code CARD} or the HCERT kind
	 * @param colour      the colour, when valid
	 * @param name        the holder's name, when valid
	 * @param dateOfBirth the holder's date of birth, when valid
	 */
	record Scan(boolean valid, String reason, String source, CardColour colour, String name, String dateOfBirth) {

		static Scan invalid(String reason) {
			return new Scan(false, reason, null, null, null, null);
		}
	}

	private final CardQrs cards;
	private final Certificates certificates;
	private final CardRuleSets rules;
	private final PersonSummaries people;
	private final AuditLog audit;
	private final Clock clock;

	CertificateScans(CardQrs cards, Certificates certificates, CardRuleSets rules, PersonSummaries people, AuditLog audit, Clock clock) {
		this.cards = cards;
		this.certificates = certificates;
		this.rules = rules;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	Scan scan(Actor actor, String payload, String requestedPurpose) {
		String purpose = actor.purpose(requestedPurpose);
		String text = payload == null ? "" : payload.strip();
		return text.startsWith(CardQrs.PREFIX) ? card(actor, text, purpose) : hcert(actor, text, purpose);
	}

	private Scan card(Actor actor, String text, String purpose) {
		CardQrs.Result result = cards.verify(text, clock.instant());
		Optional<PersonSummary> person = result.card() == null ? Optional.empty() : people.summary(result.card().person());
		if (person.isEmpty()) {
			audit.recordMissSoon(actor, AuditAction.VERIFY, purpose, WHAT, null);
			return Scan.invalid(result.card() == null ? result.reason() : "unknown_person");
		}
		PersonSummary p = person.get();
		audit.recordSoon(actor, AuditAction.VERIFY, purpose, WHAT, List.of(new AuditSubject(p.id(), p.area())));
		return new Scan(true, "ok", "CARD", result.card().colour(), p.fullName(), p.dateOfBirth().toString());
	}

	private Scan hcert(Actor actor, String text, String purpose) {
		HcertVerification result = certificates.verify(text);
		audit.recordMissSoon(actor, AuditAction.VERIFY, purpose, WHAT, null);
		if (!result.valid()) {
			return Scan.invalid(result.reason());
		}
		Map<String, Object> dcc = result.payload();
		@SuppressWarnings("unchecked")
		Map<String, Object> nam = dcc.get("nam") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
		String name = String.join(" ", java.util.stream.Stream.of(nam.get("fn"), nam.get("gn"))
				.filter(java.util.Objects::nonNull).map(Object::toString).toList());
		String province = actor.scope().area() == null ? null : actor.scope().area().province();
		List<CardRule> set = province == null ? CardRule.DEFAULT_2021 : rules.of(province);
		CardColour colour = CardColours.decide(set, factsOf(result.kind(), dcc), false, clock.instant()).colour();
		return new Scan(true, "ok", result.kind().name(), colour, name, String.valueOf(dcc.get("dob")));
	}

	/** The one fact an HCERT states, in the card's terms (unreadable dates: no fact, so red). */
	@SuppressWarnings("unchecked")
	static HealthFacts.Of factsOf(CertificateKind kind, Map<String, Object> dcc) {
		try {
			String key = switch (kind) {
				case VACCINATION -> "v";
				case TEST -> "t";
				case RECOVERY -> "r";
			};
			Map<String, Object> entry = (Map<String, Object>) ((List<Object>) dcc.get(key)).get(0);
			UUID none = new UUID(0, 0);
			return switch (kind) {
				case VACCINATION -> new HealthFacts.Of(List.of(new HealthFacts.Dose(none, none, String.valueOf(entry.get("mp")),
						((Number) entry.get("dn")).intValue(), ((Number) entry.get("sd")).intValue(),
						LocalDate.parse(entry.get("dt").toString()))), List.of(), List.of());
				case TEST -> "260415000".equals(entry.get("tr"))
						? new HealthFacts.Of(List.of(), List.of(new HealthFacts.NegativeTest(none, none,
								"LP6464-4".equals(entry.get("tt")) ? TestType.RT_PCR : TestType.RAPID_ANTIGEN,
								Instant.parse(entry.get("sc").toString().replaceFirst("\\+00:00$", "Z")))), List.of())
						: new HealthFacts.Of(List.of(), List.of(), List.of());
				case RECOVERY -> new HealthFacts.Of(List.of(), List.of(), List.of(new HealthFacts.Recovery(none, none,
						LocalDate.parse(entry.get("fr").toString()), LocalDate.parse(entry.get("fr").toString()))));
			};
		}
		catch (RuntimeException e) {
			return new HealthFacts.Of(List.of(), List.of(), List.of());
		}
	}
}
