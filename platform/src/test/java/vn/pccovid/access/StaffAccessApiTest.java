package vn.pccovid.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.pccovid.core.AreaCode;
import vn.pccovid.support.AccessFixtures;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/** Staff sign-in, tokens, lockout, and administrators opening accounts only within their scope. */
class StaffAccessApiTest extends PlatformTest {

	static final Scope HANOI = Scope.of(AreaCode.province("01"));
	static final Scope BA_DINH = Scope.of(AreaCode.district("01", "001"));
	static final Scope HCMC = Scope.of(AreaCode.province("79"));

	@Test
	void theFirstAdministratorSignsIn() {
		JsonNode me = http().get("/api/v1/auth/me", "Authorization", adminBearer()).json();
		assertThat(me.get("kind").asString()).isEqualTo("STAFF");
		assertThat(me.get("roles").get(0).asString()).isEqualTo("SYSTEM_ADMIN");
		assertThat(me.get("scope").asString()).isEqualTo("VN");
	}

	@Test
	void issuesASignedTokenThatCarriesRolesAndScope() {
		var account = access().account(Role.WARD_POLICE, Scope.of(AreaCode.ward("01", "001", "00001")));
		JsonNode tokens = http().post("/api/v1/auth/token", credentials(account.username(), AccessFixtures.PASSWORD)).json();
		assertThat(tokens.get("expiresIn").asLong()).isEqualTo(900);
		assertThat(tokens.get("accessToken").asString().split("\\.")).hasSize(3);
		JsonNode me = http().get("/api/v1/auth/me", "Authorization", "Bearer " + tokens.get("accessToken").asString()).json();
		assertThat(me.get("name").asString()).isEqualTo(account.username());
		assertThat(me.get("scope").asString()).isEqualTo("01.001.00001");
	}

	@Test
	void wrongPasswordIs401AndFiveFailuresLockTheAccount() {
		var account = access().account(Role.HEALTH_WORKER, HANOI);
		for (int i = 0; i < 5; i++) {
			assertProblem(http().post("/api/v1/auth/token", credentials(account.username(), "wrong-password!")), 401, null);
		}
		JsonNode locked = assertProblem(http().post("/api/v1/auth/token", credentials(account.username(), AccessFixtures.PASSWORD)), 401, null);
		assertThat(locked.get("detail").asString()).contains("tạm khóa");
		clock.advance(java.time.Duration.ofMinutes(16));
		assertThat(http().post("/api/v1/auth/token", credentials(account.username(), AccessFixtures.PASSWORD)).status()).isEqualTo(200);
	}

	@Test
	void unknownUserLooksLikeAWrongPassword() {
		JsonNode problem = assertProblem(http().post("/api/v1/auth/token", credentials("nobody-here", "whatever-pass")), 401, null);
		assertThat(problem.get("detail").asString()).isEqualTo("Sai tên đăng nhập hoặc mật khẩu.");
	}

	@Test
	void refreshTokensRotate() {
		var account = access().account(Role.EPIDEMIOLOGIST, HANOI);
		String refresh = http().post("/api/v1/auth/token", credentials(account.username(), AccessFixtures.PASSWORD))
				.json().get("refreshToken").asString();
		Http.Response renewed = http().post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + refresh + "\"}");
		assertThat(renewed.status()).isEqualTo(200);
		assertThat(renewed.json().get("refreshToken").asString()).isNotEqualTo(refresh);
		assertProblem(http().post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + refresh + "\"}"), 401, null);
	}

	@Test
	void badOrMissingTokensAre401Problems() {
		assertProblem(http().get("/api/v1/access/accounts"), 401, null);
		assertProblem(http().get("/api/v1/access/accounts", "Authorization", "Bearer not.a.token"), 401, null);
		String forged = adminBearer().substring(0, adminBearer().length() - 4) + "AAAA";
		assertProblem(http().get("/api/v1/access/accounts", "Authorization", forged), 401, null);
	}

	@Test
	void provinceAdminOpensAccountsInsideTheProvinceOnly() {
		String hanoiAdmin = access().bearer(Role.PROVINCE_ADMIN, HANOI);
		Http.Response opened = http().post("/api/v1/access/accounts", """
				{"username":"ba-dinh-police-%s","displayName":"Trần Văn Bình","password":"a-long-password","roles":["WARD_POLICE"],"scopeArea":"00001"}"""
				.formatted(System.nanoTime()), "Authorization", hanoiAdmin);
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		assertThat(opened.json().get("scope").asString()).isEqualTo("01.001.00001");

		assertProblem(http().post("/api/v1/access/accounts", """
				{"username":"hcmc-%s","displayName":"Lê Thị C","password":"a-long-password","roles":["HEALTH_WORKER"],"scopeArea":"79"}"""
				.formatted(System.nanoTime()), "Authorization", hanoiAdmin), 403, null);
		assertProblem(http().post("/api/v1/access/accounts", """
				{"username":"national-%s","displayName":"Lê Thị C","password":"a-long-password","roles":["HEALTH_WORKER"]}"""
				.formatted(System.nanoTime()), "Authorization", hanoiAdmin), 403, null);
		assertProblem(http().post("/api/v1/access/accounts", """
				{"username":"sysadmin-%s","displayName":"Lê Thị C","password":"a-long-password","roles":["SYSTEM_ADMIN"],"scopeArea":"01"}"""
				.formatted(System.nanoTime()), "Authorization", hanoiAdmin), 403, null);
	}

	@Test
	void rolesWithoutAccountManagementAre403() {
		String police = access().bearer(Role.WARD_POLICE, BA_DINH);
		assertProblem(http().get("/api/v1/access/accounts", "Authorization", police), 403, null);
	}

	@Test
	void accountListsStayInsideTheScope() {
		var inHcmc = access().account(Role.HEALTH_WORKER, HCMC);
		var inHanoi = access().account(Role.HEALTH_WORKER, BA_DINH);
		JsonNode items = http().get("/api/v1/access/accounts?limit=200", "Authorization", access().bearer(Role.PROVINCE_ADMIN, HANOI))
				.json().get("items");
		assertThat(items.findValuesAsString("username")).contains(inHanoi.username()).doesNotContain(inHcmc.username(), "admin");
	}

	@Test
	void badAccountFieldsAre400NamingTheField() {
		String admin = adminBearer();
		assertProblem(http().post("/api/v1/access/accounts", """
				{"username":"Bad Name!","displayName":"A","password":"a-long-password","roles":["WARD_POLICE"]}""",
				"Authorization", admin), 400, "username");
		assertProblem(http().post("/api/v1/access/accounts", """
				{"username":"short-pass","displayName":"A","password":"short","roles":["WARD_POLICE"]}""",
				"Authorization", admin), 400, "password");
		assertProblem(http().post("/api/v1/access/accounts", """
				{"username":"no-roles","displayName":"A","password":"a-long-password","roles":[]}""",
				"Authorization", admin), 400, "roles");
		assertProblem(http().post("/api/v1/access/accounts", """
				{"username":"bad-role","displayName":"A","password":"a-long-password","roles":["KING"]}""",
				"Authorization", admin), 400, "roles[0]");
		assertProblem(http().post("/api/v1/access/accounts", """
				{"username":"bad-area","displayName":"A","password":"a-long-password","roles":["WARD_POLICE"],"scopeArea":"99999"}""",
				"Authorization", admin), 404, null);
		assertProblem(http().post("/api/v1/auth/token", "{\"username\":\"x\"}"), 400, "password");
	}

	@Test
	void takenUsernameIs409() {
		var account = access().account(Role.VENUE_OWNER, HANOI);
		assertProblem(http().post("/api/v1/access/accounts", """
				{"username":"%s","displayName":"A","password":"a-long-password","roles":["VENUE_OWNER"],"scopeArea":"01"}"""
				.formatted(account.username()), "Authorization", adminBearer()), 409, "username");
	}

	static String credentials(String username, String password) {
		return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
	}
}
