package vn.pccovid.geo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.pccovid.core.AreaCode;
import vn.pccovid.core.AreaLevel;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.NotFoundException;

/**
 * The administrative areas of Vietnam, held in memory (they change by decree, a few times a year): look-ups by GSO
 * code, the tree, and accent-insensitive search.
 */
public interface Areas {

	int MAX_RESULTS = 100;

	/** The provinces, in catalogue order. */
	List<Area> provinces();

	/** The area with this GSO code (2, 3 or 5 digits), if the catalogue has it. */
	Optional<Area> find(String code);

	/** The area with this GSO code, or a 404 problem; a code of the wrong shape is a 400 problem on {@code field}. */
	default Area get(String code, String field) {
		if (!AreaCode.looksLikeCode(code)) {
			throw new InvalidInputException(field, "geo.code.malformed", String.valueOf(code));
		}
		return find(code).orElseThrow(() -> new NotFoundException("geo.code.unknown", code));
	}

	/** The areas one level below this one (districts of a province, wards of a district). */
	List<Area> childrenOf(Area area);

	/** The area and every area above it, from the area itself up to its province. */
	List<Area> pathOf(Area area);

	/**
	 * Areas whose name contains the query as whole words from the start of a word, ignoring diacritics, case and
	 * Unicode normalisation; exact names first, then provinces before districts before wards. 400 on {@code limit}
	 * outside 1…{@link #MAX_RESULTS} and on {@code q} shorter than 2 or longer than 100 characters.
	 */
	List<AreaMatch> search(String query, AreaLevel level, int limit);

	/** How many areas of each level the catalogue holds. */
	Map<AreaLevel, Long> counts();

	/** The area as people name it, ward to province ("Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội"); the code itself when unknown. */
	default String fullNameOf(String code) {
		return find(code).map(area -> String.join(", ", pathOf(area).stream().map(Area::name).toList())).orElse(code);
	}

	/** {@link #fullNameOf} for an area path or scope ({@code 01.001.00001}); {@code null} for the whole country ({@code VN}). */
	default String fullNameOfPath(String path) {
		if (path == null || path.isBlank() || "VN".equals(path)) {
			return null;
		}
		try {
			return fullNameOf(AreaCode.parsePath(path).value());
		}
		catch (IllegalArgumentException e) {
			return path;
		}
	}
}
