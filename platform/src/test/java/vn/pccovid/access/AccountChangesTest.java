package vn.pccovid.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.pccovid.support.CitizenSignIns;
import vn.pccovid.core.AreaCode;
import vn.pccovid.support.AccessFixtures;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/**
 * An administrator who opens an account for themselves leaves a trace: every opening and change of an account is
 * audited (who, which account, roles, scope), every account shows who opened it, and nobody changes their own.
 */
class AccountChangesTest extends PlatformTest {

	static final Scope HANOI = Scope.of(AreaCode.province("01"));

	@Test
	void openingAnAccountIsAuditedAndShowsWhoOpenedIt() {
		var provinceAdmin = access().account(Role.PROVINCE_ADMIN, HANOI);
		String bearer = access().bearer(provinceAdmin.username());
		String username = "officer-" + System.nanoTime();
		Http.Response opened = http().post("/api/v1/access/accounts", """
				{"username":"%s","displayName":"Nguyễn Văn Cán","password":"a-long-password","roles":["REGISTRY_OFFICER"],"scopeArea":"001"}"""
				.formatted(username), "Authorization", bearer);
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		assertThat(opened.json().get("createdBy").asString()).isEqualTo(provinceAdmin.username());
		assertThat(opened.json().get("createdAt").asString()).isNotBlank();
		assertThat(listed(bearer, username).get("createdBy").asString()).isEqualTo(provinceAdmin.username());
		assertThat(listed(bearer, provinceAdmin.username()).get("createdBy").asString()).isEqualTo("platform");

		JsonNode entry = entriesBy(provinceAdmin.username()).get(0);
		assertThat(entry.get("action").asString()).isEqualTo("CREATE");
		assertThat(entry.get("purpose").asString()).isEqualTo("account-management");
		assertThat(entry.get("what").asString()).isEqualTo("account:" + username + " roles=REGISTRY_OFFICER scope=01.001 locked=false");
		assertThat(entry.get("citizenArea").asString()).isEqualTo("01.001");
		assertThat(entry.get("roles").asString()).isEqualTo("PROVINCE_ADMIN");
		assertThat(entry.get("actorScope").asString()).isEqualTo("01");
		// the province's own administrators see it in their audit log too
		JsonNode inProvince = http().get("/api/v1/access/audit?actor=" + provinceAdmin.username(), "Authorization",
				access().bearer(Role.PROVINCE_ADMIN, HANOI)).json().get("items");
		assertThat(inProvince.findValuesAsString("what")).contains(entry.get("what").asString());
	}

	@Test
	void accountsOpenedByThePlatformAreAuditedToo() {
		var account = access().account(Role.HEALTH_WORKER, HANOI);
		JsonNode entries = entriesBy("platform");
		assertThat(entries.findValuesAsString("what")).contains("account:" + account.username() + " roles=HEALTH_WORKER scope=01 locked=false");
	}

	@Test
	void changesAreAuditedWithWhatWasBefore() {
		var provinceAdmin = access().account(Role.PROVINCE_ADMIN, HANOI);
		String bearer = access().bearer(provinceAdmin.username());
		var worker = access().account(Role.HEALTH_WORKER, HANOI);
		Http.Response changed = http().send(patch("/api/v1/access/accounts/" + worker.id(),
				"{\"roles\":[\"HEALTH_WORKER\",\"EPIDEMIOLOGIST\"],\"scopeArea\":\"001\"}"), "Authorization", bearer);
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().get("scope").asString()).isEqualTo("01.001");
		JsonNode entry = entriesBy(provinceAdmin.username()).get(0);
		assertThat(entry.get("action").asString()).isEqualTo("UPDATE");
		assertThat(entry.get("what").asString()).isEqualTo("account:" + worker.username()
				+ " roles=EPIDEMIOLOGIST,HEALTH_WORKER scope=01.001 locked=false (was roles=HEALTH_WORKER scope=01 locked=false)");
		JsonNode me = http().get("/api/v1/auth/me", "Authorization", access().bearer(worker.username())).json();
		assertThat(me.get("roles").toString()).isEqualTo("[\"HEALTH_WORKER\",\"EPIDEMIOLOGIST\"]");
	}

	@Test
	void nobodyChangesTheirOwnAccount() {
		var provinceAdmin = access().account(Role.PROVINCE_ADMIN, HANOI);
		String bearer = access().bearer(provinceAdmin.username());
		assertProblem(http().send(patch("/api/v1/access/accounts/" + provinceAdmin.id(), "{\"roles\":[\"PROVINCE_ADMIN\",\"REGISTRY_OFFICER\"]}"),
				"Authorization", bearer), 403, null);
		assertProblem(http().send(patch("/api/v1/access/accounts/" + provinceAdmin.id(), "{\"scopeArea\":\"001\"}"),
				"Authorization", bearer), 403, null);
		assertThat(staffAccounts.findByUsername(provinceAdmin.username()).orElseThrow().roles()).containsExactly(Role.PROVINCE_ADMIN);
	}

	@Test
	void changesStayInsideTheAdministratorsScopeAndRank() {
		String hanoiAdmin = access().bearer(Role.PROVINCE_ADMIN, HANOI);
		var inHcmc = access().account(Role.HEALTH_WORKER, Scope.of(AreaCode.province("79")));
		var inHanoi = access().account(Role.HEALTH_WORKER, HANOI);
		var nationalAdmin = access().account(Role.SYSTEM_ADMIN, Scope.NATIONAL);
		assertProblem(http().send(patch("/api/v1/access/accounts/" + inHcmc.id(), "{\"locked\":true}"), "Authorization", hanoiAdmin), 404, null);
		assertProblem(http().send(patch("/api/v1/access/accounts/" + nationalAdmin.id(), "{\"locked\":true}"), "Authorization", hanoiAdmin), 404, null);
		assertProblem(http().send(patch("/api/v1/access/accounts/" + inHanoi.id(), "{\"scopeArea\":\"79\"}"), "Authorization", hanoiAdmin), 403, null);
		assertProblem(http().send(patch("/api/v1/access/accounts/" + inHanoi.id(), "{\"roles\":[\"SYSTEM_ADMIN\"]}"), "Authorization", hanoiAdmin), 403, null);
		assertProblem(http().send(patch("/api/v1/access/accounts/" + inHanoi.id(), "{\"roles\":[]}"), "Authorization", hanoiAdmin), 400, "roles");
		assertProblem(http().send(patch("/api/v1/access/accounts/" + inHanoi.id(), "{}"), "Authorization", hanoiAdmin), 400, null);
		assertProblem(http().send(patch("/api/v1/access/accounts/" + inHanoi.id(), "{\"locked\":true}"),
				"Authorization", access().bearer(Role.HEALTH_WORKER, HANOI)), 403, null);
	}

	@Test
	void aLockedAccountCannotSignInOrRefresh() {
		var worker = access().account(Role.HEALTH_WORKER, HANOI);
		String refresh = http().post("/api/v1/auth/token", StaffAccessApiTest.credentials(worker.username(), AccessFixtures.PASSWORD),
				"X-Forwarded-For", CitizenSignIns.newIp()).json().get("refreshToken").asString();
		Http.Response locked = http().send(patch("/api/v1/access/accounts/" + worker.id(), "{\"locked\":true}"), "Authorization", adminBearer());
		assertThat(locked.json().get("locked").asBoolean()).isTrue();
		String ip = CitizenSignIns.newIp();
		Http.Response refused = http().post("/api/v1/auth/token", StaffAccessApiTest.credentials(worker.username(), AccessFixtures.PASSWORD),
				"X-Forwarded-For", ip);
		Http.Response wrong = http().post("/api/v1/auth/token", StaffAccessApiTest.credentials(worker.username(), "wrong-password!"),
				"X-Forwarded-For", ip);
		assertProblem(refused, 401, null);
		assertThat(refused.body()).isEqualTo(wrong.body());
		assertProblem(http().post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + refresh + "\"}"), 401, null);

		http().send(patch("/api/v1/access/accounts/" + worker.id(), "{\"locked\":false}"), "Authorization", adminBearer());
		assertThat(http().post("/api/v1/auth/token", StaffAccessApiTest.credentials(worker.username(), AccessFixtures.PASSWORD),
				"X-Forwarded-For", CitizenSignIns.newIp()).status()).isEqualTo(200);
	}

	private JsonNode entriesBy(String actorName) {
		return http().get("/api/v1/access/audit?limit=200&actor=" + actorName, "Authorization", adminBearer()).json().get("items");
	}

	/** The account as the list shows it (the page starting just before its username). */
	private JsonNode listed(String bearer, String username) {
		JsonNode items = http().get("/api/v1/access/accounts?limit=200&after=" + username.substring(0, username.length() - 1),
				"Authorization", bearer).json().get("items");
		for (JsonNode item : items) {
			if (item.get("username").asString().equals(username)) {
				return item;
			}
		}
		throw new AssertionError("no account " + username + " in " + items);
	}

	private java.net.http.HttpRequest.Builder patch(String path, String body) {
		return java.net.http.HttpRequest.newBuilder(http().uri(path)).header("Content-Type", "application/json")
				.method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString(body));
	}
}
