package vn.pccovid.registry.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;

import vn.pccovid.access.Actor;
import vn.pccovid.core.CsvReader;
import vn.pccovid.core.UploadJobTable.RowError;
import vn.pccovid.core.VietnameseText;
import vn.pccovid.registry.NewCitizen;
import vn.pccovid.registry.Sex;
import vn.pccovid.registry.Violation;
import vn.pccovid.registry.internal.PopulationCopy.HouseholdRow;

/**
 * Reads and validates a population extract (UTF-8 CSV with a header row, columns in {@link #COLUMNS}, any order,
 * only {@link #REQUIRED} needed): every row against the registration rules and the importer's scope, CCCDs unique in
 * the file, rows sharing a {@code household_key} in one ward. Collects every error; writes nothing.
 */
final class ImportFile {

	static final List<String> COLUMNS = List.of("cccd", "cmnd", "full_name", "date_of_birth", "sex", "phone",
			"permanent_ward", "permanent_address", "current_ward", "current_address", "household_key",
			"temporary_resident", "homeless", "shipper");
	static final List<String> REQUIRED = List.of("cccd", "full_name", "date_of_birth", "sex", "current_ward");
	static final List<String> FREE_TEXT = List.of("full_name", "permanent_address", "current_address", "household_key");
	static final int MAX_ERRORS = 1000;
	static final int MAX_ROWS = 2_000_000;

	static final Map<String, String> FIELD_TO_COLUMN = Map.of("cccd", "cccd", "cmnd", "cmnd", "fullName",
			"full_name", "dateOfBirth", "date_of_birth", "sex", "sex", "phone", "phone", "permanentWard", "permanent_ward",
			"permanentAddress", "permanent_address", "currentWard", "current_ward", "currentAddress", "current_address");
	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

	final List<ValidCitizen> citizens = new ArrayList<>();
	final List<HouseholdRow> households = new ArrayList<>();
	final List<RowError> errors = new ArrayList<>();
	int total;
	int errorCount;
	private final Map<String, Integer> cccdRows = new HashMap<>();

	private final CitizenRules rules;
	private final Actor actor;

	ImportFile(CitizenRules rules, Actor actor) {
		this.rules = rules;
		this.actor = actor;
	}

	/** Validates the whole file; {@code progress} hears the rows done so far every 1,000 rows. */
	void validate(String text, IntConsumer progress) {
		CsvReader csv = new CsvReader(text);
		if (!csv.hasNext()) {
			error(1, "file", "registry.import.empty");
			return;
		}
		List<String> header = csv.next().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			if (!COLUMNS.contains(header.get(i)) || index.put(header.get(i), i) != null) {
				error(1, header.get(i), "registry.import.column", header.get(i), String.join(",", COLUMNS));
			}
		}
		REQUIRED.stream().filter(column -> !index.containsKey(column))
				.forEach(column -> error(1, column, "registry.import.missingColumn", column));
		if (errorCount > 0) {
			return;
		}
		Map<String, HouseholdRow> byKey = new LinkedHashMap<>();
		while (csv.hasNext()) {
			int line = csv.line();
			List<String> fields;
			try {
				fields = csv.next();
			}
			catch (IllegalArgumentException e) {
				error(line, "file", "registry.import.quote");
				break;
			}
			if (fields.size() == 1 && fields.get(0).isBlank()) {
				continue;
			}
			if (++total > MAX_ROWS) {
				error(line, "file", "registry.import.tooManyRows", MAX_ROWS);
				break;
			}
			row(line, fields, index, byKey);
			if (total % 1000 == 0) {
				progress.accept(total);
			}
		}
		if (total == 0 && errorCount == 0) {
			error(1, "file", "registry.import.empty");
		}
	}

	private void row(int line, List<String> fields, Map<String, Integer> index, Map<String, HouseholdRow> byKey) {
		if (fields.size() != index.size()) {
			error(line, "file", "registry.import.fieldCount", fields.size(), index.size());
			return;
		}
		Row row = new Row(fields, index);
		int before = errorCount;
		int reported = errors.size();
		unsafeText(line, fields, index);
		LocalDate birth = row.date(line, "date_of_birth");
		Sex sex = row.sex(line);
		Boolean temporary = row.flag(line, "temporary_resident");
		Boolean homeless = row.flag(line, "homeless");
		Boolean shipper = row.flag(line, "shipper");
		java.util.Set<String> unreadable = new java.util.HashSet<>();
		errors.subList(reported, errors.size()).forEach(error -> unreadable.add(error.field()));
		CitizenRules.Checked checked = rules.check(new NewCitizen(row.get("cccd"), row.get("cmnd"), row.get("full_name"),
				birth, sex, row.get("phone"), row.get("permanent_ward"), row.get("permanent_address"),
				row.get("current_ward"), row.get("current_address"), null, temporary, homeless, shipper));
		for (Violation violation : checked.violations()) {
			String column = FIELD_TO_COLUMN.getOrDefault(violation.field(), violation.field());
			if (!unreadable.contains(column)) {
				error(line, column, violation.messageKey(), violation.arguments());
			}
		}
		ValidCitizen citizen = checked.citizen();
		if (citizen == null || errorCount > before) {
			return;
		}
		if (!actor.scope().covers(citizen.area())) {
			error(line, "current_ward", "registry.import.outsideScope", citizen.currentWard());
			return;
		}
		Integer earlier = cccdRows.putIfAbsent(citizen.cccd(), line);
		if (earlier != null) {
			error(line, "cccd", "registry.import.duplicate", citizen.cccd(), earlier);
			return;
		}
		String key = row.get("household_key");
		if (citizen.homeless()) {
			citizens.add(citizen);
			return;
		}
		HouseholdRow household = key == null ? null : byKey.get(key);
		if (household == null) {
			household = new HouseholdRow(UUID.randomUUID(), citizen.area(), citizen.currentAddress());
			households.add(household);
			if (key != null) {
				byKey.put(key, household);
			}
		}
		else if (!household.area().equals(citizen.area())) {
			error(line, "household_key", "registry.import.householdWard", key);
			return;
		}
		citizens.add(citizen.inHousehold(household.id()));
	}

	/**
	 * Checks every raw field (before stripping, so a leading tab counts) against {@link TextRules}: character rules
	 * in every column, the formula rule in the free-text ones. A NUL would otherwise fail the whole {@code COPY}.
	 */
	private void unsafeText(int line, List<String> fields, Map<String, Integer> index) {
		for (String column : COLUMNS) {
			Integer i = index.get(column);
			if (i != null) {
				(FREE_TEXT.contains(column) ? TextRules.check(column, fields.get(i)) : TextRules.anyCharacterRule(column, fields.get(i)))
						.ifPresent(violation -> error(line, column, violation.messageKey(), violation.arguments()));
			}
		}
	}

	/** The line of the row with this CCCD, or 0. */
	int lineOf(String cccd) {
		return cccdRows.getOrDefault(cccd, 0);
	}

	/** Records a problem with a row against the column at fault. */
	void error(int line, String column, String key, Object... arguments) {
		errorCount++;
		if (errors.size() < MAX_ERRORS) {
			errors.add(new RowError(line, column, key, Arrays.stream(arguments).map(String::valueOf).toList()));
		}
	}

	/** One data row, its fields by column name. */
	private final class Row {

		private final List<String> fields;
		private final Map<String, Integer> index;

		Row(List<String> fields, Map<String, Integer> index) {
			this.fields = fields;
			this.index = index;
		}

		String get(String column) {
			Integer i = index.get(column);
			String value = i == null ? null : fields.get(i).strip();
			return value == null || value.isEmpty() ? null : value;
		}

		LocalDate date(int line, String column) {
			String text = get(column);
			if (text == null) {
				return null;
			}
			try {
				return text.contains("/") ? LocalDate.parse(text, DAY_MONTH_YEAR) : LocalDate.parse(text);
			}
			catch (DateTimeParseException e) {
				error(line, column, "registry.import.date", text);
				return null;
			}
		}

		Sex sex(int line) {
			String text = get("sex");
			if (text == null) {
				return null;
			}
			return switch (VietnameseText.fold(text)) {
				case "male", "nam", "m" -> Sex.MALE;
				case "female", "nu", "f" -> Sex.FEMALE;
				default -> {
					error(line, "sex", "registry.import.sex", text);
					yield null;
				}
			};
		}

		Boolean flag(int line, String column) {
			String text = get(column);
			if (text == null) {
				return false;
			}
			return switch (text.toLowerCase(Locale.ROOT)) {
				case "true", "1", "x", "yes", "co", "có" -> true;
				case "false", "0", "no", "khong", "không" -> false;
				default -> {
					error(line, column, "registry.import.flag", text);
					yield false;
				}
			};
		}
	}
}
