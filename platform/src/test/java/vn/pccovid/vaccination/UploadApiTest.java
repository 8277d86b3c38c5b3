package vn.pccovid.vaccination;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.core.AreaCode;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.registry.Cccd;
import vn.pccovid.registry.Sex;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/** CSV uploads: an organisation's list verified row by row; legacy records matched, never guessed. */
class UploadApiTest extends PlatformTest {

	@Autowired
	VaccinationRecords records;

	String officer;

	@BeforeEach
	void officer() {
		officer = access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL);
	}

	/** Registers a person with this name and birth date in Phúc Xá; answers {id, cccd}. */
	private String[] person(String name, LocalDate born) {
		String cccd = "001" + Cccd.centuryDigit(born.getYear(), Sex.FEMALE) + String.format("%02d", born.getYear() % 100)
				+ String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("cccd", cccd);
		body.put("fullName", name);
		body.put("dateOfBirth", born.toString());
		body.put("sex", "FEMALE");
		body.put("currentWard", "00001");
		body.put("currentAddress", "Số 3 Hàng Bún");
		Http.Response response = http().post("/api/v1/registry/citizens", PeopleFixtures.json(body), "Authorization", officer);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return new String[] { response.json().get("id").asString(), cccd };
	}

	private Http.Response csv(String path, String csv, String bearer) {
		return http().send(HttpRequest.newBuilder(http().uri(path)).header("Content-Type", "text/csv; charset=utf-8")
				.POST(HttpRequest.BodyPublishers.ofString(csv)), "Authorization", bearer);
	}

	@Test
	void legacyRecordsAreMatchedByCccdOrNameBirthAndWardAndAmbiguousRowsAreReported() {
		LocalDate born = LocalDate.of(1971, 4, 5);
		String unique = "Trần Thị " + PeopleFixtures.uniqueWord();
		String[] byCccd = person(unique, born);
		String[] byName = person("Lê Thị " + PeopleFixtures.uniqueWord(), born);
		String twinName = "Phạm Thị " + PeopleFixtures.uniqueWord();
		person(twinName, born);
		person(twinName, born);
		assertThat(records.dosesOf(UUID.fromString(byName[0]))).isEmpty();
		String lebName = http().get("/api/v1/registry/citizens/" + byName[0], "Authorization", officer).json().get("fullName").asString();
		String csv = "cccd,full_name,date_of_birth,ward_code,product,lot,dose_number,administered_on,site\n"
				+ byCccd[1] + "," + unique + ",05/04/1971,,ASTRAZENECA,AZ-01,1,2021-07-01,Trạm Y tế Phúc Xá\n"
				+ "," + lebName.toUpperCase() + ",1971-04-05,00001,PFIZER,FK-9,1,2021-08-01,\"Bệnh viện Bạch Mai, Hà Nội\"\n"
				+ "," + twinName + ",1971-04-05,00001,PFIZER,FK-9,1,2021-08-01,Trạm Y tế\n"
				+ ",Không Có Ai,1971-04-05,00001,PFIZER,FK-9,1,2021-08-01,Trạm Y tế\n"
				+ byCccd[1] + "," + unique + ",1971-04-05,,COVAXIN,C-1,2,2021-08-01,Trạm Y tế\n"
				+ byCccd[1] + "," + unique + ",1971-04-05,,ASTRAZENECA,AZ-02,2,31-12-2021,Trạm Y tế\n";
		String staff = access().bearer(Role.VACCINATION_STAFF, Scope.of(AreaCode.province("01")));
		Http.Response response = csv("/api/v1/vaccination/legacy-imports", csv, staff);
		JsonNode report = finished(response, staff);
		// The job is the uploader's: anyone else is told it does not exist.
		String otherStaff = access().bearer(Role.VACCINATION_STAFF, Scope.of(AreaCode.province("01")));
		assertProblem(http().get(response.headers().firstValue("Location").orElseThrow(), "Authorization", otherStaff), 404, null);
		assertThat(report.get("rows").asInt()).isEqualTo(6);
		assertThat(report.get("counts").get("IMPORTED").asInt()).isEqualTo(2);
		assertThat(report.get("counts").get("AMBIGUOUS").asInt()).isEqualTo(1);
		assertThat(report.get("counts").get("UNMATCHED").asInt()).isEqualTo(1);
		assertThat(report.get("counts").get("INVALID").asInt()).isEqualTo(2);
		assertThat(report.get("report")).extracting(line -> line.get("line").asInt() + ":" + line.get("status").asString()
				+ ":" + (line.get("field").isNull() ? "" : line.get("field").asString()))
				.containsExactly("4:AMBIGUOUS:", "5:UNMATCHED:", "6:INVALID:product", "7:INVALID:administered_on");

		assertThat(records.dosesOf(UUID.fromString(byCccd[0]))).singleElement()
				.satisfies(d -> assertThat(d.product() + d.lot() + d.administeredOn()).isEqualTo("ASTRAZENECAAZ-012021-07-01"));
		assertThat(records.dosesOf(UUID.fromString(byName[0]))).singleElement()
				.satisfies(d -> assertThat(d.site()).isEqualTo("Bệnh viện Bạch Mai, Hà Nội"));

		// The same file again imports nothing twice.
		JsonNode again = finished(csv("/api/v1/vaccination/legacy-imports", csv, staff), staff);
		assertThat(again.get("counts").get("DUPLICATE").asInt()).isEqualTo(2);
		assertThat(records.dosesOf(UUID.fromString(byCccd[0]))).hasSize(1);

		assertProblem(csv("/api/v1/vaccination/legacy-imports", "cccd,full_name\n1,2\n", staff), 400, "file");
		String outside = access().bearer(Role.PARTNER_SYSTEM, Scope.NATIONAL);
		assertThat(csv("/api/v1/vaccination/legacy-imports", csv, outside).status()).isEqualTo(403);
	}

	@Test
	void anOrganisationRegistersItsVerifiedPeopleAndGetsTheOthersReported() {
		LocalDate born = LocalDate.of(1985, 6, 7);
		String name = "Hoàng Thị " + PeopleFixtures.uniqueWord();
		String[] worker = person(name, born);
		String[] other = person("Vũ Thị " + PeopleFixtures.uniqueWord(), born);
		String organisation = access().bearer(Role.ORGANISATION, Scope.of(PeopleFixtures.PHUC_XA));
		String csv = "cccd,full_name,date_of_birth,priority_group\n"
				+ worker[1] + "," + name.toLowerCase() + ",1985-06-07,ESSENTIAL_SERVICE\n"
				+ other[1] + ",Sai Tên,1985-06-07,\n"
				+ worker[1] + "," + name + ",07/06/1985,\n"
				+ other[1] + ",Vũ Thị,not-a-date,\n";
		Http.Response response = csv("/api/v1/vaccination/registration-lists", csv, organisation);
		JsonNode report = finished(response, organisation);
		assertThat(report.get("counts").get("REGISTERED").asInt()).isEqualTo(1);
		assertThat(report.get("report")).extracting(line -> line.get("line").asInt() + ":" + line.get("status").asString())
				.containsExactly("3:NOT_VERIFIED", "4:DUPLICATE", "5:INVALID");
	}

	/** The upload answers 202 with its job at once; the job is polled until it is DONE, and its report answered. */
	private JsonNode finished(Http.Response accepted, String bearer) {
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
		assertThat(accepted.json().get("status").asString()).isIn("QUEUED", "RUNNING", "DONE");
		String location = accepted.headers().firstValue("Location").orElseThrow();
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (System.nanoTime() < deadline) {
			JsonNode job = http().get(location, "Authorization", bearer).json();
			if ("DONE".equals(job.get("status").asString())) {
				assertThat(job.get("processed").asInt()).isEqualTo(job.get("rows").asInt());
				return job;
			}
			assertThat(job.get("status").asString()).isNotEqualTo("FAILED");
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				throw new IllegalStateException(e);
			}
		}
		throw new AssertionError("upload not done within 30 s: " + location);
	}
}
