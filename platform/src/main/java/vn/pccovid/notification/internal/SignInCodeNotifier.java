package vn.pccovid.notification.internal;

import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.pccovid.access.OneTimeCodeIssued;
import vn.pccovid.notification.NotificationRequest;

/**
 * Sends each sign-in code to its phone through the common delivery (retries, status), after the transaction that
 * issued it commits. The key is the phone and the code's expiry, so handling the event twice texts once; a code
 * still unsent when it expires is not sent at all.
 */
@Component
class SignInCodeNotifier {

	static final String KIND = "access.sign-in-code";

	private final NotificationSender notifications;

	SignInCodeNotifier(NotificationSender notifications) {
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(OneTimeCodeIssued event) {
		notifications.send(new NotificationRequest(null, event.phone(), KIND, Map.of("code", event.code()),
				KIND + ":" + event.id()), event.expiresAt());
	}
}
