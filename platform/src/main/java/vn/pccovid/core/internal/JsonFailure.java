package vn.pccovid.core.internal;

import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.PropertyBindingException;

/** What went wrong reading a JSON body: the path of the field at fault (or none, for broken JSON) and why. */
record JsonFailure(String field, String messageKey) {

	static JsonFailure of(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		while (cause != null && !(cause instanceof JacksonException)) {
			cause = cause.getCause();
		}
		if (!(cause instanceof JacksonException jackson) || jackson.getPath().isEmpty()) {
			return new JsonFailure(null, "problem.json.malformed");
		}
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : jackson.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		if (path.isEmpty()) {
			return new JsonFailure(null, "problem.json.malformed");
		}
		String key = jackson instanceof RejectedJsonValue rejected ? rejected.messageKey()
				: jackson instanceof PropertyBindingException ? "problem.field.unknown" : "problem.field.type";
		return new JsonFailure(path.toString(), key);
	}
}
