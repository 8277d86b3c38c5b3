package vn.pccovid.access;

import vn.pccovid.core.AreaCode;

/**
 * Where a staff member's role applies: the whole country, or one province, district or ward and everything in it.
 * One rule, two uses: {@link #covers} answers for one record, {@link #sqlPrefix} filters lists in SQL by the
 * records' area path ({@code area_path LIKE prefix || '%'}, indexed with {@code COLLATE "C"}).
 *
 * @param area the area, or {@code null} for the whole country
 */
public record Scope(AreaCode area) implements java.io.Serializable {

	public static final Scope NATIONAL = new Scope(null);
	static final String NATIONAL_PATH = "VN";

	public static Scope of(AreaCode area) {
		return new Scope(area);
	}

	/** Reads the form {@link #toString()} writes: {@code VN} or an area path such as {@code 01.001}. */
	public static Scope parse(String text) {
		return text == null || text.isBlank() || NATIONAL_PATH.equals(text) ? NATIONAL : new Scope(AreaCode.parsePath(text));
	}

	public boolean isNational() {
		return area == null;
	}

	/** Whether a record in this area is inside the scope. */
	public boolean covers(AreaCode recordArea) {
		return area == null || (recordArea != null && recordArea.isWithin(area));
	}

	/** Whether the other scope lies entirely inside this one (an admin may only hand out scopes inside its own). */
	public boolean contains(Scope other) {
		return area == null || (other.area != null && other.area.isWithin(area));
	}

	/** The prefix of area paths inside the scope; empty for the whole country, so {@code LIKE '' || '%'} matches all. */
	public String sqlPrefix() {
		return area == null ? "" : area.path();
	}

	@Override
	public String toString() {
		return area == null ? NATIONAL_PATH : area.path();
	}
}
