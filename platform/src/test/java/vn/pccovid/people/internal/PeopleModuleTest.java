package vn.pccovid.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import vn.pccovid.access.Actor;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.core.AreaCode;
import vn.pccovid.notification.NotificationRequested;
import vn.pccovid.people.NewPerson;
import vn.pccovid.people.People;
import vn.pccovid.registry.Cccd;
import vn.pccovid.registry.Citizen;
import vn.pccovid.registry.Citizens;
import vn.pccovid.registry.NewCitizen;
import vn.pccovid.registry.Sex;
import vn.pccovid.support.TestClockConfiguration;

/** People with its dependencies: asking an adult with a phone of their own publishes a notification request. */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
// This context's delivery worker would share the notification tables with the other test contexts, on its own
// frozen clock: it could claim their sign-in codes and find them expired. No timed rounds here.
@TestPropertySource(properties = { "pccovid.notification.poll-interval=PT1H", "pccovid.notification.poll-initial-delay=PT1H" })
@Import(TestClockConfiguration.class)
class PeopleModuleTest {

	static final AreaCode PHUC_XA = AreaCode.ward("01", "001", "00001");

	@Autowired
	People people;

	@Autowired
	Citizens citizens;

	@Autowired
	TransactionTemplate tx;

	@Test
	void aConsentRequestPublishesNotificationRequestedToTheAskedPerson(Scenario scenario) {
		Actor officer = new Actor(Actor.Kind.STAFF, UUID.randomUUID().toString(), "officer", Set.of(Role.REGISTRY_OFFICER),
				Scope.of(PHUC_XA.parent().parent()));
		String cccd = "001" + Cccd.centuryDigit(1980, Sex.MALE) + "80"
				+ String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
		String name = "Trần Văn X" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
		LocalDate born = LocalDate.of(1980, 1, 2);
		Citizen adult = tx.execute(status -> citizens.register(officer, new NewCitizen(cccd, null, name, born, Sex.MALE,
				phone(), null, null, PHUC_XA.value(), "Số 1 Hàng Bún", null, null, null, null)));

		Actor asker = Actor.citizen(phone());
		scenario.stimulate(() -> people.add(asker, new NewPerson(cccd, name, born)))
				.andWaitForEventOfType(NotificationRequested.class)
				.matching(event -> adult.id().value().equals(event.request().personId()))
				.toArriveAndVerify(event -> assertThat(event.request().kind()).isEqualTo("people.consent-request"));
	}

	private static String phone() {
		return "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}
}
