package vn.pccovid.vaccination.internal;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.Permission;

/** Vaccination sites and their slots: opened by vaccination staff of the area, slots listed for anyone booking. */
@RestController
@Tag(name = "Vaccination")
class SiteController {

	private final SiteManagement sites;

	SiteController(SiteManagement sites) {
		this.sites = sites;
	}

	@PostMapping("/api/v1/vaccination/sites")
	@Allowed(value = Permission.VACCINATION_SITE_MANAGE, area = AreaRule.CALLER_SCOPE)
	@Operation(summary = "Open a vaccination site in a ward of the caller's scope")
	ResponseEntity<Map<String, Object>> open(Actor actor, @RequestBody(required = false) NewSite body) {
		NewSite site = body == null ? new NewSite(null, null) : body;
		Site opened = sites.open(actor, site.name(), site.wardCode());
		return ResponseEntity.created(URI.create("/api/v1/vaccination/sites/" + opened.id()))
				.body(Map.of("id", opened.id(), "name", opened.name(), "wardCode", opened.ward().value()));
	}

	@PostMapping("/api/v1/vaccination/sites/{id}/slots")
	@Allowed(value = Permission.VACCINATION_SITE_MANAGE, area = AreaRule.CALLER_SCOPE)
	@Operation(summary = "Add a slot (a day, a time window and its places) to a site of the caller's scope")
	ResponseEntity<Map<String, Object>> addSlot(Actor actor, @PathVariable UUID id, @RequestBody(required = false) NewSlot body) {
		NewSlot slot = body == null ? new NewSlot(null, null, null, null) : body;
		Slot added = sites.addSlot(actor, id, slot.date(), slot.start(), slot.end(), slot.capacity());
		return ResponseEntity.created(URI.create("/api/v1/vaccination/sites/" + id + "/slots/" + added.id()))
				.body(Map.of("id", added.id()));
	}

	@GetMapping("/api/v1/vaccination/sites/{id}/slots")
	@Allowed(area = AreaRule.PUBLIC)
	@Operation(summary = "A site's slots on a day with their places booked (no personal data)")
	List<SlotView> slots(@PathVariable UUID id, @RequestParam(required = false) String date) {
		return sites.slots(id, date(date)).stream().map(SlotView::of).toList();
	}

	static LocalDate date(String date) {
		try {
			return date == null ? null : LocalDate.parse(date);
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new InvalidInputException("date", "vaccination.slot.date");
		}
	}

	/** A site to open. */
	record NewSite(String name, String wardCode) {
	}

	/** A slot to add. */
	record NewSlot(LocalDate date, LocalTime start, LocalTime end, Integer capacity) {
	}

	/** A slot as listed. */
	record SlotView(UUID id, LocalDate date, LocalTime start, LocalTime end, int capacity, int booked) {
		static SlotView of(Slot slot) {
			return new SlotView(slot.id(), slot.date(), slot.start(), slot.end(), slot.capacity(), slot.booked());
		}
	}
}
