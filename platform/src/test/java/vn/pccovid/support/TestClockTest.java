package vn.pccovid.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The test clock stands still until moved, and a reset undoes every move. */
class TestClockTest {

	@Test
	void movesOnlyWhenAdvancedAndResetsToItsStart() {
		TestClock clock = new TestClock(ZoneOffset.UTC);
		Instant start = clock.instant();
		assertThat(clock.instant()).isEqualTo(start);
		clock.advance(Duration.ofMinutes(16));
		assertThat(clock.instant()).isEqualTo(start.plus(Duration.ofMinutes(16)));
		clock.reset();
		assertThat(clock.instant()).isEqualTo(start);
	}
}
