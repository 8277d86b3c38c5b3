package vn.pccovid.support;

import java.util.Set;
import java.util.UUID;

import vn.pccovid.access.NewStaffAccount;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.access.StaffAccount;
import vn.pccovid.access.StaffAccounts;

/** Staff accounts and their bearer tokens for full-stack tests: each call opens a fresh account. */
public final class AccessFixtures {

	public static final String PASSWORD = "correct-horse-battery";

	private final StaffAccounts accounts;
	private final Http http;

	public AccessFixtures(StaffAccounts accounts, Http http) {
		this.accounts = accounts;
		this.http = http;
	}

	/** Opens an account with this role and scope and returns it. */
	public StaffAccount account(Role role, Scope scope) {
		String username = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
		return accounts.openAsPlatform(new NewStaffAccount(username, "Cán bộ " + role.name(), PASSWORD, Set.of(role), scope));
	}

	/** A bearer token ("Bearer …" header value) for a fresh account with this role and scope. */
	public String bearer(Role role, Scope scope) {
		return bearer(account(role, scope).username());
	}

	/** A bearer token for an existing account with the fixture password. */
	public String bearer(String username) {
		Http.Response response = http.post("/api/v1/auth/token",
				"{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
		if (response.status() != 200) {
			throw new IllegalStateException("token for " + username + ": " + response.status() + " " + response.body());
		}
		return "Bearer " + response.json().get("accessToken").asString();
	}
}
