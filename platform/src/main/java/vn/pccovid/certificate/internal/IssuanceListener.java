package vn.pccovid.certificate.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.pccovid.cases.CaseRecovered;
import vn.pccovid.testing.SampleResulted;
import vn.pccovid.testing.TestOutcome;
import vn.pccovid.vaccination.DoseAdministered;

/** Issues certificates when a dose, a negative result or a recovery is recorded (after that transaction commits). */
@Component
class IssuanceListener {

	private final CertificateIssuance issuance;

	IssuanceListener(CertificateIssuance issuance) {
		this.issuance = issuance;
	}

	@ApplicationModuleListener
	void on(DoseAdministered event) {
		var dose = event.dose();
		issuance.dose(new HealthFacts.Dose(dose.dose(), event.person(), dose.product(), dose.doseNumber(), dose.seriesDoses(),
				dose.administeredOn()), event.ward());
	}

	@ApplicationModuleListener
	void on(SampleResulted event) {
		if (event.outcome() == TestOutcome.NEGATIVE) {
			issuance.negativeTest(new HealthFacts.NegativeTest(event.sample(), event.person(), event.testType(), event.takenAt()),
					event.ward(), event.resultedAt(), event.site());
		}
	}

	@ApplicationModuleListener
	void on(CaseRecovered event) {
		issuance.recovery(new HealthFacts.Recovery(event.caseId(), event.person(), event.firstPositiveOn(), event.recoveredOn()));
	}
}
