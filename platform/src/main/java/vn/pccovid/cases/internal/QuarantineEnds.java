package vn.pccovid.cases.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.pccovid.cases.CaseLevel;
import vn.pccovid.cases.CaseState;

/**
 * Clears F1 and F2 cases whose quarantine period has passed, with a history row by {@code period}; an F1 who
 * became an F0 meanwhile is no longer quarantined and stays. Runs hourly, in batches.
 */
@Component
class QuarantineEnds {

	private static final int BATCH = 500;

	private final CaseRecords records;
	private final CaseBook book;
	private final CaseSettings settings;
	private final TransactionTemplate transactions;
	private final Clock clock;

	QuarantineEnds(CaseRecords records, CaseBook book, CaseSettings settings, TransactionTemplate transactions, Clock clock) {
		this.records = records;
		this.book = book;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${pccovid.cases.clearance-interval:PT1H}", initialDelayString = "PT3M")
	void scheduled() {
		clearDue();
	}

	/** Clears every case due today; answers how many. */
	int clearDue() {
		LocalDate today = LocalDate.now(clock.withZone(CaseBook.VIETNAM));
		return clear(CaseLevel.F1, today.minusDays(settings.f1QuarantineDays()))
				+ clear(CaseLevel.F2, today.minusDays(settings.f2QuarantineDays()));
	}

	private int clear(CaseLevel level, LocalDate contactBefore) {
		int cleared = 0;
		while (true) {
			Integer batch = transactions.execute(status -> {
				var due = records.quarantineEndedBefore(level, contactBefore, BATCH);
				for (CaseRecords.Row row : due) {
					records.findForUpdate(row.id()).filter(locked -> locked.state() == CaseState.QUARANTINED)
							.ifPresent(locked -> book.transition(locked, CaseState.CLEARED, "period",
									"quarantine of " + level + " ended (contact on " + locked.referenceDate() + ")"));
				}
				return due.size();
			});
			cleared += batch;
			if (batch < BATCH) {
				return cleared;
			}
		}
	}
}
