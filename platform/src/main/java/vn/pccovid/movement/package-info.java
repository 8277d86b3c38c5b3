/**
 * Travel permits (giấy đi đường) issued on the population registry, checkpoints deciding by each province's rule set,
 * passages relayed live between a province's checkpoints, vehicle passages for tracing, shippers' declared areas and
 * hours with their violations, and the ward police board.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Movement",
		allowedDependencies = { "core", "geo", "access", "registry", "personalqr", "declaration", "checkin", "cases",
				"vaccination" })
package vn.pccovid.movement;
