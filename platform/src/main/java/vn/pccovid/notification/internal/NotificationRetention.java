package vn.pccovid.notification.internal;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Deletes inbox messages and delivery rows older than {@code pccovid.notification.retention} (90 days). */
@Component
class NotificationRetention {

	private static final Logger log = LoggerFactory.getLogger(NotificationRetention.class);

	private final NotificationRecords records;
	private final Deliveries deliveries;
	private final NotificationSettings settings;
	private final Clock clock;

	NotificationRetention(NotificationRecords records, Deliveries deliveries, NotificationSettings settings, Clock clock) {
		this.records = records;
		this.deliveries = deliveries;
		this.settings = settings;
		this.clock = clock;
	}

	/** Deletes what is older than the retention period; the number of notifications deleted. */
	@Scheduled(fixedDelayString = "${pccovid.notification.retention-interval:PT1H}", initialDelayString = "PT5M")
	@Transactional
	int purge() {
		Instant before = clock.instant().minus(settings.retention());
		int deliveryRows = deliveries.purge(before);
		int notifications = records.purge(before);
		log.info("Notification retention deleted {} notifications and {} deliveries older than {}", notifications,
				deliveryRows, settings.retention());
		return notifications;
	}
}
