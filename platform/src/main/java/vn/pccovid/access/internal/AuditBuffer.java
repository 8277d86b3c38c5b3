package vn.pccovid.access.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;

/**
 * Audit rows queued by {@code AuditLog.recordSoon}, written in one statement every 50 ms (and at shutdown); small frequent batches keep the bursts short. A batch
 * that fails is kept and retried, and the failure logged loudly, so entries are delayed, not dropped.
 */
@Component
class AuditBuffer {

	private static final Logger log = LoggerFactory.getLogger(AuditBuffer.class);
	private static final int BATCH = 5_000;

	private final ConcurrentLinkedQueue<Row> queue = new ConcurrentLinkedQueue<>();
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;

	AuditBuffer(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** One audit row, as stored. */
	record Row(Timestamp at, String actorKind, String actorId, String actorName, String roles, String actorScope,
			String action, String purpose, String what, UUID citizenId, String citizenArea) {
	}

	void add(List<Row> rows) {
		queue.addAll(rows);
	}

	/** Writes what is queued; answers how many rows went in. */
	@Scheduled(fixedDelayString = "${pccovid.access.audit-flush-ms:50}")
	synchronized int flush() {
		int written = 0;
		while (!queue.isEmpty()) {
			List<Row> batch = new ArrayList<>(Math.min(BATCH, queue.size()));
			for (Row row; batch.size() < BATCH && (row = queue.peek()) != null;) {
				batch.add(row);
				queue.poll();
			}
			try {
				transactions.executeWithoutResult(status -> JdbcAuditLog.insert(jdbc, batch));
				written += batch.size();
			}
			catch (RuntimeException e) {
				queue.addAll(batch);
				log.error("Could not write {} queued audit entries; they stay queued and are retried", batch.size(), e);
				break;
			}
		}
		return written;
	}

	@PreDestroy
	void drain() {
		flush();
	}
}
