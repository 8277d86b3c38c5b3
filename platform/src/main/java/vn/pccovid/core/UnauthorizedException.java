package vn.pccovid.core;

import org.springframework.http.HttpStatus;

/** The caller must sign in (or their credentials are wrong): 401. */
public class UnauthorizedException extends ProblemException {

	public UnauthorizedException(String messageKey, Object... arguments) {
		super(HttpStatus.UNAUTHORIZED, "unauthorized", null, messageKey, arguments);
	}
}
