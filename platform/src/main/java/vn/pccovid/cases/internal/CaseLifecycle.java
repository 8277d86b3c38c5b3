package vn.pccovid.cases.internal;

import static vn.pccovid.cases.CaseState.CLEARED;
import static vn.pccovid.cases.CaseState.CONFIRMED;
import static vn.pccovid.cases.CaseState.DECEASED;
import static vn.pccovid.cases.CaseState.HOSPITALISED;
import static vn.pccovid.cases.CaseState.ISOLATING_FACILITY;
import static vn.pccovid.cases.CaseState.ISOLATING_HOME;
import static vn.pccovid.cases.CaseState.QUARANTINED;
import static vn.pccovid.cases.CaseState.RECOVERED;
import static vn.pccovid.cases.CaseState.SUSPECTED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import vn.pccovid.cases.CaseLevel;
import vn.pccovid.cases.CaseState;

/**
 * Which state may follow which (H2): suspected → confirmed or cleared; confirmed → isolating (home, facility,
 * hospital) → recovered or deceased; F1/F2 quarantined → cleared after their period, or → confirmed (an F0). Ended
 * cases never change again: a new episode opens a new case.
 */
final class CaseLifecycle {

	private static final Map<CaseState, Set<CaseState>> NEXT = new EnumMap<>(CaseState.class);

	static {
		Set<CaseState> care = EnumSet.of(ISOLATING_HOME, ISOLATING_FACILITY, HOSPITALISED, RECOVERED, DECEASED);
		NEXT.put(SUSPECTED, EnumSet.of(CONFIRMED, CLEARED));
		NEXT.put(CONFIRMED, care);
		NEXT.put(ISOLATING_HOME, care);
		NEXT.put(ISOLATING_FACILITY, care);
		NEXT.put(HOSPITALISED, care);
		NEXT.put(QUARANTINED, EnumSet.of(CONFIRMED, CLEARED));
		NEXT.put(RECOVERED, EnumSet.noneOf(CaseState.class));
		NEXT.put(DECEASED, EnumSet.noneOf(CaseState.class));
		NEXT.put(CLEARED, EnumSet.noneOf(CaseState.class));
	}

	private CaseLifecycle() {
	}

	/** Whether {@code to} may follow {@code from}; a state never follows itself. */
	static boolean allows(CaseState from, CaseState to) {
		return from != to && NEXT.get(from).contains(to);
	}

	/** The level a case has after reaching {@code to}: confirmed makes an F0, anything else keeps the level. */
	static CaseLevel levelAfter(CaseLevel level, CaseState to) {
		return to == CONFIRMED ? CaseLevel.F0 : level;
	}

	/** How serious a level is, to decide whether a new finding raises an active case: F0 > F1 > suspected > F2. */
	static int rank(CaseLevel level) {
		return switch (level) {
			case F0 -> 3;
			case F1 -> 2;
			case SUSPECTED -> 1;
			case F2 -> 0;
		};
	}
}
