package vn.pccovid.support;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads sign-in codes from the notification outbox, as an administrator would on a demo install. */
public final class Outboxes {

	private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

	private Outboxes() {
	}

	/** The newest code sent to the phone whose outbox id is above {@code afterId}, waiting for the async delivery. */
	public static String latestCode(Http http, String adminBearer, String phone, long afterId) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
		while (Instant.now().isBefore(deadline)) {
			var items = http.get("/api/v1/notifications/outbox?recipient=" + phone + "&limit=1", "Authorization", adminBearer)
					.json().get("items");
			if (!items.isEmpty() && items.get(0).get("id").asLong() > afterId) {
				Matcher code = CODE.matcher(items.get(0).get("body").asString());
				if (code.find()) {
					return code.group(1);
				}
			}
			sleep();
		}
		throw new AssertionError("no code reached the outbox for " + phone);
	}

	/** The id of the newest outbox message of the phone, or 0. */
	public static long lastId(Http http, String adminBearer, String phone) {
		var items = http.get("/api/v1/notifications/outbox?recipient=" + phone + "&limit=1", "Authorization", adminBearer)
				.json().get("items");
		return items.isEmpty() ? 0 : items.get(0).get("id").asLong();
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
