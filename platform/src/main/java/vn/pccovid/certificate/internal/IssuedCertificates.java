package vn.pccovid.certificate.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.pccovid.certificate.CertificateKind;
import vn.pccovid.certificate.IssuedCertificate;

/** The {@code certificate.issued} table: every certificate issued, by person. */
@Repository
class IssuedCertificates {

	private static final String COLUMNS = "id, kind, hc1, issued_at, expires_at";

	private final JdbcClient jdbc;

	IssuedCertificates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores it unless one was issued for the same source already; answers whether it was stored. */
	boolean insert(IssuedCertificate c, UUID person, String province, UUID source, String uvci, String kid) {
		return jdbc.sql("INSERT INTO certificate.issued (id, person_id, province, kind, source_id, uvci, kid, hc1, issued_at, expires_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, source_id) DO NOTHING")
				.params(c.id(), person, province, c.kind().name(), source, uvci, kid, c.hc1(), Timestamp.from(c.issuedAt()),
						Timestamp.from(c.expiresAt()))
				.update() == 1;
	}

	/** The person's certificates, newest first (at most 100: a lifetime of doses and tests fits). */
	List<IssuedCertificate> of(UUID person) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM certificate.issued WHERE person_id = ? ORDER BY issued_at DESC, id LIMIT 100")
				.param(person).query((rs, n) -> new IssuedCertificate(rs.getObject(1, UUID.class),
						CertificateKind.valueOf(rs.getString(2)), rs.getString(3), rs.getTimestamp(4).toInstant(),
						rs.getTimestamp(5).toInstant()))
				.list();
	}

	Optional<IssuedCertificate> find(UUID person, UUID id) {
		return of(person).stream().filter(c -> c.id().equals(id)).findFirst();
	}
}
