package vn.pccovid.access.internal;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.pccovid.core.ConsoleMenuEntry;
import vn.pccovid.core.Permission;

/** The access module's console entries: the audit log and staff accounts, for administrators. */
@Configuration(proxyBeanMethods = false)
class AccessConsoleMenu {

	@Bean
	ConsoleMenuEntry accessAuditMenuEntry() {
		return new ConsoleMenuEntry("/console/audit", "nav.audit", 70, Set.of(Permission.AUDIT_READ));
	}

	@Bean
	ConsoleMenuEntry accessAccountsMenuEntry() {
		return new ConsoleMenuEntry("/console/accounts", "nav.accounts", 60, Set.of(Permission.ACCOUNT_MANAGE));
	}
}
