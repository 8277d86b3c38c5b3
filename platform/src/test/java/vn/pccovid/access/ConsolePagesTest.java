package vn.pccovid.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.pccovid.core.AreaCode;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;
import vn.pccovid.support.WebSessions;

/** Console pages open for the roles that may use them, and show only the menu entries a role may use. */
class ConsolePagesTest extends PlatformTest {

	@Test
	void administratorsSeeTheAuditLogAndOutbox() {
		String session = WebSessions.staff(http(), access().account(Role.SYSTEM_ADMIN, Scope.NATIONAL).username());
		Http.Response audit = http().get("/console/audit", "Cookie", session);
		assertThat(audit.status()).isEqualTo(200);
		assertThat(audit.body()).contains("Nhật ký truy cập dữ liệu cá nhân", "href=\"/console/outbox\"");
		assertThat(http().get("/console/outbox", "Cookie", session).body()).contains("Hộp thư đi");
		Http.Response all = http().get("/api/v1/notifications/outbox?limit=5", "Authorization", adminBearer());
		assertThat(all.status()).isEqualTo(200);
		assertProblem(http().get("/api/v1/notifications/outbox?recipient=123", "Authorization", adminBearer()), 400, "recipient");
		assertProblem(http().get("/api/v1/notifications/outbox?limit=500", "Authorization", adminBearer()), 400, "limit");
	}

	@Test
	void otherRolesAreRefusedAndDoNotSeeTheEntries() {
		String session = WebSessions.staff(http(), access().account(Role.HEALTH_WORKER, Scope.of(AreaCode.province("01"))).username());
		assertThat(http().get("/console/audit", "Cookie", session).status()).isEqualTo(403);
		assertThat(http().get("/console/outbox", "Cookie", session).status()).isEqualTo(403);
		assertThat(http().get("/console/areas", "Cookie", session).body()).doesNotContain("href=\"/console/audit\"");
	}

	@Test
	void signOutEndsTheSession() {
		String session = WebSessions.staff(http(), access().account(Role.HEALTH_WORKER, Scope.NATIONAL).username());
		assertThat(http().get("/console/areas", "Cookie", session).status()).isEqualTo(200);
		String page = http().get("/console/areas", "Cookie", session).body();
		var csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(csrf.find()).isTrue();
		Http.Response out = http().send(java.net.http.HttpRequest.newBuilder(http().uri("/logout"))
				.header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session)
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=" + java.net.URLEncoder.encode(csrf.group(1),
						java.nio.charset.StandardCharsets.UTF_8))));
		assertThat(out.status()).isEqualTo(302);
		assertThat(http().get("/console/areas", "Cookie", session).status()).isEqualTo(302);
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() {
		String session = WebSessions.staff(http(), access().account(Role.HEALTH_WORKER, Scope.NATIONAL).username());
		Http.Response out = http().send(java.net.http.HttpRequest.newBuilder(http().uri("/logout"))
				.header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session)
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString("")));
		assertThat(out.status()).isEqualTo(403);
		assertThat(http().get("/console/areas", "Cookie", session).status()).isEqualTo(200);
	}
}
