package vn.pccovid.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.access.Role;
import vn.pccovid.access.StaffAccount;
import vn.pccovid.core.UnauthorizedException;

/** Sign-in for API clients: staff and partner systems by password, citizens by a code sent to their phone. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Sign-in", description = "Bearer tokens for staff, partner systems and citizens")
@Allowed(area = AreaRule.PUBLIC)
class AuthController {

	private final StaffSignIn staff;
	private final CitizenSignIn citizens;
	private final Tokens tokens;
	private final JdbcStaffAccounts accounts;
	private final Clock clock;

	AuthController(StaffSignIn staff, CitizenSignIn citizens, Tokens tokens, JdbcStaffAccounts accounts, Clock clock) {
		this.staff = staff;
		this.citizens = citizens;
		this.tokens = tokens;
		this.accounts = accounts;
		this.clock = clock;
	}

	record PasswordSignIn(@NotBlank String username, @NotBlank String password) {
	}

	record RefreshRequest(@NotBlank String refreshToken) {
	}

	record CodeRequest(@NotBlank String phone) {
	}

	record CodeSignIn(@NotBlank String phone, @NotBlank String code) {
	}

	record CodeSent(String phone, long expiresIn) {
	}

	/** Who the caller is, and the purposes they may give when reading personal data (the default first). */
	record Me(Actor.Kind kind, String name, java.util.List<Role> roles, String scope, java.util.List<String> purposes) {
	}

	@PostMapping("/token")
	@Operation(summary = "Staff or partner sign-in with username and password; repeated failures are slowed down "
			+ "(429 with Retry-After), the same way for every username")
	Tokens.IssuedTokens token(@Valid @RequestBody PasswordSignIn request, HttpServletRequest http) {
		return tokens.issue(staff.signIn(request.username(), request.password(), http.getRemoteAddr()).asActor());
	}

	@PostMapping("/refresh")
	@Operation(summary = "A new token pair for a live refresh token (which is used up; presenting a used one revokes "
			+ "every refresh token of that sign-in)")
	Tokens.IssuedTokens refresh(@Valid @RequestBody RefreshRequest request) {
		return tokens.refresh(request.refreshToken(), this::actorOf)
				.orElseThrow(() -> new UnauthorizedException("access.token.invalid"));
	}

	/** The actor a refresh token's subject ({@code KIND:id}) stands for now; nothing for a locked or deleted account. */
	private java.util.Optional<Actor> actorOf(String subject) {
		String id = subject.substring(subject.indexOf(':') + 1);
		if (subject.startsWith(Actor.Kind.CITIZEN.name())) {
			return java.util.Optional.of(Actor.citizen(id));
		}
		return accounts.findById(UUID.fromString(id)).filter(account -> !account.locked()).map(StaffAccount::asActor);
	}

	@PostMapping("/otp")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Send a 6-digit sign-in code to a citizen's phone (rate-limited per phone and IP; 429 with Retry-After)")
	CodeSent sendCode(@Valid @RequestBody CodeRequest request, HttpServletRequest http) {
		var expiresAt = citizens.sendCode(request.phone(), http.getRemoteAddr());
		String phone = vn.pccovid.core.PhoneNumber.parse(request.phone()).map(vn.pccovid.core.PhoneNumber::value).orElseThrow();
		return new CodeSent(phone, Duration.between(clock.instant(), expiresAt).toSeconds());
	}

	@PostMapping("/otp/verify")
	@Operation(summary = "Exchange the phone's live code for a citizen's bearer token")
	Tokens.IssuedTokens verifyCode(@Valid @RequestBody CodeSignIn request, HttpServletRequest http) {
		return tokens.issue(citizens.verify(request.phone(), request.code(), http.getRemoteAddr()));
	}

	@GetMapping("/me")
	@Operation(summary = "Who the current token or session speaks for")
	Me me(Actor actor) {
		return new Me(actor.kind(), actor.name(), actor.roles().stream().sorted().toList(), actor.scope().toString(),
				actor.purposes());
	}
}
