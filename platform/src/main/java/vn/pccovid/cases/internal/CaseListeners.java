package vn.pccovid.cases.internal;

import java.time.LocalDate;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.pccovid.cases.CaseLevel;
import vn.pccovid.declaration.HealthDeclared;
import vn.pccovid.testing.SampleResulted;
import vn.pccovid.testing.TestOutcome;

/**
 * Turns other modules' findings into cases: a positive individual result makes an F0 (or raises the person's active
 * case to F0); a health declaration with symptoms or exposure opens a suspected case when the person has none.
 * Handled after the publisher's commit, at least once: both are idempotent (one active case per person).
 */
@Component
class CaseListeners {

	private final CaseBook book;

	CaseListeners(CaseBook book) {
		this.book = book;
	}

	@ApplicationModuleListener
	void on(SampleResulted result) {
		if (result.outcome() != TestOutcome.POSITIVE) {
			return;
		}
		LocalDate tested = LocalDate.ofInstant(result.takenAt(), CaseBook.VIETNAM);
		book.find(result.person(), CaseLevel.F0, result.ward(), tested, null, "testing",
				"positive " + result.testType() + " sample " + result.sample());
	}

	@ApplicationModuleListener
	void on(HealthDeclared declared) {
		if (!declared.raisesSuspicion()) {
			return;
		}
		book.find(declared.person(), CaseLevel.SUSPECTED, declared.ward(), declared.date(), null, "declaration",
				"health declaration " + declared.declaration());
	}
}
