package vn.pccovid.people;

/** How a person is linked to a phone. */
public enum Relation {
	/** Registered in the registry with this phone. */
	SELF,
	/** In the same household as a person registered with this phone; added at once. */
	HOUSEHOLD,
	/** A child under 16; added at once. */
	CHILD,
	/** An adult with a phone of their own who accepted the link. */
	DEPENDANT
}
