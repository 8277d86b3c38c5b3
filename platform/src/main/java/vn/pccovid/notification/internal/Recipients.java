package vn.pccovid.notification.internal;

/** Recipients as logs and staff may see them: enough to tell two apart, not enough to call. */
final class Recipients {

	private Recipients() {
	}

	/** {@code 0912345678} → {@code 09******78}; {@code an@example.org} → {@code a***@example.org}. */
	static String mask(String recipient) {
		if (recipient == null || recipient.length() < 5) {
			return "***";
		}
		int at = recipient.indexOf('@');
		if (at >= 0) {
			return recipient.charAt(0) + "***" + recipient.substring(at);
		}
		return recipient.substring(0, 2) + "*".repeat(recipient.length() - 4) + recipient.substring(recipient.length() - 2);
	}
}
