package vn.pccovid.support;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads sign-in codes from the notification outbox: over the API as an administrator would on a demo install (each
 * read is audited against the phone's persons), or straight from the table when a test counts audit entries.
 */
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

	/** The newest code sent to the phone in an outbox row above {@code afterId}, read from the table (not audited). */
	public static String latestCode(JdbcClient jdbc, String phone, long afterId) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
		while (Instant.now().isBefore(deadline)) {
			var body = jdbc.sql("SELECT body FROM notification.outbox_message WHERE recipient = ? AND id > ? ORDER BY id DESC LIMIT 1")
					.params(phone, afterId).query(String.class).optional();
			if (body.isPresent()) {
				Matcher code = CODE.matcher(body.get());
				if (code.find()) {
					return code.group(1);
				}
			}
			sleep();
		}
		throw new AssertionError("no code reached the outbox for " + phone);
	}

	/** The id of the newest outbox message of the phone, or 0, read from the table (not audited). */
	public static long lastId(JdbcClient jdbc, String phone) {
		return jdbc.sql("SELECT coalesce(max(id), 0) FROM notification.outbox_message WHERE recipient = ?").param(phone)
				.query(Long.class).single();
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
