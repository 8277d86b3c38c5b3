package vn.pccovid.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.pccovid.core.PageModels;

/** Adds the layouts' attributes (menus, name, language links, demo ribbon) to the model of every page (not the API). */
@Component
class ShellAdvice implements HandlerInterceptor, WebMvcConfigurer {

	private final Shell shell;

	ShellAdvice(Shell shell) {
		this.shell = shell;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView result) {
		if (PageModels.rendersPage(result)) {
			shell.attributes(request, Shell.actor()).forEach(result.getModelMap()::putIfAbsent);
		}
	}
}
