package vn.pccovid.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.pccovid.cases.CaseLevel;
import vn.pccovid.cases.CaseState;

/** The shapes the case API answers with. */
final class CaseViews {

	private CaseViews() {
	}

	/**
	 * A case in a list.
	 *
	 * @param id       the case
	 * @param personId registry id
	 * @param status   the level: F0, F1, F2 or SUSPECTED
	 * @param state    where it stands in its lifecycle
	 * @param since    when it reached that state
	 * @param wardCode the 5-digit ward code
	 */
	record Item(UUID id, UUID personId, CaseLevel status, CaseState state, Instant since, String wardCode) {

		static Item of(CaseRecords.Row row) {
			return new Item(row.id(), row.person(), row.level(), row.state(), row.since(), row.ward().value());
		}
	}

	/** One case with its whole history, oldest change first. */
	record Detail(UUID id, UUID personId, CaseLevel status, CaseState state, Instant since, String wardCode,
			String wardPath, LocalDate referenceDate, LocalDate firstPositiveOn, UUID sourceCase, List<Change> history) {

		static Detail of(CaseRecords.Row row, List<CaseRecords.Transition> history) {
			return new Detail(row.id(), row.person(), row.level(), row.state(), row.since(), row.ward().value(),
					row.ward().path(), row.referenceDate(), row.firstPositiveOn(), row.sourceCase(),
					history.stream().map(Change::of).toList());
		}
	}

	/** One change: from what, to what, when, by whom and why. */
	record Change(CaseLevel fromLevel, CaseState fromState, CaseLevel toLevel, CaseState toState, Instant at, String actor,
			String reason) {

		static Change of(CaseRecords.Transition t) {
			return new Change(t.fromLevel(), t.fromState(), t.toLevel(), t.toState(), t.at(), t.actor(), t.reason());
		}
	}
}
