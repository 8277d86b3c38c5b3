package vn.pccovid.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.cases.CaseFixtures;
import vn.pccovid.cases.CaseLevel;
import vn.pccovid.cases.CaseStatuses;
import vn.pccovid.checkin.CheckInChannel;
import vn.pccovid.checkin.CheckInsRecorded;
import vn.pccovid.checkin.RecordedCheckIn;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.Browser;
import vn.pccovid.support.BrowserTest;
import vn.pccovid.support.CitizenSignIns;
import vn.pccovid.testing.TestOutcome;

/**
 * The journey in Chromium: a positive result turns a person into an F0; the epidemiologist opens the case,
 * traces it, sees the venue evidence and confirms the contact; the contact, signed in on a phone-sized screen, sees
 * that they are an F1 on the home screen and the notice in the inbox.
 */
class TracingJourneyBrowserTest extends BrowserTest {

	@Autowired
	ApplicationEventPublisher events;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	CaseStatuses statuses;

	@Test
	void aPositiveResultIsTracedConfirmedAndTheContactSeesTheNotice() {
		String admin = adminBearer();
		PeopleFixtures people = new PeopleFixtures(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), admin);
		CaseFixtures fixtures = new CaseFixtures(events, transactions);
		Registered f0 = people.register(LocalDate.of(1980, 4, 4), PeopleFixtures.phone(), PeopleFixtures.PHUC_XA, null);
		Registered contact = people.register(LocalDate.of(1992, 8, 8), PeopleFixtures.phone(), PeopleFixtures.PHUC_XA, null);
		UUID market = UUID.randomUUID();
		Instant at = clock.instant().minus(Duration.ofHours(30));
		fixtures.publish(new CheckInsRecorded(List.of(
				new RecordedCheckIn(UUID.fromString(f0.id()), market, PeopleFixtures.PHUC_XA, at, CheckInChannel.APP),
				new RecordedCheckIn(UUID.fromString(contact.id()), market, PeopleFixtures.PHUC_XA, at.plus(Duration.ofMinutes(25)), CheckInChannel.VENUE_SCAN))));
		fixtures.publish(CaseFixtures.result(UUID.fromString(f0.id()), PeopleFixtures.PHUC_XA, TestOutcome.POSITIVE, clock.instant().minus(Duration.ofHours(3))));
		CaseFixtures.await("F0", () -> statuses.currentOf(UUID.fromString(f0.id())).filter(s -> s.level() == CaseLevel.F0).isPresent());
		UUID caseId = statuses.currentOf(UUID.fromString(f0.id())).orElseThrow().caseId();

		String epidemiologist = access().account(Role.EPIDEMIOLOGIST, Scope.of(PeopleFixtures.PHUC_XA.parent())).username();
		signInAsStaff(epidemiologist);

		browser.get(url("/console/cases/" + caseId));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("F0");
		browser.findElement(By.cssSelector("form.trace button")).click();
		wait.until(ExpectedConditions.urlContains("/console/tracing/runs/"));
		By row = By.id("contact-" + contact.id());
		wait.until(ExpectedConditions.presenceOfElementLocated(row));
		WebElement contactRow = browser.findElement(row);
		assertThat(contactRow.getText()).contains("F1", "Địa điểm " + market);
		contactRow.findElement(By.cssSelector("input[name=reason]")).sendKeys("Cùng quầy hàng");
		contactRow.findElement(By.cssSelector("button[value=CONFIRMED]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(row, "CONFIRMED"));

		browser.manage().deleteAllCookies();
		browser.manage().window().setSize(new Dimension(390, 844));
		String code = Browser.requestCode(browser, wait, url("/login?lang=vi"), CitizenSignIns.Codes.overHttp(http(), admin), contact.phone());
		browser.findElement(By.id("code")).sendKeys(code);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		browser.get(url("/?lang=vi"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Bạn là F1"));
		browser.get(url("/me/inbox?lang=vi"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Bạn là F1 (tiếp xúc gần)"));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
