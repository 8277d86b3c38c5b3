package vn.pccovid.movement.internal;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.pccovid.core.InvalidInputException;
import vn.pccovid.vaccination.AdministeredDose;
import vn.pccovid.vaccination.VaccinationRecords;

/**
 * {@code VACCINATION}: the province's vaccination rule. Parameter {@code doses} or {@code doses:days} — at least that
 * many doses, the one that reached the count given at least {@code days} days before today ({@code 2:14}: two
 * doses, the second 14 days ago or more). Reason: {@code VACCINATION_REQUIRED}. Without the vaccination module it
 * adds nothing.
 */
@Component
class VaccinationRule implements CheckpointRule {

	private final ObjectProvider<VaccinationRecords> vaccinations;

	VaccinationRule(ObjectProvider<VaccinationRecords> vaccinations) {
		this.vaccinations = vaccinations;
	}

	/** A parsed parameter. */
	record Requirement(int doses, int days) {
	}

	@Override
	public String code() {
		return "VACCINATION";
	}

	@Override
	public void validate(String parameter, String field) {
		requirement(parameter, field);
	}

	@Override
	public void check(String parameter, ScanSubject subject, List<String> reasons) {
		VaccinationRecords records = vaccinations.getIfAvailable();
		if (records == null || subject.person() == null) {
			return;
		}
		Requirement required = requirement(parameter, "parameter");
		List<AdministeredDose> doses = records.dosesOf(subject.person());
		boolean enough = doses.size() >= required.doses() && (required.doses() == 0 || !doses.get(required.doses() - 1)
				.administeredOn().plusDays(required.days()).isAfter(subject.today()));
		if (!enough) {
			reasons.add("VACCINATION_REQUIRED");
		}
	}

	static Requirement requirement(String parameter, String field) {
		try {
			String[] parts = parameter.strip().split(":", 2);
			int doses = Integer.parseInt(parts[0].strip());
			int days = parts.length > 1 ? Integer.parseInt(parts[1].strip()) : 0;
			if (doses < 1 || doses > 5 || days < 0 || days > 365) {
				throw new NumberFormatException();
			}
			return new Requirement(doses, days);
		}
		catch (RuntimeException e) {
			throw new InvalidInputException(field, "movement.rules.vaccination", String.valueOf(parameter));
		}
	}
}
