/**
 * Health declarations (symptoms, exposures) and domestic movement declarations (from ward to ward, vehicle, signed
 * QR for checkpoints), filed by a citizen for the people on their phone or by health staff.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Declarations",
		allowedDependencies = { "core", "geo", "access", "registry" })
package vn.pccovid.declaration;
