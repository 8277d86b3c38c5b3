package vn.pccovid.notification.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.pccovid.access.Actor;
import vn.pccovid.core.PageModels;

/** Puts {@code inboxUnread} (unread messages on the signed-in phone) into citizen pages, for the layout's badge. */
@Component
class InboxBadgeAdvice implements HandlerInterceptor, WebMvcConfigurer {

	private final Inbox inbox;

	InboxBadgeAdvice(Inbox inbox) {
		this.inbox = inbox;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView result) {
		if (PageModels.rendersPage(result)
				&& SecurityContextHolder.getContext().getAuthentication() != null
				&& SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof Actor actor
				&& actor.isCitizen()) {
			result.getModelMap().putIfAbsent("inboxUnread", inbox.unread(actor.id()));
		}
	}
}
