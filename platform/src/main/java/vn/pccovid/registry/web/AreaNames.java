package vn.pccovid.registry.web;

import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.pccovid.core.AreaCode;
import vn.pccovid.geo.Area;
import vn.pccovid.geo.Areas;

/** Areas as people name them on pages: "Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội" instead of codes. */
@Component("registryAreaNames")
class AreaNames {

	private final Areas areas;

	AreaNames(Areas areas) {
		this.areas = areas;
	}

	/** The full name of a scope or area path ({@code 01.001.00001}); {@code null} for the whole country. */
	String ofPath(String path) {
		if (path == null || path.isBlank() || "VN".equals(path)) {
			return null;
		}
		try {
			return ofCode(AreaCode.parsePath(path).value());
		}
		catch (IllegalArgumentException e) {
			return path;
		}
	}

	/** The full name of the area with this GSO code, or the code itself when the catalogue lacks it. */
	String ofCode(String code) {
		return areas.find(code).map(this::fullName).orElse(code);
	}

	/** The area's own name, or the code when unknown. */
	String nameOf(String code) {
		return areas.find(code).map(Area::name).orElse(code);
	}

	private String fullName(Area area) {
		return areas.pathOf(area).stream().map(Area::name).collect(Collectors.joining(", "));
	}
}
