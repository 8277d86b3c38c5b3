package vn.pccovid.registry.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

import vn.pccovid.access.Actor;
import vn.pccovid.core.AreaCode;

/**
 * Failed identity verifications per caller and CCCD in {@code registry.verification_failure}. The lookup of the
 * claimed identity and of the caller's failures is one statement (two index probes, one round trip), so a
 * successful verification costs no more trips to the database than before the quota; only a failure writes.
 */
@Repository
class VerificationQuota {

	private final JdbcClient jdbc;
	private final VerificationSettings settings;
	private final Clock clock;

	VerificationQuota(JdbcClient jdbc, VerificationSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/** The stored identity for the CCCD (if any) and how long the caller must still wait (zero when not blocked). */
	Lookup lookup(Actor actor, String cccd) {
		Instant now = clock.instant();
		return jdbc.sql("""
				SELECT c.full_name, c.date_of_birth, c.id, c.area_path, f.failures, f.window_start
				FROM (SELECT ?::text AS cccd, ?::text AS caller, ?::text AS hash) q
				LEFT JOIN registry.citizen c ON c.cccd = q.cccd
				LEFT JOIN registry.verification_failure f ON f.caller = q.caller AND f.cccd_hash = q.hash""")
				.params(cccd, caller(actor), hash(cccd))
				.query((rs, row) -> {
					UUID id = rs.getObject(3, UUID.class);
					Optional<CitizenRecords.Identity> identity = id == null ? Optional.empty()
							: Optional.of(new CitizenRecords.Identity(rs.getString(1), rs.getObject(2, LocalDate.class), id,
									AreaCode.parsePath(rs.getString(4))));
					Timestamp start = rs.getTimestamp(6);
					Duration wait = start == null || rs.getInt(5) < settings.failuresPerWindow() ? Duration.ZERO
							: remaining(start.toInstant(), now);
					return new Lookup(identity, wait);
				}).single();
	}

	/**
	 * Counts one failure atomically (a new window when the old one has passed) and answers how long the caller must
	 * wait if this failure went over the quota, else zero: of concurrent failures only the allowed number get an
	 * answer.
	 */
	Duration fail(Actor actor, String cccd) {
		Instant now = clock.instant();
		Timestamp at = Timestamp.from(now);
		Timestamp expired = Timestamp.from(now.minus(settings.window()));
		return jdbc.sql("""
				INSERT INTO registry.verification_failure AS f (caller, cccd_hash, window_start, failures)
				VALUES (?, ?, ?, 1)
				ON CONFLICT (caller, cccd_hash) DO UPDATE SET
				    failures = CASE WHEN f.window_start <= ? THEN 1 ELSE f.failures + 1 END,
				    window_start = CASE WHEN f.window_start <= ? THEN EXCLUDED.window_start ELSE f.window_start END
				RETURNING failures, window_start""")
				.params(caller(actor), hash(cccd), at, expired, expired)
				.query((rs, row) -> rs.getInt(1) > settings.failuresPerWindow()
						? remaining(rs.getTimestamp(2).toInstant(), now) : Duration.ZERO)
				.single();
	}

	/** Deletes counts whose window has passed. */
	@Scheduled(fixedDelayString = "${pccovid.registry.retention-interval:PT1H}", initialDelayString = "PT5M")
	void purge() {
		jdbc.sql("DELETE FROM registry.verification_failure WHERE window_start <= ?")
				.param(Timestamp.from(clock.instant().minus(settings.window()))).update();
	}

	private Duration remaining(Instant windowStart, Instant now) {
		Duration left = Duration.between(now, windowStart.plus(settings.window()));
		return left.isNegative() || left.isZero() ? Duration.ZERO : left;
	}

	/** One key per caller: staff and partner systems by account, citizens by phone. */
	private static String caller(Actor actor) {
		return actor.kind().name() + ":" + actor.id();
	}

	/** The CCCD as SHA-256 hex: the table never holds a number in clear. */
	static String hash(String cccd) {
		try {
			// A clone of a ready digest: looking the algorithm up through the providers cost more than hashing.
			MessageDigest sha256 = (MessageDigest) SHA_256.clone();
			return HexFormat.of().formatHex(sha256.digest(cccd.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (CloneNotSupportedException e) {
			throw new IllegalStateException(e);
		}
	}

	private static final MessageDigest SHA_256 = sha256();

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The claimed identity and the caller's standing.
	 *
	 * @param identity what the registry holds for the CCCD, if anything
	 * @param retryAfter how long the caller is still blocked for this CCCD; zero when not
	 */
	record Lookup(Optional<CitizenRecords.Identity> identity, Duration retryAfter) {
	}
}
