package vn.pccovid.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/** Health, metrics, OpenAPI and the two layouts answer. */
class PlatformEndpointsTest extends PlatformTest {

	@Test
	void healthIsUp() {
		assertThat(http().get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void prometheusMetricsNeedTheMetricsPermission() {
		assertThat(http().get("/actuator/prometheus").status()).isEqualTo(401);
		assertThat(http().get("/actuator/prometheus", "Authorization",
				access().bearer(vn.pccovid.access.Role.HEALTH_WORKER, vn.pccovid.access.Scope.NATIONAL)).status()).isEqualTo(403);
		Http.Response metrics = http().get("/actuator/prometheus", "Authorization", adminBearer());
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes", "hikaricp_connections");
	}

	@Test
	void openApiDescribesTheAreaApi() {
		var paths = http().get("/v3/api-docs").json().get("paths");
		assertThat(paths.has("/api/v1/areas/provinces")).isTrue();
		assertThat(paths.has("/api/v1/areas/search")).isTrue();
		assertThat(http().get("/swagger-ui/index.html").status()).isEqualTo(200);
	}

	@Test
	void citizenHomeIsVietnameseByDefault() {
		Http.Response home = http().get("/");
		assertThat(home.status()).isEqualTo(200);
		assertThat(home.body()).contains("lang=\"vi\"", "PC-Covid: ứng dụng phòng, chống dịch COVID-19", "htmx.min.js");
	}

	@Test
	void englishIsChosenWithLangAndRemembered() {
		Http.Response english = http().get("/?lang=en");
		assertThat(english.body()).contains("lang=\"en\"", "PC-Covid: the COVID-19 response app");
		String cookie = english.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).startsWith("pccovid-lang=en");
		Http.Response later = http().get("/", "Cookie", cookie.split(";")[0]);
		assertThat(later.body()).contains("PC-Covid: the COVID-19 response app");
	}

	@Test
	void consoleNeedsAStaffSignIn() {
		Http.Response anonymous = http().get("/console/areas");
		assertThat(anonymous.status()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/console/login?next=%2Fconsole%2Fareas");
	}

	@Test
	void consoleOpensOnTheAreaTree() {
		String session = vn.pccovid.support.WebSessions.staff(http(), access().account(vn.pccovid.access.Role.HEALTH_WORKER,
				vn.pccovid.access.Scope.NATIONAL).username());
		Http.Response console = http().get("/console/areas", "Cookie", session);
		assertThat(console.status()).isEqualTo(200);
		assertThat(console.body()).contains("Cây địa bàn hành chính", "Thành phố Hà Nội", "Tỉnh Cà Mau");
		Http.Response children = http().get("/console/areas/01/children", "Cookie", session);
		assertThat(children.body()).contains("Quận Ba Đình");
	}

	@Test
	void htmxSearchFragmentListsMatches() {
		Http.Response results = http().get("/areas/search?q=phuc%20xa");
		assertThat(results.body()).contains("Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội");
		assertThat(http().get("/areas/search?q=x").body()).contains("Nhập ít nhất 2 ký tự.");
	}

	@Test
	void staticAssetsAreServed() {
		assertThat(http().get("/webjars/htmx.org/dist/htmx.min.js").status()).isEqualTo(200);
		assertThat(http().get("/css/app.css").status()).isEqualTo(200);
	}
}
