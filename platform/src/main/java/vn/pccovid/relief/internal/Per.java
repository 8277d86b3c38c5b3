package vn.pccovid.relief.internal;

/** Whom a programme's amount is for: each person, or each household (one member is listed and paid). */
enum Per {
	PERSON, HOUSEHOLD
}
