package vn.pccovid.geo;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One hit of an area search, with the areas it lies in.
 *
 * @param area the area found
 * @param path the area itself, then each area above it up to its province
 */
public record AreaMatch(Area area, List<Area> path) {

	public AreaMatch {
		path = List.copyOf(path);
	}

	/** "Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội". */
	public String fullName() {
		return path.stream().map(Area::name).collect(Collectors.joining(", "));
	}
}
