package vn.pccovid.core.internal;

import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.PropertyBindingException;

/** What went wrong reading a JSON body: the path of the field at fault (or none, for broken JSON). */
record JsonFailure(String field, boolean unknownField) {

	static JsonFailure of(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		while (cause != null && !(cause instanceof JacksonException)) {
			cause = cause.getCause();
		}
		if (!(cause instanceof JacksonException jackson) || jackson.getPath().isEmpty()) {
			return new JsonFailure(null, false);
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
		return new JsonFailure(path.isEmpty() ? null : path.toString(), jackson instanceof PropertyBindingException);
	}
}
