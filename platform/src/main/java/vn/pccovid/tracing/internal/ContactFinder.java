package vn.pccovid.tracing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.pccovid.cases.CaseLevel;
import vn.pccovid.core.AreaCode;
import vn.pccovid.registry.CitizenId;
import vn.pccovid.registry.HouseholdMember;
import vn.pccovid.registry.Households;

/**
 * Applies the tracing rules to one person over a window and keeps the evidence of every path:
 * F1 — check-ins at the same venue within the co-presence window, the same household, the same vehicle or trip and
 * day; F2 — household and venue co-presence of each F1 from their first contact on. A person reached by several
 * paths is one contact with all the evidence (the first {@code maxEvidence} items kept, all counted), at the closest
 * level found.
 */
@Component
class ContactFinder {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final CoPresenceIndex index;
	private final Households households;
	private final Trips trips;
	private final TracingSettings settings;

	ContactFinder(CoPresenceIndex index, Households households, Trips trips, TracingSettings settings) {
		this.index = index;
		this.households = households;
		this.trips = trips;
		this.settings = settings;
	}

	/** A contact as found, before anyone reviewed it. */
	static final class Found {
		final UUID person;
		final CaseLevel level;
		UUID via;
		Instant firstContact;
		final List<Evidence> evidence = new ArrayList<>();
		int evidenceCount;

		Found(UUID person, CaseLevel level, UUID via, Instant firstContact) {
			this.person = person;
			this.level = level;
			this.via = via;
			this.firstContact = firstContact;
		}
	}

	/** The result of a search. */
	record Result(List<Found> contacts, boolean f2Truncated) {
	}

	Result find(UUID f0, Instant from, Instant to) {
		Map<UUID, Found> found = new LinkedHashMap<>();
		int window = (int) settings.coPresence().toSeconds();
		int maxEvidence = settings.maxEvidence();
		// F1 at venues
		venueContacts(f0, f0, null, from, to, window, CaseLevel.F1, found, maxEvidence);
		// F1 at home
		for (HouseholdMember member : households.membersOf(new CitizenId(f0))) {
			if (!member.id().value().equals(f0)) {
				add(found, f0, member.id().value(), CaseLevel.F1, null, from, Evidence.household(member.area().path(), null), maxEvidence);
			}
		}
		// F1 on the same vehicle or trip
		for (Trips.CoTraveller t : trips.coTravellers(f0, LocalDate.ofInstant(from, VIETNAM), LocalDate.ofInstant(to, VIETNAM))) {
			Instant day = t.date().atStartOfDay(VIETNAM).toInstant();
			add(found, f0, t.person(), CaseLevel.F1, null, day.isBefore(from) ? from : day,
					Evidence.vehicle(t.vehicleType(), t.plate(), t.trip(), t.date()), maxEvidence);
		}
		List<Found> f1 = List.copyOf(found.values());
		// the households of all F1s in one query, not one per F1
		Map<CitizenId, List<HouseholdMember>> homes = households.membersOfAll(f1.stream().map(c -> new CitizenId(c.person)).toList());
		boolean truncated = false;
		for (Found contact : f1) {
			if (found.size() - f1.size() >= settings.maxF2PerRun()) {
				truncated = true;
				break;
			}
			venueContacts(f0, contact.person, contact.person, contact.firstContact, to, window, CaseLevel.F2, found, maxEvidence);
			for (HouseholdMember member : homes.getOrDefault(new CitizenId(contact.person), List.of())) {
				add(found, f0, member.id().value(), CaseLevel.F2, contact.person, contact.firstContact,
						Evidence.household(member.area().path(), contact.person), maxEvidence);
			}
		}
		return new Result(List.copyOf(found.values()), truncated);
	}

	private void venueContacts(UUID f0, UUID person, UUID via, Instant from, Instant to, int window, CaseLevel level,
			Map<UUID, Found> found, int maxEvidence) {
		CheckInIndex current = index.index();
		List<Evidence> hits = new ArrayList<>();
		List<UUID> who = new ArrayList<>();
		current.read(() -> {
			int p = current.numberOf(person);
			if (p >= 0) {
				current.forEachCoPresent(p, CheckInIndex.secondAtOrAfter(from), CheckInIndex.secondAtOrAfter(to), window, (other, venue, own, theirs) -> {
					AreaCode ward = current.venueWard(venue);
					who.add(current.person(other));
					hits.add(Evidence.venue(current.venue(venue), ward == null ? null : ward.path(), CheckInIndex.instant(own),
							CheckInIndex.instant(theirs), via));
				});
			}
			return null;
		});
		for (int i = 0; i < who.size(); i++) {
			Evidence e = hits.get(i);
			Instant at = e.caseAt().isBefore(e.contactAt()) ? e.caseAt() : e.contactAt();
			add(found, f0, who.get(i), level, via, at, e, maxEvidence);
		}
	}

	/** Adds a path to a contact; the F0 and anyone already at a closer level keep their row, with the evidence added. */
	private static void add(Map<UUID, Found> found, UUID f0, UUID person, CaseLevel level, UUID via, Instant at, Evidence e,
			int maxEvidence) {
		if (person.equals(f0)) {
			return;
		}
		Found contact = found.get(person);
		if (contact == null) {
			contact = new Found(person, level, via, at);
			found.put(person, contact);
		}
		else if (contact.level != level) {
			// Already an F1: a longer path through another F1 adds nothing to review.
			return;
		}
		if (at.isBefore(contact.firstContact)) {
			contact.firstContact = at;
		}
		contact.evidenceCount++;
		if (contact.evidence.size() < maxEvidence) {
			contact.evidence.add(e);
		}
	}

}
