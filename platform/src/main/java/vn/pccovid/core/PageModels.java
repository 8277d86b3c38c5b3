package vn.pccovid.core;

import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Modules add what the layouts need (signed-in person, menus, badges) to a page's model after its handler ran
 * ({@code HandlerInterceptor.postHandle}), not with a {@code @ControllerAdvice} model attribute: advice runs for every
 * handler, REST ones included, and cost the API a tenth of a small request. This says which results are pages.
 */
public final class PageModels {

	private PageModels() {
	}

	/** Whether the handler's result renders a view: not an API body, a redirect or a forward. */
	public static boolean rendersPage(ModelAndView result) {
		if (result == null || result.wasCleared()) {
			return false;
		}
		if (result.getView() instanceof RedirectView) {
			return false;
		}
		String name = result.getViewName();
		return name == null || !(name.startsWith("redirect:") || name.startsWith("forward:"));
	}
}
