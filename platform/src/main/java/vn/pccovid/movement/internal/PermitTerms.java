package vn.pccovid.movement.internal;

import java.time.LocalDate;
import java.util.List;

import vn.pccovid.core.AreaCode;

/** What a checkpoint weighs of one approved permit: its days and zones (from the signed QR or the table). */
record PermitTerms(LocalDate validFrom, LocalDate validTo, List<AreaCode> zones) {

	boolean covers(AreaCode ward) {
		return zones.stream().anyMatch(ward::isWithin);
	}

	boolean validOn(LocalDate day) {
		return !day.isBefore(validFrom) && !day.isAfter(validTo);
	}
}
