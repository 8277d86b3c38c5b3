package vn.pccovid.registry;

import java.util.List;

/**
 * One page of search results.
 *
 * @param items the citizens on this page
 * @param next  the cursor for the next page, or {@code null} on the last one
 */
public record CitizenPage(List<Citizen> items, String next) {

	public CitizenPage {
		items = List.copyOf(items);
	}
}
