package vn.pccovid.geo;

import vn.pccovid.core.AreaCode;
import vn.pccovid.core.AreaLevel;

/**
 * One administrative area as the GSO catalogue names it.
 *
 * @param code its code with the codes of the areas above it
 * @param name official name with its type, in NFC ("Phường Phúc Xá")
 * @param type the kind of area ("Phường", "Xã", "Quận", "Tỉnh" …)
 */
public record Area(AreaCode code, String name, String type) {

	public AreaLevel level() {
		return code.level();
	}
}
