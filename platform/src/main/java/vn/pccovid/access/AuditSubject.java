package vn.pccovid.access;

import java.util.Objects;
import java.util.UUID;

import vn.pccovid.core.AreaCode;

/**
 * The citizen whose data was touched, and the area their record belongs to (so admins search the log by scope).
 *
 * @param citizenId the registry's id of the citizen
 * @param area      the citizen's area of residence, or {@code null} when unknown
 */
public record AuditSubject(UUID citizenId, AreaCode area) {

	public AuditSubject {
		Objects.requireNonNull(citizenId, "citizenId");
	}
}
