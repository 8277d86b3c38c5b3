package vn.pccovid.notification.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.pccovid.access.OneTimeCodeIssued;
import vn.pccovid.notification.Message;

/** Delivers each sign-in code to its phone, after the transaction that issued it commits. */
@Component
class SignInCodeNotifier {

	private final NotificationChannel channel;

	SignInCodeNotifier(NotificationChannel channel) {
		this.channel = channel;
	}

	@ApplicationModuleListener
	void on(OneTimeCodeIssued event) {
		// Unaccented on purpose: an SMS in the GSM-7 alphabet fits 160 characters and shows on every handset.
		channel.deliver(new Message(event.phone(), Message.Channel.SMS, "PC-Covid",
				"PC-Covid: ma xac thuc cua ban la " + event.code() + ", hieu luc 5 phut. Khong chia se ma nay."));
	}
}
