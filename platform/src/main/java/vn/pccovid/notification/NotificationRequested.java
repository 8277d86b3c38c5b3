package vn.pccovid.notification;

/**
 * The event form of {@link Notifications#send}: a module that must not depend on the notification service at
 * run time publishes this in its own transaction; the notification module handles it after commit. Handling it
 * twice sends nothing twice (the request's idempotency key).
 *
 * @param request what to send
 */
public record NotificationRequested(NotificationRequest request) {
}
