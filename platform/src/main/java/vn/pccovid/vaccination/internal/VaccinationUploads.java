package vn.pccovid.vaccination.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

import vn.pccovid.access.Actor;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.Permission;

/**
 * The module's CSV uploads as background jobs: the request checks the file's header and size (400 at once), stores
 * it and answers the job; one worker thread then runs the rows ({@link OrganisationLists} or {@link LegacyImport},
 * each row in its own transaction, as before) and writes the progress every {@value #PROGRESS_ROWS} rows, so a page
 * can poll it. Kept small and separate from the registry's and testing's jobs: those are package-private to their
 * modules and hold their own row formats; there is no generic job piece to reuse.
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
	private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "vaccination-upload");
		thread.setDaemon(true);
		return thread;
	});

	VaccinationUploads(VaccinationUploadJobs jobs, OrganisationLists lists, LegacyImport legacy, Clock clock) {
		this.jobs = jobs;
		this.lists = lists;
		this.legacy = legacy;
		this.clock = clock;
	}

	/** Checks the file, stores it as a job and starts it; answers the job as it stands (queued). */
	VaccinationUploadJob start(Actor actor, String kind, String csv) {
		actor.require(Permission.VACCINATION_REGISTER_LIST);
		List<String> columns = LIST.equals(kind) ? OrganisationLists.COLUMNS : LegacyImport.COLUMNS;
		int max = LIST.equals(kind) ? OrganisationLists.MAX_ROWS : LegacyImport.MAX_ROWS;
		int total = Uploads.rows(csv, columns, max).size() - 1;
		UUID id = UUID.randomUUID();
		jobs.create(id, kind, actor, LocaleContextHolder.getLocale(), csv, total, clock.instant());
		worker.submit(() -> run(id));
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
			jobs.finish(id, "FAILED", new RowReport(job.total(), Map.of(), List.of(new RowReport.Line(0, "FAILED", "file",
					e.getMessage()))), clock.instant());
		}
		finally {
			LocaleContextHolder.setLocale(before);
		}
	}
}
