package vn.pccovid.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pccovid.registry.CitizenFixtures.*;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/**
 * Imports take only CSV, report unsafe text per row and column, and reveal an existing CCCD only to a caller who
 * may read its holder, auditing what they learned.
 */
class ImportHardeningTest extends PlatformTest {

	static final String HEADER = ImportApiTest.HEADER;

	@Autowired
	JdbcClient jdbc;

	private String officer;

	@BeforeEach
	void officerOfBaDinh() {
		officer = access().bearer(Role.REGISTRY_OFFICER, Scope.of(BA_DINH));
	}

	@Test
	void unsafeTextIsAPerRowErrorNamingTheColumn() {
		String family = "Vũ " + uniqueWord();
		String csv = HEADER + "\n"
				+ row(cccd("01", 1980, Sex.MALE), family + " Văn An", "Số 1\u0000 Quán Thánh") + "\n"
				+ row(cccd("01", 1981, Sex.MALE), family + " Văn Bình", "=HYPERLINK(\"http://x\")") + "\n"
				+ row(cccd("01", 1982, Sex.MALE), family + " Văn\u202E Cường", "Số 3") + "\n"
				+ row(cccd("01", 1983, Sex.MALE), family + " Văn\u200B Dũng", "Số 4") + "\n"
				+ row(cccd("01", 1984, Sex.MALE), family + " Văn Em", "\"\t@SUM(1)\"") + "\n";
		JsonNode job = await(upload(csv, officer));
		assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("REJECTED");
		assertThat(job.get("errors")).extracting(e -> e.get("row").asInt() + ":" + e.get("field").asString())
				.containsExactlyInAnyOrder("2:current_address", "3:current_address", "4:full_name", "5:full_name", "6:current_address");
		assertThat(http().get("/api/v1/registry/citizens?q=" + java.net.URLEncoder.encode(family, StandardCharsets.UTF_8),
				"Authorization", officer).json().get("items")).isEmpty();
	}

	@Test
	void onlyCsvUploadsAreAccepted() {
		assertThat(http().send(HttpRequest.newBuilder(http().uri("/api/v1/registry/imports"))
				.header("Content-Type", "text/plain").header("Authorization", officer)
				.POST(HttpRequest.BodyPublishers.ofString(HEADER + "\n"))).status()).isEqualTo(415);
		assertProblem(multipart("notes.txt", "text/plain", HEADER + "\n"), 400, "file");
		assertProblem(multipart("photo.csv", "application/octet-stream", "\u0000\u0001PNG"), 400, "file");
		assertProblem(http().send(HttpRequest.newBuilder(http().uri("/api/v1/registry/imports"))
				.header("Content-Type", "multipart/form-data; boundary=x").header("Authorization", officer)
				.POST(HttpRequest.BodyPublishers.noBody())), 400, "file");
		assertProblem(http().send(HttpRequest.newBuilder(http().uri("/api/v1/registry/imports"))
				.header("Content-Type", "multipart/form-data").header("Authorization", officer)
				.POST(HttpRequest.BodyPublishers.noBody())), 400, "file");
		assertProblem(http().send(HttpRequest.newBuilder(http().uri("/api/v1/registry/imports"))
				.header("Content-Type", "multipart/form-data; boundary=x").header("Authorization", officer)
				.POST(HttpRequest.BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc"))), 400, "file");
		String csv = HEADER + "\n" + row(cccd("01", 1999, Sex.MALE), "Hồ Văn " + uniqueWord(), "Số 2") + "\n";
		Http.Response sniffed = multipart("dan-cu.csv", "application/octet-stream", csv);
		assertThat(sniffed.status()).as(sniffed.body()).isEqualTo(202);
		assertThat(await(sniffed.headers().firstValue("Location").orElseThrow(), officer).get("status").asString()).isEqualTo("DONE");
	}

	@Test
	void aDuplicateOutsideTheCallersReachIsNotRevealedButAudited() throws InterruptedException {
		Person elsewhere = Person.in(TAN_DINH);
		String holder = registered(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.of(TAN_DINH)), elsewhere);
		String csv = HEADER + "\n" + row(elsewhere.cccd(), "Trần Thị " + uniqueWord(), "Số 3") + "\n";
		for (String importer : List.of(officer, adminBearer())) {
			JsonNode job = await(upload(csv, importer), importer);
			assertThat(job.get("status").asString()).isEqualTo("REJECTED");
			JsonNode error = job.get("errors").get(0);
			assertThat(error.get("field").asString()).isEqualTo("cccd");
			assertThat(error.get("message").asString()).doesNotContain(elsewhere.cccd()).contains("Không thể nhập");
		}
		List<String> purposes = List.of();
		for (int i = 0; i < 50 && purposes.size() < 2; i++) {
			Thread.sleep(100);
			purposes = jdbc.sql("SELECT purpose FROM access.audit_entry WHERE citizen_id = ?::uuid AND action = 'VERIFY'")
					.param(holder).query(String.class).list();
		}
		assertThat(purposes).containsOnly("citizen-import-duplicate-check").hasSize(2);
	}

	@Test
	void aDuplicateTheCallerMayReadIsNamedAndAuditedAndSoIsTheConflictOnRegistration() throws InterruptedException {
		Person here = Person.in(PHUC_XA);
		String holder = registered(http(), officer, here);
		JsonNode job = await(upload(HEADER + "\n" + row(here.cccd(), "Lý Thị " + uniqueWord(), "Số 4") + "\n", officer), officer);
		assertThat(job.get("errors").get(0).get("message").asString()).contains(here.cccd());
		assertProblem(register(http(), officer, here.json()), 409, "cccd");
		List<String> purposes = List.of();
		for (int i = 0; i < 50 && purposes.size() < 3; i++) {
			Thread.sleep(100);
			purposes = jdbc.sql("SELECT purpose FROM access.audit_entry WHERE citizen_id = ?::uuid AND purpose <> 'citizen-register'")
					.param(holder).query(String.class).list();
		}
		assertThat(purposes).containsExactlyInAnyOrder("citizen-import-duplicate-check", "citizen-import-report",
				"citizen-register-conflict");
	}

	@Test
	void unsafeNamesAndAddressesAre400NamingTheFieldOnRegistration() {
		for (var bad : List.of(java.util.Map.entry("currentAddress", "=cmd|' /C calc'!A0"),
				java.util.Map.entry("currentAddress", "Số 1\u0000"), java.util.Map.entry("permanentAddress", "+84 Phố Huế"),
				java.util.Map.entry("currentAddress", "Số 1 \u2066Hàng Bún"), java.util.Map.entry("fullName", "Nguyễn\u200D Văn An"),
				java.util.Map.entry("fullName", "-Nguyễn Văn An"), java.util.Map.entry("currentAddress", "\tSố 1"))) {
			java.util.Map<String, Object> body = new java.util.LinkedHashMap<>(Person.in(PHUC_XA).json());
			body.put(bad.getKey(), bad.getValue());
			assertProblem(register(http(), officer, body), 400, bad.getKey());
		}
	}

	private Http.Response upload(String csv, String bearer) {
		return http().send(HttpRequest.newBuilder(http().uri("/api/v1/registry/imports"))
				.header("Content-Type", "text/csv").header("Authorization", bearer)
				.POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
	}

	private Http.Response multipart(String filename, String type, String content) {
		String boundary = "----pccovid" + uniqueWord();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
				+ "Content-Type: " + type + "\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
		return http().send(HttpRequest.newBuilder(http().uri("/api/v1/registry/imports"))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Authorization", officer)
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	private JsonNode await(Http.Response started) {
		return await(started, officer);
	}

	private JsonNode await(Http.Response started, String bearer) {
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		return await(started.headers().firstValue("Location").orElseThrow(), bearer);
	}

	private JsonNode await(String location, String bearer) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		String path = location.replaceFirst("^https?://[^/]+", "");
		while (true) {
			JsonNode job = http().get(path, "Authorization", bearer, "Accept-Language", "vi").json();
			if (List.of("DONE", "REJECTED").contains(job.get("status").asString()) || System.nanoTime() > deadline) {
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

	private static String row(String cccd, String name, String address) {
		return String.join(",", cccd, "", name, "19" + cccd.substring(4, 6) + "-01-01",
				cccd.charAt(3) % 2 == 0 ? "MALE" : "FEMALE", phone(), "", "", "00001", address, "", "false", "", "0");
	}
}
