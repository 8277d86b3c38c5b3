package vn.pccovid.registry.internal.demo;

import java.util.SplittableRandom;

/**
 * Ages drawn from Vietnam's population pyramid (2019 census, five-year bands as percent of the population: a wide
 * base of children and young working ages, narrowing above 60).
 */
final class AgePyramid {

	private static final double[] BANDS = { 8.2, 8.4, 7.4, 6.6, 7.0, 8.1, 8.3, 7.8, 7.3, 6.6, 6.0, 5.3, 4.4, 3.2, 2.0,
			1.3, 0.9, 0.6, 0.4 };

	private final WeightedChoice<Integer> bands = new WeightedChoice<>();

	AgePyramid() {
		for (int band = 0; band < BANDS.length; band++) {
			bands.add(band, BANDS[band]);
		}
	}

	/** An age in years, 0–99. */
	int age(SplittableRandom random) {
		int band = bands.pick(random);
		return band == BANDS.length - 1 ? 90 + random.nextInt(10) : band * 5 + random.nextInt(5);
	}

	/** An age within [min, max], drawn from the pyramid (by rejection, then uniformly if unlucky). */
	int ageBetween(int min, int max, SplittableRandom random) {
		for (int attempt = 0; attempt < 32; attempt++) {
			int age = age(random);
			if (age >= min && age <= max) {
				return age;
			}
		}
		return min + random.nextInt(max - min + 1);
	}
}
