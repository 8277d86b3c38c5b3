package vn.pccovid.checkin.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the day partitions: creates today's and the next two days' ahead of time, and drops every partition whose
 * day is older than {@code pccovid.checkin.retention-days} (a day D is dropped once D &lt; today − retention days,
 * UTC): the check-ins in it are gone for good. Runs at start and every hour; a failure is logged as an ERROR and
 * raised, never swallowed (at start, the platform does not start).
 */
@Component
class CheckInRetention {

	private static final Logger log = LoggerFactory.getLogger(CheckInRetention.class);

	private final Partitions partitions;
	private final CheckInSettings settings;
	private final Clock clock;

	CheckInRetention(Partitions partitions, CheckInSettings settings, Clock clock) {
		this.partitions = partitions;
		this.settings = settings;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		run();
	}

	@Scheduled(cron = "${pccovid.checkin.retention-cron:0 7 * * * *}", zone = "UTC")
	void hourly() {
		run();
	}

	/** Creates the coming partitions and drops the expired ones; answers the days dropped. */
	List<LocalDate> run() {
		LocalDate today = CheckInRow.dayOf(clock.instant());
		LocalDate firstKept = today.minusDays(settings.retentionDays());
		try {
			for (int ahead = 0; ahead <= 2; ahead++) {
				partitions.ensure(today.plusDays(ahead));
			}
			List<LocalDate> dropped = new ArrayList<>();
			for (LocalDate day : partitions.days()) {
				if (day.isBefore(firstKept)) {
					partitions.drop(day);
					dropped.add(day);
				}
			}
			if (!dropped.isEmpty()) {
				log.info("Check-in retention dropped the partitions of {} (kept from {})", dropped, firstKept);
			}
			return dropped;
		}
		catch (RuntimeException e) {
			log.error("Check-in retention FAILED: partitions older than {} may still hold check-ins past their retention", firstKept, e);
			throw new IllegalStateException("check-in retention failed", e);
		}
	}
}
