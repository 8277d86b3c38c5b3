package vn.pccovid.testing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.pccovid.core.ProblemException;
import vn.pccovid.core.UploadJobTable.RowError;
import vn.pccovid.testing.TestOutcome;

/**
 * A results CSV ({@code barcode,result,ct,tested_at}) read row by row: the shape of every value, and a barcode twice
 * in one file (which of the two would be meant?). What the rows mean for their tubes is checked later, against
 * the database, by {@link ResultRules}.
 */
final class UploadFile {

	static final List<String> HEADER = List.of("barcode", "result", "ct", "tested_at");

	final List<Row> rows = new ArrayList<>();
	final List<RowError> errors = new ArrayList<>();
	int total;

	/**
	 * A well-formed row.
	 *
	 * @param line    line in the file
	 * @param barcode normalised label
	 * @param outcome result
	 * @param ct      Ct or {@code null}
	 */
	record Row(int line, String barcode, TestOutcome outcome, Double ct) {
	}

	static UploadFile read(String text, ResultRules rules, Instant now) {
		UploadFile file = new UploadFile();
		String[] lines = text.startsWith("\uFEFF") ? text.substring(1).split("\r?\n", -1) : text.split("\r?\n", -1);
		List<String> header = lines.length == 0 ? List.of()
				: java.util.Arrays.stream(lines[0].split(",", -1)).map(s -> s.strip().toLowerCase(java.util.Locale.ROOT)).toList();
		if (!header.equals(HEADER)) {
			file.error(1, "header", "testing.upload.header", String.join(",", HEADER));
			return file;
		}
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 1; i < lines.length; i++) {
			if (lines[i].isBlank()) {
				continue;
			}
			file.total++;
			int line = i + 1;
			String[] cells = lines[i].split(",", -1);
			if (cells.length != HEADER.size()) {
				file.error(line, "row", "testing.upload.columns", String.valueOf(HEADER.size()));
				continue;
			}
			String barcode = Barcodes.normalise(cells[0]);
			if (!Barcodes.wellFormed(barcode)) {
				file.error(line, "barcode", "testing.barcode.malformed");
				continue;
			}
			Integer earlier = seen.putIfAbsent(barcode, line);
			if (earlier != null) {
				file.error(line, "barcode", "testing.upload.duplicate", String.valueOf(earlier));
				continue;
			}
			TestOutcome outcome;
			try {
				outcome = TestOutcome.valueOf(cells[1].strip().toUpperCase(java.util.Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				file.error(line, "result", "testing.result.unknown");
				continue;
			}
			Double ct = null;
			if (!cells[2].isBlank()) {
				try {
					ct = ResultRules.round(Double.valueOf(cells[2].strip()));
				}
				catch (NumberFormatException e) {
					file.error(line, "ct", "testing.ct.malformed");
					continue;
				}
			}
			if (!file.testedAtOk(line, cells[3].strip(), now)) {
				continue;
			}
			try {
				rules.checkValues(null, outcome, null);
				if (ct != null && (ct.isNaN() || ct <= 0 || ct > rules.ctMax())) {
					file.error(line, "ct", "testing.ct.range", String.valueOf(rules.ctMax()));
					continue;
				}
			}
			catch (ProblemException e) {
				file.error(line, e.field(), e.messageKey());
				continue;
			}
			file.rows.add(new Row(line, barcode, outcome, ct));
		}
		if (file.total == 0) {
			file.error(1, "file", "testing.upload.empty");
		}
		return file;
	}

	/** {@code tested_at}: an ISO date or date-time (with offset), not in the future; optional. */
	private boolean testedAtOk(int line, String value, Instant now) {
		if (value.isEmpty()) {
			return true;
		}
		Instant at;
		try {
			at = value.length() == 10 ? LocalDate.parse(value).atStartOfDay(SamplingSiteManagement.VIETNAM).toInstant()
					: OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException e) {
			error(line, "tested_at", "testing.upload.testedAt.malformed");
			return false;
		}
		if (at.isAfter(now.plusSeconds(300))) {
			error(line, "tested_at", "testing.upload.testedAt.future");
			return false;
		}
		return true;
	}

	void error(int line, String field, String key, String... arguments) {
		errors.add(new RowError(line, field, key, List.of(arguments)));
	}
}
