package vn.pccovid.core;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An administrative area by its GSO codes, carrying its whole ancestry: a ward knows its district and province.
 * <p>
 * GSO codes are not hierarchical (ward {@code 00001} lies in district {@code 001} of province {@code 01} only by the
 * catalogue's say), so the full path travels with the code. Its {@link #path()} form {@code 01.001.00001} sorts and
 * compares by prefix, which is how records are scoped to an area in SQL.
 *
 * @param province 2-digit province code, never {@code null}
 * @param district 3-digit district code, {@code null} for a province
 * @param ward     5-digit ward code, {@code null} for a province or district
 */
public record AreaCode(String province, String district, String ward) implements java.io.Serializable {

	private static final Pattern PROVINCE = Pattern.compile("\\d{2}");
	private static final Pattern DISTRICT = Pattern.compile("\\d{3}");
	private static final Pattern WARD = Pattern.compile("\\d{5}");

	public AreaCode {
		require(province != null && PROVINCE.matcher(province).matches(), "province code must be 2 digits: " + province);
		require(district == null || DISTRICT.matcher(district).matches(), "district code must be 3 digits: " + district);
		require(ward == null || WARD.matcher(ward).matches(), "ward code must be 5 digits: " + ward);
		require(ward == null || district != null, "a ward code needs its district code");
	}

	public static AreaCode province(String province) {
		return new AreaCode(province, null, null);
	}

	public static AreaCode district(String province, String district) {
		return new AreaCode(province, Objects.requireNonNull(district), null);
	}

	public static AreaCode ward(String province, String district, String ward) {
		return new AreaCode(province, Objects.requireNonNull(district), Objects.requireNonNull(ward));
	}

	/** Reads the {@link #path()} form, {@code 01}, {@code 01.001} or {@code 01.001.00001}. */
	public static AreaCode parsePath(String path) {
		require(path != null && !path.isBlank(), "area path is empty");
		String[] parts = path.split("\\.", -1);
		require(parts.length <= 3, "area path has more than three levels: " + path);
		return new AreaCode(parts[0], parts.length > 1 ? parts[1] : null, parts.length > 2 ? parts[2] : null);
	}

	/** Whether the text has the shape of a GSO code of some level (2, 3 or 5 digits); says nothing of existence. */
	public static boolean looksLikeCode(String code) {
		return code != null && code.chars().allMatch(Character::isDigit) && AreaLevel.ofCodeLength(code.length()) != null;
	}

	public AreaLevel level() {
		return ward != null ? AreaLevel.WARD : district != null ? AreaLevel.DISTRICT : AreaLevel.PROVINCE;
	}

	/** The GSO code of this area itself: the ward's, district's or province's. */
	public String value() {
		return ward != null ? ward : district != null ? district : province;
	}

	/** The area one level up, or {@code null} for a province. */
	public AreaCode parent() {
		return switch (level()) {
			case WARD -> district(province, district);
			case DISTRICT -> province(province);
			case PROVINCE -> null;
		};
	}

	/** Codes joined by dots from province down: compare two areas by prefix. */
	public String path() {
		return ward != null ? province + "." + district + "." + ward
				: district != null ? province + "." + district : province;
	}

	/** Whether this area is the other one or lies inside it (a ward is within its district and province). */
	public boolean isWithin(AreaCode other) {
		return path().equals(other.path()) || path().startsWith(other.path() + ".");
	}

	@Override
	public String toString() {
		return path();
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}
}
