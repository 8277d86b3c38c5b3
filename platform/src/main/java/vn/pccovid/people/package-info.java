/**
 * People on my phone: the registry persons a signed-in phone acts for (its own records, household members,
 * children and adults who consented), added only by proving their identity.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People on my phone",
		allowedDependencies = { "core", "geo", "access", "registry", "notification" })
package vn.pccovid.people;
