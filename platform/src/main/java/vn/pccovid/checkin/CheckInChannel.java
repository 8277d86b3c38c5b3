package vn.pccovid.checkin;

/** How a check-in arrived. */
public enum CheckInChannel {
	/** The citizen scanned the venue's poster in the app. */
	APP,
	/** The venue scanned the person's personal, paper or chip-CCCD QR. */
	VENUE_SCAN,
	/** A venue device or partner gateway sent it in a batch. */
	GATEWAY
}
