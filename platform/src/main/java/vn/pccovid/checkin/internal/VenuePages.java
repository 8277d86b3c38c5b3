package vn.pccovid.checkin.internal;

import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.ConsoleMenuEntry;
import vn.pccovid.core.Permission;
import vn.pccovid.core.ProblemException;

/**
 * The console's venues: owners register venues and print posters; health staff approve or suspend the venues of
 * their area and read visitor logs (owners see times only); owners scan people's QRs on the scanner page.
 */
@Controller
@Allowed({ Permission.VENUE_REGISTER, Permission.VENUE_APPROVE, Permission.VISITOR_LOG_READ })
class VenuePages {

	private final VenueRegistry registry;
	private final VisitorLogs logs;
	private final CheckInRecording recording;
	private final PosterPdf posters;
	private final MessageSource messages;

	VenuePages(VenueRegistry registry, VisitorLogs logs, CheckInRecording recording, PosterPdf posters, MessageSource messages) {
		this.registry = registry;
		this.logs = logs;
		this.recording = recording;
		this.posters = posters;
		this.messages = messages;
	}

	@GetMapping("/console/venues")
	String list(Actor actor, @RequestParam(required = false) String status, @RequestParam(required = false) String after,
			Model model) {
		model.addAttribute("page", registry.list(actor, status, after, 50));
		model.addAttribute("status", status);
		model.addAttribute("mayRegister", actor.can(Permission.VENUE_REGISTER));
		model.addAttribute("mayApprove", actor.can(Permission.VENUE_APPROVE));
		model.addAttribute("types", VenueType.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new NewVenue("", "MARKET", "", "", null, null));
		}
		return "checkin/venues";
	}

	@PostMapping("/console/venues")
	String register(Actor actor, @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String type,
			@RequestParam(defaultValue = "") String wardCode, @RequestParam(defaultValue = "") String address, Model model) {
		NewVenue form = new NewVenue(name, type, wardCode.strip(), address, null, null);
		try {
			Venue venue = registry.register(actor, form);
			return "redirect:/console/venues/" + venue.id();
		}
		catch (ProblemException e) {
			model.addAttribute("form", form);
			model.addAttribute("error", e.localizedMessage(messages));
			model.addAttribute("errorField", e.field());
			return list(actor, null, null, model);
		}
	}

	@GetMapping("/console/venues/{id}")
	String venue(Actor actor, @PathVariable UUID id, Model model) {
		Venue venue = registry.visible(actor, id);
		model.addAttribute("venue", venue);
		model.addAttribute("owner", VenueRegistry.isOwner(actor, venue));
		model.addAttribute("mayApprove", actor.can(Permission.VENUE_APPROVE) && actor.scope().covers(venue.ward()));
		model.addAttribute("mayReissue", VenueRegistry.mayReissue(actor, venue));
		model.addAttribute("visitors", logs.visitors(actor, id, null, null, null, 100, null));
		return "checkin/venue";
	}

	@PostMapping("/console/venues/{id}/status")
	String status(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String status,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		try {
			registry.setStatus(actor, id, status, reason);
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("error", e.localizedMessage(messages));
		}
		return "redirect:/console/venues/" + id;
	}

	@PostMapping("/console/venues/{id}/qr")
	@Allowed(value = { Permission.VENUE_REGISTER, Permission.VENUE_APPROVE })
	String reissue(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			registry.reissue(actor, id);
			redirect.addFlashAttribute("outcome", "checkin.venue.reissued");
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("error", e.localizedMessage(messages));
		}
		return "redirect:/console/venues/" + id;
	}

	@GetMapping("/console/venues/{id}/poster.pdf")
	ResponseEntity<byte[]> poster(Actor actor, @PathVariable UUID id) {
		Venue venue = registry.visible(actor, id);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
				.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"venue-" + id + ".pdf\"").body(posters.render(venue));
	}

	@GetMapping("/console/venues/{id}/poster.png")
	ResponseEntity<byte[]> posterPng(Actor actor, @PathVariable UUID id) {
		Venue venue = registry.visible(actor, id);
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
				.body(PosterImages.png(venue.qr(), 1000));
	}

	@GetMapping("/console/venues/{id}/scanner")
	@Allowed(Permission.VENUE_SCAN)
	String scanner(Actor actor, @PathVariable UUID id, Model model) {
		model.addAttribute("venue", registry.visible(actor, id));
		return "checkin/scanner";
	}

	@PostMapping("/console/venues/{id}/scanner")
	@Allowed(Permission.VENUE_SCAN)
	String scan(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String qr, Model model) {
		try {
			model.addAttribute("recorded", recording.byVenueScan(actor, id, qr));
		}
		catch (ProblemException e) {
			model.addAttribute("error", e.localizedMessage(messages));
		}
		return scanner(actor, id, model);
	}

	/** The console menu's entry. */
	@Configuration(proxyBeanMethods = false)
	static class Menu {

		@Bean
		ConsoleMenuEntry checkinVenuesMenuEntry() {
			return new ConsoleMenuEntry("/console/venues", "checkin.menu.venues", 55,
					Set.of(Permission.VENUE_REGISTER, Permission.VENUE_APPROVE, Permission.VISITOR_LOG_READ));
		}
	}
}
