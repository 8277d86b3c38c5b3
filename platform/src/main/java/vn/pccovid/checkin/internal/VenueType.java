package vn.pccovid.checkin.internal;

/** What kind of place a venue is (the poster and the demo use it; tracing may weigh contacts by it later). */
enum VenueType {
	MARKET, SUPERMARKET, PHARMACY, RESTAURANT, CAFE, OFFICE, FACTORY, SCHOOL, HOSPITAL, CLINIC, TRANSPORT_HUB,
	PLACE_OF_WORSHIP, HOTEL, SPORTS, GOVERNMENT_OFFICE, BANK, OTHER
}
