package vn.pccovid.checkin.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** The retention job never fails quietly: a drop that fails is raised (and logged as an ERROR). */
class CheckInRetentionFailureTest {

	@Test
	void raisesWhenAPartitionCannotBeDropped() {
		LocalDate today = LocalDate.of(2021, 9, 30);
		Partitions broken = new Partitions(null) {
			@Override
			void ensure(LocalDate day) {
			}

			@Override
			List<LocalDate> days() {
				return List.of(today.minusDays(40), today);
			}

			@Override
			void drop(LocalDate day) {
				throw new DataAccessResourceFailureException("lock timeout");
			}
		};
		CheckInRetention retention = new CheckInRetention(broken, new CheckInSettings(null, null, null, null, null, null),
				Clock.fixed(Instant.parse("2021-09-30T10:00:00Z"), ZoneOffset.UTC));
		assertThatThrownBy(retention::run).isInstanceOf(IllegalStateException.class).hasMessageContaining("retention failed")
				.hasCauseInstanceOf(DataAccessResourceFailureException.class);
	}
}
