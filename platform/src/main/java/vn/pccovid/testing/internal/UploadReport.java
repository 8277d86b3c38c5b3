package vn.pccovid.testing.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * An upload job as the API and the page show it, messages in the caller's language.
 *
 * @param id        job id
 * @param status    VALIDATING, APPLYING, DONE, REJECTED or FAILED
 * @param goodRows  whether only good rows are applied (else all or nothing)
 * @param total     data rows
 * @param processed rows handled
 * @param applied   results recorded
 * @param unchanged rows already recorded identically
 * @param errors    per-row problems
 */
record UploadReport(UUID id, String status, boolean goodRows, int total, int processed, int applied, int unchanged,
		List<Error> errors) {

	static UploadReport of(UploadJob job, MessageSource messages) {
		return new UploadReport(job.id(), job.status().name(), job.goodRows(), job.total(), job.processed(), job.applied(),
				job.unchanged(), job.errors().stream().map(e -> new Error(e.row(), e.field(),
						messages.getMessage(e.key(), e.arguments().toArray(), e.key(), LocaleContextHolder.getLocale())))
						.toList());
	}

	public boolean finished() {
		return "DONE".equals(status) || "REJECTED".equals(status) || "FAILED".equals(status);
	}

	/** 0–100 for the progress bar. */
	public int percent() {
		return finished() ? 100 : total == 0 ? 0 : Math.min(99, (int) (processed * 100L / total));
	}

	/**
	 * One problem.
	 *
	 * @param row     line in the file (header = 1)
	 * @param field   column at fault
	 * @param message what is wrong
	 */
	record Error(int row, String field, String message) {
	}
}
