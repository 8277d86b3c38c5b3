package vn.pccovid.web.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import vn.pccovid.access.Actor;
import vn.pccovid.access.StaffAccount;
import vn.pccovid.access.StaffAccounts;
import vn.pccovid.core.CitizenMenuEntry;
import vn.pccovid.core.ConsoleMenuEntry;

/**
 * What both layouts need around a page: the menus the signed-in person may use, their name, the language links
 * (same path and query, other language) and the demo ribbon. Menu entries are beans contributed by the modules.
 */
@Component
class Shell {

	private final List<ConsoleMenuEntry> console;
	private final List<CitizenMenuEntry> citizen;
	private final StaffAccounts staff;
	private final String demoProvince;

	Shell(List<ConsoleMenuEntry> console, List<CitizenMenuEntry> citizen, StaffAccounts staff,
			@Value("${pccovid.demo.province:}") String demoProvince) {
		this.console = console.stream().sorted(Comparator.comparingInt(ConsoleMenuEntry::order)).toList();
		this.citizen = citizen.stream().sorted(Comparator.comparingInt(CitizenMenuEntry::order)).toList();
		this.staff = staff;
		this.demoProvince = demoProvince.isBlank() ? null : demoProvince.strip();
	}

	/** The signed-in person of the current request, or {@link Actor#ANONYMOUS}. */
	static Actor actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof Actor actor ? actor : Actor.ANONYMOUS;
	}

	/** The console entries this actor may use (any one of an entry's permissions suffices), in menu order. */
	List<ConsoleMenuEntry> consoleMenu(Actor actor) {
		if (!actor.isStaff()) {
			return List.of();
		}
		return console.stream().filter(entry -> entry.anyOf().isEmpty() || entry.anyOf().stream().anyMatch(actor::can))
				.toList();
	}

	List<CitizenMenuEntry> citizenMenu(Actor actor) {
		return actor.isCitizen() ? citizen : List.of();
	}

	/** The model attributes of the layouts for this request. */
	Map<String, Object> attributes(HttpServletRequest request, Actor actor) {
		Map<String, Object> model = new HashMap<>();
		model.put("consoleMenu", consoleMenu(actor));
		model.put("citizenMenu", citizenMenu(actor));
		model.put("langLinks", Map.of("vi", languageLink(request, "vi"), "en", languageLink(request, "en")));
		model.put("currentPath", path(request));
		boolean staffSide = actor.isStaff() || (!actor.isCitizen() && path(request).startsWith("/console"));
		model.put("layoutTemplate", staffSide ? "layout/staff" : "layout/citizen");
		model.put("homePath", staffSide ? "/console" : "/");
		if (demoProvince != null) {
			model.put("demoProvince", demoProvince);
		}
		if (actor.isStaff()) {
			model.put("signedInName", staff.findByUsername(actor.name()).map(StaffAccount::displayName)
					.filter(name -> !name.isBlank()).orElse(actor.name()));
		}
		return model;
	}

	/** The current page's path and query with {@code lang} set to this language (the error page's original path). */
	static String languageLink(HttpServletRequest request, String language) {
		String query = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null ? null : request.getQueryString();
		return UriComponentsBuilder.fromPath(path(request)).query(query).replaceQueryParam("lang", language)
				.build().toUriString();
	}

	/** The path the person asked for (on an error dispatch, the original request's). */
	static String path(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return original instanceof String uri ? uri : request.getRequestURI();
	}
}
