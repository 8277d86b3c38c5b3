package vn.pccovid.testing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.Permission;
import vn.pccovid.testing.DailyTestCount;
import vn.pccovid.testing.TestCounts;

/** Daily testing figures of the caller's area. */
@RestController
@Tag(name = "Testing")
class CountsController {

	private final TestCounts counts;
	private final Clock clock;

	CountsController(TestCounts counts, Clock clock) {
		this.counts = counts;
		this.clock = clock;
	}

	@GetMapping("/api/v1/testing/counts")
	@Allowed({ Permission.RESULT_READ, Permission.RESULT_RECORD, Permission.TESTING_SITE_MANAGE })
	@Operation(summary = "Per ward of the caller's area: samples taken, pooled tubes, positives, positive rate on a day", description = "?date= (default today, Vietnam time). Aggregates only.")
	List<Row> counts(Actor actor, @RequestParam(required = false) LocalDate date) {
		LocalDate day = date == null ? LocalDate.now(clock.withZone(SamplingSiteManagement.VIETNAM)) : date;
		return counts.countsOn(day, actor.scope().area()).stream().map(Row::of).toList();
	}

	/**
	 * One ward.
	 *
	 * @param ward         5-digit ward code
	 * @param samples      people sampled
	 * @param pooledTubes  pooled tubes
	 * @param positives    individual positives
	 * @param positiveRate positives among decided samples
	 */
	record Row(String ward, long samples, long pooledTubes, long positives, double positiveRate) {

		static Row of(DailyTestCount count) {
			return new Row(count.ward().value(), count.samples(), count.pooledTubes(), count.positives(),
					Math.round(count.positiveRate() * 10_000) / 10_000.0);
		}
	}
}
