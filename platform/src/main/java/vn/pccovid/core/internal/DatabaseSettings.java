package vn.pccovid.core.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the platform's PostgreSQL is. With no {@code url} it runs its own embedded server whose data lives under
 * {@code pccovid.data-dir}; {@code PCCOVID_DB_URL}, {@code PCCOVID_DB_USER} and {@code PCCOVID_DB_PASSWORD} bind here
 * and switch to an external server.
 *
 * @param url            JDBC URL of an external PostgreSQL, or blank for the embedded one
 * @param user           user for the external server
 * @param password       password for the external server
 * @param poolSize       connections in the pool
 * @param embeddedPort   port of the embedded server, 0 for any free port
 * @param wipeOnStart    delete the embedded data directory at the first start in this JVM (tests only)
 * @param statementTimeout  longest a single SQL statement may run before the server cancels it (0 = no limit)
 * @param connectionTimeout longest a request waits for a pooled connection before it is answered 503
 */
@ConfigurationProperties("pccovid.db")
record DatabaseSettings(String url, String user, String password, @DefaultValue("16") int poolSize,
		@DefaultValue("0") int embeddedPort, @DefaultValue("false") boolean wipeOnStart,
		@DefaultValue("30s") Duration statementTimeout, @DefaultValue("3s") Duration connectionTimeout) {

	boolean external() {
		return url != null && !url.isBlank();
	}
}
