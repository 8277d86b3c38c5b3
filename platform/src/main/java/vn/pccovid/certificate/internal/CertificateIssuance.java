package vn.pccovid.certificate.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.upokecenter.cbor.CBORObject;

import vn.pccovid.certificate.CertificateIssued;
import vn.pccovid.certificate.CertificateKind;
import vn.pccovid.certificate.IssuedCertificate;
import vn.pccovid.core.AreaCode;
import vn.pccovid.registry.PersonSummaries;
import vn.pccovid.registry.PersonSummary;

/**
 * Records the facts a certificate rests on and issues the certificate, once per source: a dose, a negative test, a
 * recovery. Name and date of birth come from the registry (a system read: the certificate goes only to the phones
 * that act for the person, and nothing is shown to anyone here).
 */
@Service
class CertificateIssuance {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	static final Duration VACCINATION_VALIDITY = Duration.ofDays(365);
	static final Duration TEST_VALIDITY = Duration.ofHours(72);

	private static final Logger log = LoggerFactory.getLogger(CertificateIssuance.class);

	private final HealthFacts facts;
	private final IssuedCertificates issued;
	private final PersonSummaries people;
	private final SignerKeys keys;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CertificateIssuance(HealthFacts facts, IssuedCertificates issued, PersonSummaries people, SignerKeys keys,
			ApplicationEventPublisher events, Clock clock) {
		this.facts = facts;
		this.issued = issued;
		this.people = people;
		this.keys = keys;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void dose(HealthFacts.Dose dose, AreaCode ward) {
		Optional<PersonSummary> person = person(dose.personId());
		String province = province(ward, person);
		facts.add(dose, province);
		person.ifPresent(p -> {
			String uvci = Uvcis.next();
			CBORObject dcc = DccPayloads.vaccination(holder(p), dose.product(), dose.doseNumber(), dose.seriesDoses(),
					dose.administeredOn(), uvci);
			Instant now = now();
			issue(p, province, CertificateKind.VACCINATION, dose.doseId(), uvci, dcc, now, now.plus(VACCINATION_VALIDITY));
		});
	}

	@Transactional
	public void negativeTest(HealthFacts.NegativeTest test, AreaCode ward, Instant resultedAt, String site) {
		Optional<PersonSummary> person = person(test.personId());
		String province = province(ward, person);
		facts.add(test, province, resultedAt, site);
		person.ifPresent(p -> {
			String uvci = Uvcis.next();
			CBORObject dcc = DccPayloads.test(holder(p), test.testType(), test.takenAt(), site, uvci);
			issue(p, province, CertificateKind.TEST, test.sampleId(), uvci, dcc, now(),
					test.takenAt().plus(TEST_VALIDITY).truncatedTo(ChronoUnit.SECONDS));
		});
	}

	@Transactional
	public void recovery(HealthFacts.Recovery recovery) {
		Optional<PersonSummary> person = person(recovery.personId());
		String province = province(null, person);
		facts.add(recovery, province);
		person.ifPresent(p -> {
			String uvci = Uvcis.next();
			CBORObject dcc = DccPayloads.recovery(holder(p), recovery.firstPositiveOn(), uvci);
			Instant until = recovery.firstPositiveOn().plusDays(DccPayloads.RECOVERY_VALID_DAYS).atStartOfDay(VIETNAM).toInstant();
			issue(p, province, CertificateKind.RECOVERY, recovery.caseId(), uvci, dcc, now(), until);
		});
	}

	private void issue(PersonSummary person, String province, CertificateKind kind, UUID source, String uvci,
			CBORObject dcc, Instant issuedAt, Instant expiresAt) {
		SignerKeys.Signing signing = keys.signing();
		String hc1 = HcertSigner.encode(HcertSigner.PREFIX,
				HcertSigner.claims(DccPayloads.COUNTRY, issuedAt, expiresAt, dcc), signing);
		IssuedCertificate certificate = new IssuedCertificate(UUID.randomUUID(), kind, hc1, issuedAt, expiresAt);
		if (issued.insert(certificate, person.id(), province, source, uvci, Kids.base64(signing.kid()))) {
			events.publishEvent(new CertificateIssued(certificate.id(), person.id(), kind));
		}
	}

	/** Whole seconds: the CWT carries seconds, and the stored times must say the same as the certificate. */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

	private Optional<PersonSummary> person(UUID id) {
		Optional<PersonSummary> person = people.summary(id);
		if (person.isEmpty()) {
			log.warn("No certificate for {}: not in the registry (the fact is kept for the card)", id);
		}
		return person;
	}

	private static String province(AreaCode ward, Optional<PersonSummary> person) {
		if (ward != null) {
			return ward.province();
		}
		return person.map(p -> p.area().province()).orElse("00");
	}

	private static DccPayloads.Holder holder(PersonSummary person) {
		return new DccPayloads.Holder(person.fullName(), person.dateOfBirth());
	}
}
