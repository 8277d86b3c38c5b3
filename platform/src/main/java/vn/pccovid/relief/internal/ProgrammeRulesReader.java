package vn.pccovid.relief.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import vn.pccovid.cases.CaseLevel;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.VietnameseText;

/** Reads a {@link NewProgramme} into a {@link Programme}: a 400 naming the first field at fault, nothing stored. */
final class ProgrammeRulesReader {

	static final long MAX_AMOUNT = 100_000_000;
	static final int MAX_PERIODS = 24;

	private ProgrammeRulesReader() {
	}

	static Programme read(NewProgramme request, String areaPath) {
		if (request == null) {
			throw new InvalidInputException("name", "relief.programme.name");
		}
		String name = text(request.name(), "name", "relief.programme.name");
		String basis = text(request.basis(), "basis", "relief.programme.basis");
		if (request.amount() == null || request.amount() < 1 || request.amount() > MAX_AMOUNT) {
			throw new InvalidInputException("amount", "relief.programme.amount", MAX_AMOUNT);
		}
		Per per = one(request.per(), Per::valueOf, "per", "relief.programme.per");
		return new Programme(UUID.randomUUID(), name, basis, request.amount(), per, periods(request.periods()),
				rules(request.rules()), areaPath);
	}

	private static List<YearMonth> periods(List<String> periods) {
		if (periods == null || periods.isEmpty() || periods.size() > MAX_PERIODS) {
			throw new InvalidInputException("periods", "relief.programme.periods", MAX_PERIODS);
		}
		List<YearMonth> months = new ArrayList<>();
		for (String period : periods) {
			YearMonth month = period(period, "periods");
			if (months.contains(month)) {
				throw new InvalidInputException("periods", "relief.programme.periods.repeated", month.toString());
			}
			months.add(month);
		}
		months.sort(null);
		return months;
	}

	/** A month {@code 2021-09}, or a 400 naming the field. */
	static YearMonth period(String text, String field) {
		try {
			if (text == null || !text.strip().matches("\\d{4}-\\d{2}")) {
				throw new DateTimeParseException("shape", String.valueOf(text), 0);
			}
			return YearMonth.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, "relief.programme.period", String.valueOf(text));
		}
	}

	private static EligibilityRules rules(NewProgramme.Rules rules) {
		if (rules == null) {
			return new EligibilityRules(null, null, null, null, null, null);
		}
		age(rules.minAge(), "rules.minAge");
		age(rules.maxAge(), "rules.maxAge");
		if (rules.minAge() != null && rules.maxAge() != null && rules.maxAge() < rules.minAge()) {
			throw new InvalidInputException("rules.maxAge", "relief.programme.age.order");
		}
		Set<Residency> residence = all(rules.residence(), Residency::valueOf, Residency.class, "rules.residence");
		Set<ReliefFlag> flags = all(rules.flags(), ReliefFlag::valueOf, ReliefFlag.class, "rules.flags");
		Set<CaseLevel> levels = all(rules.caseStatus(), CaseLevel::valueOf, CaseLevel.class, "rules.caseStatus");
		if (levels.contains(CaseLevel.SUSPECTED)) {
			throw new InvalidInputException("rules.caseStatus", "relief.programme.value", "SUSPECTED");
		}
		EligibilityRules.Window window = null;
		if (rules.caseWithin() != null) {
			LocalDate from = date(rules.caseWithin().from(), "rules.caseWithin.from");
			LocalDate to = date(rules.caseWithin().to(), "rules.caseWithin.to");
			if (to.isBefore(from)) {
				throw new InvalidInputException("rules.caseWithin.to", "relief.programme.window.order");
			}
			window = new EligibilityRules.Window(from, to);
		}
		return new EligibilityRules(rules.minAge(), rules.maxAge(), residence, flags, levels, window);
	}

	private static void age(Integer age, String field) {
		if (age != null && (age < 0 || age > 150)) {
			throw new InvalidInputException(field, "relief.programme.age");
		}
	}

	private static LocalDate date(String text, String field) {
		try {
			return LocalDate.parse(String.valueOf(text).strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, "relief.programme.date");
		}
	}

	private static <E extends Enum<E>> Set<E> all(List<String> values, Function<String, E> parse, Class<E> type, String field) {
		Set<E> set = EnumSet.noneOf(type);
		if (values != null) {
			values.forEach(value -> set.add(one(value, parse, field, "relief.programme.value")));
		}
		return set;
	}

	private static <E> E one(String value, Function<String, E> parse, String field, String key) {
		try {
			return parse.apply(String.valueOf(value).strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(field, key, shown(value));
		}
	}

	private static String text(String value, String field, String key) {
		String text = value == null ? "" : VietnameseText.nfc(value).strip();
		if (text.isEmpty() || text.length() > 200) {
			throw new InvalidInputException(field, key);
		}
		return text;
	}

	private static String shown(String value) {
		String text = String.valueOf(value);
		return text.length() > 30 ? text.substring(0, 30) + "…" : text;
	}
}
