package vn.pccovid.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.CitizenSignIns;
import vn.pccovid.support.CitizenWebSessions;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;
import vn.pccovid.support.WebSessions;

/**
 * The pages over real HTTP: the staff form for someone without a phone (a mismatch shown on the page, a match
 * recorded), the list's errors on the page, and a citizen's page for someone not on their phone (a 404 page, not JSON).
 */
class DeclarationPagesTest extends PlatformTest {

	PeopleFixtures people;
	LocalDate today;

	@BeforeEach
	void fixtures() {
		people = new PeopleFixtures(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), adminBearer());
		today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Ho_Chi_Minh"));
	}

	@Test
	void staffRecordADeclarationForSomeoneWithoutAPhoneOnTheConsole() {
		Registered grandmother = people.register(LocalDate.of(1944, 4, 4), null, PeopleFixtures.PHUC_XA, null);
		String cookie = WebSessions.staff(http(), access().account(Role.HEALTH_WORKER, Scope.of(PeopleFixtures.PHUC_XA)).username());
		Http.Response page = http().get("/console/declarations/record", "Cookie", cookie);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Khai báo y tế hộ người không có điện thoại", "data-code=\"FEVER\"");

		String ip = CitizenSignIns.newIp();
		Http.Response wrong = CitizenSignIns.form(http(), "/console/declarations/record", cookie, ip, form(grandmother, "Trần Thị Sai")
				+ "&_csrf=" + enc(CitizenSignIns.csrf(page)));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.contentType()).startsWith("text/html");
		assertThat(wrong.body()).contains("role=\"alert\"", "không khớp", "Trần Thị Sai");

		Http.Response right = CitizenSignIns.form(http(), "/console/declarations/record", cookie, ip, form(grandmother,
				grandmother.fullName()) + "&_csrf=" + enc(CitizenSignIns.csrf(page)));
		assertThat(right.status()).as(right.body()).isEqualTo(302);
		Http.Response list = http().get("/console/declarations?symptom=COUGH&from=" + today, "Cookie", cookie);
		assertThat(list.body()).contains(grandmother.fullName(), "Cán bộ y tế khai hộ");

		Http.Response bad = http().get("/console/declarations?symptom=HICCUPS", "Cookie", cookie);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.contentType()).startsWith("text/html");
		assertThat(bad.body()).contains("id=\"declaration-error\"", "HICCUPS");
	}

	@Test
	void aCitizensPageAboutSomeoneNotOnThePhoneIsA404Page() {
		Registered me = people.adultWithPhone();
		Registered stranger = people.adultWithPhone();
		CitizenWebSessions session = CitizenSignIns.session(http(), CitizenSignIns.Codes.overHttp(http(), adminBearer()),
				me.phone(), "/login?next=/me/declarations");
		Http.Response mine = http().get("/me/declarations", "Cookie", session.session());
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.body()).contains(me.fullName(), "Chưa có tờ khai nào.");
		Http.Response theirs = http().get("/me/declarations/health?person=" + stranger.id(), "Cookie", session.session(),
				"Accept", "text/html");
		assertThat(theirs.status()).isEqualTo(404);
		assertThat(theirs.contentType()).startsWith("text/html");
		assertThat(theirs.body()).doesNotContain(stranger.fullName());
	}

	private String form(Registered person, String name) {
		return "cccd=" + person.cccd() + "&fullName=" + enc(name) + "&dateOfBirth=" + person.dateOfBirth() + "&date=" + today
				+ "&symptoms=COUGH";
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
