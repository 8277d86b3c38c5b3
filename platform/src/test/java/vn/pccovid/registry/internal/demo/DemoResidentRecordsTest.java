package vn.pccovid.registry.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.core.AreaCode;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.registry.PersonSummary;
import vn.pccovid.support.PlatformTest;

/** Demo generators get every resident of the area once, in id order, page by page; nothing outside demo mode. */
class DemoResidentRecordsTest extends PlatformTest {

	static final AreaCode WARD = AreaCode.ward("95", "954", "31813");

	@Autowired
	JdbcClient jdbc;

	@Test
	void handsEveryResidentOnceInIdOrderAndNothingOutsideDemoMode() {
		PeopleFixtures people = new PeopleFixtures(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), adminBearer());
		List<UUID> registered = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			registered.add(UUID.fromString(people.register(LocalDate.of(1990, 1, 1 + i), null, WARD, null).id()));
		}
		List<PersonSummary> seen = new ArrayList<>();
		List<Integer> sizes = new ArrayList<>();
		new DemoResidentRecords(jdbc, new DemoSettings("95", null, null)).forEachBatch(WARD, 2, batch -> {
			sizes.add(batch.size());
			seen.addAll(batch);
		});
		List<UUID> ids = seen.stream().map(PersonSummary::id).toList();
		assertThat(ids).containsAll(registered).doesNotHaveDuplicates();
		assertThat(ids.stream().map(UUID::toString).toList()).isSorted();
		assertThat(sizes).allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(2));
		assertThat(seen).allSatisfy(person -> assertThat(person.area().isWithin(WARD)).isTrue());

		List<PersonSummary> none = new ArrayList<>();
		new DemoResidentRecords(jdbc, new DemoSettings(null, null, null)).forEachBatch(WARD, 2, none::addAll);
		assertThat(none).isEmpty();
	}
}
