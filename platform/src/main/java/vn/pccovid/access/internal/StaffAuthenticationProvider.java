package vn.pccovid.access.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import vn.pccovid.core.UnauthorizedException;

/** The staff sign-in form's check, through the same rules (lockout included) as the token endpoint. */
@Component
class StaffAuthenticationProvider implements AuthenticationProvider {

	private final StaffSignIn signIn;

	StaffAuthenticationProvider(StaffSignIn signIn) {
		this.signIn = signIn;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		try {
			return new ActorAuthentication(signIn.signIn(authentication.getName(),
					String.valueOf(authentication.getCredentials())).asActor());
		}
		catch (UnauthorizedException e) {
			throw new BadCredentialsException(e.messageKey());
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
