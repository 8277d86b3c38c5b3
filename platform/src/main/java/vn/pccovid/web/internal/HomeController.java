package vn.pccovid.web.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;

/** The citizens' home page and the entry of the staff console. */
@Controller
class HomeController {

	@GetMapping("/")
	@Allowed(area = AreaRule.PUBLIC)
	String home() {
		return "web/home";
	}

	@GetMapping("/console")
	@Allowed(area = AreaRule.CALLER_SCOPE)
	String console() {
		return "redirect:/console/areas";
	}
}
