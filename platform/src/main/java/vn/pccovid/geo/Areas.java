package vn.pccovid.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.pccovid.core.AreaCode;
import vn.pccovid.core.AreaLevel;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.geo.internal.AreaSearchIndex;
import vn.pccovid.geo.internal.AreaStore;

/**
 * The administrative areas of Vietnam, held in memory (they change by decree, a few times a year): look-ups by GSO
 * code, the tree, and accent-insensitive search.
 */
@Service
public class Areas {

	public static final int MAX_RESULTS = 100;

	private final Map<String, Area> byCode = new LinkedHashMap<>();
	private final Map<String, List<Area>> children = new LinkedHashMap<>();
	private final List<Area> provinces = new ArrayList<>();
	private final AreaSearchIndex index;

	Areas(AreaStore store) {
		for (Area area : store.loadAll()) {
			byCode.put(area.code().value(), area);
			AreaCode parent = area.code().parent();
			if (parent == null) {
				provinces.add(area);
			}
			else {
				children.computeIfAbsent(parent.value(), code -> new ArrayList<>()).add(area);
			}
		}
		index = new AreaSearchIndex(byCode.values());
	}

	public List<Area> provinces() {
		return List.copyOf(provinces);
	}

	/** The area with this GSO code (2, 3 or 5 digits), if the catalogue has it. */
	public Optional<Area> find(String code) {
		return Optional.ofNullable(code == null ? null : byCode.get(code));
	}

	/** The area with this GSO code, or a 404 problem; a code of the wrong shape is a 400 problem on {@code field}. */
	public Area get(String code, String field) {
		if (!AreaCode.looksLikeCode(code)) {
			throw new InvalidInputException(field, "geo.code.malformed", String.valueOf(code));
		}
		return find(code).orElseThrow(() -> new NotFoundException("geo.code.unknown", code));
	}

	/** The areas one level below this one (districts of a province, wards of a district). */
	public List<Area> childrenOf(Area area) {
		return List.copyOf(children.getOrDefault(area.code().value(), List.of()));
	}

	/** The area and every area above it, from the area itself up to its province. */
	public List<Area> pathOf(Area area) {
		List<Area> path = new ArrayList<>(3);
		for (AreaCode code = area.code(); code != null; code = code.parent()) {
			path.add(byCode.get(code.value()));
		}
		return path;
	}

	/**
	 * Areas whose name contains the query as whole words from the start of a word, ignoring diacritics, case and
	 * Unicode normalisation; exact names first, then provinces before districts before wards.
	 */
	public List<AreaMatch> search(String query, AreaLevel level, int limit) {
		if (limit < 1 || limit > MAX_RESULTS) {
			throw new InvalidInputException("limit", "geo.search.limit", MAX_RESULTS);
		}
		String folded = vn.pccovid.core.VietnameseText.fold(query);
		if (folded == null || folded.length() < 2 || folded.length() > 100) {
			throw new InvalidInputException("q", "geo.search.query");
		}
		return index.search(folded, level, limit).stream()
				.map(area -> new AreaMatch(area, pathOf(area)))
				.toList();
	}

	/** How many areas of each level the catalogue holds. */
	public Map<AreaLevel, Long> counts() {
		Map<AreaLevel, Long> counts = new java.util.EnumMap<>(AreaLevel.class);
		byCode.values().forEach(area -> counts.merge(area.level(), 1L, Long::sum));
		return counts;
	}
}
