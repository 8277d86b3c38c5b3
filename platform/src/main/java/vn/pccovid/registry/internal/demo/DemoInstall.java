package vn.pccovid.registry.internal.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.pccovid.access.Scope;
import vn.pccovid.access.StaffAccounts;

/**
 * The marker of what the demo generated on this database ({@code registry.demo_install}), and the rules that keep
 * demo mode away from real data: the demo starts only on a database it marked itself, or on one holding no citizens
 * and no staff account but the first {@code admin}. Leaving demo mode removes the marker for good.
 */
@Component
class DemoInstall {

	static final String ACCOUNT_PREFIX = "demo-";
	static final String FIRST_ADMIN = "admin";

	private final JdbcClient jdbc;
	private final StaffAccounts accounts;
	private final Clock clock;

	DemoInstall(JdbcClient jdbc, StaffAccounts accounts, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Whether the demo generated this database (call under the demo's lock). */
	boolean isMarked() {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM registry.demo_install)").query(Boolean.class).single();
	}

	/** What the database holds that the demo did not generate, in words for the start-up error; empty if nothing. */
	Optional<String> foreignData() {
		long citizens = jdbc.sql("SELECT count(*) FROM registry.citizen").query(Long.class).single();
		List<String> others = accounts.within(Scope.NATIONAL, "", 3).stream().map(account -> account.username())
				.filter(name -> !FIRST_ADMIN.equals(name)).limit(2).toList();
		if (citizens == 0 && others.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(citizens + " citizen(s)" + (others.isEmpty() ? "" : " and staff accounts such as " + others));
	}

	/** Marks the database as the demo's, with what it generated. */
	void mark(String province, long seed, long citizens, List<String> usernames) {
		jdbc.sql("""
				INSERT INTO registry.demo_install (province, seed, citizens, accounts, installed_at)
				VALUES (?, ?, ?, ?::text[], ?)""")
				.params(province, seed, citizens, usernames.toArray(String[]::new), Timestamp.from(clock.instant())).update();
	}

	/**
	 * Outside demo mode: disables every {@code demo-*} account and removes the marker, so the published demo
	 * password opens nothing and the demo cannot be switched on again over data added meanwhile. Answers the
	 * accounts disabled now and whether the database had been a demo.
	 */
	Left leave() {
		List<String> disabled = accounts.disableAllStartingWith(ACCOUNT_PREFIX);
		boolean wasDemo = jdbc.sql("DELETE FROM registry.demo_install").update() > 0;
		return new Left(disabled, wasDemo);
	}

	/**
	 * What leaving demo mode did.
	 *
	 * @param disabled the demo accounts disabled now
	 * @param wasDemo  whether the database carried the demo's marker
	 */
	record Left(List<String> disabled, boolean wasDemo) {
	}
}
