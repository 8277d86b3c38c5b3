package vn.pccovid.testing;

/** The kind of test a sample is taken for. */
public enum TestType {
	/** RT-PCR, with a Ct value when positive. */
	RT_PCR,
	/** Rapid antigen test. */
	RAPID_ANTIGEN
}
