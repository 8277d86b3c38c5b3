/**
 * Testing: sampling sites and sessions, single and pooled samples with barcode labels, laboratory receipt and
 * results (one by one or CSV), re-test orders for positive pools, results delivered to the person's inbox and by SMS.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Testing",
		allowedDependencies = { "core", "geo", "access", "registry", "personalqr", "notification" })
package vn.pccovid.testing;
