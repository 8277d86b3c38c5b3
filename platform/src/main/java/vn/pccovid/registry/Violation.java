package vn.pccovid.registry;

import vn.pccovid.core.InvalidInputException;

/**
 * One broken rule of an input: the field at fault and a message key with its arguments (never a template made from
 * the input). Registration throws the first as a 400 problem; an import reports every one per row.
 */
public record Violation(String field, String messageKey, Object... arguments) {

	public Violation {
		arguments = arguments.clone();
	}

	@Override
	public Object[] arguments() {
		return arguments.clone();
	}

	public InvalidInputException toException() {
		return new InvalidInputException(field, messageKey, arguments);
	}
}
