package vn.pccovid.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/** The ward picker's list: wards by name or by their district's name, accents optional, never raw input echoed. */
class WardPickerPagesTest extends PlatformTest {

	@Test
	void aDistrictNameWithoutAccentsListsItsWardsAndAWardNameFindsTheWard() {
		Http.Response district = http().get("/areas/wards/pick?fromWardSearch=hoan+kiem&for=fromWard");
		assertThat(district.status()).isEqualTo(200);
		assertThat(district.body()).contains("data-ward-code=\"00088\"", "Phường Hàng Bài, Quận Hoàn Kiếm, Thành phố Hà Nội",
				"data-for=\"fromWard\"", "Phường Phúc Tân").doesNotContain("data-ward-code=\"00001\"");

		Http.Response ward = http().get("/areas/wards/pick?q=HANG%20BAI");
		assertThat(ward.body()).contains("data-ward-code=\"00088\"", "data-for=\"wardCode\"");
		assertThat(ward.body().indexOf("00088")).as("the ward named so comes first").isLessThan(ward.body().indexOf("</li>"));

		assertThat(http().get("/areas/wards/pick?q=h").body()).contains("Nhập ít nhất 2 ký tự.");
		assertThat(http().get("/areas/wards/pick?q=zzqqxx").body()).contains("Không tìm thấy phường/xã nào.");
		assertThat(http().get("/areas/wards/pick?q=hang+bai&for=%22%3E%3Cscript%3E").body())
				.contains("data-for=\"wardCode\"").doesNotContain("<script>");
	}
}
