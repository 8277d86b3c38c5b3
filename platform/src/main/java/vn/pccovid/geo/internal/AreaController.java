package vn.pccovid.geo.internal;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.AreaLevel;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.geo.Area;
import vn.pccovid.geo.AreaMatch;
import vn.pccovid.geo.Areas;

/** The public area catalogue: the tree of provinces, districts and wards, and search over their names. */
@RestController
@RequestMapping("/api/v1/areas")
@Allowed(area = AreaRule.PUBLIC)
@Tag(name = "Areas", description = "Vietnam's administrative areas (GSO codes)")
class AreaController {

	private final Areas areas;

	AreaController(Areas areas) {
		this.areas = areas;
	}

	@GetMapping("/provinces")
	@Operation(summary = "All 63 provinces")
	List<AreaView> provinces() {
		return areas.provinces().stream().map(AreaView::of).toList();
	}

	@GetMapping("/provinces/{code}/districts")
	@Operation(summary = "The districts of a province")
	List<AreaView> districts(@PathVariable String code) {
		return children(code, AreaLevel.PROVINCE);
	}

	@GetMapping("/districts/{code}/wards")
	@Operation(summary = "The wards and communes of a district")
	List<AreaView> wards(@PathVariable String code) {
		return children(code, AreaLevel.DISTRICT);
	}

	@GetMapping("/{code}")
	@Operation(summary = "One area of any level, with the areas above it")
	AreaMatchView area(@PathVariable String code) {
		Area area = areas.get(code, "code");
		return AreaMatchView.of(new AreaMatch(area, areas.pathOf(area)));
	}

	@GetMapping("/search")
	@Operation(summary = "Accent-insensitive search by name or code", description = "\"ha noi\", \"Hà Nội\" and \"HA NOI\" all find Thành phố Hà Nội; each hit carries its path ward → district → province.")
	List<AreaMatchView> search(@RequestParam String q, @RequestParam(required = false) AreaLevel level,
			@RequestParam(defaultValue = "20") int limit) {
		return areas.search(q, level, limit).stream().map(AreaMatchView::of).toList();
	}

	private List<AreaView> children(String code, AreaLevel expected) {
		if (!AreaCode.looksLikeCode(code) || code.length() != expected.codeLength()) {
			throw new InvalidInputException("code", "geo.code.level", code, expected.codeLength());
		}
		return areas.childrenOf(areas.get(code, "code")).stream().map(AreaView::of).toList();
	}

	/** An area as the API shows it. */
	record AreaView(String code, String name, String type, AreaLevel level, String path) {

		static AreaView of(Area area) {
			return new AreaView(area.code().value(), area.name(), area.type(), area.level(), area.code().path());
		}
	}

	/** A search hit or a single area, with its path from itself up to its province. */
	record AreaMatchView(String code, String name, String type, AreaLevel level, String fullName, List<AreaView> path) {

		static AreaMatchView of(AreaMatch match) {
			Area area = match.area();
			return new AreaMatchView(area.code().value(), area.name(), area.type(), area.level(), match.fullName(),
					match.path().stream().map(AreaView::of).toList());
		}
	}
}
