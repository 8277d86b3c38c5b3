/**
 * Notifications to citizens: the {@link vn.pccovid.notification.Notifications} API every module uses (or the
 * {@link vn.pccovid.notification.NotificationRequested} event), the citizen inbox, and SMS/e-mail delivery after
 * commit with retries and a status staff can follow — through the log-and-outbox channel on development and demo
 * installs, SMTP when configured. Exactly once per idempotency key.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package vn.pccovid.notification;
