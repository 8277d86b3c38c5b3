package vn.pccovid.core;

import java.util.Set;

/**
 * A link in the staff console's menu, contributed by a module as a Spring bean; the staff layout renders every
 * entry whose permissions the signed-in staff member holds (any one suffices; empty means every staff member).
 *
 * @param path     the page's path, e.g. {@code /console/citizens}
 * @param labelKey message key of the link's text, in the module's own bundle
 * @param order    position in the menu, smaller first
 * @param anyOf    permissions of which the staff member needs one
 */
public record ConsoleMenuEntry(String path, String labelKey, int order, Set<Permission> anyOf) {

	public ConsoleMenuEntry {
		anyOf = Set.copyOf(anyOf);
	}
}
