package vn.pccovid.personalqr;

import java.time.Instant;

/**
 * A personal QR as issued: the text to encode and when it stops being valid.
 *
 * @param payload   a compact JWS (ES256) carrying only a random token id, its expiry and its kind
 * @param expiresAt when it expires
 */
public record IssuedQr(String payload, Instant expiresAt) {
}
