/**
 * Population registry: citizens with their CCCD/CMND, residence and household, accent-insensitive search for staff
 * of an area, identity verification for other modules and partner systems, chip-CCCD QR parsing, bulk import and
 * the demo province generator.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Population registry",
		allowedDependencies = { "core", "geo", "access" })
package vn.pccovid.registry;
