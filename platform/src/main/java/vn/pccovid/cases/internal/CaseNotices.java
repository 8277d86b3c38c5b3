package vn.pccovid.cases.internal;

import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.pccovid.cases.CaseLevel;
import vn.pccovid.notification.NotificationRequest;
import vn.pccovid.notification.Notifications;

/**
 * Tells a person what their new level means and what to do (inbox + SMS), in the transaction that set the level.
 * Exactly once per case and level: the idempotency key is {@code cases.notice:<caseId>:<level>}, so a person reached
 * by several paths (two F0s, a venue and a household) or an event handled twice gets one notice.
 */
@Component
class CaseNotices {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Notifications notifications;

	CaseNotices(Notifications notifications) {
		this.notifications = notifications;
	}

	/** Sends the notice of the case's current level; suspected cases are told nothing (the declaration answered them). */
	void send(CaseRecords.Row row) {
		if (row.level() == CaseLevel.SUSPECTED) {
			return;
		}
		notifications.send(new NotificationRequest(row.person(), null, kind(row.level()),
				Map.of("date", DAY.format(row.referenceDate())), key(row)));
	}

	static String kind(CaseLevel level) {
		return "cases." + level.name().toLowerCase();
	}

	static String key(CaseRecords.Row row) {
		return "cases.notice:" + row.id() + ":" + row.level();
	}
}
