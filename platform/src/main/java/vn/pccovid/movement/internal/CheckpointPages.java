package vn.pccovid.movement.internal;

import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.Permission;
import vn.pccovid.core.ProblemException;
import vn.pccovid.geo.Areas;

/**
 * Console pages for checkpoints: the list (and creation for police), the scan page with the province's live feed
 * beside it, the feed alone, and the police board.
 */
@Controller
class CheckpointPages {

	private final CheckpointRegistry registry;
	private final CheckpointScans scans;
	private final PoliceBoard board;
	private final ShipperDeclarations shippers;
	private final Areas areas;
	private final MessageSource messages;

	CheckpointPages(CheckpointRegistry registry, CheckpointScans scans, PoliceBoard board, ShipperDeclarations shippers,
			Areas areas, MessageSource messages) {
		this.registry = registry;
		this.scans = scans;
		this.board = board;
		this.shippers = shippers;
		this.areas = areas;
		this.messages = messages;
	}

	@GetMapping("/console/movement/checkpoints")
	@Allowed({ Permission.CHECKPOINT_SCAN, Permission.CHECKPOINT_MANAGE })
	String list(Actor actor, Model model) {
		model.addAttribute("checkpoints", registry.list(actor));
		model.addAttribute("names", new PermitPages.ZoneNames(areas));
		model.addAttribute("mayCreate", actor.can(Permission.CHECKPOINT_MANAGE));
		return "movement/checkpoints";
	}

	@PostMapping("/console/movement/checkpoints")
	@Allowed(Permission.CHECKPOINT_MANAGE)
	String create(Actor actor, @RequestParam(required = false) String name, @RequestParam(required = false) String wardCode,
			Model model) {
		try {
			Checkpoint checkpoint = registry.create(actor, name, wardCode);
			return "redirect:/console/movement/checkpoints/" + checkpoint.id();
		}
		catch (ProblemException e) {
			model.addAttribute("error", e.localizedMessage(messages));
			return list(actor, model);
		}
	}

	@GetMapping("/console/movement/checkpoints/{id}")
	@Allowed(Permission.CHECKPOINT_SCAN)
	String scanPage(Actor actor, @PathVariable UUID id, Model model) {
		Checkpoint checkpoint = scans.checkpoint(actor, id);
		model.addAttribute("checkpoint", checkpoint);
		model.addAttribute("wardName", areas.fullNameOf(checkpoint.ward().value()));
		return "movement/scan";
	}

	@PostMapping("/console/movement/checkpoints/{id}/scan")
	@Allowed(Permission.CHECKPOINT_SCAN)
	String scan(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String qr,
			@RequestParam(required = false) String plate, Model model) {
		try {
			model.addAttribute("result", scans.scan(actor, id, qr, plate));
		}
		catch (ProblemException e) {
			model.addAttribute("error", e.localizedMessage(messages));
		}
		return "movement/fragments :: decision";
	}

	@GetMapping("/console/movement/feed")
	@Allowed(Permission.CHECKPOINT_SCAN)
	String feed(Actor actor, @RequestParam(required = false) String province, Model model) {
		String code = registry.feedProvince(actor, province);
		model.addAttribute("province", code);
		model.addAttribute("provinceName", areas.fullNameOf(code));
		return "movement/feed";
	}

	/** The feed for a signed-in console session (the {@code /api/**} twin takes bearer tokens only). */
	@GetMapping(value = "/console/movement/feed/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Allowed(Permission.CHECKPOINT_SCAN)
	@ResponseBody
	SseEmitter events(Actor actor, @RequestParam(required = false) String province) {
		return registry.follow(actor, province);
	}

	@GetMapping("/console/movement/board")
	@Allowed(Permission.CHECKPOINT_MANAGE)
	String board(Actor actor, @RequestParam(required = false) String ward, Model model) {
		model.addAttribute("board", board.of(actor, ward));
		if (actor.can(Permission.SHIPPER_READ)) {
			model.addAttribute("violations", shippers.violations(actor, ward, null));
		}
		return "movement/board";
	}
}
