package vn.pccovid.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.pccovid.access.Actor;
import vn.pccovid.access.internal.ActorAuthentication;
import vn.pccovid.core.PageModels;

/** Puts the signed-in person ({@code me}) into every page's model, for the layouts' header. */
@Component
class SignedInAdvice implements HandlerInterceptor, WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView result) {
		if (PageModels.rendersPage(result)) {
			result.getModelMap().putIfAbsent("me", SecurityContextHolder.getContext().getAuthentication()
					instanceof ActorAuthentication signedIn ? signedIn.actor() : Actor.ANONYMOUS);
		}
	}
}
