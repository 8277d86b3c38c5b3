package vn.pccovid.core.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's JSON converter: Spring's, except that an answer is serialised before it is sent, so that it goes
 * out with its {@code Content-Length}. Spring streams JSON without a length, and a {@code ResponseEntity} (every
 * 201 and every problem answer) is flushed by Spring MVC before the request ends, which makes Tomcat send it chunked:
 * the body in one write and the closing chunk in a second, two packets and two reads for the client on every answer.
 * The platform's JSON answers are small (lists are paged), so holding one in memory costs nothing that matters.
 * <p>
 * Put in the place of Spring's own by {@link JsonConverterConfiguration}, with Spring Boot's JSON mapper.
 */
final class SizedJsonConverter extends JacksonJsonHttpMessageConverter {

	SizedJsonConverter(JsonMapper mapper) {
		super(mapper);
	}

	@Override
	protected void writeInternal(Object object, ResolvableType type, HttpOutputMessage output, Map<String, Object> hints)
			throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream(512);
		super.writeInternal(object, type, new Buffered(output.getHeaders(), body), hints);
		output.getHeaders().setContentLength(body.size());
		body.writeTo(output.getBody());
	}

	/** The answer's own headers (still open: nothing is sent before the body is complete), its body in memory. */
	private record Buffered(HttpHeaders headers, OutputStream body) implements HttpOutputMessage {

		@Override
		public HttpHeaders getHeaders() {
			return headers;
		}

		@Override
		public OutputStream getBody() {
			return body;
		}
	}
}
