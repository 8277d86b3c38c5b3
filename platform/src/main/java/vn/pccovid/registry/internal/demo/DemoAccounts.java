package vn.pccovid.registry.internal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.pccovid.access.NewStaffAccount;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.access.StaffAccounts;
import vn.pccovid.core.AreaCode;

/**
 * One demo staff account per role ({@code demo-registry-officer}, {@code demo-ward-police} …, password
 * {@value #PASSWORD}), scoped to the demo province; ward police and health workers to one ward. Accounts that
 * exist already are left alone.
 */
@Component
class DemoAccounts {

	static final String PASSWORD = "demo-password-2021";
	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
	private static final Set<Role> WARD_ROLES = Set.of(Role.WARD_POLICE, Role.HEALTH_WORKER, Role.ORGANISATION);

	private final StaffAccounts accounts;

	DemoAccounts(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	/** Opens the missing demo accounts; answers the usernames opened now. */
	List<String> open(AreaCode province, AreaCode ward) {
		List<String> opened = new ArrayList<>();
		for (Role role : Role.values()) {
			String username = DemoInstall.ACCOUNT_PREFIX + role.name().toLowerCase().replace('_', '-');
			if (accounts.findByUsername(username).isPresent()) {
				continue;
			}
			Scope scope = Scope.of(WARD_ROLES.contains(role) ? ward : province);
			accounts.openAsPlatform(new NewStaffAccount(username, "Demo " + role.name(), PASSWORD, Set.of(role), scope));
			log.info("Demo account {} ({}, scope {}) opened with the demo password", username, role, scope);
			opened.add(username);
		}
		return opened;
	}
}
