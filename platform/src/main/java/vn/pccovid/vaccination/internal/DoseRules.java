package vn.pccovid.vaccination.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.pccovid.core.InvalidInputException;
import vn.pccovid.vaccination.AdministeredDose;

/**
 * Which dose may come next, by the products' data: the dose number follows the last one; within the primary series
 * a dose waits the previous product's interval and is the same product or one the mixing rules allow; past the
 * series a booster waits the previous product's booster interval. No product is named in code.
 */
final class DoseRules {

	private final Map<String, Product> products;
	private final Set<String> mixing;

	DoseRules(Map<String, Product> products, Set<String> mixing) {
		this.products = products;
		this.mixing = mixing;
	}

	static String mixKey(String previous, String next, String kind) {
		return previous + ">" + next + ">" + kind;
	}

	/** The product, or a 400 on {@code product} naming the known codes. */
	Product product(String code) {
		Product product = code == null ? null : products.get(code.strip().toUpperCase(java.util.Locale.ROOT));
		if (product == null) {
			throw new InvalidInputException("product", "vaccination.product.unknown", String.join(", ", products.keySet()));
		}
		return product;
	}

	/**
	 * Checks that this dose may be given on this day after the person's earlier doses (oldest first): 400 on
	 * {@code doseNumber} (wrong number, too early) or {@code product} (mixing not allowed, no booster).
	 */
	void check(List<AdministeredDose> earlier, String productCode, int doseNumber, LocalDate on) {
		Product next = product(productCode);
		if (doseNumber != earlier.size() + 1) {
			throw new InvalidInputException("doseNumber", "vaccination.dose.number", earlier.size() + 1);
		}
		if (earlier.isEmpty()) {
			return;
		}
		AdministeredDose previous = earlier.get(earlier.size() - 1);
		Product before = product(previous.product());
		boolean booster = doseNumber > seriesOf(earlier);
		if (booster && before.boosterAfterDays() == null) {
			throw new InvalidInputException("product", "vaccination.dose.no-booster", before.code());
		}
		String kind = booster ? "BOOSTER" : "SERIES";
		boolean same = next.code().equals(before.code());
		if (!(same || mixing.contains(mixKey(before.code(), next.code(), kind)))) {
			throw new InvalidInputException("product", "vaccination.dose.mixing", before.code(), next.code());
		}
		LocalDate due = previous.administeredOn().plusDays(booster ? before.boosterAfterDays() : before.intervalDays());
		if (on.isBefore(due)) {
			throw new InvalidInputException("doseNumber", "vaccination.dose.too-early", doseNumber, due);
		}
	}

	/** Doses in the primary series, as the first dose's product defines it. */
	int seriesOf(List<AdministeredDose> earlier) {
		return earlier.isEmpty() ? 0 : product(earlier.get(0).product()).seriesDoses();
	}

	/** The next dose: its number and the first day it may be given (today for a first dose); null when none is allowed. */
	NextDose next(List<AdministeredDose> earlier, LocalDate today) {
		if (earlier.isEmpty()) {
			return new NextDose(1, today, false);
		}
		AdministeredDose previous = earlier.get(earlier.size() - 1);
		Product before = product(previous.product());
		boolean booster = earlier.size() >= seriesOf(earlier);
		if (booster && before.boosterAfterDays() == null) {
			return null;
		}
		return new NextDose(earlier.size() + 1,
				previous.administeredOn().plusDays(booster ? before.boosterAfterDays() : before.intervalDays()), booster);
	}

	/**
	 * The next dose due.
	 *
	 * @param doseNumber its number
	 * @param dueOn      the first day it may be given
	 * @param booster    whether it is a booster
	 */
	record NextDose(int doseNumber, LocalDate dueOn, boolean booster) {
	}
}
