package vn.pccovid.notification;

import java.util.List;

/**
 * What every module uses to tell a person something. Call it inside the transaction that caused the message: the
 * request is stored with that transaction, lands in the person's inbox, and is delivered by SMS or e-mail after
 * commit with retries. Exactly once per idempotency key: a second request with the same key changes nothing.
 */
public interface Notifications {

	/** Stores the request for delivery; answers {@code false} when its idempotency key was already used. */
	boolean send(NotificationRequest request);

	/**
	 * Stores many requests as {@link #send} does each, with a fixed number of statements for the whole list (for
	 * uploads and batches that notify thousands at once); answers how many were new. A key used twice in the list
	 * counts once, the first request winning.
	 */
	default int sendAll(List<NotificationRequest> requests) {
		int sent = 0;
		for (NotificationRequest request : requests) {
			if (send(request)) {
				sent++;
			}
		}
		return sent;
	}
}
