package vn.pccovid.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.pccovid.access.Actor;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.core.AreaCode;
import vn.pccovid.support.PlatformTest;

/** A result upload a restart left applying is run again from its stored file when the node starts. */
class ResultUploadRecoveryTest extends PlatformTest {

	@Autowired
	ResultUploads uploads;

	@Autowired
	ResultUploadJobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anUploadLeftApplyingIsRunAgainFromItsStoredFile() {
		Actor lab = new Actor(Actor.Kind.STAFF, "recovery-lab", "Phòng xét nghiệm Recovery", Set.of(Role.LAB_TECHNICIAN),
				Scope.of(AreaCode.province("01")));
		UUID interrupted = UUID.randomUUID();
		byte[] csv = "barcode,result,ct,tested_at\nNO-SUCH-SAMPLE-1,POSITIVE,21,2021-08-01T08:00:00+07:00\n"
				.getBytes(StandardCharsets.UTF_8);
		jobs.create(interrupted, lab, false, "0".repeat(64), csv, clock.instant());
		jobs.progress(interrupted, UploadJob.Status.APPLYING, 1, 0);
		assertThat(jobs.unfinished()).contains(interrupted);

		uploads.resumeInterrupted();

		UploadJob job = await().atMost(Duration.ofSeconds(30)).until(() -> jobs.find(interrupted).orElseThrow(), UploadJob::finished);
		// The stored file was read again: its unknown barcode is reported (and nothing recorded), the file dropped.
		assertThat(job.status()).isEqualTo(UploadJob.Status.REJECTED);
		assertThat(job.errors()).extracting(e -> e.row() + ":" + e.field()).contains("2:barcode");
		assertThat(jobs.unfinished()).doesNotContain(interrupted);
		assertThat(jdbc.sql("SELECT content IS NULL FROM testing.result_upload WHERE id = ?").param(interrupted)
				.query(Boolean.class).single()).isTrue();
	}
}
