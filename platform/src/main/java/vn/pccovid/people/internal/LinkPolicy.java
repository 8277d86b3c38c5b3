package vn.pccovid.people.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import vn.pccovid.people.Relation;
import vn.pccovid.registry.PersonSummary;

/**
 * Who a phone may add and how, once the identity is proven: someone of the caller's household or a child under 16
 * at once; an adult with a phone of their own only after they consent; any other adult not at all (the ward office
 * registers them, so that a stranger who knows a CCCD and a birth date gets nothing).
 */
final class LinkPolicy {

	/** Age below which a child is added without consent. */
	static final int CHILD_AGE = 16;

	/** What to do with the person. */
	enum Decision { SELF, LINK_HOUSEHOLD, LINK_CHILD, ASK_CONSENT, REFUSE }

	private LinkPolicy() {
	}

	static Decision decide(String phone, List<PersonSummary> own, PersonSummary person, LocalDate today) {
		if (phone.equals(person.phone())) {
			return Decision.SELF;
		}
		boolean household = person.householdId() != null
				&& own.stream().anyMatch(self -> Objects.equals(self.householdId(), person.householdId()));
		if (household) {
			return Decision.LINK_HOUSEHOLD;
		}
		if (person.dateOfBirth().plusYears(CHILD_AGE).isAfter(today)) {
			return Decision.LINK_CHILD;
		}
		return person.phone() != null ? Decision.ASK_CONSENT : Decision.REFUSE;
	}

	static Relation relation(Decision decision) {
		return switch (decision) {
			case LINK_HOUSEHOLD -> Relation.HOUSEHOLD;
			case LINK_CHILD -> Relation.CHILD;
			case ASK_CONSENT -> Relation.DEPENDANT;
			default -> Relation.SELF;
		};
	}
}
