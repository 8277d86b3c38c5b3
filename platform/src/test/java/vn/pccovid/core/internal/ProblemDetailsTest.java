package vn.pccovid.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.support.PlatformTest;

/** The global handler answers every kind of bad request with a 400 problem that names the field. */
@Import(ProblemDetailsTest.EchoEndpoint.class)
class ProblemDetailsTest extends PlatformTest {

	enum Colour { GREEN, YELLOW, RED }

	record Nested(@NotNull Integer count) {
	}

	record Payload(@NotBlank String name, @NotNull Colour colour, int age, @Valid Nested nested) {
	}

	@TestConfiguration
	@RestController
	@Allowed(area = AreaRule.PUBLIC)
	static class EchoEndpoint {

		@PostMapping("/api/test/echo")
		Payload echo(@Valid @RequestBody Payload payload) {
			return payload;
		}

		@PostMapping("/api/test/created")
		ResponseEntity<Payload> created(@Valid @RequestBody Payload payload) {
			return ResponseEntity.created(URI.create("/api/test/created/1")).body(payload);
		}
	}

	@Test
	void acceptsAWellFormedBody() {
		var response = http().post("/api/test/echo", """
				{"name":"Nguyễn Văn A","colour":"GREEN","age":30,"nested":{"count":2}}""");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("name").asString()).isEqualTo("Nguyễn Văn A");
	}

	@Test
	void jsonAnswersGoOutWithTheirLengthNotChunked() {
		String body = """
				{"name":"Nguyễn Văn A","colour":"GREEN","age":30,"nested":{"count":2}}""";
		var created = http().post("/api/test/created", body);
		var problem = http().post("/api/test/created", "{\"name\": ");
		assertThat(created.status()).isEqualTo(201);
		assertThat(problem.status()).isEqualTo(400);
		for (var answer : List.of(created, problem)) {
			// A flushed ResponseEntity used to go out chunked: the body in one packet, the closing chunk in another.
			assertThat(answer.headers().firstValue("Transfer-Encoding")).isEmpty();
			assertThat(answer.headers().firstValueAsLong("Content-Length"))
					.hasValue(answer.body().getBytes(StandardCharsets.UTF_8).length);
		}
		assertThat(created.json().get("name").asString()).isEqualTo("Nguyễn Văn A");
		assertThat(problem.contentType()).startsWith("application/problem+json");
	}

	@Test
	void malformedJsonIs400() {
		JsonNode problem = assertProblem(http().post("/api/test/echo", "{\"name\": "), 400, null);
		assertThat(problem.get("detail").asString()).isEqualTo("Nội dung JSON không đúng cú pháp.");
	}

	@Test
	void wrongTypeNamesTheField() {
		assertProblem(http().post("/api/test/echo", """
				{"name":"A","colour":"GREEN","age":"thirty","nested":{"count":1}}"""), 400, "age");
		assertProblem(http().post("/api/test/echo", """
				{"name":"A","colour":"GREEN","age":3,"nested":{"count":"x"}}"""), 400, "nested.count");
	}

	@Test
	void unknownEnumValueNamesTheField() {
		assertProblem(http().post("/api/test/echo", """
				{"name":"A","colour":"PURPLE","age":3,"nested":{"count":1}}"""), 400, "colour");
	}

	@Test
	void missingFieldsAreNamed() {
		JsonNode problem = assertProblem(http().post("/api/test/echo", """
				{"colour":"RED","age":3,"nested":{}}"""), 400, null);
		assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("name", "nested.count");
		assertProblem(http().post("/api/test/echo", """
				{"name":"A","colour":"RED","nested":{"count":1}}"""), 400, "age");
	}

	@Test
	void unknownFieldIsNamed() {
		assertProblem(http().post("/api/test/echo", """
				{"name":"A","colour":"RED","age":3,"nested":{"count":1},"admin":true}"""), 400, "admin");
	}

	@Test
	void wrongContentTypeIs415() {
		var response = http().send(HttpRequest.newBuilder(http().uri("/api/test/echo"))
				.header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")));
		assertProblem(response, 415, null);
	}

	@Test
	void unknownPathIs404Problem() {
		assertProblem(http().get("/api/v1/no-such-thing", "Accept", "application/json"), 404, null);
	}

	@Test
	void requestsTomcatRejectsAreProblemsToo() throws Exception {
		try (var socket = new java.net.Socket("localhost", port)) {
			socket.getOutputStream().write("GET /api/v1/areas/%ZZ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
					.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json")
					.contains("urn:pccovid:problem:request-rejected").contains("\"title\":\"Yêu cầu bị từ chối / Request rejected\"");
		}
	}
}
