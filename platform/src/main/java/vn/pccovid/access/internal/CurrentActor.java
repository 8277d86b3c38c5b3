package vn.pccovid.access.internal;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import vn.pccovid.access.Actor;

/** Gives controllers the caller as an {@link Actor} parameter, from the bearer token or the web session. */
class CurrentActor implements HandlerMethodArgumentResolver {

	static Actor get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication instanceof ActorAuthentication actor ? actor.actor() : Actor.ANONYMOUS;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Actor.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer, NativeWebRequest webRequest,
			WebDataBinderFactory binderFactory) {
		return get();
	}
}
