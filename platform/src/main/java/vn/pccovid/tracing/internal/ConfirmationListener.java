package vn.pccovid.tracing.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.pccovid.cases.CaseConfirmed;

/** Every confirmed F0 is traced at once: a run is queued after the confirmation committed. */
@Component
class ConfirmationListener {

	private final TracingRuns runs;

	ConfirmationListener(TracingRuns runs) {
		this.runs = runs;
	}

	@ApplicationModuleListener
	void on(CaseConfirmed confirmed) {
		runs.automatic(confirmed.caseId());
	}
}
