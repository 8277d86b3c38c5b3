package vn.pccovid.registry.internal;

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

/** A population import a restart left validating is run again from its stored file when the node starts. */
class ImportRecoveryTest extends PlatformTest {

	@Autowired
	CitizenImports imports;

	@Autowired
	ImportJobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anImportLeftValidatingIsRunAgainFromItsStoredFile() {
		Actor officer = new Actor(Actor.Kind.STAFF, "recovery-officer", "Cán bộ Recovery", Set.of(Role.REGISTRY_OFFICER),
				Scope.of(AreaCode.province("01")));
		UUID interrupted = UUID.randomUUID();
		String csv = "cccd,cmnd,full_name,date_of_birth,sex,phone,permanent_ward,permanent_address,current_ward,current_address,"
				+ "household_key,temporary_resident,homeless,shipper\n001090000001,,Nguyễn Văn A,not-a-date,MALE,,00001,Số 1,00001,Số 1,,,,\n";
		jobs.create(interrupted, officer, csv.getBytes(StandardCharsets.UTF_8));
		assertThat(jobs.unfinished()).contains(interrupted);

		imports.resumeInterrupted();

		ImportJob job = await().atMost(Duration.ofSeconds(30)).until(() -> jobs.find(interrupted).orElseThrow(), ImportJob::finished);
		// The stored file was read again: its bad row is reported, and the file is dropped.
		assertThat(job.status()).isEqualTo(ImportJob.Status.REJECTED);
		assertThat(job.errors()).extracting(e -> e.row() + ":" + e.field()).contains("2:date_of_birth");
		assertThat(jobs.unfinished()).doesNotContain(interrupted);
		assertThat(jdbc.sql("SELECT content IS NULL FROM registry.import_job WHERE id = ?").param(interrupted)
				.query(Boolean.class).single()).isTrue();
	}
}
