/**
 * One personal QR per person: signed, opaque, rotatable tokens for the citizen app and on paper cards, and the one
 * verification endpoint scanners use for them and for chip-CCCD QRs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Personal QR",
		allowedDependencies = { "core", "access", "registry", "people" })
package vn.pccovid.personalqr;
