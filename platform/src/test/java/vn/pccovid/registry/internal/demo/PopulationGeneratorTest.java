package vn.pccovid.registry.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.pccovid.core.AreaCode;
import vn.pccovid.geo.Area;
import vn.pccovid.registry.Cccd;
import vn.pccovid.registry.PersonName;
import vn.pccovid.core.PhoneNumber;
import vn.pccovid.registry.Sex;
import vn.pccovid.registry.internal.ValidCitizen;

class PopulationGeneratorTest {

	static final List<Area> HANOI_WARDS = List.of(
			new Area(AreaCode.ward("01", "001", "00001"), "Phường Phúc Xá", "Phường"),
			new Area(AreaCode.ward("01", "001", "00004"), "Phường Trúc Bạch", "Phường"),
			new Area(AreaCode.ward("01", "001", "00006"), "Phường Vĩnh Phúc", "Phường"),
			new Area(AreaCode.ward("01", "250", "08980"), "Xã Minh Trí", "Xã"),
			new Area(AreaCode.ward("01", "250", "08983"), "Xã Minh Phú", "Xã"));
	static final List<Area> ELSEWHERE = List.of(new Area(AreaCode.ward("79", "760", "26734"), "Phường Tân Định", "Phường"));
	static final List<String> PROVINCES = List.of("01", "79", "48", "96", "22");

	private static PopulationGenerator.Population generate(long seed, int citizens) throws Exception {
		return new PopulationGenerator(new PopulationGenerator.Settings(seed, "01", citizens, HANOI_WARDS, ELSEWHERE, PROVINCES))
				.generateAll();
	}

	@Test
	void theSameSeedGivesTheSameRows() throws Exception {
		var first = generate(2021, 3_000);
		var second = generate(2021, 3_000);
		assertThat(second.citizens()).isEqualTo(first.citizens());
		assertThat(second.households()).isEqualTo(first.households());
	}

	@Test
	void anotherSeedGivesOtherPeople() throws Exception {
		assertThat(generate(7, 500).citizens()).isNotEqualTo(generate(2021, 500).citizens());
	}

	@Test
	void generatesExactlyTheNumberAsked() throws Exception {
		assertThat(generate(2021, 12_345).citizens()).hasSize(12_345);
	}

	@Test
	void everyCccdIsValidForItsHolderAndUnique() throws Exception {
		List<ValidCitizen> citizens = generate(2021, 50_000).citizens();
		for (ValidCitizen c : citizens) {
			assertThat(new Cccd(c.cccd()).violations(c.dateOfBirth(), c.sex(), PROVINCES::contains)).as(c.toString()).isEmpty();
		}
		assertThat(citizens.stream().map(ValidCitizen::cccd).collect(Collectors.toSet())).hasSize(citizens.size());
		long bornHere = citizens.stream().filter(c -> c.cccd().startsWith("001")).count();
		assertThat(bornHere / (double) citizens.size()).isBetween(0.8, 0.95);
	}

	@Test
	void householdsHoldOneToSevenPeopleInRealWards() throws Exception {
		var population = generate(2021, 20_000);
		Map<UUID, Long> sizes = population.citizens().stream().filter(c -> c.householdId() != null)
				.collect(Collectors.groupingBy(ValidCitizen::householdId, Collectors.counting()));
		assertThat(sizes.values()).allMatch(size -> size >= 1 && size <= 7);
		assertThat(sizes.keySet()).containsExactlyInAnyOrderElementsOf(
				population.households().stream().map(h -> h.id()).toList());
		double average = sizes.values().stream().mapToLong(Long::longValue).average().orElseThrow();
		assertThat(average).isBetween(2.8, 4.2);
		Set<String> wards = HANOI_WARDS.stream().map(a -> a.code().value()).collect(Collectors.toSet());
		assertThat(population.citizens()).allMatch(c -> wards.contains(c.currentWard()));
		assertThat(population.citizens().stream().map(ValidCitizen::currentWard).distinct()).hasSize(HANOI_WARDS.size());
		assertThat(population.households()).allMatch(h -> wards.contains(h.area().value()));
	}

	@Test
	void namesFollowVietnameseFrequencies() throws Exception {
		List<ValidCitizen> citizens = generate(2021, 30_000).citizens();
		Map<String, Long> families = citizens.stream()
				.collect(Collectors.groupingBy(c -> c.fullName().split(" ")[0], Collectors.counting()));
		assertThat(share(families.get("Nguyễn"), citizens)).isBetween(0.32, 0.44);
		assertThat(share(families.get("Trần"), citizens)).isBetween(0.08, 0.14);
		assertThat(share(families.get("Lê"), citizens)).isBetween(0.07, 0.12);
		assertThat(families).containsKeys("Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý");
		assertThat(citizens).allMatch(c -> PersonName.isPlausible(c.fullName()) && c.fullName().split(" ").length >= 3);
		assertThat(citizens).allMatch(c -> c.nameKey().equals(PersonName.key(c.fullName())));
		long thi = citizens.stream().filter(c -> c.fullName().contains(" Thị ")).count();
		assertThat(citizens.stream().filter(c -> c.fullName().contains(" Thị ")).allMatch(c -> c.sex() == Sex.FEMALE)).isTrue();
		assertThat(thi).isPositive();
		assertThat(citizens.stream().filter(c -> c.fullName().contains(" Văn ")).allMatch(c -> c.sex() == Sex.MALE)).isTrue();
	}

	@Test
	void agesFollowThePopulationPyramid() throws Exception {
		List<ValidCitizen> citizens = generate(2021, 30_000).citizens();
		Function<ValidCitizen, Integer> age = c -> java.time.Period.between(c.dateOfBirth(), PopulationGenerator.AS_OF).getYears();
		long children = citizens.stream().filter(c -> age.apply(c) < 15).count();
		long old = citizens.stream().filter(c -> age.apply(c) >= 65).count();
		long males = citizens.stream().filter(c -> c.sex() == Sex.MALE).count();
		assertThat(share(children, citizens)).isBetween(0.16, 0.32);
		assertThat(share(old, citizens)).isBetween(0.04, 0.14);
		assertThat(share(males, citizens)).isBetween(0.45, 0.55);
		assertThat(citizens).allMatch(c -> age.apply(c) >= 0 && age.apply(c) < 100);
	}

	@Test
	void mobilePhonesAreValidUniqueAndHeldFromFifteen() throws Exception {
		List<ValidCitizen> citizens = generate(2021, 30_000).citizens();
		List<String> phones = citizens.stream().map(ValidCitizen::phone).filter(p -> p != null).toList();
		assertThat(phones).allMatch(p -> PhoneNumber.parse(p).map(PhoneNumber::value).orElse("").equals(p));
		assertThat(new HashSet<>(phones)).hasSize(phones.size());
		assertThat(share(phones.size(), citizens)).isBetween(0.6, 0.85);
		assertThat(citizens.stream().filter(c -> c.phone() != null))
				.allMatch(c -> java.time.Period.between(c.dateOfBirth(), PopulationGenerator.AS_OF).getYears() >= 15);
	}

	@Test
	void someAreTemporaryResidentsOrShippers() throws Exception {
		List<ValidCitizen> citizens = generate(2021, 30_000).citizens();
		assertThat(share(citizens.stream().filter(ValidCitizen::temporaryResident).count(), citizens)).isBetween(0.02, 0.15);
		assertThat(citizens.stream().filter(ValidCitizen::temporaryResident)).allMatch(c -> c.permanentWard().equals("26734"));
		assertThat(share(citizens.stream().filter(ValidCitizen::shipper).count(), citizens)).isBetween(0.003, 0.05);
	}

	private static double share(long count, List<?> all) {
		return count / (double) all.size();
	}
}
