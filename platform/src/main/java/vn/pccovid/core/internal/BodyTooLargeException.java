package vn.pccovid.core.internal;

import java.io.IOException;

/** A request body passed its limit while being read; the problem handler answers 413. */
final class BodyTooLargeException extends IOException {

	BodyTooLargeException(long limit) {
		super("Request body larger than " + limit + " bytes");
	}

	/** Whether this failure, or one of its causes, is a body over its limit. */
	static boolean isCauseOf(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLargeException) {
				return true;
			}
		}
		return false;
	}
}
