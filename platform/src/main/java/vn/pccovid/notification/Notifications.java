package vn.pccovid.notification;

/**
 * What every module uses to tell a person something. Call it inside the transaction that caused the message: the
 * request is stored with that transaction, lands in the person's inbox, and is delivered by SMS or e-mail after
 * commit with retries. Exactly once per idempotency key: a second request with the same key changes nothing.
 */
public interface Notifications {

	/** Stores the request for delivery; answers {@code false} when its idempotency key was already used. */
	boolean send(NotificationRequest request);
}
