package vn.pccovid.people;

import java.time.Instant;
import java.util.UUID;

/**
 * A request by another phone to act for a person on this phone.
 *
 * @param id                   request id
 * @param personId             the person asked
 * @param personName           their name (they are on the caller's phone)
 * @param requesterPhoneMasked the asking phone, masked ({@code 09******12})
 * @param createdAt            when it was asked
 * @param status               {@code PENDING}, {@code ACCEPTED} or {@code DECLINED}
 */
public record ConsentRequest(UUID id, UUID personId, String personName, String requesterPhoneMasked, Instant createdAt,
		Status status) {

	/** Where the request stands. */
	public enum Status { PENDING, ACCEPTED, DECLINED }
}
