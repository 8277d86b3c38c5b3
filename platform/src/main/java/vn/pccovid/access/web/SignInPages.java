package vn.pccovid.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.access.PhoneNumbers;
import vn.pccovid.access.internal.CitizenWebSignIn;
import vn.pccovid.access.internal.ReturnPath;
import vn.pccovid.core.ProblemException;

/** The sign-in pages: staff by username and password, citizens by phone and a code sent to it. */
@Controller
@Allowed(area = AreaRule.PUBLIC)
class SignInPages {

	private final CitizenWebSignIn citizens;
	private final MessageSource messages;

	SignInPages(CitizenWebSignIn citizens, MessageSource messages) {
		this.citizens = citizens;
		this.messages = messages;
	}

	@GetMapping("/console/login")
	String staffSignIn(@RequestParam(required = false) String next, HttpServletRequest request) {
		ReturnPath.remember(request, next);
		return "access/staff-login";
	}

	@GetMapping("/login")
	String citizenSignIn(@RequestParam(required = false) String next, HttpServletRequest request) {
		ReturnPath.remember(request, next);
		return "access/citizen-login";
	}

	@PostMapping("/login")
	String sendCode(@RequestParam(defaultValue = "") String phone, HttpServletRequest request, Model model) {
		try {
			citizens.sendCode(phone, request);
			model.addAttribute("phone", PhoneNumbers.normalise(phone).orElse(phone));
			return "access/citizen-code";
		}
		catch (ProblemException e) {
			model.addAttribute("phone", phone);
			model.addAttribute("error", text(e));
			return "access/citizen-login";
		}
	}

	@PostMapping("/login/verify")
	String verifyCode(@RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String code,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		try {
			citizens.signIn(phone, code, request, response);
			return "redirect:" + ReturnPath.take(request).orElse("/");
		}
		catch (ProblemException e) {
			model.addAttribute("phone", phone);
			model.addAttribute("error", text(e));
			return "access/citizen-code";
		}
	}

	private String text(ProblemException e) {
		return e.localizedMessage(messages);
	}
}
