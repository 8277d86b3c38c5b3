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
	/** Rotate (and retire) the platform's QR signing keys: personal QR, venue QR, movement-declaration QR. */
	PERSONAL_QR_KEYS,

	/** Read health and movement declarations of the caller's area. */
	DECLARATION_READ,
	/** File a health declaration for a person without a phone (identity checked against the registry). */
	DECLARATION_RECORD,
	/** Register venues and manage one's own (venue owners). */
	VENUE_REGISTER,
	/** Approve or suspend venues of the caller's area. */
	VENUE_APPROVE,
	/** Record check-ins at one's own venues: scan a person's QR, send batches from devices and gateways. */
	VENUE_SCAN,
	/** See who visited a venue of the caller's area. */
	VISITOR_LOG_READ,

	/** Manage sampling sites and sessions of the caller's area. */
	TESTING_SITE_MANAGE,
	/** Take samples (single and pooled) in the caller's area. */
	SAMPLE_TAKE,
	/** Receive samples at a laboratory and record their results. */
	RESULT_RECORD,
	/** Read test results of persons of the caller's area. */
	RESULT_READ,

	/** Manage vaccination sites, slots and campaign plans of the caller's area. */
	VACCINATION_SITE_MANAGE,
	/** Check people in at a vaccination site, screen them and record doses and adverse events. */
	VACCINATION_RECORD,
	/** Receive, transfer and write off vaccine stock; plan supply. */
	VACCINE_STOCK_MANAGE,
	/** Read vaccination records and coverage of the caller's area. */
	VACCINATION_READ,
	/** Register a list of people (an organisation's workers) for vaccination, or import legacy records. */
	VACCINATION_REGISTER_LIST,

	/** Read cases (F0, F1, F2, suspected) of the caller's area. */
	CASE_READ,
	/** Enter cases and change their status in the caller's area. */
	CASE_MANAGE,
	/** Run contact tracing and confirm or dismiss contacts. */
	TRACING_RUN,

	/** Verify EU DCC certificates and COVID cards (venues, checkpoints, health staff). */
	CERTIFICATE_VERIFY,
	/** Import foreign trust lists and rotate the certificate signer. */
	CERTIFICATE_TRUST_MANAGE,
	/** Edit the province's COVID card colour rules. */
	CARD_RULES_MANAGE,

	/** Apply for travel permits for an organisation's workers. */
	PERMIT_APPLY,
	/** Approve or reject travel permits of the caller's ward. */
	PERMIT_DECIDE,
	/** Create checkpoints and see the police board of the caller's area. */
	CHECKPOINT_MANAGE,
	/** Scan at a checkpoint and see the live feed of the province's checkpoints. */
	CHECKPOINT_SCAN,
	/** Edit the province's checkpoint rule set. */
	MOVEMENT_RULES_MANAGE,
	/** See shippers' declarations and violations of the caller's area. */
	SHIPPER_READ,

	/** Define relief programmes of the caller's province (or national ones). */
	RELIEF_PROGRAMME_MANAGE,
	/** Propose beneficiaries of the caller's ward. */
	RELIEF_PROPOSE,
	/** Approve a ward's beneficiary list (district or province). */
	RELIEF_APPROVE,
	/** Record relief payments and export bank files. */
	RELIEF_PAY,
	/** Read beneficiaries, payments and complaints of the caller's area. */
	RELIEF_READ
}
