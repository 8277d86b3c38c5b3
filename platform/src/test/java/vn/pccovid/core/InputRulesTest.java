package vn.pccovid.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/**
 * Every endpoint family answers bad input with a 4xx problem naming the field, never a 5xx: control characters and
 * NUL in query, form and JSON values, out-of-range times, malformed Accept-Language, huge bodies, {@code /error}.
 */
class InputRulesTest extends PlatformTest {

	private static final AreaCode HANOI = AreaCode.province("01");

	private String admin;
	private String registry;
	private String checkpoint;

	@BeforeEach
	void tokens() {
		admin = adminBearer();
		registry = access().bearer(Role.REGISTRY_OFFICER, Scope.of(HANOI));
		checkpoint = access().bearer(Role.CHECKPOINT_OFFICER, Scope.of(HANOI));
	}

	/** GET requests with a control character in a query parameter: path, parameter at fault. */
	static Stream<Arguments> controlCharactersInQueries() {
		return Stream.of(
				Arguments.of("/api/v1/areas/search?q=ha%00", "q"),
				Arguments.of("/api/v1/areas/search?q=ha%0d%0aINFO%20forged", "q"),
				Arguments.of("/api/v1/areas/provinces?x=%1b", "x"),
				Arguments.of("/?lang=en%0d%0a", "lang"),
				Arguments.of("/login?phone=09%00", "phone"),
				Arguments.of("/areas/search?q=%07", "q"),
				Arguments.of("/api/v1/access/audit?actor=a%0d%0ab", "actor"),
				Arguments.of("/api/v1/access/accounts?after=%00", "after"),
				Arguments.of("/api/v1/auth/me?x=%7f", "x"),
				Arguments.of("/api/v1/registry/citizens?q=a%00", "q"),
				Arguments.of("/api/v1/registry/imports/" + UUID.randomUUID() + "?x=%0a", "x"),
				Arguments.of("/api/v1/me/access-log?before=%00", "before"),
				Arguments.of("/api/v1/notifications/outbox?recipient=%0d", "recipient"),
				Arguments.of("/console/audit?actor=a%0d%0ab", "actor"),
				Arguments.of("/console/citizens/search?q=%00", "q"),
				Arguments.of("/console/areas/search?q=%c2%85", "q"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("controlCharactersInQueries")
	void controlCharactersInQueryParametersAre400NamingTheParameter(String path, String field) {
		assertProblem(http().get(path, "Authorization", admin), 400, field);
		assertProblem(http().get(path), 400, field);
	}

	@Test
	void aBrowserAskingForAPageGetsA400Page() {
		Http.Response page = http().get("/?lang=en%0d%0a", "Accept", "text/html,application/xhtml+xml", "Accept-Language", "vi");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.body()).contains("Trường &#39;lang&#39; chứa ký tự điều khiển").doesNotContain("\r\n");
		// The API answers problem details whatever the Accept header says.
		assertProblem(http().get("/api/v1/areas/search?q=%00", "Accept", "text/html,*/*"), 400, "q");
	}

	@Test
	void aControlCharacterInAParameterNameIsNamedEscaped() {
		assertProblem(http().get("/api/v1/areas/search?q%00=1"), 400, "q\\u0000");
	}

	@Test
	void controlCharactersInFormsAre400NamingTheField() {
		assertProblem(form("/login", "phone=09%00"), 400, "phone");
		assertProblem(form("/login/verify", "phone=0912345678&code=12%0d%0a"), 400, "code");
		assertProblem(form("/console/login", "username=admin%00&password=x"), 400, "username");
	}

	@Test
	void multipartUploadsHaveTheirQueryChecked() {
		assertProblem(http().send(HttpRequest.newBuilder(http().uri("/api/v1/registry/imports?x=%00"))
				.header("Content-Type", "multipart/form-data; boundary=b").header("Authorization", registry)
				.POST(HttpRequest.BodyPublishers.ofString("--b--\r\n"))), 400, "x");
	}

	/** JSON bodies with a control character: path, authorization, body, field at fault. */
	List<Arguments> controlCharactersInJson() {
		return List.of(
				Arguments.of("/api/v1/auth/token", null, "{\"username\":\"ad\\u0000min\",\"password\":\"x\"}", "username"),
				Arguments.of("/api/v1/auth/token", null, "{\"username\":\"admin\",\"password\":\"x\\r\\n\"}", "password"),
				Arguments.of("/api/v1/auth/otp", null, "{\"phone\":\"09\\u0000\"}", "phone"),
				Arguments.of("/api/v1/auth/refresh", null, "{\"refreshToken\":\"\\u001b[2J\"}", "refreshToken"),
				Arguments.of("/api/v1/access/accounts", admin, """
						{"username":"x-%s","displayName":"Trần\\u0000","password":"a-long-password","roles":["WARD_POLICE"],"scopeArea":"00001"}"""
						.formatted(UUID.randomUUID().toString().substring(0, 8)), "displayName"),
				Arguments.of("/api/v1/registry/citizens", registry, citizen("currentAddress", "Số 12\\u0000"), "currentAddress"),
				Arguments.of("/api/v1/registry/citizens", registry, citizen("fullName", "Nguyễn\\rVăn A"), "fullName"),
				Arguments.of("/api/v1/registry/verifications", checkpoint,
						"{\"cccd\":\"001190000001\",\"fullName\":\"A\\u0000\",\"dateOfBirth\":\"1990-03-05\"}", "fullName"),
				Arguments.of("/api/v1/registry/cccd-qr/parse", null, "{\"qr\":\"001\\u0000\"}", "qr"));
	}

	@Test
	void controlCharactersInJsonStringsAre400NamingTheJsonPath() {
		for (Arguments arguments : controlCharactersInJson()) {
			Object[] a = arguments.get();
			Http.Response response = a[1] == null ? http().post((String) a[0], (String) a[2])
					: http().post((String) a[0], (String) a[2], "Authorization", (String) a[1]);
			JsonNode problem = assertProblem(response, 400, (String) a[3]);
			assertThat(problem.get("type").asString()).isEqualTo("urn:pccovid:problem:invalid-input");
		}
	}

	@Test
	void tabsAndLineFeedsInJsonTextAreAllowed() {
		// A wrong password, not a rejected value: the strings passed the rule.
		assertProblem(http().post("/api/v1/auth/token", "{\"username\":\"no\\tsuch\\nuser\",\"password\":\"x\"}"), 401, null);
	}

	@Test
	void outOfRangeTimesAre400NamingTheParameter() {
		assertProblem(http().get("/api/v1/access/audit?from=%2B300000-01-01T00:00:00Z", "Authorization", admin), 400, "from");
		assertProblem(http().get("/api/v1/access/audit?to=-0001-12-31T00:00:00Z", "Authorization", admin), 400, "to");
		assertThat(http().get("/api/v1/access/audit?from=9999-12-31T23:59:59Z", "Authorization", admin).status()).isEqualTo(200);
		assertProblem(http().get("/api/v1/access/audit?from=%2B10000-01-01T00:00:00Z", "Authorization", admin), 400, "from");
		assertProblem(http().post("/api/v1/registry/verifications",
				"{\"cccd\":\"001190000001\",\"fullName\":\"A\",\"dateOfBirth\":\"+300000-01-01\"}", "Authorization", checkpoint),
				400, "dateOfBirth");
		assertProblem(http().post("/api/v1/registry/citizens", citizen("dateOfBirth", "0000-01-01"), "Authorization", registry),
				400, "dateOfBirth");
	}

	@ParameterizedTest
	@ValueSource(strings = { "en;q=2", "!!!", "en-", "*;q=x", "vi-VN;q=0.5,,en" })
	void aMalformedAcceptLanguageMeansVietnamese(String header) {
		assertThat(http().get("/api/v1/areas/provinces", "Accept-Language", header).status()).isEqualTo(200);
		JsonNode problem = assertProblem(http().get("/api/v1/areas/99999", "Accept-Language", header), 404, null);
		assertThat(problem.get("title").asString()).isEqualTo("Không tìm thấy");
		assertThat(http().get("/", "Accept-Language", header).status()).isEqualTo(200);
	}

	@Test
	void hugeJsonAndFormBodiesAre413WithATitle() {
		String huge = "{\"username\":\"" + "a".repeat(2 * 1024 * 1024) + "\",\"password\":\"x\"}";
		JsonNode declared = assertProblem(http().post("/api/v1/auth/token", huge), 413, null);
		assertThat(declared.get("title").asString()).isEqualTo("Dữ liệu gửi lên quá lớn");
		JsonNode english = assertProblem(http().post("/api/v1/auth/token", huge, "Accept-Language", "en"), 413, null);
		assertThat(english.get("title").asString()).isEqualTo("Content too large");

		// No Content-Length (chunked): stopped while being read.
		JsonNode chunked = assertProblem(http().send(HttpRequest.newBuilder(http().uri("/api/v1/access/accounts"))
				.header("Content-Type", "application/json").header("Authorization", admin)
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))))),
				413, null);
		assertThat(chunked.get("title").asString()).doesNotStartWith("problem.");

		assertProblem(form("/login", "phone=" + "0".repeat(2 * 1024 * 1024)), 413, null);
	}

	@Test
	void errorCalledDirectlyIsNotFound() {
		JsonNode problem = assertProblem(http().get("/error"), 404, null);
		assertThat(problem.get("type").asString()).isEqualTo("urn:pccovid:problem:not-found");
		assertThat(http().get("/error", "Accept", "text/html").status()).isEqualTo(404);
		assertThat(http().post("/error", "{}").status()).isIn(403, 404);
	}

	/** Every GET of the API description, each query parameter with NUL and with CR LF: 400 naming it. */
	@Test
	void everyDocumentedQueryParameterRefusesControlCharacters() {
		JsonNode paths = http().get("/v3/api-docs").json().get("paths");
		List<String> checked = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			JsonNode get = path.getValue().get("get");
			if (get == null || get.get("parameters") == null) {
				continue;
			}
			String url = path.getKey().replaceAll("\\{[^}]+}", "01");
			for (Iterator<JsonNode> it = get.get("parameters").values().iterator(); it.hasNext();) {
				JsonNode parameter = it.next();
				if (!"query".equals(parameter.get("in").asString())) {
					continue;
				}
				String name = parameter.get("name").asString();
				for (String bad : new String[] { "%00", "%0d%0a" }) {
					assertProblem(http().get(url + "?" + name + "=a" + bad, "Authorization", admin), 400, name);
				}
				checked.add(url + "?" + name);
			}
		}
		assertThat(checked).contains("/api/v1/areas/search?q", "/api/v1/access/audit?actor", "/api/v1/access/audit?from");
	}

	private Http.Response form(String path, String body) {
		return http().send(HttpRequest.newBuilder(http().uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private static String citizen(String field, String value) {
		Map<String, String> body = new java.util.LinkedHashMap<>(Map.of("cccd", "001190" + (100000 + (int) (Math.random() * 899999)),
				"fullName", "Nguyễn Thị Hồng", "dateOfBirth", "1990-03-05", "sex", "FEMALE", "phone", "0912345678",
				"currentWard", "00001", "currentAddress", "Số 12 ngõ 34 Hàng Bún"));
		body.put(field, "@@");
		StringBuilder json = new StringBuilder("{");
		body.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":\"").append(v).append('"'));
		return json.append('}').toString().replace("@@", value);
	}
}
