package vn.pccovid.core;

import java.net.URI;

/** The problem-type URIs the platform answers with; stable, so clients may branch on them. */
public final class Problems {

	private static final String PREFIX = "urn:pccovid:problem:";

	private Problems() {
	}

	/** The type URI for a slug such as {@code invalid-input}. */
	public static URI type(String slug) {
		return URI.create(PREFIX + slug);
	}
}
