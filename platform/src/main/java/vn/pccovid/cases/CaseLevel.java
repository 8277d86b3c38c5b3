package vn.pccovid.cases;

/** How close a case is to the disease. */
public enum CaseLevel {
	/** Symptoms or exposure declared, not confirmed. */
	SUSPECTED,
	/** Confirmed infection. */
	F0,
	/** Close contact of an F0. */
	F1,
	/** Contact of an F1. */
	F2
}
