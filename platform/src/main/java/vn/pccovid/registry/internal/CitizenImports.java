package vn.pccovid.registry.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

import jakarta.annotation.PreDestroy;
import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.core.Permission;
import vn.pccovid.core.ForbiddenException;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.UploadJobTable.RowError;
import vn.pccovid.core.UploadJobWorker;
import vn.pccovid.registry.CitizensImported;

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
	static final String TAKEN = "registry.cccd.taken";
	static final String NOT_HERE = "registry.import.notHere";
	private static final String DUPLICATE_PURPOSE = "citizen-import-duplicate-check";
	private static final Pattern DUPLICATE_KEY = Pattern.compile("\\(cccd\\)=\\((\\d{12})\\)");

	private final ImportJobs jobs;
	private final CitizenRules rules;
	private final CitizenRecords citizens;
	private final AuditLog auditLog;
	private final DataSource dataSource;
	private final TransactionTemplate transactions;
	private final UploadJobWorker worker = new UploadJobWorker("registry-import");

	private final ApplicationEventPublisher events;

	CitizenImports(ImportJobs jobs, CitizenRules rules, CitizenRecords citizens, AuditLog auditLog, DataSource dataSource,
			TransactionTemplate transactions, ApplicationEventPublisher events) {
		this.events = events;
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
		worker.submit(id, () -> run(id), failure -> failed(id));
		return id;
	}

	/**
	 * Starts an uploaded file (multipart field {@code file}) after checking that it is CSV: declared {@code text/csv}
	 * or {@code application/vnd.ms-excel}, or named {@code .csv} with a text header line; anything else is a 400 on
	 * {@code file}, as is a missing or empty file.
	 */
	public UUID startUpload(Actor actor, MultipartFile file) throws IOException {
		actor.require(Permission.CITIZEN_IMPORT);
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file", "registry.import.noFile");
		}
		byte[] content = file.getBytes();
		if (!isCsv(file.getContentType(), file.getOriginalFilename(), content)) {
			throw new InvalidInputException("file", "registry.import.notCsv");
		}
		return start(actor, content, "file");
	}

	/** Whether an upload is CSV by its declared type, or by its name and a sniffed header line of text with a comma. */
	static boolean isCsv(String contentType, String filename, byte[] content) {
		String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
		if (type.equals("text/csv") || type.equals("application/vnd.ms-excel")) {
			return true;
		}
		boolean csvName = filename != null && filename.strip().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
		boolean genericType = type.isEmpty() || type.equals("application/octet-stream") || type.equals("text/plain");
		return csvName && genericType && looksLikeCsvText(content);
	}

	private static boolean looksLikeCsvText(byte[] content) {
		int end = 0;
		while (end < content.length && end < 4096 && content[end] != '\n') {
			end++;
		}
		boolean comma = false;
		for (int i = 0; i < end; i++) {
			int b = content[i] & 0xFF;
			if (b < 0x20 && b != '\r') {
				return false;
			}
			comma |= b == ',';
		}
		return comma;
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

	/**
	 * At start-up, before any import of this run: the jobs a restart interrupted are run again from their stored file.
	 * That is safe because an import writes everything, and marks itself done, in one transaction: an interrupted
	 * job wrote nothing. One that fails again is rejected with the reason. Assumes, as the deployment does, that no
	 * other node is running this database's imports while this one starts.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void resumeInterrupted() {
		worker.recover(jobs.unfinished(), id -> () -> run(id), this::interrupted);
	}

	void run(UUID id) {
		ImportJob job = jobs.find(id).orElseThrow();
		ImportFile file = new ImportFile(rules, job.actor());
		file.validate(decode(jobs.content(id), "file"), done -> jobs.progress(id, ImportJob.Status.VALIDATING, 0, done));
		if (file.errorCount == 0) {
			checkAgainstRegistry(file, job.actor());
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

	private void failed(UUID id) {
		jobs.reject(id, 0, 0, List.of(new RowError(0, "file", "registry.import.failed", List.of())));
	}

	private void interrupted(UUID id) {
		jobs.reject(id, 0, 0, List.of(new RowError(0, "file", "registry.import.interrupted", List.of())));
	}

	private void checkAgainstRegistry(ImportFile file, Actor actor) {
		for (int from = 0; from < file.citizens.size(); from += 10_000) {
			List<ValidCitizen> batch = file.citizens.subList(from, Math.min(file.citizens.size(), from + 10_000));
			taken(file, actor, citizens.registered(batch.stream().map(ValidCitizen::cccd).toList()));
		}
	}

	/**
	 * Reports rows whose CCCD is registered already. The importer learns that a number exists (audited against its
	 * holder) only when it may read that citizen; otherwise the row "cannot be imported here", nothing more.
	 */
	private void taken(ImportFile file, Actor actor, List<CitizenRecords.Registered> registered) {
		if (registered.isEmpty()) {
			return;
		}
		for (CitizenRecords.Registered holder : registered) {
			if (mayRead(actor, holder)) {
				file.error(file.lineOf(holder.cccd()), "cccd", TAKEN, holder.cccd());
			}
			else {
				file.error(file.lineOf(holder.cccd()), "cccd", NOT_HERE);
			}
		}
		auditLog.recordSoon(actor, AuditAction.VERIFY, DUPLICATE_PURPOSE, "identity",
				registered.stream().map(CitizenRecords.Registered::subject).toList());
	}

	private static boolean mayRead(Actor actor, CitizenRecords.Registered holder) {
		return actor.can(Permission.CITIZEN_READ) && actor.scope().covers(holder.area());
	}

	/**
	 * The job's report for this caller: a "CCCD already registered" row is shown as such only to a caller who may
	 * read citizens (the viewer's scope holds the importer's, who could read the holder), and that read is audited;
	 * to anyone else it is a row that cannot be imported here.
	 */
	public ImportReport report(Actor actor, UUID id, MessageSource messages) {
		ImportJob job = status(actor, id);
		List<String> taken = job.errors().stream().filter(e -> TAKEN.equals(e.key()) && !e.arguments().isEmpty())
				.map(e -> e.arguments().get(0)).toList();
		if (!taken.isEmpty()) {
			List<CitizenRecords.Registered> holders = citizens.registered(taken);
			List<RowError> shown = job.errors().stream().map(e -> !TAKEN.equals(e.key()) ? e
					: holders.stream().anyMatch(h -> h.cccd().equals(e.arguments().get(0)) && mayRead(actor, h)) ? e
							: new RowError(e.row(), e.field(), NOT_HERE, List.of()))
					.toList();
			List<AuditSubject> seen = holders.stream().filter(h -> mayRead(actor, h)).map(CitizenRecords.Registered::subject).toList();
			if (!seen.isEmpty()) {
				auditLog.recordSoon(actor, AuditAction.READ, "citizen-import-report", "identity", seen);
			}
			job = new ImportJob(job.id(), job.status(), job.actor(), job.total(), job.processed(), job.imported(), shown);
		}
		return ImportReport.of(job, messages);
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
				events.publishEvent(new CitizensImported(id, file.citizens.size(), actor.scope().area()));
			});
		}
		catch (CopyFailed | DataAccessException e) {
			Matcher duplicate = DUPLICATE_KEY.matcher(String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
			if (!duplicate.find()) {
				throw e;
			}
			List<CitizenRecords.Registered> holders = citizens.registered(List.of(duplicate.group(1)));
			if (holders.isEmpty()) {
				throw e;
			}
			taken(file, actor, holders);
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
		worker.close();
	}

	/** A COPY that the database refused. */
	private static final class CopyFailed extends RuntimeException {

		CopyFailed(SQLException cause) {
			super(cause.getMessage(), cause);
		}
	}
}
