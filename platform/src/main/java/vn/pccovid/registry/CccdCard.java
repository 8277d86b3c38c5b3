package vn.pccovid.registry;

import java.time.LocalDate;

/**
 * What the QR code on a chip CCCD card says, validated: the numbers, the holder's name (NFC), birth date, sex,
 * permanent address and the card's issue date.
 *
 * @param cccd        the 12-digit card number
 * @param cmnd        the old 9-digit number, or {@code null} when the card has none
 * @param fullName    the holder's name in NFC
 * @param dateOfBirth date of birth
 * @param sex         sex
 * @param address     permanent address in NFC
 * @param issueDate   when the card was issued
 */
public record CccdCard(String cccd, String cmnd, String fullName, LocalDate dateOfBirth, Sex sex, String address,
		LocalDate issueDate) {
}
