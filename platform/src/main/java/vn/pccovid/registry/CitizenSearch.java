package vn.pccovid.registry;

/**
 * A staff search of the registry, within the caller's scope, ordered by folded name and id.
 *
 * @param q     a name (any diacritics, case, normalisation; at least 2 letters) or an exact 12-digit CCCD;
 *              {@code null} lists everyone in scope
 * @param ward  only this ward (5-digit GSO code, inside the caller's scope), or {@code null}
 * @param after the {@code next} cursor of the previous page, or {@code null}
 * @param limit page size, 1–100
 */
public record CitizenSearch(String q, String ward, String after, int limit) {

	public static final int MAX_LIMIT = 100;
	public static final int DEFAULT_LIMIT = 20;
}
