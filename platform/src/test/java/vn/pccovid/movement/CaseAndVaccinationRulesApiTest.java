package vn.pccovid.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.cases.CaseLevel;
import vn.pccovid.cases.CasePeriod;
import vn.pccovid.cases.CaseState;
import vn.pccovid.cases.CaseStatus;
import vn.pccovid.cases.CaseStatuses;
import vn.pccovid.core.AreaCode;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.PlatformTest;
import vn.pccovid.vaccination.AdministeredDose;
import vn.pccovid.vaccination.VaccinationRecords;

/**
 * With the cases and vaccination modules' answers set by the test (primary test doubles of their query APIs here), a province's rule set
 * denies current F0/F1 and people short of its vaccination rule; a vehicle's passage is published for tracing.
 */
@Import(CaseAndVaccinationRulesApiTest.Providers.class)
class CaseAndVaccinationRulesApiTest extends PlatformTest {

	static final AreaCode HOA_HIEP_BAC = AreaCode.ward("48", "490", "20194");
	static final Map<UUID, CaseStatus> CASES = new ConcurrentHashMap<>();
	static final Map<UUID, List<AdministeredDose>> DOSES = new ConcurrentHashMap<>();
	static final List<VehiclePassed> VEHICLES = new CopyOnWriteArrayList<>();

	/** The other modules' query APIs as this test sets them, and a listener for vehicle passages. */
	@TestConfiguration
	static class Providers {

		@Bean
		@Primary
		CaseStatuses testCaseStatuses() {
			return new CaseStatuses() {
				@Override
				public Optional<CaseStatus> currentOf(UUID person) {
					return Optional.ofNullable(CASES.get(person));
				}

				@Override
				public List<CasePeriod> historyOf(UUID person) {
					return List.of();
				}
			};
		}

		@Bean
		@Primary
		VaccinationRecords testVaccinationRecords() {
			return person -> DOSES.getOrDefault(person, List.of());
		}

		@Bean
		VehicleListener testVehicleListener() {
			return new VehicleListener();
		}
	}

	/** Collects vehicle passages. */
	static class VehicleListener {

		@EventListener
		void on(VehiclePassed passed) {
			VEHICLES.add(passed);
		}
	}

	MovementFixtures fixtures;
	LocalDate today;
	String checkpoint;
	String officer;

	@BeforeEach
	void fixtures() {
		String registrar = access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL);
		fixtures = new MovementFixtures(http(), registrar, new PeopleFixtures(http(), registrar, adminBearer()));
		today = LocalDate.ofInstant(clock.instant(), PermitApiTest.VIETNAM);
		String admin = access().bearer(Role.PROVINCE_ADMIN, Scope.of(AreaCode.province("48")));
		assertThat(fixtures.put("/api/v1/movement/rules/48",
				"{\"rules\":[{\"code\":\"CASE_STATUS\",\"parameter\":\"F0,F1\"},{\"code\":\"VACCINATION\",\"parameter\":\"2:14\"}]}", admin)
				.status()).isEqualTo(200);
		checkpoint = fixtures.checkpoint(access().bearer(Role.WARD_POLICE, Scope.of(HOA_HIEP_BAC)), "Chốt Hòa Hiệp", HOA_HIEP_BAC);
		officer = access().bearer(Role.CHECKPOINT_OFFICER, Scope.of(AreaCode.province("48")));
	}

	private String personalQr(Registered person) {
		return http().get("/api/v1/me/people/" + person.id() + "/qr", "Authorization", fixtures.people().citizenBearer(person.phone()))
				.json().get("payload").asString();
	}

	private String reasons(Registered person, String plate) {
		return fixtures.scan(officer, checkpoint, personalQr(person), plate).json().get("reasons").toString();
	}

	private static AdministeredDose dose(int number, LocalDate on) {
		return new AdministeredDose(UUID.randomUUID(), "PFIZER", "FF1234", number, 2, on, "Trạm y tế phường");
	}

	@Test
	void caseStatusAndVaccinationDecideEachAtTheirBoundary() {
		Registered vaccinated = fixtures.resident(HOA_HIEP_BAC, PeopleFixtures.phone(), false);
		DOSES.put(UUID.fromString(vaccinated.id()), List.of(dose(1, today.minusDays(60)), dose(2, today.minusDays(14))));
		assertThat(reasons(vaccinated, null)).isEqualTo("[]");

		Registered recent = fixtures.resident(HOA_HIEP_BAC, PeopleFixtures.phone(), false);
		DOSES.put(UUID.fromString(recent.id()), List.of(dose(1, today.minusDays(60)), dose(2, today.minusDays(13))));
		assertThat(reasons(recent, null)).isEqualTo("[\"VACCINATION_REQUIRED\"]");

		Registered contact = fixtures.resident(HOA_HIEP_BAC, PeopleFixtures.phone(), false);
		DOSES.put(UUID.fromString(contact.id()), DOSES.get(UUID.fromString(vaccinated.id())));
		CASES.put(UUID.fromString(contact.id()), new CaseStatus(UUID.randomUUID(), UUID.fromString(contact.id()), CaseLevel.F1,
				CaseState.QUARANTINED, Instant.now()));
		assertThat(reasons(contact, null)).isEqualTo("[\"CASE_F1\"]");
		CASES.put(UUID.fromString(contact.id()), new CaseStatus(UUID.randomUUID(), UUID.fromString(contact.id()), CaseLevel.F1,
				CaseState.CLEARED, Instant.now()));
		assertThat(reasons(contact, null)).as("a cleared F1 passes").isEqualTo("[]");

		Registered f2 = fixtures.resident(HOA_HIEP_BAC, PeopleFixtures.phone(), false);
		DOSES.put(UUID.fromString(f2.id()), DOSES.get(UUID.fromString(vaccinated.id())));
		CASES.put(UUID.fromString(f2.id()), new CaseStatus(UUID.randomUUID(), UUID.fromString(f2.id()), CaseLevel.F2,
				CaseState.QUARANTINED, Instant.now()));
		assertThat(reasons(f2, null)).as("F2 is not in this province's list").isEqualTo("[]");
	}

	@Test
	void aVehiclesPassageIsPublishedWithItsPlate() {
		Registered driver = fixtures.resident(HOA_HIEP_BAC, PeopleFixtures.phone(), false);
		long passage = fixtures.scan(officer, checkpoint, personalQr(driver), "43a-123.45").json().get("passage").asLong();
		VehiclePassed passed = VEHICLES.stream().filter(v -> v.passage() == passage).findFirst().orElseThrow();
		assertThat(passed.plate()).isEqualTo("43A12345");
		assertThat(passed.person()).isEqualTo(UUID.fromString(driver.id()));
		assertThat(passed.ward()).isEqualTo(HOA_HIEP_BAC);
		assertThat(passed.allowed()).as("no doses known: the province's vaccination rule denies").isFalse();
	}
}
