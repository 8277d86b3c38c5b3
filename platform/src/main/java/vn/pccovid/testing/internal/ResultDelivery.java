package vn.pccovid.testing.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
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

	void resulted(Result result, Instant now) {
		notifications.send(new NotificationRequest(result.personId(), null,
				"testing.result-" + result.outcome().name().toLowerCase(java.util.Locale.ROOT),
				Map.of("date", DAY.format(result.takenAt()), "site", result.site()), "testing.result:" + result.sampleId()));
		events.publishEvent(new SampleResulted(result.sampleId(), result.personId(), result.testType(), result.outcome(),
				result.ct(), result.takenAt(), now, result.ward(), result.site(), result.laboratory()));
	}

	/** A member of a positive (or invalid) pool must be sampled again on their own, at the site and hours given. */
	void retestOrdered(UUID orderId, UUID personId, Instant takenAt, String site, String hours) {
		notifications.send(new NotificationRequest(personId, null, "testing.retest",
				Map.of("date", DAY.format(takenAt), "site", site, "hours", hours), "testing.retest:" + orderId));
	}
}
