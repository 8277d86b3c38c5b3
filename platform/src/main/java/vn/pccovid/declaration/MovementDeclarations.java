package vn.pccovid.declaration;

import java.util.Optional;

/** Movement declarations for other modules: checkpoints read their signed QR. */
public interface MovementDeclarations {

	/**
	 * Reads a movement-declaration QR: empty when the text is not one, its signature does not verify, or the
	 * declaration is unknown. Not audited here: the caller audits the scan it shows.
	 */
	Optional<DeclaredMovement> readQr(String qr);
}
