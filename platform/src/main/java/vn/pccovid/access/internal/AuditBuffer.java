package vn.pccovid.access.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;

/**
 * Audit rows queued by {@code AuditLog.recordSoon}, written in one statement every 50 ms (and at shutdown); small
 * frequent batches keep the bursts short. A batch that fails is kept and retried, and the failure logged loudly, so
 * entries are delayed, not dropped. The queue is bounded ({@code pccovid.access.audit-queue-capacity}): when it is
 * full — the database is slow or away — the caller writes its own rows at once, in a transaction of its own, and
 * waits for that (back-pressure); if that write fails too, the caller's request fails rather than go unaudited.
 */
@Component
class AuditBuffer {

	private static final Logger log = LoggerFactory.getLogger(AuditBuffer.class);
	private static final int BATCH = 5_000;

	private final ConcurrentLinkedQueue<Row> queue = new ConcurrentLinkedQueue<>();
	private final AtomicInteger queued = new AtomicInteger();
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final int capacity;

	AuditBuffer(JdbcClient jdbc, PlatformTransactionManager transactionManager,
			@Value("${pccovid.access.audit-queue-capacity:100000}") int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("pccovid.access.audit-queue-capacity must be at least 1");
		}
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.capacity = capacity;
	}

	/** One audit row, as stored. */
	record Row(Timestamp at, String actorKind, String actorId, String actorName, String roles, String actorScope,
			String action, String purpose, String what, UUID citizenId, String citizenArea) {
	}

	/** Queues the rows, or — when they would not fit — writes them now, in the caller's thread. */
	void add(List<Row> rows) {
		if (queued.addAndGet(rows.size()) > capacity) {
			queued.addAndGet(-rows.size());
			transactions.executeWithoutResult(status -> JdbcAuditLog.insert(jdbc, rows));
			return;
		}
		queue.addAll(rows);
	}

	/** Rows waiting to be written. */
	int queued() {
		return queued.get();
	}

	/** Writes what is queued; answers how many rows went in. */
	@Scheduled(fixedDelayString = "${pccovid.access.audit-flush-ms:50}")
	synchronized int flush() {
		int written = 0;
		while (!queue.isEmpty()) {
			List<Row> batch = new ArrayList<>(Math.min(BATCH, queued.get()));
			for (Row row; batch.size() < BATCH && (row = queue.poll()) != null;) {
				batch.add(row);
			}
			try {
				transactions.executeWithoutResult(status -> JdbcAuditLog.insert(jdbc, batch));
				queued.addAndGet(-batch.size());
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
