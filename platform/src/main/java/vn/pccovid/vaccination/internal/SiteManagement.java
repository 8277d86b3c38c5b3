package vn.pccovid.vaccination.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.ConflictException;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.VietnameseText;
import vn.pccovid.geo.Areas;

/** Opens sites in wards of the caller's scope and their slots; lists slots for anyone who books. */
@Service
class SiteManagement {

	private final Sites sites;
	private final Areas areas;
	private final Clock clock;

	SiteManagement(Sites sites, Areas areas, Clock clock) {
		this.sites = sites;
		this.areas = areas;
		this.clock = clock;
	}

	@Transactional
	Site open(Actor actor, String name, String wardCode) {
		String cleaned = name == null ? "" : VietnameseText.nfc(name).strip();
		if (cleaned.isEmpty() || cleaned.length() > 200) {
			throw new InvalidInputException("name", "vaccination.site.name");
		}
		AreaCode ward = ward(wardCode);
		actor.requireCovers(ward);
		Site site = new Site(UUID.randomUUID(), cleaned, ward);
		sites.insert(site, clock.instant());
		return site;
	}

	@Transactional
	Slot addSlot(Actor actor, UUID siteId, LocalDate date, LocalTime start, LocalTime end, Integer capacity) {
		Site site = siteInScope(actor, siteId);
		if (date == null) {
			throw new InvalidInputException("date", "vaccination.slot.date");
		}
		if (date.isBefore(LocalDate.now(clock))) {
			throw new InvalidInputException("date", "vaccination.slot.past");
		}
		if (start == null) {
			throw new InvalidInputException("start", "vaccination.slot.start");
		}
		if (end == null || !end.isAfter(start)) {
			throw new InvalidInputException("end", "vaccination.slot.end");
		}
		if (capacity == null || capacity < 1 || capacity > 10_000) {
			throw new InvalidInputException("capacity", "vaccination.slot.capacity");
		}
		if (sites.overlaps(site.id(), date, start, end)) {
			throw new ConflictException("start", "vaccination.slot.overlap");
		}
		Slot slot = new Slot(UUID.randomUUID(), site.id(), date, start, end, capacity, 0);
		sites.insertSlot(slot);
		return slot;
	}

	List<Slot> slots(UUID siteId, LocalDate date) {
		site(siteId);
		if (date == null) {
			throw new InvalidInputException("date", "vaccination.slot.date");
		}
		return sites.slots(siteId, date);
	}

	Site site(UUID siteId) {
		return sites.find(siteId).orElseThrow(() -> new NotFoundException("vaccination.site.unknown"));
	}

	/** The site, 404 when unknown, 403 when outside the caller's scope. */
	Site siteInScope(Actor actor, UUID siteId) {
		Site site = site(siteId);
		actor.requireCovers(site.ward());
		return site;
	}

	private AreaCode ward(String wardCode) {
		if (wardCode == null || !wardCode.strip().matches("\\d{5}")) {
			throw new InvalidInputException("wardCode", "vaccination.site.ward");
		}
		return areas.find(wardCode.strip()).map(vn.pccovid.geo.Area::code)
				.orElseThrow(() -> new InvalidInputException("wardCode", "vaccination.site.ward"));
	}
}
