package vn.pccovid.core;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotSupportedException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a small JSON request body and writes a JSON answer by hand, for the few endpoints a crowd hits at once
 * (vaccination booking, a citizen's check-in). Spring MVC's {@code @RequestBody} and {@code ResponseEntity} resolve arguments, negotiate
 * content and consult advice chains on every request; in the booking flash crowd's profile that machinery took a
 * third of the request threads' time, more than the booking itself. The answers are the same: the platform's JSON
 * mapper (its input rules, unknown fields refused), an empty body read as none, 415 for a body that is not JSON, and
 * a broken or mistyped body failing with Spring's own exception, so the problem handler names the field as always.
 */
@Component
public final class JsonBodies {

	private final JsonMapper mapper;
	private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

	public JsonBodies(JsonMapper mapper) {
		this.mapper = mapper;
	}

	/** The body as {@code type}; null when the request has none. */
	public <T> T read(HttpServletRequest request, Class<T> type) throws IOException, HttpMediaTypeNotSupportedException {
		String contentType = request.getContentType();
		byte[] body = request.getInputStream().readAllBytes();
		if (contentType == null || contentType.isBlank()) {
			if (body.length == 0) {
				return null;
			}
			throw new HttpMediaTypeNotSupportedException(MediaType.APPLICATION_OCTET_STREAM, List.of(MediaType.APPLICATION_JSON));
		}
		MediaType mediaType;
		try {
			mediaType = MediaType.parseMediaType(contentType);
		}
		catch (IllegalArgumentException e) {
			throw new HttpMediaTypeNotSupportedException(e.getMessage(), List.of(MediaType.APPLICATION_JSON));
		}
		if (!MediaType.APPLICATION_JSON.isCompatibleWith(mediaType) && !"json".equals(mediaType.getSubtypeSuffix())) {
			throw new HttpMediaTypeNotSupportedException(mediaType, List.of(MediaType.APPLICATION_JSON));
		}
		if (body.length == 0) {
			return null;
		}
		try {
			return readers.computeIfAbsent(type, mapper::readerFor).readValue(body);
		}
		catch (JacksonException e) {
			throw new HttpMessageNotReadableException("JSON parse error: " + e.getOriginalMessage(), e, new ServletServerHttpRequest(request));
		}
	}

	/** Answers {@code status} with {@code body} as JSON, its length declared, and a {@code Location} when given. */
	public void write(HttpServletResponse response, int status, String location, Object body) throws IOException {
		byte[] json = mapper.writeValueAsBytes(body);
		response.setStatus(status);
		if (location != null) {
			response.setHeader(HttpHeaders.LOCATION, location);
		}
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setContentLength(json.length);
		response.getOutputStream().write(json);
	}
}
