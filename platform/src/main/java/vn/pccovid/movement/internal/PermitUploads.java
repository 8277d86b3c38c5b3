package vn.pccovid.movement.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import vn.pccovid.access.Actor;
import vn.pccovid.core.CsvReader;
import vn.pccovid.core.ForbiddenException;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.Permission;
import vn.pccovid.core.ProblemException;
import vn.pccovid.core.UploadJobTable.RowError;
import vn.pccovid.core.UploadJobWorker;

/**
 * Organisations' CSV uploads of workers' permit applications: stored as a job and answered at once (202); a
 * background worker checks every row like a single application (fields, identity against the registry) and files
 * each good row as its own PENDING permit; bad rows are reported by line, field and reason and filed nowhere.
 * Columns: {@code cccd, full_name, date_of_birth, purpose, valid_from, valid_to, zones} (zones separated by
 * {@code ;} or spaces).
 */
@Service
class PermitUploads {

	static final int MAX_BYTES = 2 * 1024 * 1024;
	static final int MAX_ROWS = 5_000;
	static final List<String> COLUMNS = List.of("cccd", "full_name", "date_of_birth", "purpose", "valid_from", "valid_to", "zones");

	private static final Logger log = LoggerFactory.getLogger(PermitUploads.class);

	private final PermitUploadJobs jobs;
	private final PermitApplications applications;
	private final UploadJobWorker worker = new UploadJobWorker("movement-upload");

	PermitUploads(PermitUploadJobs jobs, PermitApplications applications) {
		this.jobs = jobs;
		this.applications = applications;
	}

	/** The report as the API and the page show it, messages in the request's language. */
	record Report(UUID id, String status, int total, int processed, int accepted, List<Error> errors) {

		/** One bad row. */
		record Error(int row, String field, String message) {
		}

		public boolean finished() {
			return !"VALIDATING".equals(status);
		}

		public int percent() {
			return total == 0 ? (finished() ? 100 : 0) : Math.min(100, processed * 100 / total);
		}
	}

	/** Stores the file as a job and starts it: 400 on {@code field} for an empty, too large or non-UTF-8 file. */
	UUID start(Actor actor, byte[] content, String field) {
		actor.require(Permission.PERMIT_APPLY);
		if (content == null || content.length == 0) {
			throw new InvalidInputException(field, "movement.upload.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidInputException(field, "movement.upload.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		String text = decode(content, field);
		header(new CsvReader(text), field);
		UUID id = UUID.randomUUID();
		jobs.create(id, actor, content);
		worker.submit(id, () -> run(id), failure -> failed(id));
		return id;
	}

	Report report(Actor actor, UUID id, MessageSource messages, Locale locale) {
		actor.require(Permission.PERMIT_APPLY);
		PermitUploadJobs.Upload upload = jobs.find(id).orElseThrow(() -> new NotFoundException("movement.upload.unknown"));
		if (!upload.actor().id().equals(actor.id())) {
			throw new ForbiddenException("movement.upload.notYours");
		}
		return new Report(upload.id(), upload.status(), upload.total(), upload.processed(), upload.accepted(),
				upload.errors().stream().map(e -> new Report.Error(e.row(), e.field(),
						messages.getMessage(e.key(), e.arguments().toArray(), e.key(), locale))).toList());
	}

	/**
	 * At start-up, before any upload of this run: a job a restart interrupted is not run again, because each row files
	 * its application as it goes and a second run would file the first rows twice. It is ended with the count it had
	 * filed and the reason, so the uploader can check the permits before sending the rest. Assumes, as the deployment
	 * does, that no other node is running this database's uploads while this one starts.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void endInterrupted() {
		worker.recover(jobs.unfinished(), id -> null, this::interrupted);
	}

	void run(UUID id) {
		List<RowError> errors = new ArrayList<>();
		int accepted = 0;
		PermitUploadJobs.Upload upload = jobs.find(id).orElseThrow();
		CsvReader rows = new CsvReader(decode(jobs.content(id), "file"));
		Map<String, Integer> columns = header(rows, "file");
		List<Map.Entry<Integer, List<String>>> lines = new ArrayList<>();
		while (rows.hasNext() && lines.size() <= MAX_ROWS) {
			int line = rows.line();
			List<String> fields = rows.next();
			if (fields.size() == 1 && fields.get(0).isBlank()) {
				continue;
			}
			lines.add(Map.entry(line, fields));
		}
		if (lines.size() > MAX_ROWS) {
			jobs.finish(id, "REJECTED", lines.size(), 0,
					List.of(new RowError(0, "file", "movement.upload.tooManyRows", List.of(String.valueOf(MAX_ROWS)))));
			return;
		}
		int total = lines.size();
		jobs.progress(id, total, 0, 0);
		int done = 0;
		for (Map.Entry<Integer, List<String>> line : lines) {
			try {
				applications.apply(upload.actor(), application(line.getValue(), columns), id);
				accepted++;
			}
			catch (ProblemException e) {
				errors.add(new RowError(line.getKey(), column(e.field()), e.messageKey(),
						Arrays.stream(e.arguments()).map(String::valueOf).toList()));
			}
			if (++done % 10 == 0) {
				jobs.progress(id, total, done, accepted);
			}
		}
		jobs.finish(id, "DONE", total, accepted, errors);
		log.info("Permit upload {} done: {} of {} rows filed", id, accepted, total);
	}

	/** A job that threw: rejected with the counts of its last progress. */
	private void failed(UUID id) {
		PermitUploadJobs.Upload last = jobs.find(id).orElseThrow();
		jobs.finish(id, "REJECTED", last.total(), last.accepted(),
				List.of(new RowError(0, "file", "movement.upload.failed", List.of())));
	}

	private void interrupted(UUID id) {
		PermitUploadJobs.Upload last = jobs.find(id).orElseThrow();
		jobs.finish(id, "REJECTED", last.total(), last.accepted(),
				List.of(new RowError(0, "file", "movement.upload.interrupted", List.of(String.valueOf(last.accepted())))));
	}

	private static PermitApplications.Application application(List<String> fields, Map<String, Integer> columns) {
		String zones = field(fields, columns, "zones");
		return new PermitApplications.Application(field(fields, columns, "cccd"), field(fields, columns, "full_name"),
				field(fields, columns, "date_of_birth"), field(fields, columns, "purpose"), field(fields, columns, "valid_from"),
				field(fields, columns, "valid_to"),
				zones == null || zones.isBlank() ? List.of() : Arrays.stream(zones.split("[;\\s]+")).filter(z -> !z.isBlank()).toList());
	}

	private static String field(List<String> fields, Map<String, Integer> columns, String name) {
		int index = columns.get(name);
		return index < fields.size() ? fields.get(index) : null;
	}

	/** The CSV column a problem's field stands for. */
	private static String column(String field) {
		if (field == null) {
			return "file";
		}
		return switch (field) {
			case "fullName" -> "full_name";
			case "dateOfBirth" -> "date_of_birth";
			case "validFrom" -> "valid_from";
			case "validTo" -> "valid_to";
			default -> field;
		};
	}

	private static Map<String, Integer> header(CsvReader rows, String field) {
		if (!rows.hasNext()) {
			throw new InvalidInputException(field, "movement.upload.empty");
		}
		List<String> names = rows.next().stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			columns.putIfAbsent(names.get(i), i);
		}
		for (String column : COLUMNS) {
			if (!columns.containsKey(column)) {
				throw new InvalidInputException(field, "movement.upload.column", column, String.join(",", COLUMNS));
			}
		}
		return columns;
	}

	private static String decode(byte[] content, String field) {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
		}
		catch (CharacterCodingException e) {
			throw new InvalidInputException(field, "movement.upload.encoding");
		}
	}
}
