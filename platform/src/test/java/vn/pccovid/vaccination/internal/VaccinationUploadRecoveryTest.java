package vn.pccovid.vaccination.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.pccovid.access.Actor;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.registry.Cccd;
import vn.pccovid.registry.Sex;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/** Upload jobs a restart left queued or running are handled when the worker starts, never left running. */
class VaccinationUploadRecoveryTest extends PlatformTest {

	@Autowired
	VaccinationUploads uploads;

	@Autowired
	VaccinationUploadJobs jobs;

	@Autowired
	OrganisationLists lists;

	@Autowired
	JdbcClient jdbc;

	private final Actor organisation = new Actor(Actor.Kind.STAFF, "recovery-org", "Công ty Recovery",
			Set.of(Role.ORGANISATION), Scope.of(PeopleFixtures.PHUC_XA));

	@Test
	void aJobLeftRunningIsRunAgainAndRowsDoneBeforeTheRestartAreNotWrittenTwice() {
		LocalDate born = LocalDate.of(1984, 3, 9);
		String firstName = "Đỗ Thị " + PeopleFixtures.uniqueWord();
		String secondName = "Ngô Thị " + PeopleFixtures.uniqueWord();
		String first = person(firstName, born);
		String second = person(secondName, born);
		String csv = "cccd,full_name,date_of_birth,priority_group\n" + first + "," + firstName + ",1984-03-09,\n" + second
				+ "," + secondName + ",1984-03-09,\n";
		// Before the restart: the job had registered its first row, then the node stopped with the job RUNNING.
		lists.run(organisation, "cccd,full_name,date_of_birth,priority_group\n" + first + "," + firstName + ",1984-03-09,\n",
				(counts, processed) -> {
				});
		UUID running = UUID.randomUUID();
		jobs.create(running, VaccinationUploads.LIST, organisation, Locale.forLanguageTag("vi"), csv, 2, clock.instant());
		jobs.progress(running, 1, Map.of("REGISTERED", 1));
		UUID queued = UUID.randomUUID();
		jobs.create(queued, VaccinationUploads.LIST, organisation, Locale.forLanguageTag("vi"), csv, 2, clock.instant().plusSeconds(1));
		assertThat(jobs.unfinished()).contains(running, queued);

		uploads.resumeInterrupted();

		VaccinationUploadJob resumed = finished(running);
		assertThat(resumed.status()).isEqualTo("DONE");
		assertThat(resumed.processed()).isEqualTo(2);
		assertThat(resumed.counts()).containsEntry("REGISTERED", 1).containsEntry("DUPLICATE", 1);
		assertThat(resumed.report()).extracting(line -> line.line() + ":" + line.status()).containsExactly("2:DUPLICATE");
		VaccinationUploadJob other = finished(queued);
		assertThat(other.status()).isEqualTo("DONE");
		assertThat(other.counts()).containsEntry("DUPLICATE", 2);
		assertThat(jobs.unfinished()).doesNotContain(running, queued);
		assertThat(jdbc.sql("SELECT content IS NULL FROM vaccination.upload_job WHERE id = ?").param(running)
				.query(Boolean.class).single()).isTrue();
	}

	@Test
	void aJobThatCannotRunAgainIsMarkedFailedWithTheReason() {
		UUID broken = UUID.randomUUID();
		jobs.create(broken, VaccinationUploads.LIST, organisation, Locale.ENGLISH,
				"cccd,full_name,date_of_birth,priority_group\n001084000001,A,1984-03-09,\n", 1, clock.instant());
		// A job whose stored uploader can no longer be read (a role since renamed): it cannot be run again.
		jdbc.sql("UPDATE vaccination.upload_job SET status = 'RUNNING', actor_roles = 'RETIRED_ROLE' WHERE id = ?")
				.param(broken).update();

		uploads.resumeInterrupted();

		long deadline = System.nanoTime() + 30_000_000_000L;
		Map<String, Object> row = new LinkedHashMap<>();
		while (System.nanoTime() < deadline) {
			row = jdbc.sql("SELECT status, report::text AS report, content IS NULL AS dropped FROM vaccination.upload_job WHERE id = ?")
					.param(broken).query().singleRow();
			if (!"RUNNING".equals(row.get("status"))) {
				break;
			}
			pause();
		}
		assertThat(row.get("status")).isEqualTo("FAILED");
		assertThat((String) row.get("report")).contains("interrupted by a restart").contains("\"field\": \"file\"");
		assertThat(row.get("dropped")).isEqualTo(true);
	}

	private VaccinationUploadJob finished(UUID id) {
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (System.nanoTime() < deadline) {
			VaccinationUploadJob job = jobs.find(id).orElseThrow();
			if (job.finished()) {
				return job;
			}
			pause();
		}
		throw new AssertionError("job " + id + " still unfinished");
	}

	private static void pause() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Registers a person in Phúc Xá; answers their CCCD. */
	private String person(String name, LocalDate born) {
		String cccd = "001" + Cccd.centuryDigit(born.getYear(), Sex.FEMALE) + String.format("%02d", born.getYear() % 100)
				+ String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("cccd", cccd);
		body.put("fullName", name);
		body.put("dateOfBirth", born.toString());
		body.put("sex", "FEMALE");
		body.put("currentWard", "00001");
		body.put("currentAddress", "Số 5 Hàng Bún");
		Http.Response response = http().post("/api/v1/registry/citizens", PeopleFixtures.json(body), "Authorization",
				access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return cccd;
	}
}
