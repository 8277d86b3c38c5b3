package vn.pccovid.registry;

/**
 * Where a person lives: the ward by GSO code and the address line within it.
 *
 * @param wardCode 5-digit GSO ward code
 * @param address  house number, street, hamlet …, NFC; {@code null} when unknown or hidden from the caller
 */
public record Residence(String wardCode, String address) {
}
