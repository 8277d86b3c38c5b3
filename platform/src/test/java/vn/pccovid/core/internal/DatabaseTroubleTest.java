package vn.pccovid.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.pccovid.support.PlatformTest;

/** A slow or exhausted database is answered 503 with Retry-After, not 500; requests' SQL runs with a statement timeout. */
class DatabaseTroubleTest extends PlatformTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ProblemDetailsHandler handler;

	@Test
	void requestsRunWithTheStatementTimeoutAndBackgroundWorkWithout() {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
		try {
			assertThat(jdbc.sql("SHOW statement_timeout").query(String.class).single()).isEqualTo("30s");
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}
		assertThat(jdbc.sql("SHOW statement_timeout").query(String.class).single()).isEqualTo("0");
	}

	@Test
	void aStatementCancelledByItsTimeoutIs503() {
		Throwable timeout = catchThrowable(() -> transactions.executeWithoutResult(status -> {
			jdbc.sql("SET LOCAL statement_timeout = '50ms'").update();
			jdbc.sql("SELECT pg_sleep(2)").query().singleValue();
		}));
		assertThat(timeout).isNotNull();
		assertServiceUnavailable(handler.handleUnexpected((Exception) timeout));
	}

	@Test
	void noPooledConnectionInTimeIs503() throws Exception {
		List<Connection> held = new ArrayList<>();
		try {
			Throwable exhausted = null;
			for (int i = 0; i < 64 && exhausted == null; i++) {
				try {
					held.add(dataSource.getConnection());
				}
				catch (Exception e) {
					exhausted = e;
				}
			}
			assertThat(exhausted).as("pool exhausted").isNotNull();
			assertServiceUnavailable(handler.handleUnexpected((Exception) exhausted));
		}
		finally {
			for (Connection connection : held) {
				connection.close();
			}
		}
	}

	@Test
	void otherFailuresStay500() {
		assertThat(handler.handleUnexpected(new IllegalStateException("bug")).getStatusCode().value()).isEqualTo(500);
	}

	private static void assertServiceUnavailable(ResponseEntity<ProblemDetail> response) {
		assertThat(response.getStatusCode().value()).isEqualTo(503);
		assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
		assertThat(response.getBody().getType().toString()).isEqualTo("urn:pccovid:problem:service-unavailable");
		assertThat(response.getBody().getTitle()).doesNotStartWith("problem.");
	}
}
