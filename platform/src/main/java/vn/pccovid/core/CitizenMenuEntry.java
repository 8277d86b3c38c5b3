package vn.pccovid.core;

/**
 * A link in the citizen app's menu, contributed by a module as a Spring bean and shown to signed-in citizens.
 *
 * @param path     the page's path, e.g. {@code /me/inbox}
 * @param labelKey message key of the link's text, in the module's own bundle
 * @param order    position in the menu, smaller first
 */
public record CitizenMenuEntry(String path, String labelKey, int order) {
}
