package vn.pccovid.core;

import org.springframework.http.HttpStatus;

/** A request value that is malformed or breaks a rule: 400, naming the field. */
public class InvalidInputException extends ProblemException {

	public InvalidInputException(String field, String messageKey, Object... arguments) {
		super(HttpStatus.BAD_REQUEST, "invalid-input", field, messageKey, arguments);
	}
}
