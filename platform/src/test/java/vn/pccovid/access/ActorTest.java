package vn.pccovid.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.pccovid.core.InvalidInputException;

/** The purposes an actor may give for reading personal data, and the one recorded when none is given. */
class ActorTest {

	static Actor staff(Role... roles) {
		return new Actor(Actor.Kind.STAFF, "id", "name", Set.of(roles), Scope.NATIONAL);
	}

	@Test
	void aRequestedPurposeIsKeptWhenARoleAllowsIt() {
		assertThat(staff(Role.EPIDEMIOLOGIST).purpose("contact-tracing")).isEqualTo("contact-tracing");
		assertThat(staff(Role.WARD_POLICE).purpose(" quarantine-enforcement ")).isEqualTo("quarantine-enforcement");
		assertThat(staff(Role.HEALTH_WORKER, Role.WARD_POLICE).purpose("quarantine-enforcement")).isEqualTo("quarantine-enforcement");
	}

	@Test
	void noPurposeMeansTheFirstOfTheFirstRole() {
		assertThat(staff(Role.HEALTH_WORKER).purpose(null)).isEqualTo("testing");
		assertThat(staff(Role.EPIDEMIOLOGIST).purpose(" ")).isEqualTo("case-investigation");
		// "first role" in the order of Role, whatever order the set was built in
		assertThat(staff(Role.WARD_POLICE, Role.HEALTH_WORKER).purpose(null)).isEqualTo("testing");
		assertThat(staff(Role.REGISTRY_OFFICER).purpose("")).isEqualTo("registry-maintenance");
		assertThat(Actor.citizen("0912345678").purpose(null)).isEqualTo(Actor.OWN_DATA);
	}

	@Test
	void aPurposeNoRoleAllowsIs400NamingPurpose() {
		assertThatThrownBy(() -> staff(Role.HEALTH_WORKER).purpose("contact-tracing"))
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("purpose"));
		assertThatThrownBy(() -> staff(Role.PROVINCE_ADMIN).purpose("case-investigation")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> Actor.citizen("0912345678").purpose("testing")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> Actor.ANONYMOUS.purpose(null)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void theListIsEveryRolesPurposesWithoutRepeats() {
		assertThat(staff(Role.EPIDEMIOLOGIST, Role.WARD_POLICE).purposes())
				.containsExactly("case-investigation", "contact-tracing", "quarantine-enforcement", "registry-maintenance");
		assertThat(Actor.ANONYMOUS.purposes()).isEmpty();
	}

	@Test
	void everyRoleHasAPurpose() {
		for (Role role : Role.values()) {
			assertThat(role.purposes()).as(role.name()).isNotEmpty().doesNotHaveDuplicates()
					.allMatch(purpose -> purpose.matches("[a-z]+(-[a-z]+)*"));
		}
	}
}
