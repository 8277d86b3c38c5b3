/**
 * Relief for people hit by the pandemic: programmes with eligibility rules as data, ward beneficiary lists approved
 * by the level above, public masked lists, and payments recorded at most once per programme, payee and period.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Relief",
		allowedDependencies = { "core", "geo", "access", "registry", "cases" })
package vn.pccovid.relief;
