package vn.pccovid.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import vn.pccovid.access.Actor;
import vn.pccovid.access.NewStaffAccount;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.access.StaffAccount;
import vn.pccovid.access.StaffAccounts;
import vn.pccovid.core.CitizenMenuEntry;
import vn.pccovid.core.ConsoleMenuEntry;
import vn.pccovid.core.Permission;

/** The shell's menus follow the permissions, in order; the demo ribbon and language links come with every page. */
class ShellTest {

	private static final ConsoleMenuEntry AREAS = new ConsoleMenuEntry("/console/areas", "nav.areas", 10, Set.of());
	private static final ConsoleMenuEntry IMPORT = new ConsoleMenuEntry("/console/registry/import", "nav.import", 30,
			Set.of(Permission.CITIZEN_IMPORT));
	private static final ConsoleMenuEntry CITIZENS = new ConsoleMenuEntry("/console/citizens", "nav.citizens", 20,
			Set.of(Permission.CITIZEN_READ));
	private static final CitizenMenuEntry ACCESS_LOG = new CitizenMenuEntry("/me/access-log", "nav.access-log", 80);

	private final Shell shell = new Shell(List.of(IMPORT, AREAS, CITIZENS), List.of(ACCESS_LOG), new NoAccounts(), "01");

	@Test
	void consoleMenuShowsWhatTheRolesPermitInOrder() {
		assertThat(shell.consoleMenu(staff(Role.WARD_POLICE))).containsExactly(AREAS, CITIZENS);
		assertThat(shell.consoleMenu(staff(Role.REGISTRY_OFFICER))).containsExactly(AREAS, CITIZENS, IMPORT);
		assertThat(shell.consoleMenu(staff(Role.SYSTEM_ADMIN))).containsExactly(AREAS, IMPORT);
		assertThat(shell.consoleMenu(Actor.citizen("0912345678"))).isEmpty();
		assertThat(shell.citizenMenu(Actor.citizen("0912345678"))).containsExactly(ACCESS_LOG);
		assertThat(shell.citizenMenu(Actor.ANONYMOUS)).isEmpty();
	}

	@Test
	void everyPageGetsTheDemoRibbonAndLanguageLinksOfItsOwnAddress() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/console/citizens");
		request.setQueryString("q=nguyen&lang=vi");
		var model = shell.attributes(request, staff(Role.WARD_POLICE));
		assertThat(model).containsEntry("demoProvince", "01").containsEntry("layoutTemplate", "layout/staff")
				.containsEntry("signedInName", "police");
		assertThat(model.get("langLinks")).isEqualTo(java.util.Map.of("vi", "/console/citizens?q=nguyen&lang=vi",
				"en", "/console/citizens?q=nguyen&lang=en"));
		assertThat(new Shell(List.of(), List.of(), new NoAccounts(), " ").attributes(request, Actor.ANONYMOUS))
				.doesNotContainKey("demoProvince").containsEntry("layoutTemplate", "layout/staff");
		assertThat(shell.attributes(new MockHttpServletRequest("GET", "/"), Actor.ANONYMOUS))
				.containsEntry("layoutTemplate", "layout/citizen");
	}

	private static Actor staff(Role role) {
		return new Actor(Actor.Kind.STAFF, "id-1", "police", Set.of(role), Scope.NATIONAL);
	}

	/** No accounts known: the shell falls back to the username. */
	private static final class NoAccounts implements StaffAccounts {

		@Override
		public StaffAccount open(Actor administrator, NewStaffAccount account) {
			throw new UnsupportedOperationException();
		}

		@Override
		public StaffAccount openAsPlatform(NewStaffAccount account) {
			throw new UnsupportedOperationException();
		}

		@Override
		public StaffAccount change(Actor administrator, java.util.UUID accountId, AccountChange change) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<String> disableAllStartingWith(String usernamePrefix) {
			return List.of();
		}

		@Override
		public Optional<StaffAccount> findByUsername(String username) {
			return Optional.empty();
		}

		@Override
		public List<StaffAccount> within(Scope scope, String afterUsername, int limit) {
			return List.of();
		}
	}
}
