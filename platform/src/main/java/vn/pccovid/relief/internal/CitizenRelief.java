package vn.pccovid.relief.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.PeopleOnPhone;
import vn.pccovid.core.VietnameseText;

/**
 * What the citizen app shows about relief for a person on the phone (entitlements, payments) and the complaints it
 * files. A person the phone does not act for is a 404 (their existence is personal).
 */
@Service
class CitizenRelief {

	static final int MAX_MESSAGE = 1000;

	private final PeopleOnPhone phones;
	private final ProgrammeCatalogue catalogue;
	private final Beneficiaries beneficiaries;
	private final Payments payments;
	private final Complaints complaints;
	private final Clock clock;

	CitizenRelief(PeopleOnPhone phones, ProgrammeCatalogue catalogue, Beneficiaries beneficiaries, Payments payments,
			Complaints complaints, Clock clock) {
		this.phones = phones;
		this.catalogue = catalogue;
		this.beneficiaries = beneficiaries;
		this.payments = payments;
		this.complaints = complaints;
		this.clock = clock;
	}

	/**
	 * A person's relief.
	 *
	 * @param entitlements the programmes they are listed for
	 * @param payments     what was paid to them, newest first
	 */
	record Overview(List<Entitlement> entitlements, List<Paid> payments) {
	}

	/**
	 * A listing.
	 *
	 * @param programmeId the programme
	 * @param programme   its name
	 * @param basis       its legal basis
	 * @param amount      VND per period
	 * @param per         per person or household
	 * @param periods     the months it pays for
	 * @param status      proposed or approved
	 */
	record Entitlement(UUID programmeId, String programme, String basis, long amount, Per per, List<String> periods,
			Beneficiary.Status status) {
	}

	/**
	 * A payment received.
	 *
	 * @param id          its id
	 * @param programmeId the programme
	 * @param programme   its name
	 * @param period      the month paid for
	 * @param amount      VND
	 * @param method      how
	 * @param paidAt      when it was recorded
	 */
	record Paid(UUID id, UUID programmeId, String programme, String period, long amount, PaymentMethod method,
			java.time.Instant paidAt) {
	}

	@Transactional(readOnly = true)
	Overview of(Actor actor, UUID person) {
		requireActsFor(actor, person);
		return overview(person);
	}

	/** The overview without the phone check, for the home card (the home page checked the phone already). */
	Overview overview(UUID person) {
		List<Beneficiary> lines = beneficiaries.ofCitizens(List.of(person));
		List<Payment> paid = payments.ofCitizens(List.of(person));
		Map<UUID, Programme> programmes = java.util.stream.Stream.concat(lines.stream().map(Beneficiary::programmeId),
				paid.stream().map(Payment::programmeId)).distinct()
				.collect(Collectors.toMap(Function.identity(), catalogue::get));
		return new Overview(lines.stream().map(line -> {
			Programme p = programmes.get(line.programmeId());
			return new Entitlement(p.id(), p.name(), p.basis(), p.amount(), p.per(),
					p.periods().stream().map(Object::toString).toList(), line.status());
		}).toList(), paid.stream().map(payment -> new Paid(payment.id(), payment.programmeId(),
				programmes.get(payment.programmeId()).name(), payment.period(), payment.amount(), payment.method(),
				payment.paidAt())).toList());
	}

	/** A programme's public terms. */
	Programme programme(UUID id) {
		return catalogue.get(id);
	}

	/** Files a complaint for a person on the phone; the ward of the person sees it. */
	@Transactional
	Complaint complain(Actor actor, UUID person, String kind, UUID programmeId, String message) {
		requireActsFor(actor, person);
		Complaint.Kind parsed;
		try {
			parsed = Complaint.Kind.valueOf(String.valueOf(kind).strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("kind", "relief.complaint.kind");
		}
		String text = message == null ? "" : VietnameseText.nfc(message).strip();
		if (text.isEmpty() || text.length() > MAX_MESSAGE) {
			throw new InvalidInputException("message", "relief.complaint.message", MAX_MESSAGE);
		}
		if (programmeId != null) {
			catalogue.get(programmeId);
		}
		String area = phones.areaOf(person).orElseThrow(() -> new NotFoundException("relief.person.unknown")).path();
		Complaint complaint = new Complaint(UUID.randomUUID(), person, programmeId, parsed, text, area, clock.instant(), 0);
		complaints.insert(complaint, actor.name());
		return complaint;
	}

	private void requireActsFor(Actor actor, UUID person) {
		if (actor.phone().isEmpty() || !phones.mayActFor(actor.phone().get().value(), person)) {
			throw new NotFoundException("relief.person.unknown");
		}
	}
}
