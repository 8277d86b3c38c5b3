/**
 * Certificates: EU DCC (HCERT) vaccination, test and recovery certificates signed by the national document signer,
 * their offline verification against our own and imported foreign trust lists, and the COVID card (green, yellow,
 * red) by each province's rule set.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Certificates",
		allowedDependencies = { "core", "access", "registry", "vaccination", "testing", "cases" })
package vn.pccovid.certificate;
