package vn.pccovid.access.internal;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import vn.pccovid.access.Actor;

/** Citizens' code sign-in for the web: the same codes and limits as the API, ending in a session instead of a token. */
@Component
public class CitizenWebSignIn {

	private final CitizenSignIn codes;
	private final SecurityContextRepository contexts;

	CitizenWebSignIn(CitizenSignIn codes, SecurityContextRepository contexts) {
		this.codes = codes;
		this.contexts = contexts;
	}

	public Instant sendCode(String phone, HttpServletRequest request) {
		return codes.sendCode(phone, request.getRemoteAddr());
	}

	/** Checks the code and, when right, signs the citizen into a fresh session. */
	public Actor signIn(String phone, String code, HttpServletRequest request, HttpServletResponse response) {
		Actor citizen = codes.verify(phone, code, request.getRemoteAddr());
		request.getSession(true);
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new ActorAuthentication(citizen));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		return citizen;
	}
}
