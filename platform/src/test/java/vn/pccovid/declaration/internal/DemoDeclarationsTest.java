package vn.pccovid.declaration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import vn.pccovid.core.AreaCode;
import vn.pccovid.registry.DemoPopulationReady;
import vn.pccovid.registry.DemoResidents;
import vn.pccovid.registry.PersonSummary;
import vn.pccovid.support.PlatformTest;

/**
 * The demo generator on a made-up population of 2,000 in one district of Bạc Liêu: plausible amounts (a few percent
 * with symptoms), only known codes, days within the last 14, journeys to the province's wards, the same seed giving
 * the same amounts.
 */
class DemoDeclarationsTest extends PlatformTest {

	static final AreaCode DISTRICT = AreaCode.district("95", "954");
	static final List<AreaCode> WARDS = List.of(AreaCode.ward("95", "954", "31813"), AreaCode.ward("95", "954", "31816"),
			AreaCode.ward("95", "954", "31819"));

	@Autowired
	HealthDeclarationRecords health;

	@Autowired
	MovementDeclarationRecords movements;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Clock platformClock;

	@Test
	void generatesPlausibleReproducibleDeclarationsWithKnownCodes() {
		List<PersonSummary> population = new ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			population.add(new PersonSummary(UUID.randomUUID(), "Người mẫu " + i, LocalDate.of(1980, 1, 1),
					WARDS.get(i % WARDS.size()), null, null));
		}
		DemoResidents residents = (area, size, batch) -> {
			for (int from = 0; from < population.size(); from += size) {
				batch.accept(population.subList(from, Math.min(population.size(), from + size)));
			}
		};
		DemoDeclarations generator = new DemoDeclarations(residents, health, movements, jdbc, transactions, platformClock);
		DemoPopulationReady ready = new DemoPopulationReady(DISTRICT, WARDS, 2021L, true);

		long[] first = generator.generate(ready);
		assertThat(first[0]).as("about 2,000 × 14 × 0.08").isBetween(1900L, 2600L);
		assertThat(first[1]).as("about 2,000 × 0.02").isBetween(15L, 70L);
		assertThat(generator.generate(ready)).as("the same seed, the same amounts").containsExactly(first);

		String prefix = DISTRICT.path() + ".";
		long rows = jdbc.sql("SELECT count(*) FROM declaration.health_declaration WHERE area_path LIKE ? || '%'")
				.param(prefix).query(Long.class).single();
		assertThat(rows).isEqualTo(2 * first[0]);
		long suspicious = jdbc.sql("SELECT count(*) FROM declaration.health_declaration WHERE area_path LIKE ? || '%' AND suspicious")
				.param(prefix).query(Long.class).single();
		assertThat((double) suspicious / rows).as("a few percent raise suspicion").isBetween(0.02, 0.10);
		List<String> codes = jdbc.sql("SELECT DISTINCT unnest(symptoms || exposures) FROM declaration.health_declaration"
				+ " WHERE area_path LIKE ? || '%'").param(prefix).query(String.class).list();
		assertThat(codes).isNotEmpty().allSatisfy(code -> assertThat(DeclarationCodes.SYMPTOMS.contains(code)
				|| DeclarationCodes.EXPOSURES.contains(code)).as(code).isTrue());
		LocalDate today = DeclarationDates.today(clock);
		assertThat(jdbc.sql("SELECT min(declared_on) FROM declaration.health_declaration WHERE area_path LIKE ? || '%'")
				.param(prefix).query(LocalDate.class).single()).isAfter(today.minusDays(14));
		assertThat(jdbc.sql("SELECT DISTINCT to_path FROM declaration.movement_declaration WHERE area_path LIKE ? || '%'")
				.param(prefix).query(String.class).list()).allSatisfy(path -> assertThat(path).startsWith(prefix));
		assertThat(jdbc.sql("SELECT count(*) FROM declaration.movement_declaration WHERE area_path LIKE ? || '%' AND plate IS NULL")
				.param(prefix).query(Long.class).single()).isZero();
	}
}
