package vn.pccovid.tracing.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.pccovid.declaration.MovementDeclared;

/** Keeps tracing's own table of declared trips from the declarations module's events. */
@Component
class TripListener {

	private final Trips trips;

	TripListener(Trips trips) {
		this.trips = trips;
	}

	@ApplicationModuleListener
	void on(MovementDeclared declared) {
		trips.record(declared.movement());
	}
}
