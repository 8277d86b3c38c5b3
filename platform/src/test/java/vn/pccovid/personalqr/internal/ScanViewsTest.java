package vn.pccovid.personalqr.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.pccovid.access.Actor;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;

/** Venue owners see abbreviated names; the abbreviation keeps the family name and Vietnamese initials. */
class ScanViewsTest {

	@Test
	void abbreviatesGivenNamesToInitials() {
		assertThat(ScanViews.abbreviate("Nguyễn Văn An")).isEqualTo("Nguyễn V. A.");
		assertThat(ScanViews.abbreviate("Đặng Thị Ánh Ngọc")).isEqualTo("Đặng T. Á. N.");
		assertThat(ScanViews.abbreviate("Lê")).isEqualTo("Lê");
	}

	@Test
	void onlyAPureVenueOwnerGetsTheAbbreviation() {
		assertThat(ScanViews.venueOnly(staff(Role.VENUE_OWNER))).isTrue();
		assertThat(ScanViews.venueOnly(staff(Role.VENUE_OWNER, Role.HEALTH_WORKER))).isFalse();
		assertThat(ScanViews.venueOnly(Actor.citizen("0912345678"))).isFalse();
	}

	private static Actor staff(Role... roles) {
		return new Actor(Actor.Kind.STAFF, "id", "name", Set.of(roles), Scope.NATIONAL);
	}
}
