package vn.pccovid.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.CitizenSignIns;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;
import vn.pccovid.support.WebSessions;

/** The console form for a journey of someone without a phone: errors on the page, the QR shown once filed. */
class StaffMovementPagesTest extends PlatformTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void staffFileAJourneyOnTheConsoleAndSeeItsQr() {
		PeopleFixtures people = new PeopleFixtures(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), adminBearer());
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Ho_Chi_Minh"));
		Registered grandfather = people.register(LocalDate.of(1940, 10, 10), null, PeopleFixtures.PHUC_XA, null);
		String cookie = WebSessions.staff(http(), access().account(Role.HEALTH_WORKER, Scope.of(PeopleFixtures.PHUC_XA)).username());
		Http.Response page = http().get("/console/declarations/movement", "Cookie", cookie);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Khai báo di chuyển hộ người không có điện thoại", "hx-get=\"/areas/wards/pick?for=fromWard\"",
				"id=\"toWard\"", "/js/ward-picker.js");

		String ip = CitizenSignIns.newIp();
		String common = "&dateOfBirth=" + grandfather.dateOfBirth() + "&fromWard=00088&toWard=00004&date=" + today
				+ "&purpose=" + enc("Đi khám bệnh") + "&vehicleType=MOTORBIKE&plate=29A-123.45&trip=&seat=&_csrf="
				+ enc(CitizenSignIns.csrf(page));
		Http.Response wrong = CitizenSignIns.form(http(), "/console/declarations/movement", cookie, ip,
				"cccd=" + grandfather.cccd() + "&fullName=" + enc("Trần Văn Sai") + common);
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.contentType()).startsWith("text/html");
		assertThat(wrong.body()).contains("role=\"alert\"", "không khớp", "Trần Văn Sai", "value=\"00088\"");

		Http.Response right = CitizenSignIns.form(http(), "/console/declarations/movement", cookie, ip,
				"cccd=" + grandfather.cccd() + "&fullName=" + enc(grandfather.fullName()) + common);
		assertThat(right.status()).as(right.body()).isEqualTo(200);
		assertThat(right.body()).contains("id=\"movement-qr\"", "src=\"data:image/png;base64,", "Đã ghi nhận tờ khai di chuyển");
		assertThat(jdbc.sql("SELECT count(*) FROM declaration.movement_declaration WHERE person_id = ? AND filed_by = 'STAFF'")
				.param(UUID.fromString(grandfather.id())).query(Long.class).single()).isEqualTo(1);

		String citizen = WebSessions.staff(http(), access().account(Role.VENUE_OWNER, Scope.of(PeopleFixtures.PHUC_XA)).username());
		assertThat(http().get("/console/declarations/movement", "Cookie", citizen).status()).isEqualTo(403);
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
