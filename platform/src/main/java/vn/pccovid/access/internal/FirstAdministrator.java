package vn.pccovid.access.internal;

import java.security.SecureRandom;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.pccovid.access.NewStaffAccount;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;

/**
 * At the first start, opens the national system administrator {@code admin}: with {@code PCCOVID_ADMIN_PASSWORD}
 * when set, otherwise with a generated password printed once (only its hash is stored).
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

	static final String USERNAME = "admin";
	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final JdbcStaffAccounts accounts;
	private final String configuredPassword;

	FirstAdministrator(JdbcStaffAccounts accounts, @Value("${PCCOVID_ADMIN_PASSWORD:}") String configuredPassword) {
		this.accounts = accounts;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.findByUsername(USERNAME).isPresent()) {
			return;
		}
		boolean generated = configuredPassword.isBlank();
		String password = generated ? generate() : configuredPassword;
		accounts.openAsPlatform(new NewStaffAccount(USERNAME, "Quản trị hệ thống", password, Set.of(Role.SYSTEM_ADMIN), Scope.NATIONAL));
		if (generated) {
			// One line each: the log escapes line breaks inside a message (no request data can forge a line).
			log.warn("==================================================================");
			log.warn("  First start: national system administrator created");
			log.warn("    username: admin");
			log.warn("    password: {}", password);
			log.warn("  Shown only this once. Set PCCOVID_ADMIN_PASSWORD to choose it.");
			log.warn("==================================================================");
		}
		else {
			log.info("First start: system administrator 'admin' created with the password from PCCOVID_ADMIN_PASSWORD");
		}
	}

	private static String generate() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}
}
