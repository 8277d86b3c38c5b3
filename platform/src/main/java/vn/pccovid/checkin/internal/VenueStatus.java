package vn.pccovid.checkin.internal;

/** Whether a venue takes check-ins: a new venue waits for health staff of its area; staff may suspend it. */
enum VenueStatus {
	PENDING, APPROVED, SUSPENDED
}
