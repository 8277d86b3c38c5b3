package vn.pccovid.tracing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.pccovid.core.AreaCode;

/**
 * The fast F1/F2 loops of {@link Scratch} against a plain reference written from the rules (F1: at a venue within
 * ± the window of one of the F0's check-ins in [start, end); F2: at a venue within the window of an F1's check-in from
 * that F1's first contact on, neither the F0 nor an F1), on random check-ins dense enough that every F0 has many F1s
 * and F2s reached by several paths.
 */
class CoPresenceScratchTest {

	private static final AreaCode WARD = AreaCode.ward("01", "001", "00001");
	private static final int WINDOW = 3600;

	@Test
	void theFastLoopsFindWhatTheRulesSay() {
		Random random = new Random(12);
		CheckInIndex index = new CheckInIndex();
		int persons = 2_000;
		int venues = 300;
		int base = CheckInIndex.second(Instant.parse("2021-08-01T00:00:00Z"));
		Map<Integer, java.util.List<int[]>> byPerson = new HashMap<>();
		Map<Integer, java.util.List<int[]>> byVenue = new HashMap<>();
		for (int p = 0; p < persons; p++) {
			for (int k = 0; k < 12; k++) {
				int venue = random.nextInt(venues);
				int second = base + random.nextInt(4 * 86_400);
				int[] checkIn = { p, venue, second };
				byPerson.computeIfAbsent(p, x -> new java.util.ArrayList<>()).add(checkIn);
				byVenue.computeIfAbsent(venue, x -> new java.util.ArrayList<>()).add(checkIn);
				index.add(person(p), venue(venue), WARD, CheckInIndex.instant(second));
			}
		}
		int start = base + 86_400;
		int end = base + 3 * 86_400;
		long totalF2 = 0;
		for (int f0 = 0; f0 < 50; f0++) {
			int p = index.numberOf(person(f0));
			Scratch scratch = Scratch.of(index.personCount());
			Set<UUID> f1 = ids(index, scratch.trace(index, p, start, end, WINDOW));
			Set<UUID> f2 = ids(index, scratch.f2());

			Map<Integer, Integer> expectedF1 = new HashMap<>(); // person → first contact second
			for (int[] own : byPerson.get(f0)) {
				if (own[2] >= start && own[2] < end) {
					for (int[] other : byVenue.get(own[1])) {
						if (other[0] != f0 && other[1] == own[1] && Math.abs(other[2] - own[2]) <= WINDOW) {
							expectedF1.merge(other[0], Math.min(own[2], other[2]), Math::min);
						}
					}
				}
			}
			Set<Integer> expectedF2 = new HashSet<>();
			for (var contact : expectedF1.entrySet()) {
				for (int[] own : byPerson.get(contact.getKey())) {
					if (own[2] >= contact.getValue() && own[2] < end) {
						for (int[] other : byVenue.get(own[1])) {
							if (other[0] != f0 && !expectedF1.containsKey(other[0]) && other[1] == own[1]
									&& Math.abs(other[2] - own[2]) <= WINDOW) {
								expectedF2.add(other[0]);
							}
						}
					}
				}
			}
			assertThat(f1).isEqualTo(uuids(expectedF1.keySet()));
			assertThat(f2).isEqualTo(uuids(expectedF2));
			assertThat(scratch.f2()).doesNotHaveDuplicates();
			for (int contact : expectedF1.keySet()) {
				assertThat(scratch.firstContact(index.numberOf(person(contact)))).isEqualTo(expectedF1.get(contact));
			}
			totalF2 += f2.size();
		}
		assertThat(totalF2).as("the data reaches F2s").isGreaterThan(500);
	}

	private static Set<UUID> ids(CheckInIndex index, int[] numbers) {
		Set<UUID> ids = new HashSet<>();
		for (int number : numbers) {
			ids.add(index.person(number));
		}
		return ids;
	}

	private static Set<UUID> uuids(Set<Integer> persons) {
		Set<UUID> ids = new HashSet<>();
		for (int p : persons) {
			ids.add(person(p));
		}
		return ids;
	}

	private static UUID person(int i) {
		return new UUID(0x7ace000000000000L, i);
	}

	private static UUID venue(int i) {
		return new UUID(0x7e00000000000000L, i);
	}
}
