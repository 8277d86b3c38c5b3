package vn.pccovid.vaccination.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import vn.pccovid.core.InvalidInputException;

/** Reading the module's CSV uploads: the header, the size, and fields of a row with a 400 naming the column. */
final class Uploads {

	private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private Uploads() {
	}

	/** The rows, header first: 400 on {@code file} when empty, missing a column, or longer than {@code max} rows. */
	static List<CsvRows.Row> rows(String csv, List<String> columns, int max) {
		List<CsvRows.Row> rows = CsvRows.read(csv == null ? "" : csv);
		if (rows.size() < 2) {
			throw new InvalidInputException("file", "vaccination.upload.empty");
		}
		List<String> header = rows.get(0).fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
		List<String> missing = columns.stream().filter(c -> !header.contains(c)).toList();
		if (!missing.isEmpty()) {
			throw new InvalidInputException("file", "vaccination.upload.header", String.join(", ", missing));
		}
		if (rows.size() - 1 > max) {
			throw new InvalidInputException("file", "vaccination.upload.too-long", max);
		}
		return rows;
	}

	/** A date as yyyy-MM-dd or dd/MM/yyyy. */
	static LocalDate date(String value, String column, boolean birth) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(column, "vaccination.upload.required", column);
		}
		try {
			return value.contains("/") ? LocalDate.parse(value, VIETNAMESE) : LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(column, "vaccination.upload.date", column);
		}
	}

	static int number(String value, String column) {
		try {
			int number = Integer.parseInt(value == null ? "" : value.strip());
			if (number >= 1 && number <= 10) {
				return number;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		throw new InvalidInputException(column, "vaccination.upload.number", column);
	}

	static String required(String value, String column) {
		if (value == null || value.isBlank() || value.length() > 200) {
			throw new InvalidInputException(column, "vaccination.upload.required", column);
		}
		return vn.pccovid.core.VietnameseText.nfc(value.strip());
	}
}
