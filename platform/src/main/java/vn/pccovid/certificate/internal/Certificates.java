package vn.pccovid.certificate.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import vn.pccovid.access.Actor;
import vn.pccovid.certificate.HcertVerification;
import vn.pccovid.certificate.HcertVerifications;
import vn.pccovid.certificate.IssuedCertificate;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.PeopleOnPhone;

/** A phone's view of its people's certificates, and the verification of any HCERT against the trust list. */
@Service
class Certificates implements HcertVerifications {

	private final IssuedCertificates issued;
	private final PeopleOnPhone phones;
	private final Clock clock;
	private final HcertVerifier verifier;

	Certificates(IssuedCertificates issued, PeopleOnPhone phones, TrustList trust, Clock clock) {
		this.issued = issued;
		this.phones = phones;
		this.clock = clock;
		this.verifier = new HcertVerifier(trust::byKid);
	}

	/** The person's certificates, newest first; 404 when this phone does not act for them. */
	List<IssuedCertificate> of(Actor citizen, UUID person) {
		requireActsFor(citizen, person);
		return issued.of(person);
	}

	IssuedCertificate one(Actor citizen, UUID person, UUID id) {
		requireActsFor(citizen, person);
		return issued.find(person, id).orElseThrow(() -> new NotFoundException("certificate.notFound"));
	}

	@Override
	public HcertVerification verify(String hc1) {
		return verifier.verify(hc1, clock.instant());
	}

	private void requireActsFor(Actor citizen, UUID person) {
		if (!citizen.isCitizen() || !phones.mayActFor(citizen.id(), person)) {
			throw new NotFoundException("certificate.person.notFound");
		}
	}
}
