package vn.pccovid.registry.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import vn.pccovid.registry.internal.AccessLogs;
import vn.pccovid.geo.Areas;

/**
 * "Who read my data" in plain words: one line per run of the same role, area, action and purpose within an hour
 * ("3 lần"), areas by name and times in Vietnam time.
 */
final class AccessLogLines {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm, dd/MM/yyyy").withZone(VIETNAM);
	private static final Duration WINDOW = Duration.ofHours(1);

	private AccessLogLines() {
	}

	/**
	 * One line of the page.
	 *
	 * @param at      the newest time of the run, in Vietnam time ("14:05, 02/12/2026")
	 * @param roles   role names (enum names; the page turns them into words), empty for the citizen themself
	 * @param area    the actor's area by name, or {@code null} for the whole country
	 * @param action  what was done (enum name)
	 * @param purpose why (purpose key)
	 * @param what    which kinds of data (keys)
	 * @param times   how many entries the line stands for
	 */
	record Line(String at, List<String> roles, String area, String action, String purpose, List<String> what, int times) {
	}

	/** The entries (newest first) grouped into lines. */
	static List<Line> of(List<AccessLogs.Item> items, Areas areas) {
		List<Line> lines = new ArrayList<>();
		AccessLogs.Item first = null;
		int times = 0;
		for (AccessLogs.Item item : items) {
			if (first != null && sameRun(first, item)) {
				times++;
				continue;
			}
			if (first != null) {
				lines.add(line(first, times, areas));
			}
			first = item;
			times = 1;
		}
		if (first != null) {
			lines.add(line(first, times, areas));
		}
		return lines;
	}

	private static boolean sameRun(AccessLogs.Item first, AccessLogs.Item item) {
		return Objects.equals(first.actorRoles(), item.actorRoles()) && Objects.equals(first.actorScope(), item.actorScope())
				&& Objects.equals(first.action(), item.action()) && Objects.equals(first.purpose(), item.purpose())
				&& Objects.equals(first.what(), item.what())
				&& Duration.between(item.at(), first.at()).compareTo(WINDOW) <= 0;
	}

	private static Line line(AccessLogs.Item item, int times, Areas areas) {
		return new Line(format(item.at()), split(item.actorRoles()), areas.fullNameOfPath(item.actorScope()), item.action(),
				item.purpose() == null ? "" : item.purpose(), split(item.what()), times);
	}

	static String format(Instant at) {
		return TIME.format(at);
	}

	private static List<String> split(String text) {
		return text == null || text.isBlank() ? List.of()
				: Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
