package vn.pccovid.registry;

import java.util.List;

/**
 * The answer to an {@link IdentityClaim}: whether it matches, and which of the claimed fields do not. It never
 * carries registry data the caller did not send.
 *
 * @param match      whether every field matches
 * @param mismatches the claim's fields that do not match ({@code cccd} alone when the number is unknown)
 */
public record IdentityCheck(boolean match, List<String> mismatches) {

	public IdentityCheck {
		mismatches = List.copyOf(mismatches);
	}
}
