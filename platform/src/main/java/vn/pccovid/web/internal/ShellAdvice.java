package vn.pccovid.web.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Adds the layouts' attributes (menus, name, language links, demo ribbon) to the model of every page (not the API). */
@ControllerAdvice(annotations = Controller.class)
class ShellAdvice {

	private final Shell shell;

	ShellAdvice(Shell shell) {
		this.shell = shell;
	}

	@ModelAttribute
	void layout(HttpServletRequest request, Model model) {
		if (request.getRequestURI().startsWith("/api/")) {
			return; // JSON answers have no layout; keep the API's hot path free of it
		}
		model.addAllAttributes(shell.attributes(request, Shell.actor()));
	}
}
