package vn.pccovid.web.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The citizens' home page and the entry of the staff console. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "web/home";
	}

	@GetMapping("/console")
	String console() {
		return "redirect:/console/areas";
	}
}
