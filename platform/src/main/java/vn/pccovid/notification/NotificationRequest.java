package vn.pccovid.notification;

import java.util.Map;
import java.util.UUID;

/**
 * A message to send: to a registry person (their inbox, and an SMS to the phones that act for them) or to a bare
 * phone number (SMS only). The text comes from the template of its kind in Vietnamese and English; parameters
 * are only ever substituted as values, never evaluated.
 *
 * @param personId       the registry person the message is about and for, or {@code null} for a bare phone
 * @param phone          a phone ({@code 0} + 9 digits) to text when there is no person, or {@code null}
 * @param kind           what it is about, e.g. {@code testing.result}; decides the template and the inbox icon
 * @param params         values for the template's placeholders
 * @param idempotencyKey unique per message the caller means to send once, e.g. {@code testing.result:<sampleId>}
 */
public record NotificationRequest(UUID personId, String phone, String kind, Map<String, String> params,
		String idempotencyKey) {

	public NotificationRequest {
		if (personId == null && (phone == null || phone.isBlank())) {
			throw new IllegalArgumentException("a notification needs a person or a phone");
		}
		if (kind == null || kind.isBlank() || idempotencyKey == null || idempotencyKey.isBlank()) {
			throw new IllegalArgumentException("a notification needs a kind and an idempotency key");
		}
		params = params == null ? Map.of() : Map.copyOf(params);
	}
}
