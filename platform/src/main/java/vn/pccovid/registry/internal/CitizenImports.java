package vn.pccovid.registry.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;
import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.core.Permission;
import vn.pccovid.core.ForbiddenException;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.NotFoundException;

/**
 * Population imports: the upload is stored as a job and answered at once; a background worker validates every row
 * (REJECTED with the per-row report if any is bad, nothing written) and otherwise loads all rows with {@code COPY}
 * in one transaction, audited, and marks the job DONE in that same transaction.
 */
@Service
public class CitizenImports {

	/** Largest file accepted. */
	public static final int MAX_BYTES = 64 * 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(CitizenImports.class);
	private static final Pattern DUPLICATE_KEY = Pattern.compile("\\(cccd\\)=\\((\\d{12})\\)");

	private final ImportJobs jobs;
	private final CitizenRules rules;
	private final CitizenRecords citizens;
	private final AuditLog auditLog;
	private final DataSource dataSource;
	private final TransactionTemplate transactions;
	private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "registry-import");
		thread.setDaemon(true);
		return thread;
	});

	CitizenImports(ImportJobs jobs, CitizenRules rules, CitizenRecords citizens, AuditLog auditLog, DataSource dataSource,
			TransactionTemplate transactions) {
		this.jobs = jobs;
		this.rules = rules;
		this.citizens = citizens;
		this.auditLog = auditLog;
		this.dataSource = dataSource;
		this.transactions = transactions;
	}

	/** Stores the file as a new job and starts it in the background; answers the job id. */
	public UUID start(Actor actor, byte[] content, String field) {
		actor.require(Permission.CITIZEN_IMPORT);
		if (content == null || content.length == 0) {
			throw new InvalidInputException(field, "registry.import.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidInputException(field, "registry.import.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		decode(content, field);
		UUID id = UUID.randomUUID();
		jobs.create(id, actor, content);
		worker.submit(() -> run(id));
		return id;
	}

	/** The job, for staff who may import and whose scope holds the importer's: 404 otherwise. */
	public ImportJob status(Actor actor, UUID id) {
		actor.require(Permission.CITIZEN_IMPORT);
		ImportJob job = jobs.find(id).orElseThrow(() -> new NotFoundException("registry.import.unknown"));
		if (!actor.scope().contains(job.actor().scope())) {
			throw new ForbiddenException("access.area.outside");
		}
		return job;
	}

	void run(UUID id) {
		try {
			ImportJob job = jobs.find(id).orElseThrow();
			ImportFile file = new ImportFile(rules, job.actor());
			file.validate(decode(jobs.content(id), "file"), done -> jobs.progress(id, ImportJob.Status.VALIDATING, 0, done));
			if (file.errorCount == 0) {
				checkAgainstRegistry(file);
			}
			if (file.errorCount > 0) {
				jobs.reject(id, file.total, file.total, file.errors);
				log.info("Import {} rejected: {} error(s) in {} rows", id, file.errorCount, file.total);
				return;
			}
			jobs.progress(id, ImportJob.Status.IMPORTING, file.total, 0);
			write(id, job.actor(), file);
			log.info("Import {} done: {} citizens", id, file.citizens.size());
		}
		catch (RuntimeException e) {
			log.error("Import {} failed", id, e);
			jobs.reject(id, 0, 0, List.of(new ImportJob.RowError(0, "file", "registry.import.failed", List.of())));
		}
	}

	private void checkAgainstRegistry(ImportFile file) {
		for (int from = 0; from < file.citizens.size(); from += 10_000) {
			List<ValidCitizen> batch = file.citizens.subList(from, Math.min(file.citizens.size(), from + 10_000));
			List<String> taken = citizens.existingCccds(batch.stream().map(ValidCitizen::cccd).toList());
			taken.forEach(cccd -> file.error(file.lineOf(cccd), "cccd", "registry.cccd.taken", cccd));
		}
	}

	private void write(UUID id, Actor actor, ImportFile file) {
		try {
			transactions.executeWithoutResult(status -> {
				try {
					PopulationCopy.load(DataSourceUtils.getConnection(dataSource), file.households, file.citizens);
				}
				catch (SQLException e) {
					throw new CopyFailed(e);
				}
				auditLog.record(actor, AuditAction.IMPORT, "citizen-import", Audit.WITH_CONTACT, file.citizens.stream()
						.map(c -> new AuditSubject(c.id(), c.area())).toList());
				jobs.done(id, file.total, file.citizens.size());
			});
		}
		catch (CopyFailed | DataAccessException e) {
			Matcher duplicate = DUPLICATE_KEY.matcher(String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
			if (!duplicate.find()) {
				throw e;
			}
			file.error(file.lineOf(duplicate.group(1)), "cccd", "registry.cccd.taken", duplicate.group(1));
			jobs.reject(id, file.total, file.total, file.errors);
		}
	}

	private static String decode(byte[] content, String field) {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
		}
		catch (CharacterCodingException e) {
			throw new InvalidInputException(field, "registry.import.encoding");
		}
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}

	/** A COPY that the database refused. */
	private static final class CopyFailed extends RuntimeException {

		CopyFailed(SQLException cause) {
			super(cause.getMessage(), cause);
		}
	}
}
