package vn.pccovid.tracing.internal;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.pccovid.cases.CaseLevel;

/**
 * Computes one run: finds the contacts (outside any transaction: the index is in memory, the lookups are reads),
 * then stores them and marks the run done in one transaction — with the automatic setting, confirming every
 * contact in the same transaction, so cases and notices exist exactly when the run says DONE.
 */
@Component
class RunExecution {

	private final RunRecords runs;
	private final ContactFinder finder;
	private final ContactDecisions decisions;
	private final TracingSettings settings;
	private final TransactionTemplate transactions;
	private final Clock clock;

	RunExecution(RunRecords runs, ContactFinder finder, ContactDecisions decisions, TracingSettings settings,
			TransactionTemplate transactions, Clock clock) {
		this.runs = runs;
		this.finder = finder;
		this.decisions = decisions;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	void execute(UUID runId) {
		RunRecords.Run run = runs.find(runId).orElseThrow();
		ContactFinder.Result result = finder.find(run.person(), run.windowFrom(), run.windowTo());
		transactions.executeWithoutResult(status -> {
			RunRecords.Run locked = runs.findForUpdate(runId).orElseThrow();
			if (!"RUNNING".equals(locked.status())) {
				return;
			}
			runs.insertContacts(runId, result.contacts());
			int f1 = (int) result.contacts().stream().filter(c -> c.level == CaseLevel.F1).count();
			runs.finish(runId, clock.instant(), f1, result.contacts().size() - f1, result.f2Truncated());
			if (run.automatic() && settings.autoConfirm()) {
				for (RunRecords.Contact contact : runs.pending(runId)) {
					decisions.confirm(locked, contact, "tracing", "automatic confirmation (pccovid.tracing.auto-confirm)");
				}
			}
		});
	}

	void failed(UUID runId, RuntimeException e) {
		String message = e.getClass().getSimpleName();
		transactions.executeWithoutResult(status -> runs.fail(runId, clock.instant(), message));
	}
}
