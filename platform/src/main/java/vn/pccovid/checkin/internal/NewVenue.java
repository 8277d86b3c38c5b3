package vn.pccovid.checkin.internal;

/**
 * A venue as its owner registers it (raw request values, checked by {@link VenueRegistry}).
 *
 * @param name      1–200 characters
 * @param type      a {@link VenueType} code
 * @param wardCode  5-digit ward code of the GSO catalogue
 * @param address   1–300 characters
 * @param latitude  WGS84 degrees, with longitude or not at all
 * @param longitude WGS84 degrees
 */
record NewVenue(String name, String type, String wardCode, String address, Double latitude, Double longitude) {
}
