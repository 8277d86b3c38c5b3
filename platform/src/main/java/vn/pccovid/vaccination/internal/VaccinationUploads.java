package vn.pccovid.vaccination.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

import jakarta.annotation.PreDestroy;
import vn.pccovid.access.Actor;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.Permission;
import vn.pccovid.core.UploadJobTable;
import vn.pccovid.core.UploadJobWorker;

/**
 * The module's CSV uploads as background jobs: the request checks the file's header and size (400 at once), stores
 * it and answers the job; one worker thread then runs the rows ({@link OrganisationLists} or {@link LegacyImport},
 * each row in its own transaction, as before) and writes the progress every {@value #PROGRESS_ROWS} rows, so a page
 * can poll it. The thread is the shared {@link UploadJobWorker}; the table's shared columns are read through
 * {@link UploadJobTable} (in {@link VaccinationUploadJobs}). A job a restart interrupted (left queued or running, its
 * file still stored) runs again from its first row when the application is ready: every row is idempotent
 * (a person registered already is {@code DUPLICATE}, a dose number recorded already is {@code DUPLICATE}, nothing is
 * written twice), so a resumed job ends {@code DONE} with a complete report.
 */
@Service
class VaccinationUploads {

	static final String LIST = "REGISTRATION_LIST";
	static final String LEGACY = "LEGACY_IMPORT";
	static final int PROGRESS_ROWS = 25;
	private static final Logger log = LoggerFactory.getLogger(VaccinationUploads.class);

	private final VaccinationUploadJobs jobs;
	private final OrganisationLists lists;
	private final LegacyImport legacy;
	private final Clock clock;
	private final MessageSource messages;
	private final UploadJobWorker worker = new UploadJobWorker("vaccination-upload");

	VaccinationUploads(VaccinationUploadJobs jobs, OrganisationLists lists, LegacyImport legacy, Clock clock,
			MessageSource messages) {
		this.jobs = jobs;
		this.lists = lists;
		this.legacy = legacy;
		this.clock = clock;
		this.messages = messages;
	}

	/**
	 * At start-up, before any upload of this run: the jobs a restart interrupted are run again (see the class comment);
	 * one that fails again is marked {@code FAILED} with the reason. Assumes, as the deployment does, that no other node
	 * is running this database's vaccination jobs while this one starts.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void resumeInterrupted() {
		worker.recover(jobs.unfinished(), id -> () -> run(id), this::interrupted);
	}

	/** Checks the file, stores it as a job and starts it; answers the job as it stands (queued). */
	VaccinationUploadJob start(Actor actor, String kind, String csv) {
		actor.require(Permission.VACCINATION_REGISTER_LIST);
		List<String> columns = LIST.equals(kind) ? OrganisationLists.COLUMNS : LegacyImport.COLUMNS;
		int max = LIST.equals(kind) ? OrganisationLists.MAX_ROWS : LegacyImport.MAX_ROWS;
		int total = Uploads.rows(csv, columns, max).size() - 1;
		UUID id = UUID.randomUUID();
		jobs.create(id, kind, actor, LocaleContextHolder.getLocale(), csv, total, clock.instant());
		worker.submit(id, () -> run(id), failure -> failed(id, "vaccination.upload.failed"));
		return jobs.find(id).orElseThrow();
	}

	/** The job, for the one who uploaded it only (404 for anyone else: what was uploaded is personal data). */
	VaccinationUploadJob status(Actor actor, UUID id) {
		actor.require(Permission.VACCINATION_REGISTER_LIST);
		return jobs.find(id).filter(job -> job.actor().id().equals(actor.id()))
				.orElseThrow(() -> new NotFoundException("vaccination.upload.unknown"));
	}

	/** The caller's latest jobs, newest first. */
	List<VaccinationUploadJob> latest(Actor actor, int limit) {
		actor.require(Permission.VACCINATION_REGISTER_LIST);
		return jobs.latest(actor.id(), limit).stream().flatMap(id -> jobs.find(id).stream()).toList();
	}

	void run(UUID id) {
		VaccinationUploadJob job = jobs.find(id).orElseThrow();
		VaccinationUploadJobs.Stored stored = jobs.stored(id).orElse(null);
		if (stored == null) {
			return;
		}
		Locale before = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(stored.locale());
		try {
			jobs.progress(id, 0, Map.of());
			long[] last = { 0 };
			java.util.function.ObjIntConsumer<Map<String, Integer>> progress = (counts, processed) -> {
				if (processed - last[0] >= PROGRESS_ROWS) {
					last[0] = processed;
					jobs.progress(id, processed, new LinkedHashMap<>(counts));
				}
			};
			RowReport report = LIST.equals(job.kind()) ? lists.run(job.actor(), stored.content(), progress)
					: legacy.run(job.actor(), stored.content(), progress);
			jobs.finish(id, "DONE", report, clock.instant());
		}
		catch (RuntimeException e) {
			log.error("Vaccination upload {} failed", id, e);
			failed(id, "vaccination.upload.failed");
		}
		finally {
			LocaleContextHolder.setLocale(before);
		}
	}

	private void interrupted(UUID id) {
		failed(id, "vaccination.upload.interrupted");
	}

	/** Ends the job as {@code FAILED} with one report line saying why, in the uploader's language. */
	private void failed(UUID id, String key) {
		jobs.fail(id, new RowReport.Line(0, "FAILED", "file", messages.getMessage(key, null, jobs.locale(id))), clock.instant());
	}

	@PreDestroy
	void stop() {
		worker.close();
	}
}
