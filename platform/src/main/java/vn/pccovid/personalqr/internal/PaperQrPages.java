package vn.pccovid.personalqr.internal;

import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.ConsoleMenuEntry;
import vn.pccovid.core.Permission;
import vn.pccovid.core.ProblemException;

/** The console's paper QR page: find a person of the caller's area by CCCD, then print their card. */
@Controller
@Allowed(Permission.PAPER_QR_ISSUE)
class PaperQrPages {

	private final QrCodes codes;
	private final MessageSource messages;

	PaperQrPages(QrCodes codes, MessageSource messages) {
		this.codes = codes;
		this.messages = messages;
	}

	@GetMapping("/console/paper-qr")
	String page(Actor actor, @RequestParam(required = false) String cccd, Model model) {
		model.addAttribute("cccd", cccd == null ? "" : cccd);
		if (cccd != null && !cccd.isBlank()) {
			try {
				model.addAttribute("person", codes.findForPaper(actor, cccd.strip(), true));
			}
			catch (ProblemException e) {
				model.addAttribute("error", e.localizedMessage(messages));
			}
		}
		return "personalqr/paper";
	}

	@PostMapping("/console/paper-qr/print")
	ResponseEntity<byte[]> print(Actor actor, @RequestParam UUID personId) {
		return PaperCardController.pdf(codes.printPaperCard(actor, personId));
	}

	/** The page's link in the console menu, for staff who may print cards. */
	@Configuration(proxyBeanMethods = false)
	static class Menu {

		@Bean
		ConsoleMenuEntry paperQrMenuEntry() {
			return new ConsoleMenuEntry("/console/paper-qr", "personalqr.menu", 60, Set.of(Permission.PAPER_QR_ISSUE));
		}
	}
}
