package vn.pccovid.certificate;

import java.time.Instant;

/**
 * A person's COVID card as the app shows it.
 *
 * @param colour    green, yellow or red by the rule set of the person's province
 * @param reason    why, as a stable code ({@code full-series}, {@code recovered}, {@code one-dose},
 *                  {@code negative-test}, {@code none}, {@code active-case})
 * @param qr        the signed, short-lived QR content ({@code PCC1:} + Base45(COSE_Sign1)) that verifiers scan
 * @param expiresAt when the QR stops being accepted (the colour may lapse earlier than that never: the QR's expiry
 *                  is capped at the moment the colour would change)
 */
public record CovidCard(CardColour colour, String reason, String qr, Instant expiresAt) {
}
