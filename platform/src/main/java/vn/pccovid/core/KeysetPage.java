package vn.pccovid.core;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset-paged list, as the API answers it: the items, and the key to ask for the next page with
 * ({@code null} on the last page). Fetch {@code limit + 1} rows; the extra one only tells whether more follow.
 *
 * @param items the page
 * @param next  the key of the last item when more follow, else {@code null}
 */
public record KeysetPage<T>(List<T> items, Object next) {

	/** The page size asked for, or a 400 problem on {@code limit} when it is outside 1…{@code max}. */
	public static int checkedLimit(int limit, int max) {
		if (limit < 1 || limit > max) {
			throw new InvalidInputException("limit", "problem.page.limit", max);
		}
		return limit;
	}

	/** The page made of up to {@code limit} of the rows fetched (fetch {@code limit + 1}). */
	public static <T> KeysetPage<T> of(List<T> fetched, int limit, Function<T, ?> key) {
		List<T> items = List.copyOf(fetched.subList(0, Math.min(limit, fetched.size())));
		return new KeysetPage<>(items, fetched.size() > limit ? key.apply(items.get(items.size() - 1)) : null);
	}
}
