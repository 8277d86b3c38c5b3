package vn.pccovid.testing.internal;

import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.Permission;
import vn.pccovid.core.ProblemException;

/**
 * The sampling console: sites and today's sessions of the area; in a session, a pool to fill and a person to sample
 * (scan or type), the tubes taken and their label sheet. Every form posts and comes back to the page (errors in
 * the page's language, never raw JSON).
 */
@Controller
@Allowed({ Permission.SAMPLE_TAKE, Permission.TESTING_SITE_MANAGE })
class SamplingPages {

	private final SamplingSiteManagement siteManagement;
	private final Sampling sampling;
	private final MessageSource messages;

	SamplingPages(SamplingSiteManagement siteManagement, Sampling sampling, MessageSource messages) {
		this.siteManagement = siteManagement;
		this.sampling = sampling;
		this.messages = messages;
	}

	@GetMapping("/console/testing/sampling")
	String page(Actor actor, @RequestParam(required = false) UUID session, @RequestParam(required = false) UUID pool,
			@RequestParam(required = false) String taken, Model model) {
		model.addAttribute("sites", siteManagement.sites(actor));
		model.addAttribute("sessions", siteManagement.sessionsToday(actor));
		model.addAttribute("sessionId", session);
		model.addAttribute("pool", pool);
		model.addAttribute("taken", taken);
		if (session != null && actor.can(Permission.SAMPLE_TAKE)) {
			model.addAttribute("tubes", sampling.tubes(actor, session));
		}
		return "testing/sampling";
	}

	@PostMapping("/console/testing/sampling/sites")
	String addSite(Actor actor, @RequestParam(required = false) String name, @RequestParam(required = false) String wardCode,
			@RequestParam(required = false) String hours, Model model) {
		try {
			siteManagement.addSite(actor, name, wardCode, hours);
			return "redirect:/console/testing/sampling";
		}
		catch (ProblemException e) {
			return failed(actor, e, null, null, model);
		}
	}

	@PostMapping("/console/testing/sampling/sessions")
	String addSession(Actor actor, @RequestParam(required = false) UUID siteId, Model model) {
		try {
			return "redirect:/console/testing/sampling?session=" + siteManagement.addSession(actor, siteId, null);
		}
		catch (ProblemException e) {
			return failed(actor, e, null, null, model);
		}
	}

	@PostMapping("/console/testing/sampling/pools")
	String addPool(Actor actor, @RequestParam UUID sessionId, @RequestParam(required = false) String testType, Model model) {
		try {
			Sampling.Labelled pool = sampling.newPool(actor, sessionId, SamplingController.testType(testType));
			return "redirect:/console/testing/sampling?session=" + sessionId + "&pool=" + pool.id() + "&taken=" + pool.barcode();
		}
		catch (ProblemException e) {
			return failed(actor, e, sessionId, null, model);
		}
	}

	@PostMapping("/console/testing/sampling/samples")
	String take(Actor actor, @RequestParam UUID sessionId, @RequestParam(required = false) UUID poolId,
			@RequestParam(required = false) String personQr, @RequestParam(required = false) String cccd,
			@RequestParam(required = false) String testType, Model model) {
		try {
			Sampling.Labelled sample = sampling.take(actor, personQr, cccd, SamplingController.testType(testType), sessionId, poolId);
			return "redirect:/console/testing/sampling?session=" + sessionId + (poolId == null ? "" : "&pool=" + poolId)
					+ "&taken=" + sample.barcode();
		}
		catch (ProblemException e) {
			return failed(actor, e, sessionId, poolId, model);
		}
	}

	@GetMapping(value = "/console/testing/sessions/{id}/labels.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> labels(Actor actor, @PathVariable UUID id) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header("Content-Disposition", ContentDisposition.inline().filename("labels.pdf").build().toString())
				.header("Cache-Control", "no-store").body(sampling.labels(actor, id));
	}

	private String failed(Actor actor, ProblemException e, UUID session, UUID pool, Model model) {
		model.addAttribute("error", e.localizedMessage(messages));
		return page(actor, session, pool, null, model);
	}
}
