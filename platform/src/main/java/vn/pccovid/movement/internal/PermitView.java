package vn.pccovid.movement.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.pccovid.core.AreaCode;
import vn.pccovid.movement.PermitStatus;

/**
 * A permit as the API shows it.
 *
 * @param id        permit id
 * @param status    PENDING, APPROVED or REJECTED
 * @param qr        the signed QR (approved permits only)
 * @param validFrom first day
 * @param validTo   last day
 * @param zones     area codes the permit allows
 * @param purpose   purpose code
 * @param fullName  holder's name (staff lists and the citizen's own permits)
 * @param reason    the police's reason, when given
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PermitView(UUID id, PermitStatus status, String qr, LocalDate validFrom, LocalDate validTo, List<String> zones,
		String purpose, String fullName, Integer yearOfBirth, String ward, String reason) {

	static PermitView of(Permit p) {
		return new PermitView(p.id(), p.status(), p.qr(), p.validFrom(), p.validTo(),
				p.zones().stream().map(AreaCode::value).toList(), p.purpose(), p.fullName(), p.yearOfBirth(), p.ward().value(),
				p.reason());
	}
}
