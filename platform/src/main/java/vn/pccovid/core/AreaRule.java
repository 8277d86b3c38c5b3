package vn.pccovid.core;

/** How an endpoint limits what a caller sees by area, as declared in {@link Allowed}. */
public enum AreaRule {
	/** Anyone, signed in or not: public reference data and sign-in itself. */
	PUBLIC,
	/** A signed-in citizen, about themself only. */
	OWN_DATA,
	/** Staff with the permission; records outside the caller's scope are filtered out of lists and refused (403) one by one. */
	CALLER_SCOPE,
	/** Staff or partner systems with the permission; the answer reveals no area-bound record (a yes/no verification). */
	ANY_AREA
}
