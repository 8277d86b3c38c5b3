package vn.pccovid.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import vn.pccovid.core.InvalidInputException;

/**
 * A citizen identity card number: 12 digits = {@code 0} + the GSO code of the province where the birth was
 * registered, a century-and-sex digit (0 male / 1 female born 1900–1999, 2/3 for 2000–2099, 4/5 for 2100–2199 …),
 * the last two digits of the birth year and six serial digits.
 * <p>
 * The constructor checks only the shape; {@link #violations} checks the number against a person's birth and sex
 * and the province catalogue.
 *
 * @param value the 12 digits, never {@code null}
 */
public record Cccd(String value) {

	/** Field name used in problems about the number. */
	public static final String FIELD = "cccd";

	public Cccd {
		if (!isWellFormed(value)) {
			throw new InvalidInputException(FIELD, "registry.cccd.format", String.valueOf(value));
		}
	}

	/** Whether the text is exactly 12 ASCII digits. */
	public static boolean isWellFormed(String text) {
		if (text == null || text.length() != 12) {
			return false;
		}
		for (int i = 0; i < 12; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	/** The GSO code of the province of birth registration (digits 2–3), meaningful only if digit 1 is {@code 0}. */
	public String birthProvince() {
		return value.substring(1, 3);
	}

	/** The century-and-sex digit (the 4th). */
	public int centuryDigit() {
		return value.charAt(3) - '0';
	}

	/** The sex the number encodes. */
	public Sex sex() {
		return centuryDigit() % 2 == 0 ? Sex.MALE : Sex.FEMALE;
	}

	/** The first year of the century the number encodes: 1900 for digits 0/1, 2000 for 2/3 … */
	public int centuryStart() {
		return 1900 + centuryDigit() / 2 * 100;
	}

	/** The birth year the number encodes. */
	public int birthYear() {
		return centuryStart() + Integer.parseInt(value.substring(4, 6));
	}

	/** The century-and-sex digit for a person born in this year with this sex; {@code -1} before 1900. */
	public static int centuryDigit(int birthYear, Sex sex) {
		if (birthYear < 1900 || birthYear > 2399) {
			return -1;
		}
		return (birthYear - 1900) / 100 * 2 + (sex == Sex.FEMALE ? 1 : 0);
	}

	/**
	 * What is wrong with this number for a person born on this day with this sex: an unknown province of birth,
	 * a century digit that fits neither the birth year nor the sex, a year that is not the birth year. Empty when
	 * it fits. A {@code null} birth date or sex skips the checks that need it.
	 */
	public List<Violation> violations(LocalDate dateOfBirth, Sex sex, Predicate<String> isProvinceCode) {
		List<Violation> violations = new ArrayList<>(2);
		if (value.charAt(0) != '0' || !isProvinceCode.test(birthProvince())) {
			violations.add(new Violation(FIELD, "registry.cccd.province", value.substring(0, 3)));
		}
		if (dateOfBirth != null && centuryStart() != dateOfBirth.getYear() / 100 * 100) {
			violations.add(new Violation(FIELD, "registry.cccd.century", centuryDigit(), dateOfBirth.getYear()));
		}
		else if (dateOfBirth != null && birthYear() != dateOfBirth.getYear()) {
			violations.add(new Violation(FIELD, "registry.cccd.year", value.substring(4, 6), dateOfBirth.getYear()));
		}
		if (sex != null && sex() != sex) {
			violations.add(new Violation(FIELD, "registry.cccd.sex", centuryDigit(), sex.cardWord()));
		}
		return violations;
	}

	@Override
	public String toString() {
		return value;
	}
}
