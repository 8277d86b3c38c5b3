package vn.pccovid.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.pccovid.people.ConsentRequest.Status;
import vn.pccovid.support.PlatformTest;

/** Unanswered consent requests go after 30 days, answered ones after 90. */
class RequestRetentionTest extends PlatformTest {

	@Autowired
	RequestRecords requests;

	@Autowired
	RequestRetention retention;

	@Test
	void deletesOldRequestsAndKeepsRecentAnswers() {
		UUID pending = UUID.randomUUID();
		UUID answered = UUID.randomUUID();
		requests.open("0911111111", pending, clock.instant());
		requests.open("0911111111", answered, clock.instant());
		UUID answeredId = requests.pending("0911111111", answered).orElseThrow().id();
		requests.decide(answeredId, Status.DECLINED, clock.instant());

		retention.purgeAt(clock.instant().plus(Duration.ofDays(31)));
		assertThat(requests.pending("0911111111", pending)).isEmpty();
		assertThat(requests.lock(answeredId)).isPresent();

		retention.purgeAt(clock.instant().plus(Duration.ofDays(91)));
		assertThat(requests.lock(answeredId)).isEmpty();
	}
}
