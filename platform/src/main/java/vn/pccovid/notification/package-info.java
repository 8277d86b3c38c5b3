/**
 * Notifications to citizens and staff: delivers what other modules announce (sign-in codes first) through a
 * channel — the log-and-outbox channel on development and demo installs, SMTP when configured.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package vn.pccovid.notification;
