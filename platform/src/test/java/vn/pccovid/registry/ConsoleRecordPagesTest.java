package vn.pccovid.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pccovid.registry.CitizenFixtures.HANOI;
import static vn.pccovid.registry.CitizenFixtures.PHUC_TAN;
import static vn.pccovid.registry.CitizenFixtures.PHUC_XA;
import static vn.pccovid.registry.CitizenFixtures.registered;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.registry.CitizenFixtures.Person;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;
import vn.pccovid.support.WebSessions;

/**
 * Console pages answer mistakes inline: a citizen's record outside the caller's area or unknown is a friendly page
 * with the right status, a malformed audit filter is said on the page, and signing out says so.
 */
class ConsoleRecordPagesTest extends PlatformTest {

	@Test
	void aCitizensRecordOpensInsideTheAreaAndIsAudited() {
		Person person = Person.in(PHUC_XA);
		String id = registered(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.of(HANOI)), person);
		String session = WebSessions.staff(http(), access().account(Role.WARD_POLICE, Scope.of(PHUC_XA)).username());
		Http.Response page = http().get("/console/citizens/" + id, "Cookie", session);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(person.fullName(), person.cccd(), "Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội (00001)");
		String admin = adminBearer();
		assertThat(http().get("/api/v1/access/audit?citizen=" + id, "Authorization", admin).body()).contains("quarantine-enforcement");
	}

	@Test
	void outsideTheAreaOrUnknownIsAFriendlyPageNotJson() {
		Person person = Person.in(PHUC_XA);
		String id = registered(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.of(HANOI)), person);
		String session = WebSessions.staff(http(), access().account(Role.WARD_POLICE, Scope.of(PHUC_TAN)).username());
		Http.Response outside = http().get("/console/citizens/" + id, "Cookie", session);
		assertThat(outside.status()).isEqualTo(403);
		assertThat(outside.contentType()).startsWith("text/html");
		assertThat(outside.body()).contains("role=\"alert\"").doesNotContain(person.fullName());
		Http.Response unknown = http().get("/console/citizens/" + UUID.randomUUID(), "Cookie", session);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body()).contains("role=\"alert\"", "Không tìm thấy công dân.");
		Http.Response malformed = http().get("/console/citizens/not-an-id", "Cookie", session);
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.contentType()).startsWith("text/html");
	}

	@Test
	void aMalformedCitizenFilterOnTheAuditPageIsSaidInline() {
		String session = WebSessions.staff(http(), access().account(Role.SYSTEM_ADMIN, Scope.NATIONAL).username());
		Http.Response page = http().get("/console/audit?citizen=nguyen", "Cookie", session);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.body()).contains("role=\"alert\"", "aria-invalid=\"true\"", "value=\"nguyen\"");
	}

	@Test
	void signingOutSaysSo() {
		String session = WebSessions.staff(http(), access().account(Role.HEALTH_WORKER, Scope.NATIONAL).username());
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(http().get("/console/areas", "Cookie", session).body());
		assertThat(csrf.find()).isTrue();
		Http.Response out = http().send(HttpRequest.newBuilder(http().uri("/logout"))
				.header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session)
				.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))));
		String location = out.headers().firstValue("Location").orElseThrow();
		assertThat(location).endsWith("/console/login?signed-out");
		assertThat(http().get("/console/login?signed-out").body()).contains("Bạn đã đăng xuất.");
		assertThat(http().get("/login?signed-out").body()).contains("Bạn đã đăng xuất.");
		// said only after a sign-out, not on every visit
		assertThat(http().get("/console/login").body()).doesNotContain("Bạn đã đăng xuất.");
		assertThat(http().get("/login").body()).doesNotContain("Bạn đã đăng xuất.");
	}
}
