package vn.pccovid.declaration.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A health declaration as the API shows it. Staff lists add who it is about (name, year of birth, ward); a
 * citizen's own history leaves those out (absent in JSON).
 *
 * @param id          its id
 * @param personId    whom it is about
 * @param fullName    their name (staff lists only)
 * @param yearOfBirth their year of birth (staff lists only)
 * @param ward        their ward's 5-digit code when filed (staff lists only)
 * @param date        the day described
 * @param symptoms    symptom codes
 * @param exposures   exposure codes
 * @param suspicious  whether it declares a symptom or exposure
 * @param filedBy     {@code CITIZEN}, {@code STAFF} or {@code DEMO}
 * @param filedAt     when
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record HealthView(UUID id, UUID personId, String fullName, Integer yearOfBirth, String ward, LocalDate date,
		List<String> symptoms, List<String> exposures, boolean suspicious, String filedBy, Instant filedAt) {

	static HealthView own(HealthDeclarationRecords.Row row) {
		return new HealthView(row.id(), row.personId(), null, null, null, row.date(), row.symptoms(), row.exposures(),
				row.suspicious(), row.filedBy().name(), row.filedAt());
	}

	static HealthView forStaff(HealthDeclarationRecords.Row row, String fullName, Integer yearOfBirth) {
		return new HealthView(row.id(), row.personId(), fullName, yearOfBirth, row.area().value(), row.date(),
				row.symptoms(), row.exposures(), row.suspicious(), row.filedBy().name(), row.filedAt());
	}
}
