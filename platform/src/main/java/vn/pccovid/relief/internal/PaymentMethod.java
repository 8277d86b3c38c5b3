package vn.pccovid.relief.internal;

/** How a payment was made; recorded only, never executed by the platform. */
enum PaymentMethod {
	CASH, BANK, EWALLET
}
