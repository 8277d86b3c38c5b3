package vn.pccovid.core;

/** What a role lets its holder do; endpoints name the permissions they need in {@link Allowed}. */
public enum Permission {
	/** Find and read citizens of the caller's area. */
	CITIZEN_READ,
	/** See citizens' phone numbers and full addresses unmasked. */
	CITIZEN_CONTACT_READ,
	/** Register a citizen in the caller's area. */
	CITIZEN_REGISTER,
	/** Import a population extract into the caller's area. */
	CITIZEN_IMPORT,
	/** Ask whether an identity (CCCD, name, date of birth) matches the population registry. */
	IDENTITY_VERIFY,
	/** Create and manage staff accounts within the caller's scope. */
	ACCOUNT_MANAGE,
	/** Search the audit log within the caller's scope. */
	AUDIT_READ,
	/** Read the notification outbox (development and demo installs). */
	OUTBOX_READ,
	/** See the delivery status of notifications (recipient masked, no text) to persons in the caller's area. */
	NOTIFICATION_READ,
	/** Read operational metrics. */
	METRICS_READ,
	/** Scan and verify a personal QR or a chip-CCCD QR (venues, health, checkpoints, police). */
	PERSONAL_QR_VERIFY,
	/** Print a paper personal QR card for a person of the caller's area. */
	PAPER_QR_ISSUE,
	/** Rotate the personal-QR signing key. */
	PERSONAL_QR_KEYS
}
