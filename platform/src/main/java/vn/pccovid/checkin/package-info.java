/**
 * Venue QR check-in both ways: venues with signed posters, citizens scanning them, venues scanning personal QRs,
 * batch ingest from devices and gateways, visitor logs for health staff, day partitions dropped after retention.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Venue check-in")
package vn.pccovid.checkin;
