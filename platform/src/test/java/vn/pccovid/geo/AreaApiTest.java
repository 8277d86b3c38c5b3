package vn.pccovid.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import vn.pccovid.support.PlatformTest;

class AreaApiTest extends PlatformTest {

	@Test
	void listsAll63ProvincesWithCodeNameAndType() {
		JsonNode provinces = http().get("/api/v1/areas/provinces").json();
		assertThat(provinces).hasSize(63);
		assertThat(provinces.get(0).get("code").asString()).isEqualTo("01");
		assertThat(provinces.get(0).get("name").asString()).isEqualTo("Thành phố Hà Nội");
		assertThat(provinces.get(0).get("type").asString()).isEqualTo("Thành phố Trung ương");
		assertThat(codes(provinces)).contains("79", "96", "22").doesNotHaveDuplicates();
	}

	@Test
	void walksTheTreeDownToWards() {
		JsonNode districts = http().get("/api/v1/areas/provinces/01/districts").json();
		assertThat(districts).hasSize(30);
		assertThat(districts.get(0).get("name").asString()).isEqualTo("Quận Ba Đình");
		JsonNode wards = http().get("/api/v1/areas/districts/001/wards").json();
		assertThat(codes(wards)).contains("00001", "00004");
		assertThat(wards.get(0).get("name").asString()).isEqualTo("Phường Phúc Xá");
		assertThat(wards.get(0).get("path").asString()).isEqualTo("01.001.00001");
	}

	@Test
	void catalogueHoldsEveryAreaOfTheGsoList() {
		long wards = 0;
		long districts = 0;
		for (JsonNode province : http().get("/api/v1/areas/provinces").json()) {
			for (JsonNode district : http().get("/api/v1/areas/provinces/" + province.get("code").asString() + "/districts").json()) {
				districts++;
				wards += http().get("/api/v1/areas/districts/" + district.get("code").asString() + "/wards").json().size();
			}
		}
		assertThat(districts).isEqualTo(705);
		assertThat(wards).isEqualTo(10_599);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ha noi", "Hà Nội", "HA NOI", "hà   nội" })
	void findsHanoiWithOrWithoutDiacritics(String query) {
		JsonNode hits = search(query);
		assertThat(hits.get(0).get("code").asString()).isEqualTo("01");
		assertThat(hits.get(0).get("name").asString()).isEqualTo("Thành phố Hà Nội");
	}

	@Test
	void findsHanoiFromDecomposedUnicode() {
		String nfd = Normalizer.normalize("Hà Nội", Normalizer.Form.NFD);
		assertThat(search(nfd).get(0).get("code").asString()).isEqualTo("01");
	}

	@Test
	void findsAWardWithItsFullPath() {
		JsonNode hit = search("phuc xa").get(0);
		assertThat(hit.get("code").asString()).isEqualTo("00001");
		assertThat(hit.get("name").asString()).isEqualTo("Phường Phúc Xá");
		assertThat(hit.get("fullName").asString()).isEqualTo("Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội");
		JsonNode path = hit.get("path");
		assertThat(path).hasSize(3);
		assertThat(path.get(0).get("level").asString()).isEqualTo("WARD");
		assertThat(path.get(1).get("code").asString()).isEqualTo("001");
		assertThat(path.get(2).get("code").asString()).isEqualTo("01");
	}

	@Test
	void filtersByLevelAndLimits() {
		JsonNode hits = http().get("/api/v1/areas/search?q=" + enc("ha") + "&level=DISTRICT&limit=5").json();
		assertThat(hits).hasSize(5);
		hits.forEach(hit -> assertThat(hit.get("level").asString()).isEqualTo("DISTRICT"));
	}

	@Test
	void showsOneAreaByCode() {
		JsonNode area = http().get("/api/v1/areas/00001").json();
		assertThat(area.get("fullName").asString()).isEqualTo("Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội");
	}

	@Test
	void unknownCodesAre404() {
		assertProblem(http().get("/api/v1/areas/provinces/99/districts"), 404, null);
		assertProblem(http().get("/api/v1/areas/districts/999/wards"), 404, null);
		assertProblem(http().get("/api/v1/areas/99999"), 404, null);
	}

	@Test
	void malformedCodesAre400NamingTheCode() {
		assertProblem(http().get("/api/v1/areas/provinces/1/districts"), 400, "code");
		assertProblem(http().get("/api/v1/areas/provinces/001/districts"), 400, "code");
		assertProblem(http().get("/api/v1/areas/districts/abc/wards"), 400, "code");
		assertProblem(http().get("/api/v1/areas/0001"), 400, "code");
	}

	@Test
	void badSearchParametersAre400NamingTheParameter() {
		assertProblem(http().get("/api/v1/areas/search"), 400, "q");
		assertProblem(http().get("/api/v1/areas/search?q=a"), 400, "q");
		assertProblem(http().get("/api/v1/areas/search?q=" + "x".repeat(101)), 400, "q");
		assertProblem(http().get("/api/v1/areas/search?q=ha&limit=0"), 400, "limit");
		assertProblem(http().get("/api/v1/areas/search?q=ha&limit=1000"), 400, "limit");
		assertProblem(http().get("/api/v1/areas/search?q=ha&limit=many"), 400, "limit");
		assertProblem(http().get("/api/v1/areas/search?q=ha&level=TOWN"), 400, "level");
	}

	@Test
	void problemsSpeakVietnameseByDefaultAndEnglishOnRequest() {
		String vi = http().get("/api/v1/areas/99999").json().get("detail").asString();
		String en = http().get("/api/v1/areas/99999", "Accept-Language", "en").json().get("detail").asString();
		assertThat(vi).isEqualTo("Không có địa bàn mã '99999'.");
		assertThat(en).isEqualTo("There is no area with code '99999'.");
	}

	@Test
	void unsupportedMethodIsAProblemToo() {
		var response = http().send(java.net.http.HttpRequest.newBuilder(http().uri("/api/v1/areas/provinces"))
				.DELETE());
		assertProblem(response, 405, null);
	}

	private JsonNode search(String query) {
		return http().get("/api/v1/areas/search?q=" + enc(query)).json();
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static List<String> codes(JsonNode areas) {
		List<String> codes = new ArrayList<>();
		areas.forEach(area -> codes.add(area.get("code").asString()));
		return codes;
	}
}
