package vn.pccovid.web.internal;

import java.util.Map;
import java.util.IdentityHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's handler mapping with a cheap first test. For a path with variables ({@code /api/v1/areas/{code}})
 * Spring tries every mapping of the platform in turn, each one checking method, headers, media types and then
 * patterns; with a hundred endpoints that was a fifth of a small request. A mapping can only match a path that
 * starts with the literal part of one of its patterns (up to the first variable or wildcard), so mappings whose
 * literal prefixes the path does not start with are passed over before any condition runs. Everything else,
 * including 405 and 415 answers, is Spring's own.
 */
class LiteralPrefixHandlerMapping extends RequestMappingHandlerMapping {

	private static final String[] ANY = {};
	/** The path being looked up, for the mappings' first test; read once per request instead of once per mapping. */
	private static final ThreadLocal<String> LOOKUP_PATH = new ThreadLocal<>();

	/** Each mapping's literal prefixes, computed once after start-up and only read afterwards (by identity). */
	private volatile Map<RequestMappingInfo, String[]> prefixes = Map.of();

	@Override
	public void afterPropertiesSet() {
		super.afterPropertiesSet();
		Map<RequestMappingInfo, String[]> computed = new IdentityHashMap<>();
		getHandlerMethods().keySet().forEach(info -> computed.put(info, literalPrefixes(info)));
		prefixes = computed;
	}

	@Override
	protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
		// Literal segments match decoded path segments: an escaped path is left to the full test of every mapping.
		LOOKUP_PATH.set(lookupPath.indexOf('%') < 0 ? lookupPath : null);
		try {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		finally {
			LOOKUP_PATH.remove();
		}
	}

	@Override
	protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		String path = LOOKUP_PATH.get();
		if (path != null) {
			String[] literal = prefixes.get(info);
			if (literal == null) {
				literal = literalPrefixes(info); // registered after start-up
			}
			if (literal.length > 0 && !startsWithAny(path, literal)) {
				return null;
			}
		}
		return super.getMatchingMapping(info, request);
	}

	private static boolean startsWithAny(String path, String[] literal) {
		for (String prefix : literal) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	/** The literal beginnings of the mapping's patterns; none (test everything) when one of them starts variable. */
	static String[] literalPrefixes(RequestMappingInfo info) {
		if (info.getPathPatternsCondition() == null) {
			return ANY;
		}
		var patterns = info.getPathPatternsCondition().getPatterns();
		String[] literal = new String[patterns.size()];
		int i = 0;
		for (PathPattern pattern : patterns) {
			String text = pattern.getPatternString();
			int end = text.length();
			for (char wild : new char[] { '{', '*', '?' }) {
				int at = text.indexOf(wild);
				if (at >= 0 && at < end) {
					end = at;
				}
			}
			if (end == 0) {
				return ANY;
			}
			literal[i++] = text.substring(0, end);
		}
		return literal;
	}
}
