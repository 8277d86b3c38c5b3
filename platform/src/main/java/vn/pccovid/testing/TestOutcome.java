package vn.pccovid.testing;

/** A laboratory's decision on a sample. */
public enum TestOutcome {
	POSITIVE, NEGATIVE, INVALID
}
