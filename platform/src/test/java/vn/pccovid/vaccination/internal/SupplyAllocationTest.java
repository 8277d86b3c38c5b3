package vn.pccovid.vaccination.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Supply shares are whole doses that always sum to the incoming doses, and follow need and coverage gap. */
class SupplyAllocationTest {

	static SupplyAllocation.Claim claim(String name, long registered, long stock, long gap) {
		return new SupplyAllocation.Claim(name, name, "01.001.00001", registered, stock, gap);
	}

	@Test
	void sharesAlwaysSumToTheIncomingDoses() {
		SplittableRandom random = new SplittableRandom(2021);
		for (int round = 0; round < 2_000; round++) {
			List<SupplyAllocation.Claim> claims = new ArrayList<>();
			int sites = 1 + random.nextInt(30);
			for (int i = 0; i < sites; i++) {
				claims.add(claim("s" + i, random.nextInt(5_000), random.nextInt(3_000), random.nextInt(10_000)));
			}
			long incoming = random.nextInt(200_000);
			List<SupplyAllocation.Share> shares = SupplyAllocation.allocate(incoming, claims);
			assertThat(shares.stream().mapToLong(SupplyAllocation.Share::doses).sum()).isEqualTo(incoming);
			assertThat(shares).allSatisfy(s -> assertThat(s.doses()).isNotNegative());
		}
	}

	@Test
	void needBeyondStockAndHalfTheGapDecide() {
		List<SupplyAllocation.Share> shares = SupplyAllocation.allocate(1_000, List.of(
				claim("busy", 900, 100, 0),      // need 800 → weight 800
				claim("stocked", 500, 600, 0),   // need 0 → weight 0
				claim("unreached", 0, 0, 400))); // gap 400 → weight 200
		assertThat(shares).extracting(SupplyAllocation.Share::doses).containsExactly(800L, 0L, 200L);
		assertThat(shares.get(0).share()).isEqualTo(0.8);
	}

	@Test
	void withoutAnyWeightTheDosesAreSplitEvenlyAndRemaindersGoFirstCome() {
		List<SupplyAllocation.Share> shares = SupplyAllocation.allocate(10,
				List.of(claim("a", 0, 0, 0), claim("b", 0, 0, 0), claim("c", 0, 0, 0)));
		assertThat(shares).extracting(SupplyAllocation.Share::doses).containsExactly(4L, 3L, 3L);
		assertThat(SupplyAllocation.allocate(0, List.of(claim("a", 10, 0, 0)))).extracting(SupplyAllocation.Share::doses)
				.containsExactly(0L);
	}
}
