package vn.pccovid.notification.internal;

import vn.pccovid.notification.Message;

/** The port messages leave through; one adapter is active per install. */
interface NotificationChannel {

	void deliver(Message message);
}
