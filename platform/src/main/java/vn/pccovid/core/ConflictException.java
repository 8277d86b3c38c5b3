package vn.pccovid.core;

import org.springframework.http.HttpStatus;

/** The request clashes with what is already stored (a duplicate identity number, say): 409, naming the field. */
public class ConflictException extends ProblemException {

	public ConflictException(String field, String messageKey, Object... arguments) {
		super(HttpStatus.CONFLICT, "conflict", field, messageKey, arguments);
	}
}
