package vn.pccovid.access;

import java.time.Instant;

/**
 * A citizen asked to sign in and a one-time code was issued for their phone; the notification module delivers it.
 *
 * @param phone     the phone, normalised (0 + 9 digits)
 * @param code      the 6-digit code
 * @param expiresAt when the code stops working
 * @param id        a random id of this issue, so that two codes for one phone are two messages even at one instant
 */
public record OneTimeCodeIssued(String phone, String code, Instant expiresAt, java.util.UUID id) {

	@Override
	public String toString() {
		return "OneTimeCodeIssued[phone=" + phone + ", code=******, expiresAt=" + expiresAt + ", id=" + id + "]";
	}
}
