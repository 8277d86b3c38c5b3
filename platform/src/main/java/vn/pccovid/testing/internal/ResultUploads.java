package vn.pccovid.testing.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;
import vn.pccovid.access.Actor;
import vn.pccovid.core.ForbiddenException;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.Permission;
import vn.pccovid.core.ProblemException;
import vn.pccovid.core.UploadJobTable.RowError;
import vn.pccovid.core.UploadJobWorker;

/**
 * CSV uploads of results as background jobs: the upload is stored and answered at once (202); a worker reads every
 * row, then in ONE transaction locks the rows' tubes, checks each row with {@link ResultRules} (the same rule as a
 * single result) and records the good ones with {@link ResultRecording#apply}. By default a file with any bad row
 * applies nothing (REJECTED with the per-row report); with {@code goodRows} the good rows are applied and the bad
 * ones reported (DONE). A row whose identical result is recorded already is "unchanged", not an error, so a
 * re-upload of the same file changes nothing and sends nothing.
 */
@Service
class ResultUploads {

	static final int MAX_BYTES = 32 * 1024 * 1024;
	private static final int CHUNK = 2_000;
	private static final Logger log = LoggerFactory.getLogger(ResultUploads.class);

	private final ResultUploadJobs jobs;
	private final Tubes tubes;
	private final ResultRules rules;
	private final ResultRecording recording;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final UploadJobWorker worker = new UploadJobWorker("testing-upload");

	ResultUploads(ResultUploadJobs jobs, Tubes tubes, ResultRules rules, ResultRecording recording,
			TransactionTemplate transactions, Clock clock) {
		this.jobs = jobs;
		this.tubes = tubes;
		this.rules = rules;
		this.recording = recording;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Stores the file as a job and starts it; answers the job id. 400 on {@code file} when empty, too large or not UTF-8. */
	UUID start(Actor actor, byte[] content, boolean goodRows) {
		actor.require(Permission.RESULT_RECORD);
		if (content == null || content.length == 0) {
			throw new InvalidInputException("file", "testing.upload.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidInputException("file", "testing.upload.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		decode(content);
		UUID id = UUID.randomUUID();
		jobs.create(id, actor, goodRows, sha256(content), content, clock.instant());
		worker.submit(id, () -> run(id), failure -> failed(id));
		return id;
	}

	/** The job, for whoever may record results in a scope holding the uploader's: 404 unknown, 403 otherwise. */
	UploadJob status(Actor actor, UUID id) {
		actor.require(Permission.RESULT_RECORD);
		UploadJob job = jobs.find(id).orElseThrow(() -> new NotFoundException("testing.upload.unknown"));
		if (!actor.scope().contains(job.actor().scope())) {
			throw new ForbiddenException("access.area.outside");
		}
		return job;
	}

	/**
	 * At start-up, before any upload of this run: the jobs a restart interrupted are run again from their stored file.
	 * That is safe because a file's results, and its job's end, are written in one transaction: an interrupted job
	 * recorded no result. One that fails again is marked failed with the reason. Assumes, as the deployment does, that
	 * no other node is running this database's uploads while this one starts.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void resumeInterrupted() {
		worker.recover(jobs.unfinished(), id -> () -> run(id), this::interrupted);
	}

	void run(UUID id) {
		UploadJob job = jobs.find(id).orElseThrow();
		UploadFile file = UploadFile.read(decode(jobs.content(id)), rules, clock.instant());
		jobs.progress(id, UploadJob.Status.APPLYING, file.total, 0);
		Outcome outcome = transactions.execute(status -> {
			Outcome result = apply(id, job, file);
			if (!result.errors.isEmpty() && !job.goodRows()) {
				status.setRollbackOnly();
			}
			else {
				// DONE commits with the results, inbox rows and event publications: the page never sees results
				// without their job finished, and the status does not queue behind the listeners the commit wakes.
				jobs.finish(id, UploadJob.Status.DONE, file.total, result.applied, result.unchanged, sorted(result.errors),
						clock.instant());
			}
			return result;
		});
		List<RowError> errors = sorted(outcome.errors);
		boolean rejected = !errors.isEmpty() && !job.goodRows();
		if (rejected) {
			jobs.finish(id, UploadJob.Status.REJECTED, file.total, 0, 0, errors, clock.instant());
		}
		log.info("Result upload {}: {} rows, {} applied, {} unchanged, {} error(s){}", id, file.total,
				rejected ? 0 : outcome.applied, outcome.unchanged, errors.size(), rejected ? ", rejected" : "");
	}

	private static List<RowError> sorted(List<RowError> errors) {
		List<RowError> copy = new ArrayList<>(errors);
		copy.sort(Comparator.comparingInt(RowError::row));
		return copy;
	}

	private void failed(UUID id) {
		jobs.finish(id, UploadJob.Status.FAILED, 0, 0, 0, List.of(new RowError(0, "file", "testing.upload.failed", List.of())),
				clock.instant());
	}

	private void interrupted(UUID id) {
		jobs.finish(id, UploadJob.Status.FAILED, 0, 0, 0,
				List.of(new RowError(0, "file", "testing.upload.interrupted", List.of())), clock.instant());
	}

	/** What a file did. */
	private record Outcome(int applied, int unchanged, List<RowError> errors) {
	}

	private Outcome apply(UUID id, UploadJob job, UploadFile file) {
		List<RowError> errors = new ArrayList<>(file.errors);
		int applied = 0;
		int unchanged = 0;
		for (int from = 0; from < file.rows.size(); from += CHUNK) {
			List<UploadFile.Row> chunk = file.rows.subList(from, Math.min(file.rows.size(), from + CHUNK));
			Map<String, Tube> found = new HashMap<>();
			tubes.findAll(chunk.stream().map(UploadFile.Row::barcode).toList()).forEach(t -> found.put(t.barcode(), t));
			List<Decision> decisions = new ArrayList<>();
			for (UploadFile.Row row : chunk) {
				Tube tube = found.get(row.barcode());
				if (tube == null) {
					errors.add(new RowError(row.line(), "barcode", "testing.barcode.unknown", List.of()));
					continue;
				}
				try {
					if (rules.check(job.actor(), tube, row.outcome(), row.ct())) {
						decisions.add(new Decision(tube, row.outcome(), row.ct()));
					}
					else {
						unchanged++;
					}
				}
				catch (ProblemException e) {
					errors.add(new RowError(row.line(), e.field() == null ? "barcode" : e.field(), e.messageKey(),
							java.util.Arrays.stream(e.arguments()).map(String::valueOf).toList()));
				}
			}
			if (errors.isEmpty() || job.goodRows()) {
				recording.apply(decisions);
				applied += decisions.size();
			}
			jobs.progressSoon(id, file.total, Math.min(file.total, from + chunk.size()));
		}
		return new Outcome(applied, unchanged, errors);
	}

	private static String decode(byte[] content) {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
		}
		catch (CharacterCodingException e) {
			throw new InvalidInputException("file", "testing.upload.encoding");
		}
	}

	private static String sha256(byte[] content) {
		try {
			return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	@PreDestroy
	void stop() {
		worker.close();
	}
}
