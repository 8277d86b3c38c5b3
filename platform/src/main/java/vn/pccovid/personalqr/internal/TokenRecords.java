package vn.pccovid.personalqr.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code personalqr.token} table: every QR issued, looked up by its token id on each scan. */
@Repository
class TokenRecords {

	/** A stored token. */
	record Token(String jti, UUID personId, Kind kind, String kid, Instant issuedAt, Instant expiresAt, Instant revokedAt,
			byte[] payloadHash, String payload) {
	}

	/** Where the QR is shown. */
	enum Kind { APP, PAPER }

	private static final String COLUMNS = "jti, person_id, kind, kid, issued_at, expires_at, revoked_at, payload_hash, payload";

	private final JdbcClient jdbc;

	TokenRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Token t) {
		jdbc.sql("INSERT INTO personalqr.token (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)")
				.params(t.jti(), t.personId(), t.kind().name(), t.kid(), Timestamp.from(t.issuedAt()),
						Timestamp.from(t.expiresAt()), t.payloadHash(), t.payload())
				.update();
	}

	Optional<Token> find(String jti) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM personalqr.token WHERE jti = ?").param(jti)
				.query(TokenRecords::token).optional();
	}

	/** The tokens with these ids (those on record), by id: one indexed query for a whole batch of scans. */
	java.util.Map<String, Token> findAll(java.util.Collection<String> jtis) {
		if (jtis.isEmpty()) {
			return java.util.Map.of();
		}
		java.util.Map<String, Token> found = new java.util.HashMap<>();
		jdbc.sql("SELECT " + COLUMNS + " FROM personalqr.token WHERE jti = ANY (?)").param(jtis.toArray(String[]::new))
				.query(TokenRecords::token).list().forEach(token -> found.put(token.jti(), token));
		return found;
	}

	/** The person's newest unrevoked app token valid beyond {@code until}. */
	Optional<Token> appTokenValidBeyond(UUID personId, Instant until) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM personalqr.token WHERE person_id = ? AND kind = 'APP' AND expires_at > ? "
				+ "AND revoked_at IS NULL AND payload IS NOT NULL ORDER BY expires_at DESC LIMIT 1")
				.params(personId, Timestamp.from(until)).query(TokenRecords::token).optional();
	}

	/** Revokes the person's live tokens of this kind; answers how many. */
	int revoke(UUID personId, Kind kind, Instant at) {
		return jdbc.sql("UPDATE personalqr.token SET revoked_at = ? WHERE person_id = ? AND kind = ? AND revoked_at IS NULL AND expires_at > ?")
				.params(Timestamp.from(at), personId, kind.name(), Timestamp.from(at)).update();
	}

	/** Serialises issuing for one person across nodes, until the transaction ends. */
	void lockPerson(UUID personId) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('personalqr:' || ?, 0))").param(personId.toString())
				.query(Object.class).single();
	}

	/** Whether any unrevoked QR signed with this key is still unexpired (so its public key must stay published). */
	boolean keyInUse(String kid, Instant now) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM personalqr.token WHERE kid = ? AND expires_at > ? AND revoked_at IS NULL)")
				.params(kid, Timestamp.from(now)).query(Boolean.class).single();
	}

	private static Token token(ResultSet rs, int row) throws SQLException {
		Timestamp revoked = rs.getTimestamp(7);
		return new Token(rs.getString(1), rs.getObject(2, UUID.class), Kind.valueOf(rs.getString(3)), rs.getString(4),
				rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(), revoked == null ? null : revoked.toInstant(),
				rs.getBytes(8), rs.getString(9));
	}
}
