package vn.pccovid.web.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's handler mapping that remembers which mappings a path can match. For a path with variables
 * ({@code /api/v1/me/people/{id}/bookings}) Spring walks every mapping of the platform in turn, each checking method,
 * headers, media types and patterns; with several hundred endpoints that walk was the largest part of a small
 * request. Whether a mapping's patterns match depends only on the path, and two paths that differ only in a segment
 * holding a UUID or only digits match the same patterns (checked at start: no pattern spells such a segment literally
 * or lets some identifiers match a segment and not others). So the mappings whose patterns match are computed once
 * per path shape ({@code /api/v1/me/people/#/bookings}) and only those are tested, in Spring's order: mappings of
 * the exact path first, then the rest, the best by Spring's comparator. Whatever is not a clear match (no match, with
 * its 404, 405, 406 or 415; a tie; a CORS pre-flight) is left to Spring's own walk.
 */
class PathShapeHandlerMapping extends RequestMappingHandlerMapping {

	static final int MAX_SHAPES = 20_000;

	private final Map<String, Candidates> candidatesByShape = new ConcurrentHashMap<>();
	private volatile Map<RequestMappingInfo, HandlerMethod> handlers = Map.of();
	private volatile boolean variableSegmentsAlike;

	@Override
	public void afterPropertiesSet() {
		super.afterPropertiesSet();
		handlers = Map.copyOf(getHandlerMethods());
		variableSegmentsAlike = handlers.keySet().stream().allMatch(PathShapeHandlerMapping::segmentsAreWholeOrLiteral);
	}

	@Override
	public void registerMapping(RequestMappingInfo mapping, Object handler, java.lang.reflect.Method method) {
		super.registerMapping(mapping, handler, method);
		variableSegmentsAlike = variableSegmentsAlike && segmentsAreWholeOrLiteral(mapping);
		handlers = Map.copyOf(getHandlerMethods());
		candidatesByShape.clear();
	}

	@Override
	public void unregisterMapping(RequestMappingInfo mapping) {
		super.unregisterMapping(mapping);
		handlers = Map.copyOf(getHandlerMethods());
		candidatesByShape.clear();
	}

	@Override
	protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
		// Escaped or parameterised segments and pre-flights are left to Spring's walk over every mapping.
		if (lookupPath.indexOf('%') >= 0 || lookupPath.indexOf(';') >= 0 || CorsUtils.isPreFlightRequest(request)) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		String shape = variableSegmentsAlike ? shape(lookupPath) : lookupPath;
		Candidates candidates = candidatesByShape.get(shape);
		if (candidates == null) {
			candidates = candidates(lookupPath, request);
			if (candidatesByShape.size() >= MAX_SHAPES) {
				candidatesByShape.clear();
			}
			candidatesByShape.put(shape, candidates);
		}
		List<Matched> matches = matches(candidates.exact(), request);
		if (matches.isEmpty()) {
			matches = matches(candidates.all(), request);
		}
		if (matches.isEmpty()) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		Matched best = matches.get(0);
		if (matches.size() > 1) {
			Comparator<RequestMappingInfo> order = getMappingComparator(request);
			matches.sort((a, b) -> order.compare(a.info(), b.info()));
			best = matches.get(0);
			if (order.compare(best.info(), matches.get(1).info()) == 0) {
				return super.lookupHandlerMethod(lookupPath, request); // Spring's own "ambiguous handler methods"
			}
		}
		request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, best.handler());
		handleMatch(best.info(), lookupPath, request);
		return best.handler();
	}

	private List<Matched> matches(Candidate[] candidates, HttpServletRequest request) {
		List<Matched> matches = new ArrayList<>(2);
		for (Candidate candidate : candidates) {
			RequestMappingInfo matching = getMatchingMapping(candidate.info(), request);
			if (matching != null) {
				matches.add(new Matched(matching, candidate.handler()));
			}
		}
		return matches;
	}

	/** The mappings whose patterns match the path: those registered for exactly this path, and all of them. */
	private Candidates candidates(String lookupPath, HttpServletRequest request) {
		List<Candidate> exact = new ArrayList<>();
		List<Candidate> all = new ArrayList<>();
		handlers.forEach((info, handler) -> {
			PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
			if (patterns == null || patterns.getMatchingCondition(request) != null) {
				Candidate candidate = new Candidate(info, handler);
				all.add(candidate);
				if (getDirectPaths(info).contains(lookupPath)) {
					exact.add(candidate);
				}
			}
		});
		return new Candidates(exact.toArray(Candidate[]::new), all.toArray(Candidate[]::new));
	}

	private record Candidate(RequestMappingInfo info, HandlerMethod handler) {
	}

	private record Candidates(Candidate[] exact, Candidate[] all) {
	}

	private record Matched(RequestMappingInfo info, HandlerMethod handler) {
	}

	/** The path with every segment that is a UUID or only digits replaced by {@code #}. */
	static String shape(String path) {
		StringBuilder shape = null;
		int start = 0;
		while (start <= path.length()) {
			int end = path.indexOf('/', start);
			if (end < 0) {
				end = path.length();
			}
			if (isIdentifier(path, start, end)) {
				if (shape == null) {
					shape = new StringBuilder(path.length()).append(path, 0, start);
				}
				shape.append('#');
			}
			else if (shape != null) {
				shape.append(path, start, end);
			}
			if (end < path.length() && shape != null) {
				shape.append('/');
			}
			start = end + 1;
		}
		return shape == null ? path : shape.toString();
	}

	/** Only digits, or a UUID in its canonical 8-4-4-4-12 form (either case). */
	static boolean isIdentifier(CharSequence text, int start, int end) {
		int length = end - start;
		if (length == 0) {
			return false;
		}
		boolean digits = true;
		for (int i = start; i < end && digits; i++) {
			char c = text.charAt(i);
			digits = c >= '0' && c <= '9';
		}
		if (digits) {
			return true;
		}
		if (length != 36) {
			return false;
		}
		for (int i = 0; i < 36; i++) {
			char c = text.charAt(start + i);
			boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-'
					: (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
			if (!ok) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether every identifier matches each segment of the mapping's patterns as any other would: literal text that is
	 * no identifier, a variable or wildcard alone ({@code {id}}, {@code *}, {@code **}, {@code {*rest}}) without a
	 * regular expression, or a segment whose literal text has a character no identifier has ({@code {id}.pdf}), which
	 * no identifier matches at all.
	 */
	static boolean segmentsAreWholeOrLiteral(RequestMappingInfo info) {
		if (info.getPathPatternsCondition() == null) {
			return true;
		}
		for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
			for (String segment : pattern.getPatternString().split("/")) {
				if (!identifiersAlike(segment)) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean identifiersAlike(String segment) {
		boolean special = segment.indexOf('{') >= 0 || segment.indexOf('*') >= 0 || segment.indexOf('?') >= 0;
		if (!special) {
			return !isIdentifier(segment, 0, segment.length());
		}
		if (segment.indexOf(':') >= 0) {
			return false; // a regular expression may match some identifiers and not others
		}
		if (segment.equals("*") || segment.equals("**") || segment.matches("\\{\\*?[A-Za-z_][A-Za-z0-9_]*}")) {
			return true;
		}
		String literal = segment.replaceAll("\\{[^}]*}", "").replace("*", "").replace("?", "");
		return literal.chars().anyMatch(c -> !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '-'));
	}
}
