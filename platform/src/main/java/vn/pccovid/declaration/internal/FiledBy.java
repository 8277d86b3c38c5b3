package vn.pccovid.declaration.internal;

/** Who filed a declaration: the citizen's phone, health staff for someone without one, or the demo generator. */
enum FiledBy {
	CITIZEN, STAFF, DEMO
}
