package vn.pccovid.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pccovid.registry.CitizenFixtures.*;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import vn.pccovid.access.Actor;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.support.TestClockConfiguration;

/** The registry with its direct dependencies: registering a person publishes {@link CitizenRegistered}. */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(TestClockConfiguration.class)
class RegistryModuleTest {

	static final Actor OFFICER = new Actor(Actor.Kind.STAFF, UUID.randomUUID().toString(), "officer",
			Set.of(Role.REGISTRY_OFFICER), Scope.of(HANOI));

	@Autowired
	Citizens citizens;

	@Test
	void registeringAPersonPublishesCitizenRegisteredWithIdAndAreaOnly(Scenario scenario) {
		Person person = Person.in(PHUC_XA);
		NewCitizen request = new NewCitizen(person.cccd(), null, person.fullName(), person.dateOfBirth(), person.sex(),
				person.phone(), null, null, PHUC_XA.value(), "Số 12 ngõ 34 Hàng Bún", null, null, null, null);
		scenario.stimulate(() -> citizens.register(OFFICER, request))
				.andWaitForEventOfType(CitizenRegistered.class)
				.matching(event -> event.area().equals(PHUC_XA))
				.toArriveAndVerify((event, citizen) -> {
					assertThat(event.citizen()).isEqualTo(citizen.id());
					assertThat(event.toString()).doesNotContain(person.cccd()).doesNotContain(person.fullName())
							.doesNotContain(person.phone());
				});
	}
}
