package vn.pccovid.testing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.core.AreaLevel;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.Permission;
import vn.pccovid.core.VietnameseText;
import vn.pccovid.geo.Area;
import vn.pccovid.geo.Areas;

/** Sampling sites and sessions of an area: created by health staff of that area. */
@Service("testingSiteManagement")
class SiteManagement {

	static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

	private final Sites sites;
	private final Areas areas;
	private final TestingSettings settings;
	private final Clock clock;

	SiteManagement(Sites sites, Areas areas, TestingSettings settings, Clock clock) {
		this.sites = sites;
		this.areas = areas;
		this.settings = settings;
		this.clock = clock;
	}

	/** A new site in a ward of the caller's scope: 400 on a missing name or a code that is not a ward, 403 outside. */
	@Transactional
	UUID addSite(Actor actor, String name, String wardCode, String hours) {
		actor.require(Permission.TESTING_SITE_MANAGE);
		String cleanName = name == null ? "" : VietnameseText.nfc(name).strip();
		if (cleanName.isEmpty() || cleanName.length() > 200) {
			throw new InvalidInputException("name", "testing.site.name.required");
		}
		if (wardCode == null || wardCode.isBlank()) {
			throw new InvalidInputException("wardCode", "testing.site.ward.required");
		}
		Area ward = areas.find(wardCode.strip()).filter(area -> area.level() == AreaLevel.WARD)
				.orElseThrow(() -> new InvalidInputException("wardCode", "testing.site.ward.unknown", wardCode.strip()));
		actor.requireCovers(ward.code());
		String cleanHours = hours == null || hours.isBlank() ? settings.siteHours() : VietnameseText.nfc(hours).strip();
		if (cleanHours.length() > 100) {
			throw new InvalidInputException("hours", "testing.site.hours.tooLong");
		}
		UUID id = UUID.randomUUID();
		sites.addSite(new Sites.Site(id, cleanName, ward.code(), cleanHours), clock.instant());
		return id;
	}

	/** A session at a site of the caller's scope on a day (today when none): 404 unknown site, 403 outside. */
	@Transactional
	UUID addSession(Actor actor, UUID siteId, LocalDate day) {
		actor.require(Permission.TESTING_SITE_MANAGE);
		if (siteId == null) {
			throw new InvalidInputException("siteId", "testing.session.site.required");
		}
		Sites.Site site = sites.site(siteId).orElseThrow(() -> new NotFoundException("testing.site.unknown"));
		actor.requireCovers(site.area());
		LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
		LocalDate when = day == null ? today : day;
		if (when.isBefore(today.minusDays(30)) || when.isAfter(today.plusDays(60))) {
			throw new InvalidInputException("date", "testing.session.date.range");
		}
		UUID id = UUID.randomUUID();
		sites.addSession(id, site, when, clock.instant());
		return id;
	}

	List<Sites.Site> sites(Actor actor) {
		return sites.sitesIn(actor.scope().sqlPrefix(), 200);
	}

	List<Sites.Session> sessionsToday(Actor actor) {
		return sites.sessionsOn(actor.scope().sqlPrefix(), LocalDate.now(clock.withZone(VIETNAM)), 200);
	}
}
