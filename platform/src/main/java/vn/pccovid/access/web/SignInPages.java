package vn.pccovid.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.pccovid.core.PhoneNumber;
import vn.pccovid.access.internal.CitizenWebSignIn;
import vn.pccovid.access.internal.ReturnPath;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.ProblemException;

/**
 * The sign-in pages: staff by username and password (the username stays after a wrong password), citizens by phone
 * and a code sent to it. Every form answer redirects to a GET page (so a language link never lands on a POST-only
 * address) and the code page offers "send again", "another number" and the tries left.
 */
@Controller
@Allowed(area = AreaRule.PUBLIC)
class SignInPages {

	static final String LAST_USERNAME = "pccovid.signin.lastUsername";
	private static final String PHONE = "pccovid.signin.phone";
	private static final String FAILURES = "pccovid.signin.failures";

	private final CitizenWebSignIn citizens;
	private final MessageSource messages;
	private final int maxAttempts;

	SignInPages(CitizenWebSignIn citizens, MessageSource messages,
			@Value("${pccovid.access.otp.max-attempts:5}") int maxAttempts) {
		this.citizens = citizens;
		this.messages = messages;
		this.maxAttempts = maxAttempts;
	}

	@GetMapping("/console/login")
	String staffSignIn(@RequestParam(required = false) String next, HttpServletRequest request, Model model) {
		ReturnPath.remember(request, next);
		HttpSession session = request.getSession(false);
		if (session != null && request.getParameter("error") != null) {
			model.addAttribute("username", session.getAttribute(LAST_USERNAME));
		}
		return "access/staff-login";
	}

	@GetMapping("/login")
	String citizenSignIn(@RequestParam(required = false) String next, HttpServletRequest request) {
		ReturnPath.remember(request, next);
		return "access/citizen-login";
	}

	@PostMapping("/login")
	String sendCode(@RequestParam(defaultValue = "") String phone, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		try {
			citizens.sendCode(phone, request);
			String normalised = PhoneNumber.parse(phone).map(PhoneNumber::value).orElse(phone);
			HttpSession session = request.getSession();
			session.setAttribute(PHONE, normalised);
			session.setAttribute(FAILURES, 0);
			redirect.addFlashAttribute("sent", true);
			return "redirect:/login/verify";
		}
		catch (ProblemException e) {
			model.addAttribute("phone", phone);
			model.addAttribute("error", e.localizedMessage(messages));
			return "access/citizen-login";
		}
	}

	@GetMapping("/login/verify")
	String codePage(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		Object phone = session == null ? null : session.getAttribute(PHONE);
		if (phone == null) {
			return "redirect:/login";
		}
		model.addAttribute("phone", phone);
		if (model.getAttribute("errorKey") instanceof String key) {
			model.addAttribute("error", messages.getMessage(key, (Object[]) model.getAttribute("errorArgs"), key,
					LocaleContextHolder.getLocale()));
		}
		return "access/citizen-code";
	}

	@PostMapping("/login/verify")
	String verifyCode(@RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String code,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			citizens.signIn(phone, code, request, response);
			return "redirect:" + ReturnPath.take(request).orElse("/");
		}
		catch (ProblemException e) {
			HttpSession session = request.getSession();
			session.setAttribute(PHONE, PhoneNumber.parse(phone).map(PhoneNumber::value).orElse(phone));
			int failures = session.getAttribute(FAILURES) instanceof Integer n ? n + 1 : 1;
			session.setAttribute(FAILURES, failures);
			redirect.addFlashAttribute("errorKey", e.messageKey());
			redirect.addFlashAttribute("errorArgs", e.arguments());
			if ("access.otp.invalid".equals(e.messageKey()) && failures < maxAttempts) {
				redirect.addFlashAttribute("triesLeft", maxAttempts - failures);
			}
			return "redirect:/login/verify";
		}
	}
}
