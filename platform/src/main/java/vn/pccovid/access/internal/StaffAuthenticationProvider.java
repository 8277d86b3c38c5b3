package vn.pccovid.access.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import vn.pccovid.core.ProblemException;

/**
 * The staff sign-in form's check, through the same rules (throttling included) as the token endpoint; a refusal
 * of any kind (wrong password, or a wait) is one answer, the form's "wrong username or password".
 */
@Component
class StaffAuthenticationProvider implements AuthenticationProvider {

	private final StaffSignIn signIn;

	StaffAuthenticationProvider(StaffSignIn signIn) {
		this.signIn = signIn;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
		try {
			return new ActorAuthentication(signIn.signIn(authentication.getName(),
					String.valueOf(authentication.getCredentials()), address).asActor());
		}
		catch (ProblemException e) {
			throw new BadCredentialsException(e.messageKey());
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
