package vn.pccovid.checkin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The hand-written reader of a batch item's time agrees with the JDK's, and leaves what it does not know to it. */
class BatchInstantsTest {

	@Test
	void readsUtcTimesExactlyAsInstantParseDoes() {
		SplittableRandom random = new SplittableRandom(9);
		Instant from = Instant.parse("1999-12-31T00:00:00Z");
		for (int i = 0; i < 20_000; i++) {
			Instant at = from.plusNanos(random.nextLong(40L * 366 * 86_400 * 1_000_000_000L));
			Instant truncated = switch (i % 4) {
				case 0 -> at.truncatedTo(ChronoUnit.SECONDS);
				case 1 -> at.truncatedTo(ChronoUnit.MILLIS);
				case 2 -> at.truncatedTo(ChronoUnit.MICROS);
				default -> at;
			};
			String text = truncated.toString();
			assertThat(BatchInstants.utc(text)).as(text).isEqualTo(Instant.parse(text)).isEqualTo(truncated);
		}
		assertThat(BatchInstants.utc("2021-08-14T07:45:12.5Z")).isEqualTo(Instant.parse("2021-08-14T07:45:12.500Z"));
		assertThat(BatchInstants.utc("2024-02-29T23:59:59Z")).isEqualTo(Instant.parse("2024-02-29T23:59:59Z"));
	}

	@Test
	void leavesOffsetsAndOddFormsToTheJdkAndRefusesNonsense() {
		assertThat(BatchInstants.utc("2021-08-14T14:45:12+07:00")).isNull();
		assertThat(BatchInstants.parse("2021-08-14T14:45:12+07:00")).isEqualTo(Instant.parse("2021-08-14T07:45:12Z"));
		assertThat(BatchInstants.parse("2021-08-14T07:45:12.123456789Z")).isEqualTo(Instant.parse("2021-08-14T07:45:12.123456789Z"));
		assertThat(BatchInstants.utc("2021-06-30T23:59:60Z")).isNull();
		assertThat(BatchInstants.parse("2021-06-30T23:59:60Z")).isEqualTo(Instant.parse("2021-06-30T23:59:60Z"));
		assertThat(BatchInstants.utc("2021-08-14T07:45:12.Z")).isNull();
		assertThat(BatchInstants.parse("2021-08-14T07:45:12.Z")).isEqualTo(Instant.parse("2021-08-14T07:45:12Z"));
		assertThat(BatchInstants.utc("2021-08-14T24:00:00Z")).isNull();
		assertThat(BatchInstants.parse("2021-08-14T24:00:00Z")).isEqualTo(Instant.parse("2021-08-14T24:00:00Z"));
		for (String bad : new String[] { "2021-02-29T10:00:00Z", "2021-13-01T10:00:00Z", "2021-04-31T10:00:00Z",
				"2021-08-14T07:60:00Z", "2021-08-14T07:45:12.1234567890Z",
				"2021-08-14 07:45:12Z", "2021-08-14T07:45:1xZ", "20a1-08-14T07:45:12Z", "2021-08-14T07:45:12", "yesterday", "" }) {
			assertThat(BatchInstants.utc(bad)).as(bad).isNull();
			assertThat(BatchInstants.parse(bad)).as(bad).isNull();
		}
		assertThat(BatchInstants.parse(null)).isNull();
		assertThat(BatchInstants.parse(OffsetDateTime.of(2021, 8, 14, 7, 45, 12, 0, ZoneOffset.UTC).toString()))
				.isEqualTo(Instant.parse("2021-08-14T07:45:12Z"));
	}
}
