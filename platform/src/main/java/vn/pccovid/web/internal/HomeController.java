package vn.pccovid.web.internal;

import java.util.List;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.ConsoleMenuEntry;

/**
 * The citizens' home page (signed out: what the app offers today; signed in: the selected person's cards) and the
 * entry of the staff console (the first page of the menu the staff member may use).
 */
@Controller
class HomeController {

	private final HomeScreen screen;
	private final Shell shell;

	HomeController(HomeScreen screen, Shell shell) {
		this.screen = screen;
		this.shell = shell;
	}

	@GetMapping("/")
	@Allowed(area = AreaRule.PUBLIC)
	String home(Actor actor, @RequestParam(required = false) String person, HttpSession session, Model model) {
		if (actor.isCitizen()) {
			HomeScreen.View view = screen.view(actor.id(), person, session);
			model.addAttribute("home", view);
			return "web/home-signed-in";
		}
		return "web/home";
	}

	@GetMapping("/console")
	@Allowed(area = AreaRule.CALLER_SCOPE)
	String console(Actor actor) {
		List<ConsoleMenuEntry> menu = shell.consoleMenu(actor);
		return "redirect:" + (menu.isEmpty() ? "/" : menu.get(0).path());
	}
}
