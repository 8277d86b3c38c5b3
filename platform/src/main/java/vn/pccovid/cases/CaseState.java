package vn.pccovid.cases;

/** Where a case stands in its lifecycle; the first four are active. */
public enum CaseState {
	SUSPECTED, CONFIRMED, ISOLATING_HOME, ISOLATING_FACILITY, HOSPITALISED, QUARANTINED,
	RECOVERED, DECEASED, CLEARED;

	/** Whether the case still restricts the person (isolation, quarantine, pending confirmation). */
	public boolean active() {
		return this != RECOVERED && this != DECEASED && this != CLEARED;
	}
}
