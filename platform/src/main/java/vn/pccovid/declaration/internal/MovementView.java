package vn.pccovid.declaration.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.pccovid.declaration.DeclaredMovement;
import vn.pccovid.declaration.Vehicle;

/**
 * A movement declaration as the API shows it: the citizen's history carries its signed QR, staff lists carry who
 * travels (name, year of birth) instead.
 *
 * @param id          its id
 * @param personId    the traveller
 * @param fullName    their name (staff lists only)
 * @param yearOfBirth their year of birth (staff lists only)
 * @param date        the day of travel
 * @param fromWard    5-digit ward code
 * @param toWard      5-digit ward code
 * @param purpose     as typed
 * @param vehicle     how
 * @param filedAt     when
 * @param qr          the signed QR text (citizen's history only)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record MovementView(UUID id, UUID personId, String fullName, Integer yearOfBirth, LocalDate date, String fromWard,
		String toWard, String purpose, Vehicle vehicle, Instant filedAt, String qr) {

	static MovementView own(MovementDeclarationRecords.Row row, String qr) {
		DeclaredMovement m = row.movement();
		return new MovementView(m.declaration(), m.person(), null, null, m.date(), m.fromWard().value(), m.toWard().value(),
				m.purpose(), m.vehicle(), row.filedAt(), qr);
	}

	static MovementView forStaff(MovementDeclarationRecords.Row row, String fullName, Integer yearOfBirth) {
		DeclaredMovement m = row.movement();
		return new MovementView(m.declaration(), m.person(), fullName, yearOfBirth, m.date(), m.fromWard().value(),
				m.toWard().value(), m.purpose(), m.vehicle(), row.filedAt(), null);
	}
}
