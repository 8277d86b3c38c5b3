package vn.pccovid.access.internal;

import java.net.URI;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.access.NewStaffAccount;
import vn.pccovid.core.Permission;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.access.StaffAccount;
import vn.pccovid.access.StaffAccounts;
import vn.pccovid.core.KeysetPage;
import vn.pccovid.geo.Areas;

/**
 * Administrators open, change and list staff accounts within their own scope; every opening and change is audited
 * and every account shows who opened it.
 */
@RestController
@RequestMapping("/api/v1/access/accounts")
@Tag(name = "Staff accounts")
@Allowed(value = Permission.ACCOUNT_MANAGE, area = AreaRule.CALLER_SCOPE)
class AccountController {

	private final JdbcStaffAccounts accounts;
	private final Areas areas;

	AccountController(JdbcStaffAccounts accounts, Areas areas) {
		this.accounts = accounts;
		this.areas = areas;
	}

	/** A new account; {@code scopeArea} is a GSO code of any level, or absent for the whole country. */
	record OpenAccount(@NotBlank String username, @NotBlank String displayName, @NotBlank String password,
			@NotEmpty Set<Role> roles, String scopeArea) {
	}

	/** A change: {@code roles} replaces all roles, {@code scopeArea} a GSO code or {@code VN}; absent parts stay. */
	record ChangeAccount(Set<Role> roles, String scopeArea, Boolean locked) {
	}

	record AccountView(String id, String username, String displayName, List<Role> roles, String scope, boolean locked,
			String createdBy, java.time.Instant createdAt) {

		static AccountView of(StaffAccount account) {
			return new AccountView(account.id().toString(), account.username(), account.displayName(),
					account.roles().stream().sorted().toList(), account.scope().toString(), account.locked(),
					account.createdBy(), account.createdAt());
		}
	}

	@PostMapping
	@Operation(summary = "Open a staff account inside the caller's scope")
	ResponseEntity<AccountView> open(@Valid @RequestBody OpenAccount request, Actor actor) {
		Scope scope = request.scopeArea() == null || request.scopeArea().isBlank() ? Scope.NATIONAL
				: Scope.of(areas.get(request.scopeArea(), "scopeArea").code());
		StaffAccount account = accounts.open(actor,
				new NewStaffAccount(request.username(), request.displayName(), request.password(), request.roles(), scope));
		return ResponseEntity.created(URI.create("/api/v1/access/accounts/" + account.id())).body(AccountView.of(account));
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Change another account's roles, scope or lock inside the caller's scope (never one's own)")
	AccountView change(@PathVariable java.util.UUID id, @RequestBody ChangeAccount request, Actor actor) {
		Scope scope = request.scopeArea() == null ? null
				: request.scopeArea().isBlank() || "VN".equals(request.scopeArea().strip()) ? Scope.NATIONAL
						: Scope.of(areas.get(request.scopeArea(), "scopeArea").code());
		return AccountView.of(accounts.change(actor, id, new StaffAccounts.AccountChange(request.roles(), scope, request.locked())));
	}

	@GetMapping
	@Operation(summary = "Accounts inside the caller's scope, by username, keyset-paged")
	KeysetPage<AccountView> list(@RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int limit, Actor actor) {
		KeysetPage.checkedLimit(limit, 200);
		List<AccountView> found = accounts.within(actor.scope(), after, limit + 1).stream().map(AccountView::of).toList();
		return KeysetPage.of(found, limit, AccountView::username);
	}
}
