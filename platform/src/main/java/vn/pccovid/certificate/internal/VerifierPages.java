package vn.pccovid.certificate.internal;

import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.ConsoleMenuEntry;
import vn.pccovid.core.Permission;
import vn.pccovid.core.ProblemException;

/**
 * The verifier page for venues and checkpoints: paste or scan (a hardware scanner types into the box) a COVID card
 * QR or an HCERT; the answer shows colour, name and date of birth only. htmx swaps the result in place.
 */
@Controller
@Allowed(value = Permission.CERTIFICATE_VERIFY, area = AreaRule.ANY_AREA)
class VerifierPages {

	private final CertificateScans scans;
	private final MessageSource messages;

	VerifierPages(CertificateScans scans, MessageSource messages) {
		this.scans = scans;
		this.messages = messages;
	}

	@GetMapping("/console/certificates/verify")
	String page() {
		return "certificate/verify";
	}

	@PostMapping("/console/certificates/verify")
	String verify(Actor actor, @RequestParam(required = false) String payload,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		if (payload == null || payload.isBlank()) {
			model.addAttribute("error", messages.getMessage("certificate.payload.required", null,
					org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		}
		else {
			try {
				model.addAttribute("scan", scans.scan(actor, payload, null));
			}
			catch (ProblemException e) {
				model.addAttribute("error", e.localizedMessage(messages));
			}
		}
		return htmx != null ? "certificate/verify :: result" : "certificate/verify";
	}

	/** The page's link in the console menu. */
	@Configuration(proxyBeanMethods = false)
	static class Menu {

		@Bean
		ConsoleMenuEntry certificateVerifyMenuEntry() {
			return new ConsoleMenuEntry("/console/certificates/verify", "certificate.verify.menu", 65,
					Set.of(Permission.CERTIFICATE_VERIFY));
		}
	}
}
