package vn.pccovid.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pccovid.registry.CitizenFixtures.*;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/** CSV imports: all rows or none, a per-row report, background jobs polled over HTTP. */
class ImportApiTest extends PlatformTest {

	static final String HEADER = "cccd,cmnd,full_name,date_of_birth,sex,phone,permanent_ward,permanent_address,current_ward,current_address,household_key,temporary_resident,homeless,shipper";

	private String officer;

	@BeforeEach
	void officerOfBaDinh() {
		officer = access().bearer(Role.REGISTRY_OFFICER, Scope.of(BA_DINH));
	}

	@Test
	void importsEveryRowWithHouseholds() {
		String family = "Phạm " + uniqueWord();
		String csv = HEADER + "\r\n"
				+ row(cccd("01", 1980, Sex.MALE), family + " Văn An", "1980-02-01", "MALE", "00001", "\"Số 5, ngõ 7 Quán Thánh\"", "h1") + "\r\n"
				+ row(cccd("01", 1982, Sex.FEMALE), family + " Thị Bình", "03/04/1982", "Nữ", "00001", "\"Số 5, ngõ 7 Quán Thánh\"", "h1") + "\r\n"
				+ row(cccd("79", 2005, Sex.MALE), family + " Minh Châu", "2005-06-07", "Nam", "00004", "Số 9 Trúc Bạch", "") + "\r\n";
		Http.Response started = http().send(HttpRequest.newBuilder(http().uri("/api/v1/registry/imports"))
				.header("Content-Type", "text/csv; charset=utf-8").header("Authorization", officer)
				.POST(HttpRequest.BodyPublishers.ofString("\uFEFF" + csv, StandardCharsets.UTF_8)));
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		assertThat(started.json().get("status").asString()).isEqualTo("VALIDATING");
		String location = started.headers().firstValue("Location").orElseThrow();
		assertThat(location).endsWith("/api/v1/registry/imports/" + started.json().get("id").asString());

		JsonNode job = await(location);
		assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
		assertThat(job.get("total").asInt()).isEqualTo(3);
		assertThat(job.get("imported").asInt()).isEqualTo(3);
		assertThat(job.get("errors")).isEmpty();

		JsonNode found = http().get("/api/v1/registry/citizens?q=" + enc(vn.pccovid.core.VietnameseText.fold(family)), "Authorization", officer)
				.json().get("items");
		assertThat(found).hasSize(3);
		JsonNode an = null;
		for (JsonNode item : found) {
			an = item.get("fullName").asString().endsWith("Văn An") ? item : an;
		}
		assertThat(an.get("address").asString()).isEqualTo("Số 5, ngõ 7 Quán Thánh");
		String household = an.get("householdId").asString();
		assertThat(http().get("/api/v1/registry/households/" + household, "Authorization", officer).json().get("members")).hasSize(2);
		assertThat(found).filteredOn(item -> item.get("householdId").asString().equals(household)).hasSize(2);
	}

	@Test
	void rejectsTheWholeFileWithAPerRowReportAndWritesNothing() {
		String taken = cccd("01", 1990, Sex.FEMALE);
		registered(http(), officer, new Person(taken, "Đỗ Thị " + uniqueWord(), java.time.LocalDate.of(1990, 1, 1), Sex.FEMALE, phone(), PHUC_XA));
		String family = "Bùi " + uniqueWord();
		String good = cccd("01", 1970, Sex.MALE);
		String csv = HEADER + "\n"
				+ row(good, family + " Văn Tốt", "1970-01-01", "MALE", "00001", "Số 1", "") + "\n"
				+ row("12345", family + " Văn Sai", "1970-01-01", "MALE", "00001", "Số 1", "") + "\n"
				+ row(cccd("01", 1971, Sex.MALE), family + " Văn Ngày", "1971-02-30", "MALE", "00001", "Số 1", "") + "\n"
				+ row(cccd("01", 1972, Sex.MALE), family + " Văn Xa", "1972-01-01", "MALE", "00037", "Số 1", "") + "\n"
				+ row(good, family + " Văn Lặp", "1970-01-01", "MALE", "00001", "Số 1", "") + "\n"
				+ row(cccd("01", 1973, Sex.MALE), family + " Văn Nữ", "1973-01-01", "FEMALE", "00001", "Số 1", "") + "\n"
				+ row(taken, family + " Thị Trùng", "1990-01-01", "FEMALE", "00001", "Số 1", "") + "\n";
		JsonNode job = await(upload(csv).headers().firstValue("Location").orElseThrow());
		assertThat(job.get("status").asString()).isEqualTo("REJECTED");
		assertThat(job.get("imported").asInt()).isZero();
		assertThat(job.get("errors")).extracting(e -> e.get("row").asInt() + ":" + e.get("field").asString())
				.contains("3:cccd", "4:date_of_birth", "5:current_ward", "6:cccd", "7:cccd")
				.doesNotContain("2:cccd");
		JsonNode duplicate = find(job, 6);
		assertThat(duplicate.get("message").asString()).contains("dòng 2");
		assertThat(http().get("/api/v1/registry/citizens?q=" + enc(family), "Authorization", officer).json().get("items")).isEmpty();

		String cleanButTaken = HEADER + "\n" + row(taken, family + " Thị Trùng", "1990-01-01", "FEMALE", "00001", "Số 1", "") + "\n"
				+ row(cccd("01", 1960, Sex.MALE), family + " Văn Sáu", "1960-01-01", "MALE", "00001", "Số 1", "") + "\n";
		JsonNode againstRegistry = await(upload(cleanButTaken).headers().firstValue("Location").orElseThrow());
		assertThat(againstRegistry.get("status").asString()).isEqualTo("REJECTED");
		assertThat(find(againstRegistry, 2).get("field").asString()).isEqualTo("cccd");
		assertThat(http().get("/api/v1/registry/citizens?q=" + enc(family), "Authorization", officer).json().get("items")).isEmpty();
	}

	@Test
	void acceptsAMultipartFileAndReportsInEnglish() {
		String csv = HEADER + "\n" + row(cccd("01", 1999, Sex.MALE), "Hồ Văn " + uniqueWord(), "1999-09-09", "M", "00004", "Số 2", "") + "\n";
		String boundary = "----pccovid" + uniqueWord();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"dan-cu.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
		Http.Response started = http().send(HttpRequest.newBuilder(http().uri("/api/v1/registry/imports"))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Authorization", officer)
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		assertThat(await(started.headers().firstValue("Location").orElseThrow()).get("status").asString()).isEqualTo("DONE");

		JsonNode rejected = await(upload(HEADER + "\n" + row("1", "A", "x", "MALE", "00004", "", "") + "\n")
				.headers().firstValue("Location").orElseThrow(), "en");
		assertThat(rejected.get("errors")).extracting(e -> e.get("field").asString() + ": " + e.get("message").asString())
				.contains("cccd: A CCCD number has exactly 12 digits.", "date_of_birth: The date 'x' is not valid (yyyy-MM-dd or dd/MM/yyyy).");
	}

	@Test
	void badUploadsAre4xxNamingTheFile() {
		assertProblem(upload(""), 400, "file");
		assertProblem(http().send(HttpRequest.newBuilder(http().uri("/api/v1/registry/imports"))
				.header("Content-Type", "text/csv").header("Authorization", officer)
				.POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] { (byte) 0xC3, (byte) 0x28, 'a' }))), 400, "file");
		assertProblem(http().send(HttpRequest.newBuilder(http().uri("/api/v1/registry/imports"))
				.header("Content-Type", "multipart/form-data; boundary=x").header("Authorization", officer)
				.POST(HttpRequest.BodyPublishers.ofString("--x--\r\n"))), 400, null);
		String policeman = access().bearer(Role.WARD_POLICE, Scope.of(PHUC_XA));
		assertProblem(http().send(HttpRequest.newBuilder(http().uri("/api/v1/registry/imports"))
				.header("Content-Type", "text/csv").header("Authorization", policeman)
				.POST(HttpRequest.BodyPublishers.ofString(HEADER))), 403, null);
		assertProblem(http().get("/api/v1/registry/imports/nope", "Authorization", officer), 400, "id");
		assertProblem(http().get("/api/v1/registry/imports/6f1c9a8e-0000-4000-8000-000000000000", "Authorization", officer), 404, null);

		JsonNode missingColumn = await(upload("cccd,full_name\n001090123456,A B\n").headers().firstValue("Location").orElseThrow());
		assertThat(missingColumn.get("status").asString()).isEqualTo("REJECTED");
		assertThat(missingColumn.get("errors")).extracting(e -> e.get("field").asString()).contains("date_of_birth", "sex", "current_ward");
	}

	private Http.Response upload(String csv) {
		return http().send(HttpRequest.newBuilder(http().uri("/api/v1/registry/imports"))
				.header("Content-Type", "text/csv").header("Authorization", officer)
				.POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
	}

	private JsonNode await(String location, String... language) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		String path = location.replaceFirst("^https?://[^/]+", "");
		while (true) {
			JsonNode job = http().get(path, "Authorization", officer, "Accept-Language", language.length > 0 ? language[0] : "vi").json();
			String status = job.get("status").asString();
			if (List.of("DONE", "REJECTED").contains(status) || System.nanoTime() > deadline) {
				return job;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return job;
			}
		}
	}

	private static JsonNode find(JsonNode job, int row) {
		for (JsonNode error : job.get("errors")) {
			if (error.get("row").asInt() == row) {
				return error;
			}
		}
		throw new AssertionError("no error for row " + row + " in " + job);
	}

	private static String row(String cccd, String name, String born, String sex, String ward, String address, String household) {
		return String.join(",", cccd, "", name, born, sex, phone(), "", "", ward, address, household, "false", "", "0");
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
