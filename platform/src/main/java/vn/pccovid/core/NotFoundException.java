package vn.pccovid.core;

import org.springframework.http.HttpStatus;

/** A resource named in the request does not exist: 404. */
public class NotFoundException extends ProblemException {

	public NotFoundException(String messageKey, Object... arguments) {
		super(HttpStatus.NOT_FOUND, "not-found", null, messageKey, arguments);
	}
}
