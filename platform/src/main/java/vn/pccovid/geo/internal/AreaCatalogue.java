package vn.pccovid.geo.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.pccovid.core.AreaCode;
import vn.pccovid.core.AreaLevel;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.geo.Area;
import vn.pccovid.geo.AreaMatch;
import vn.pccovid.geo.Areas;

/** The GSO catalogue held in memory, loaded once from {@link AreaStore}; indexes by code, by parent and by name. */
@Service
class AreaCatalogue implements Areas {

	private final Map<String, Area> byCode = new LinkedHashMap<>();
	private final Map<String, List<Area>> children = new LinkedHashMap<>();
	private final List<Area> provinces = new ArrayList<>();
	private final AreaSearchIndex index;

	AreaCatalogue(AreaStore store) {
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

	@Override
	public List<Area> provinces() {
		return List.copyOf(provinces);
	}

	@Override
	public Optional<Area> find(String code) {
		return Optional.ofNullable(code == null ? null : byCode.get(code));
	}

	@Override
	public List<Area> childrenOf(Area area) {
		return List.copyOf(children.getOrDefault(area.code().value(), List.of()));
	}

	@Override
	public List<Area> pathOf(Area area) {
		List<Area> path = new ArrayList<>(3);
		for (AreaCode code = area.code(); code != null; code = code.parent()) {
			path.add(byCode.get(code.value()));
		}
		return path;
	}

	@Override
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

	@Override
	public Map<AreaLevel, Long> counts() {
		Map<AreaLevel, Long> counts = new java.util.EnumMap<>(AreaLevel.class);
		byCode.values().forEach(area -> counts.merge(area.level(), 1L, Long::sum));
		return counts;
	}
}
