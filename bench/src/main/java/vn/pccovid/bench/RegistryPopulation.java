package vn.pccovid.bench;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.pccovid.geo.Area;
import vn.pccovid.geo.Areas;
import vn.pccovid.registry.internal.demo.PopulationGenerator;

/** The generated population of Hà Nội the registry benchmarks share: one million citizens, seed 2021. */
final class RegistryPopulation {

	static final int CITIZENS = 1_000_000;

	private RegistryPopulation() {
	}

	/** A generator for the first {@code count} people of the benchmark population (same seed, same people). */
	static PopulationGenerator generator(ConfigurableApplicationContext platform, int count) {
		Areas areas = platform.getBean(Areas.class);
		Area hanoi = areas.find("01").orElseThrow();
		List<Area> wards = new ArrayList<>();
		areas.childrenOf(hanoi).forEach(district -> wards.addAll(areas.childrenOf(district)));
		List<Area> elsewhere = new ArrayList<>();
		areas.provinces().stream().filter(p -> !p.equals(hanoi))
				.forEach(p -> areas.childrenOf(p).forEach(d -> areas.childrenOf(d).stream().findFirst().ifPresent(elsewhere::add)));
		return new PopulationGenerator(new PopulationGenerator.Settings(2021, "01", count, wards, elsewhere,
				areas.provinces().stream().map(p -> p.code().province()).toList()));
	}

	static long count(ConfigurableApplicationContext platform) {
		return platform.getBean(JdbcClient.class).sql("SELECT count(*) FROM registry.citizen").query(Long.class).single();
	}
}
