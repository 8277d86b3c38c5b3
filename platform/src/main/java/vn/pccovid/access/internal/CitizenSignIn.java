package vn.pccovid.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.access.OneTimeCodeIssued;
import vn.pccovid.core.PhoneNumber;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.TooManyRequestsException;
import vn.pccovid.core.UnauthorizedException;

/**
 * Citizens sign in with their phone and a 6-digit code sent to it. Codes live 5 minutes, allow 5 guesses, are
 * stored only as an HMAC, and sends and failures are rate-limited per phone (per window and per day) and per IP,
 * each quota checked and recorded in one locked step.
 */
@Component
class CitizenSignIn {

	private final JdbcClient jdbc;
	private final RateLimits limits;
	private final OtpSettings settings;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final byte[] hmacKey;
	private final SecureRandom random = new SecureRandom();

	CitizenSignIn(JdbcClient jdbc, RateLimits limits, OtpSettings settings, ApplicationEventPublisher events,
			Clock clock, SigningKeys keys) {
		this.jdbc = jdbc;
		this.limits = limits;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
		this.hmacKey = keys.hmacKey();
	}

	/** Sends a new code to the phone (replacing any live one); returns when it expires. */
	@Transactional
	Instant sendCode(String phoneInput, String ip) {
		String phone = PhoneNumber.parse(phoneInput).map(PhoneNumber::value)
				.orElseThrow(() -> new InvalidInputException("phone", "access.phone.invalid"));
		String phoneKey = "otp-send:phone:" + phone;
		limits.take(List.of(new RateLimits.Quota(phoneKey, settings.sendsPerPhone(), settings.window(), "access.otp.too-many-sends"),
				new RateLimits.Quota(phoneKey, settings.sendsPerPhonePerDay(), OtpSettings.DAY, "access.otp.daily-cap"),
				new RateLimits.Quota("otp-send:ip:" + ClientAddress.quotaKey(ip), settings.sendsPerIp(), settings.window(),
						"access.otp.too-many-sends")));
		String code = String.format("%06d", random.nextInt(1_000_000));
		Instant expiresAt = clock.instant().plus(settings.lifetime());
		jdbc.sql("""
				INSERT INTO access.otp_challenge (phone, code_hmac, expires_at, attempts) VALUES (?, ?, ?, 0)
				ON CONFLICT (phone) DO UPDATE SET code_hmac = excluded.code_hmac, expires_at = excluded.expires_at, attempts = 0""")
				.params(phone, hmac(phone, code), Timestamp.from(expiresAt)).update();
		events.publishEvent(new OneTimeCodeIssued(phone, code, expiresAt, java.util.UUID.randomUUID()));
		return expiresAt;
	}

	/** The citizen, if the code is the live one for the phone; each wrong code counts against the phone and the IP. */
	@Transactional(noRollbackFor = { UnauthorizedException.class, TooManyRequestsException.class })
	Actor verify(String phoneInput, String code, String ip) {
		String phone = PhoneNumber.parse(phoneInput).map(PhoneNumber::value)
				.orElseThrow(() -> new InvalidInputException("phone", "access.phone.invalid"));
		if (code == null || !code.matches("\\d{6}")) {
			throw new InvalidInputException("code", "access.otp.code-format");
		}
		String failKey = "otp-fail:ip:" + ClientAddress.quotaKey(ip);
		limits.check(failKey, settings.failuresPerIp(), settings.window(), "access.otp.too-many-failures");
		var challenge = jdbc.sql("SELECT code_hmac, expires_at, attempts FROM access.otp_challenge WHERE phone = ? FOR UPDATE")
				.param(phone)
				.query((rs, row) -> new Challenge(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getInt(3))).optional();
		if (challenge.isEmpty() || !challenge.get().expiresAt().isAfter(clock.instant())) {
			limits.hit(failKey);
			throw new UnauthorizedException("access.otp.invalid");
		}
		boolean matches = MessageDigest.isEqual(challenge.get().hmac().getBytes(StandardCharsets.US_ASCII),
				hmac(phone, code).getBytes(StandardCharsets.US_ASCII));
		if (!matches) {
			limits.hit(failKey);
			if (challenge.get().attempts() + 1 >= settings.maxAttempts()) {
				jdbc.sql("DELETE FROM access.otp_challenge WHERE phone = ?").param(phone).update();
				throw new TooManyRequestsException(java.time.Duration.ofSeconds(60), "access.otp.attempts-exhausted");
			}
			jdbc.sql("UPDATE access.otp_challenge SET attempts = attempts + 1 WHERE phone = ?").param(phone).update();
			throw new UnauthorizedException("access.otp.invalid");
		}
		jdbc.sql("DELETE FROM access.otp_challenge WHERE phone = ?").param(phone).update();
		return Actor.citizen(phone);
	}

	int purgeExpired() {
		return jdbc.sql("DELETE FROM access.otp_challenge WHERE expires_at < ?").param(Timestamp.from(clock.instant())).update();
	}

	private String hmac(String phone, String code) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(hmacKey, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal((phone + ":" + code).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private record Challenge(String hmac, Instant expiresAt, int attempts) {
	}
}
