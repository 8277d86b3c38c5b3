package vn.pccovid.vaccination.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.pccovid.notification.NotificationRequest;
import vn.pccovid.notification.Notifications;

/**
 * The reminder the day before a booking, through the notification API: a scheduled job picks tomorrow's active
 * bookings not yet reminded, in batches, and sends each with the idempotency key {@code vaccination.reminder:<booking>}
 * in the transaction that marks it reminded, so a crash or a second node never sends one twice.
 */
@Component
class BookingReminders {

	private static final Logger log = LoggerFactory.getLogger(BookingReminders.class);
	static final int BATCH = 500;

	private final Bookings bookings;
	private final Notifications notifications;
	private final TransactionTemplate transactions;
	private final Clock clock;

	BookingReminders(Bookings bookings, Notifications notifications, TransactionTemplate transactions, Clock clock) {
		this.bookings = bookings;
		this.notifications = notifications;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${pccovid.vaccination.reminder-interval:PT15M}", initialDelayString = "PT2M")
	void scheduled() {
		int sent = sendDue();
		if (sent > 0) {
			log.info("Sent {} vaccination reminder(s) for tomorrow", sent);
		}
	}

	/** Sends every reminder due now (bookings of tomorrow); the number sent. */
	int sendDue() {
		LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
		int total = 0;
		while (true) {
			Integer sent = transactions.execute(status -> {
				List<Bookings.Reminder> due = bookings.dueReminders(tomorrow, BATCH);
				for (Bookings.Reminder reminder : due) {
					notifications.send(new NotificationRequest(reminder.person(), null, "vaccination.reminder",
							Map.of("site", reminder.siteName(), "date", reminder.date().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
									"time", reminder.start().toString()),
							"vaccination.reminder:" + reminder.booking()));
					bookings.reminded(reminder.booking(), clock.instant());
				}
				return due.size();
			});
			total += sent == null ? 0 : sent;
			if (sent == null || sent < BATCH) {
				return total;
			}
		}
	}
}
