package vn.pccovid.checkin.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import vn.pccovid.access.Actor;
import vn.pccovid.core.KeysetPage;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.PeopleOnPhone;

/** A person's own check-ins, for the phones that act for them (404 for anyone else). */
@Service
class CheckInHistory {

	private final PeopleOnPhone people;
	private final CheckInRecords records;

	CheckInHistory(PeopleOnPhone people, CheckInRecords records) {
		this.people = people;
		this.records = records;
	}

	KeysetPage<CheckInRecords.OwnVisit> of(Actor citizen, UUID personId, String before, int limit) {
		if (!citizen.isCitizen() || !people.mayActFor(citizen.id(), personId)) {
			throw new NotFoundException("checkin.person.notFound");
		}
		Keyset key = before == null || before.isBlank() ? null : Keyset.parse(before, "before");
		List<CheckInRecords.OwnVisit> rows = records.history(personId, key == null ? null : key.at(),
				key == null ? null : key.id(), limit + 1);
		return KeysetPage.of(rows, limit, v -> new Keyset(v.at(), v.eventId()).toString());
	}
}
