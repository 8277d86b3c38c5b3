package vn.pccovid.core.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.springframework.web.context.request.RequestContextHolder;

/**
 * Gives each pooled connection the statement timeout of the work that borrows it: a request (someone is waiting for
 * the answer) gets {@code pccovid.db.statement-timeout}; background work — migrations, imports, the demo load, event
 * listeners, retention — is not limited, because a bulk {@code COPY} or index build may rightly take minutes. The
 * setting is changed only when it differs from what the connection already has, so the hot path pays no round trip.
 */
final class StatementTimeouts {

	private final long requestMillis;
	// Keyed by the physical connection (the pool hands out a new proxy each time); forgotten when it is closed.
	private final Map<Connection, Long> current = Collections.synchronizedMap(new WeakHashMap<>());

	StatementTimeouts(Duration requestTimeout) {
		this.requestMillis = Math.max(0, requestTimeout.toMillis());
	}

	Connection apply(Connection connection) throws SQLException {
		long wanted = RequestContextHolder.getRequestAttributes() != null ? requestMillis : 0;
		Connection physical = connection.unwrap(Connection.class);
		Long now = current.get(physical);
		if (now == null || now != wanted) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("SET statement_timeout = " + wanted);
			}
			current.put(physical, wanted);
		}
		return connection;
	}
}
