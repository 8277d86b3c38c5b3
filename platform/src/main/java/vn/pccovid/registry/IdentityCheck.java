package vn.pccovid.registry;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer to an {@link IdentityClaim}: whether it matches and, only for a caller who may read that citizen, which
 * of the claimed fields do not. It never carries registry data the caller did not send.
 *
 * @param match      whether every field matches
 * @param mismatches the claim's fields that do not match ({@code cccd} alone when the number is unknown); {@code null}
 *                   (absent in JSON) when the caller may not read the citizen, so the answer is not a field oracle
 */
public record IdentityCheck(boolean match, @JsonInclude(JsonInclude.Include.NON_NULL) List<String> mismatches) {

	public IdentityCheck {
		mismatches = mismatches == null ? null : List.copyOf(mismatches);
	}

	/** A bare yes/no, for callers who may not read the citizen. */
	public static IdentityCheck only(boolean match) {
		return new IdentityCheck(match, null);
	}
}
