package vn.pccovid.core.internal;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Failures that say the database is unreachable, overloaded or too slow, not that the request was wrong: a statement
 * cancelled by its timeout, no pooled connection in time, a broken connection, a server shutting down. The caller
 * may retry, so they are answered 503 with {@code Retry-After}.
 */
final class DatabaseTrouble {

	static final int RETRY_AFTER_SECONDS = 5;

	private DatabaseTrouble() {
	}

	static boolean isCauseOf(Throwable failure) {
		return describe(failure) != null;
	}

	/** The failure in the chain that shows the trouble, or {@code null}. */
	static Throwable describe(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof QueryTimeoutException || cause instanceof CannotGetJdbcConnectionException
					|| cause instanceof TransientDataAccessResourceException || cause instanceof SQLTransientConnectionException) {
				return cause;
			}
			if (cause instanceof SQLException sql && isTroubleState(sql.getSQLState())) {
				return cause;
			}
		}
		return null;
	}

	/** 57014 query cancelled (statement timeout), 57P0x shutdown, 08xxx connection, 53xxx resources, 55P03 lock wait. */
	private static boolean isTroubleState(String state) {
		return state != null && (state.equals("57014") || state.startsWith("57P") || state.startsWith("08")
				|| state.startsWith("53") || state.equals("55P03"));
	}
}
