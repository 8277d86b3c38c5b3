package vn.pccovid.declaration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.pccovid.access.Actor;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.declaration.HealthDeclared;
import vn.pccovid.declaration.MovementDeclared;
import vn.pccovid.declaration.Vehicle;
import vn.pccovid.declaration.VehicleType;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.PlatformTest;

/** Every declaration publishes its event in the filing transaction; a refused one publishes nothing. */
@RecordApplicationEvents
class DeclarationEventsTest extends PlatformTest {

	@Autowired
	DeclarationFiling filing;

	@Autowired
	ApplicationEvents events;

	Registered me;
	LocalDate today;

	@BeforeEach
	void person() {
		PeopleFixtures people = new PeopleFixtures(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), adminBearer());
		me = people.adultWithPhone();
		today = DeclarationDates.today(clock);
	}

	@Test
	void aHealthDeclarationPublishesHealthDeclaredThatRaisesSuspicionWithASymptom() {
		UUID id = filing.fileHealth(Actor.citizen(me.phone()), UUID.fromString(me.id()),
				new HealthForm(List.of("LOSS_OF_TASTE_OR_SMELL"), List.of("CONTACT_WITH_CASE"), today));
		assertThat(events.stream(HealthDeclared.class)).singleElement().satisfies(event -> {
			assertThat(event.declaration()).isEqualTo(id);
			assertThat(event.person()).isEqualTo(UUID.fromString(me.id()));
			assertThat(event.date()).isEqualTo(today);
			assertThat(event.symptoms()).containsExactly("LOSS_OF_TASTE_OR_SMELL");
			assertThat(event.exposures()).containsExactly("CONTACT_WITH_CASE");
			assertThat(event.ward().path()).isEqualTo("01.001.00001");
			assertThat(event.raisesSuspicion()).isTrue();
		});
		filing.fileHealth(Actor.citizen(me.phone()), UUID.fromString(me.id()), new HealthForm(List.of(), null, today));
		assertThat(events.stream(HealthDeclared.class).filter(e -> !e.raisesSuspicion())).hasSize(1);
	}

	@Test
	void aMovementDeclarationPublishesMovementDeclaredForTracing() {
		DeclarationFiling.FiledMovement filed = filing.fileMovement(Actor.citizen(me.phone()), UUID.fromString(me.id()),
				new MovementForm("00001", "00004", today, "Thăm bố mẹ", new MovementForm.VehicleForm(VehicleType.BUS, null, "hn-01", "12")));
		assertThat(events.stream(MovementDeclared.class)).singleElement().satisfies(event -> {
			assertThat(event.movement().declaration()).isEqualTo(filed.id());
			assertThat(event.movement().vehicle()).isEqualTo(new Vehicle(VehicleType.BUS, null, "HN-01", "12"));
			assertThat(event.movement().toWard().path()).isEqualTo("01.001.00004");
		});
	}

	@Test
	void aRefusedDeclarationPublishesNothing() {
		assertThatThrownBy(() -> filing.fileHealth(Actor.citizen(me.phone()), UUID.fromString(me.id()),
				new HealthForm(List.of("SNEEZING"), List.of(), today))).isInstanceOf(InvalidInputException.class);
		assertThat(events.stream(HealthDeclared.class)).isEmpty();
	}
}
