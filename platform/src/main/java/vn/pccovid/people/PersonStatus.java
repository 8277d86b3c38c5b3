package vn.pccovid.people;

/** Whether the phone may act for the person yet. */
public enum PersonStatus {
	/** Linked: the phone acts for the person (QR, results, check-ins). */
	ACTIVE,
	/** Asked in the person's inbox; nothing is shared until they accept. */
	AWAITING_CONSENT
}
