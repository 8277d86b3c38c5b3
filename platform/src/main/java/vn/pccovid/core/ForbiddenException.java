package vn.pccovid.core;

import org.springframework.http.HttpStatus;

/** The caller is known but their role or area does not allow this: 403. */
public class ForbiddenException extends ProblemException {

	public ForbiddenException(String messageKey, Object... arguments) {
		super(HttpStatus.FORBIDDEN, "forbidden", null, messageKey, arguments);
	}
}
