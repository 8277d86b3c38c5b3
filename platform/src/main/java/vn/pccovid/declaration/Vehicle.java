package vn.pccovid.declaration;

/**
 * The vehicle of a declared journey: for tracing, people with the same type, plate or trip and date travelled
 * together.
 *
 * @param type  the kind of vehicle
 * @param plate licence plate, upper case without spaces, or {@code null}
 * @param trip  flight, train or bus trip number, upper case, or {@code null}
 * @param seat  seat, or {@code null}
 */
public record Vehicle(VehicleType type, String plate, String trip, String seat) {
}
