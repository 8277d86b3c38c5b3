package vn.pccovid.core;

import java.time.Duration;

import org.springframework.http.HttpStatus;

/** A quota is used up (codes sent, logins tried): 429, with how long to wait for {@code Retry-After}. */
public class TooManyRequestsException extends ProblemException {

	private final Duration retryAfter;

	public TooManyRequestsException(Duration retryAfter, String messageKey, Object... arguments) {
		super(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", null, messageKey, arguments);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}
}
