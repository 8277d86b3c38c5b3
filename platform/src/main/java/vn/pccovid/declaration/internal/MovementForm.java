package vn.pccovid.declaration.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.pccovid.core.AreaCode;
import vn.pccovid.core.AreaLevel;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.VietnameseText;
import vn.pccovid.declaration.Vehicle;
import vn.pccovid.declaration.VehicleType;
import vn.pccovid.geo.Area;
import vn.pccovid.geo.Areas;

/**
 * A domestic movement declaration as the request states it.
 *
 * @param fromWard 5-digit GSO ward code where the journey starts
 * @param toWard   5-digit GSO ward code where it ends
 * @param date     the day of travel
 * @param purpose  why, in the traveller's words
 * @param vehicle  how
 */
record MovementForm(String fromWard, String toWard, LocalDate date, String purpose, VehicleForm vehicle) {

	static final int PURPOSE_MAX = 200;
	private static final Pattern PLATE = Pattern.compile("[0-9]{2}[A-Z][A-Z0-9]?-?[0-9]{3,5}(\\.[0-9]{2})?");
	private static final Pattern TRIP = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,11}");
	private static final Pattern SEAT = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,7}");

	/**
	 * The vehicle as stated.
	 *
	 * @param type  required
	 * @param plate licence plate ({@code 29A-123.45}; spaces ignored); required for a private car or motorbike
	 * @param trip  flight, train, bus or boat trip number; required for a plane or train
	 * @param seat  optional
	 */
	record VehicleForm(VehicleType type, String plate, String trip, String seat) {
	}

	/**
	 * A valid journey.
	 *
	 * @param from    ward with its district and province
	 * @param to      ward with its district and province
	 * @param date    the day of travel
	 * @param purpose NFC, trimmed
	 * @param vehicle normalised (upper case, no spaces)
	 */
	record Checked(AreaCode from, AreaCode to, LocalDate date, String purpose, Vehicle vehicle) {
	}

	/** The journey checked: 400 naming the field at fault. */
	Checked checked(Areas areas, Clock clock) {
		AreaCode from = ward(areas, fromWard, "fromWard");
		AreaCode to = ward(areas, toWard, "toWard");
		LocalDate day = DeclarationDates.travelDay(date, clock);
		String why = purpose == null ? "" : VietnameseText.nfc(purpose).strip();
		if (why.isEmpty()) {
			throw new InvalidInputException("purpose", "declaration.field.required", "purpose");
		}
		if (why.length() > PURPOSE_MAX) {
			throw new InvalidInputException("purpose", "declaration.field.tooLong", "purpose", PURPOSE_MAX);
		}
		return new Checked(from, to, day, why, checkedVehicle());
	}

	private Vehicle checkedVehicle() {
		if (vehicle == null || vehicle.type() == null) {
			throw new InvalidInputException(vehicle == null ? "vehicle" : "vehicle.type", "declaration.field.required",
					vehicle == null ? "vehicle" : "vehicle.type");
		}
		VehicleType type = vehicle.type();
		String plate = normalised(vehicle.plate(), "vehicle.plate", PLATE);
		String trip = normalised(vehicle.trip(), "vehicle.trip", TRIP);
		String seat = normalised(vehicle.seat(), "vehicle.seat", SEAT);
		boolean road = type == VehicleType.PRIVATE_CAR || type == VehicleType.MOTORBIKE;
		boolean scheduled = type == VehicleType.PLANE || type == VehicleType.TRAIN;
		if (road && plate == null) {
			throw new InvalidInputException("vehicle.plate", "declaration.vehicle.plate.required");
		}
		if (scheduled && trip == null) {
			throw new InvalidInputException("vehicle.trip", "declaration.vehicle.trip.required");
		}
		if (!road && !scheduled && plate == null && trip == null) {
			throw new InvalidInputException("vehicle.trip", "declaration.vehicle.plateOrTrip.required");
		}
		return new Vehicle(type, plate, trip, seat);
	}

	/** Upper case without spaces; {@code null} when blank; 400 when it does not look like one. */
	private static String normalised(String value, String field, Pattern shape) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
		if (!shape.matcher(text).matches()) {
			throw new InvalidInputException(field, "declaration.vehicle.malformed", field);
		}
		return text;
	}

	private static AreaCode ward(Areas areas, String code, String field) {
		if (code == null || code.isBlank()) {
			throw new InvalidInputException(field, "declaration.field.required", field);
		}
		String value = code.strip();
		Area area = value.length() == 5 && AreaCode.looksLikeCode(value) ? areas.find(value).orElse(null) : null;
		if (area == null || area.level() != AreaLevel.WARD) {
			throw new InvalidInputException(field, "declaration.ward.unknown", value.length() > 12 ? value.substring(0, 12) : value);
		}
		return area.code();
	}
}
