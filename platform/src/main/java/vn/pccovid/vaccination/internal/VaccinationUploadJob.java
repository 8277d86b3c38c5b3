package vn.pccovid.vaccination.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import vn.pccovid.access.Actor;

/**
 * A CSV upload running in the background and how far it got.
 *
 * @param id        job id
 * @param kind      {@code REGISTRATION_LIST} or {@code LEGACY_IMPORT}
 * @param status    {@code QUEUED}, {@code RUNNING}, {@code DONE} or {@code FAILED}
 * @param actor     who uploaded (the job runs with their rights)
 * @param total     data rows
 * @param processed rows handled so far
 * @param counts    rows per outcome so far (as in {@link RowReport})
 * @param report    the rows not done, with why
 */
record VaccinationUploadJob(UUID id, String kind, String status, Actor actor, int total, int processed,
		Map<String, Integer> counts, List<RowReport.Line> report) {

	/** Done or failed (public: the page's template calls it). */
	public boolean finished() {
		return "DONE".equals(status) || "FAILED".equals(status);
	}

	/** How far, 0–100 (public: the page's template calls it). */
	public int percent() {
		return total == 0 ? (finished() ? 100 : 0) : Math.min(100, processed * 100 / total);
	}
}
