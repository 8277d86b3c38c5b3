package vn.pccovid.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.CitizenSignIns;
import vn.pccovid.support.CitizenWebSessions;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;
import vn.pccovid.support.WebSessions;
import vn.pccovid.vaccination.AdministeredDose;
import vn.pccovid.vaccination.DoseAdministered;

/** The citizen's certificates page and the venue's verifier page, over real sessions. */
class CertificatePagesTest extends PlatformTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theCitizenSeesTheCardAndCertificatesAndAVenueSeesColourNameAndBirthDateOnly() {
		String admin = adminBearer();
		PeopleFixtures fixtures = new PeopleFixtures(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), admin);
		Registered me = fixtures.adultWithPhone();
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Ho_Chi_Minh"));
		transactions.executeWithoutResult(s -> events.publishEvent(new DoseAdministered(UUID.fromString(me.id()), me.ward(),
				new AdministeredDose(UUID.randomUUID(), "ASTRAZENECA", "AZ1", 1, 2, today.minusDays(20), "Trạm y tế"))));

		CitizenWebSessions citizen = CitizenWebSessions.signIn(http(), admin, me.phone(), "/login");
		String path = "/me/people/" + me.id() + "/certificates";
		await().atMost(Duration.ofSeconds(20)).until(() -> http().get(path, "Cookie", citizen.session()).body().contains("data-kind=\"VACCINATION\""));
		Http.Response page = http().get(path, "Cookie", citizen.session());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Thẻ vàng").contains(me.fullName()).contains("Tải PDF").contains("/card.png");
		Http.Response image = http().get("/me/people/" + me.id() + "/card.png", "Cookie", citizen.session());
		assertThat(image.status()).isEqualTo(200);
		assertThat(image.contentType()).isEqualTo("image/png");
		assertThat(http().get("/", "Cookie", citizen.session()).body()).as("the home card").contains(path);
		String qr = http().get("/api/v1/me/people/" + me.id() + "/card", "Authorization", fixtures.citizenBearer(me.phone()))
				.json().get("qr").asString();

		String venue = WebSessions.staff(http(), access().account(Role.VENUE_OWNER, Scope.of(PeopleFixtures.PHUC_XA)).username());
		Http.Response form = http().get("/console/certificates/verify", "Cookie", venue);
		assertThat(form.status()).isEqualTo(200);
		Http.Response result = CitizenSignIns.form(http(), "/console/certificates/verify", venue, CitizenSignIns.newIp(),
				"_csrf=" + CitizenSignIns.csrf(form) + "&payload=" + URLEncoder.encode(qr, StandardCharsets.UTF_8));
		assertThat(result.status()).as(result.body()).isEqualTo(200);
		assertThat(result.body()).contains("Thẻ vàng").contains(me.fullName()).contains("1990-03-05").doesNotContain(me.cccd());
		Http.Response bad = CitizenSignIns.form(http(), "/console/certificates/verify", venue, CitizenSignIns.newIp(),
				"_csrf=" + CitizenSignIns.csrf(form) + "&payload=HC1%3AABC");
		assertThat(bad.body()).contains("Mã không hợp lệ");

		String registry = WebSessions.staff(http(), access().account(Role.REGISTRY_OFFICER, Scope.NATIONAL).username());
		assertThat(http().get("/console/certificates/verify", "Cookie", registry).status()).isIn(302, 403);
	}
}
