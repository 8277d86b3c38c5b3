package vn.pccovid.vaccination.internal;

import java.util.List;
import java.util.Map;

/**
 * What an upload did, row by row.
 *
 * @param rows   data rows read
 * @param counts rows per status ({@code IMPORTED}, {@code REGISTERED}, {@code DUPLICATE}, {@code INVALID},
 *               {@code UNMATCHED}, {@code AMBIGUOUS}, {@code NOT_VERIFIED})
 * @param report the rows not done, with why, for correction
 */
record RowReport(int rows, Map<String, Integer> counts, List<Line> report) {

	/**
	 * One row's outcome.
	 *
	 * @param line    line number in the file
	 * @param status  what happened
	 * @param field   the column at fault, or {@code null}
	 * @param message why, in the reader's language
	 */
	record Line(int line, String status, String field, String message) {
	}
}
