package vn.pccovid.registry.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * An import job's progress and, when rejected, what is wrong with which row, in the caller's language.
 *
 * @param id        job id
 * @param status    VALIDATING, IMPORTING, DONE or REJECTED
 * @param total     data rows in the file
 * @param processed rows validated or written so far
 * @param imported  citizens written
 * @param errors    per-row problems (at most 1,000)
 */
public record ImportReport(UUID id, String status, int total, int processed, int imported, List<Error> errors) {

	public static ImportReport of(ImportJob job, MessageSource messages) {
		return new ImportReport(job.id(), job.status().name(), job.total(), job.processed(), job.imported(), job.errors()
				.stream().map(e -> new Error(e.row(), e.field(), messages.getMessage(e.key(), e.arguments().stream().map(ImportReport::column).toArray(),
						e.key(), LocaleContextHolder.getLocale())))
				.toList());
	}

	/** A citizen field named in a message ({@code fullName}) as the CSV column a person sees ({@code full_name}). */
	static String column(String argument) {
		return ImportFile.FIELD_TO_COLUMN.getOrDefault(argument, argument);
	}

	/** Whether the job has ended, well or not. */
	public boolean finished() {
		return "DONE".equals(status) || "REJECTED".equals(status);
	}

	/** How far along, 0–100, for a progress bar. */
	public int percent() {
		return finished() ? 100 : total == 0 ? 0 : Math.min(99, (int) (processed * 100L / total));
	}

	/**
	 * One problem.
	 *
	 * @param row     line number in the file (header = 1; 0 when not tied to a line)
	 * @param field   the CSV column at fault
	 * @param message what is wrong
	 */
	public record Error(int row, String field, String message) {
	}
}
