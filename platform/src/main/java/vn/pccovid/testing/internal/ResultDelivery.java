package vn.pccovid.testing.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.pccovid.core.AreaCode;
import vn.pccovid.notification.NotificationRequest;
import vn.pccovid.notification.Notifications;
import vn.pccovid.testing.SampleResulted;
import vn.pccovid.testing.TestOutcome;
import vn.pccovid.testing.TestType;

/**
 * Tells people their results, in the recording transaction: the inbox message and SMS through
 * {@link Notifications} with one idempotency key per result ({@code testing.result:<sampleId>},
 * {@code testing.retest:<orderId>}), so a result is sent exactly once however often it is recorded again; and
 * {@link SampleResulted} for every individual result (never for a positive pool's members: their re-tests decide).
 */
@Component
class ResultDelivery {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(SamplingSiteManagement.VIETNAM);

	private final Notifications notifications;
	private final ApplicationEventPublisher events;

	ResultDelivery(Notifications notifications, ApplicationEventPublisher events) {
		this.notifications = notifications;
		this.events = events;
	}

	/**
	 * A person's individual result, decided now.
	 *
	 * @param sampleId   the sample
	 * @param personId   the person
	 * @param ward       their ward
	 * @param testType   the test
	 * @param outcome    the result
	 * @param ct         Ct or {@code null}
	 * @param takenAt    when taken
	 * @param site       the sampling site's name
	 * @param laboratory the lab's name
	 */
	record Result(UUID sampleId, UUID personId, AreaCode ward, TestType testType, TestOutcome outcome, Double ct,
			Instant takenAt, String site, String laboratory) {
	}

	/** Results decided now: their messages in one batch ({@link Notifications#sendAll}), then their events. */
	void resulted(List<Result> results, Instant now) {
		notifications.sendAll(results.stream().map(result -> new NotificationRequest(result.personId(), null,
				"testing.result-" + result.outcome().name().toLowerCase(java.util.Locale.ROOT),
				Map.of("date", DAY.format(result.takenAt()), "site", result.site()), "testing.result:" + result.sampleId()))
				.toList());
		for (Result result : results) {
			events.publishEvent(new SampleResulted(result.sampleId(), result.personId(), result.testType(), result.outcome(),
					result.ct(), result.takenAt(), now, result.ward(), result.site(), result.laboratory()));
		}
	}

	/**
	 * A member of a positive (or invalid) pool must be sampled again on their own, at the site and hours given.
	 *
	 * @param orderId  the re-test order
	 * @param personId the member
	 * @param takenAt  when the pool was taken
	 * @param site     the site's name
	 * @param hours    the site's opening hours
	 */
	record Retest(UUID orderId, UUID personId, Instant takenAt, String site, String hours) {
	}

	/** Re-test orders made now: their messages in one batch. */
	void retestsOrdered(List<Retest> retests) {
		notifications.sendAll(retests.stream().map(r -> new NotificationRequest(r.personId(), null, "testing.retest",
				Map.of("date", DAY.format(r.takenAt()), "site", r.site(), "hours", r.hours()), "testing.retest:" + r.orderId()))
				.toList());
	}
}
