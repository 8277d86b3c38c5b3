package vn.pccovid.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import vn.pccovid.support.PlatformTest;

/** The queue of audit rows written in batches is bounded; beyond it the caller writes its own rows at once. */
class AuditQueueTest extends PlatformTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aFullQueueMakesTheCallerWriteItsRowsNeverDropsThem() {
		AuditBuffer buffer = new AuditBuffer(jdbc, transactions, 3);
		String tag = "queue-" + UUID.randomUUID();
		buffer.add(rows(tag, 2));
		assertThat(buffer.queued()).isEqualTo(2);
		assertThat(stored(tag)).isZero();

		buffer.add(rows(tag, 2));
		assertThat(stored(tag)).as("written at once by the caller").isEqualTo(2);
		assertThat(buffer.queued()).isEqualTo(2);

		assertThat(buffer.flush()).isEqualTo(2);
		assertThat(stored(tag)).isEqualTo(4);
		assertThat(buffer.queued()).isZero();
	}

	private long stored(String tag) {
		return jdbc.sql("SELECT count(*) FROM access.audit_entry WHERE actor_name = ?").param(tag).query(Long.class).single();
	}

	private List<AuditBuffer.Row> rows(String tag, int count) {
		return IntStream.range(0, count).mapToObj(i -> new AuditBuffer.Row(Timestamp.from(clock.instant()), "STAFF", "id", tag,
				"PARTNER_SYSTEM", "VN", "VERIFY", "identity-verification", "identity", UUID.randomUUID(), null)).toList();
	}
}
