package vn.pccovid.movement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.pccovid.access.Actor;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.core.AreaCode;
import vn.pccovid.support.PlatformTest;

/**
 * A permit upload a restart left running is not run again (its first rows are already filed): it is ended with the
 * count it had filed and the reason, and its file dropped.
 */
class PermitUploadRecoveryTest extends PlatformTest {

	@Autowired
	PermitUploads uploads;

	@Autowired
	PermitUploadJobs jobs;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anUploadLeftRunningIsEndedWithWhatItHadFiled() {
		Actor business = new Actor(Actor.Kind.STAFF, "recovery-business", "Công ty Recovery", Set.of(Role.ORGANISATION),
				Scope.of(AreaCode.province("01")));
		UUID interrupted = UUID.randomUUID();
		jobs.create(interrupted, business, "cccd,full_name\n".getBytes(StandardCharsets.UTF_8));
		jobs.progress(interrupted, 5, 3, 3);
		assertThat(jobs.unfinished()).contains(interrupted);

		uploads.endInterrupted();

		PermitUploadJobs.Upload upload = await().atMost(Duration.ofSeconds(30))
				.until(() -> jobs.find(interrupted).orElseThrow(), u -> !"VALIDATING".equals(u.status()));
		assertThat(upload.status()).isEqualTo("REJECTED");
		assertThat(upload.accepted()).isEqualTo(3);
		assertThat(uploads.report(business, interrupted, messages, Locale.ENGLISH).errors()).singleElement()
				.satisfies(error -> assertThat(error.message()).contains("interrupted by a restart after 3 application(s)"));
		assertThat(jobs.unfinished()).doesNotContain(interrupted);
		assertThat(jdbc.sql("SELECT content IS NULL FROM movement.permit_upload WHERE id = ?").param(interrupted)
				.query(Boolean.class).single()).isTrue();
	}
}
