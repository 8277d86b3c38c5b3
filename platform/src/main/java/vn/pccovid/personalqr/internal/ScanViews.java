package vn.pccovid.personalqr.internal;

import java.util.ArrayList;
import java.util.List;

import vn.pccovid.access.Actor;
import vn.pccovid.access.Role;
import vn.pccovid.core.Permission;
import vn.pccovid.personalqr.ScannedPerson;
import vn.pccovid.registry.PersonSummary;

/**
 * What a scanning role sees of the person: staff who may read citizens of the person's area get id, name, year and
 * ward; a venue owner gets the name abbreviated and the year; every other scanning role name and year.
 */
final class ScanViews {

	private ScanViews() {
	}

	static ScannedPerson view(Actor actor, PersonSummary person) {
		if (seesRecord(actor, person)) {
			return new ScannedPerson(person.id(), person.fullName(), person.yearOfBirth(),
					person.area() == null ? null : person.area().value());
		}
		if (venueOnly(actor)) {
			return new ScannedPerson(null, abbreviate(person.fullName()), person.yearOfBirth(), null);
		}
		return new ScannedPerson(null, person.fullName(), person.yearOfBirth(), null);
	}

	/** What the audit entry says was seen. */
	static String what(Actor actor, PersonSummary person) {
		return seesRecord(actor, person) ? "identity,residence" : "identity";
	}

	static boolean seesRecord(Actor actor, PersonSummary person) {
		return actor.can(Permission.CITIZEN_READ) && actor.scope().covers(person.area());
	}

	static boolean venueOnly(Actor actor) {
		return !actor.roles().isEmpty() && actor.roles().stream().allMatch(role -> role == Role.VENUE_OWNER);
	}

	/** {@code Nguyễn Văn An} → {@code Nguyễn V. A.}: the family name, then initials. */
	static String abbreviate(String fullName) {
		String[] words = fullName.strip().split("\\s+");
		List<String> parts = new ArrayList<>(words.length);
		parts.add(words[0]);
		for (int i = 1; i < words.length; i++) {
			parts.add(words[i].substring(0, words[i].offsetByCodePoints(0, 1)) + ".");
		}
		return String.join(" ", parts);
	}
}
