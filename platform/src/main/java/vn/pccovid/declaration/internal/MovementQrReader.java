package vn.pccovid.declaration.internal;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.declaration.DeclaredMovement;
import vn.pccovid.declaration.MovementDeclarations;

/**
 * Reads a movement-declaration QR for checkpoints: the ES256 signature must verify with one of the platform's keys,
 * and the declaration it names must exist with the day the QR states (an altered date or id never verifies; a
 * declaration removed from the database is not known).
 */
@Service
class MovementQrReader implements MovementDeclarations {

	private final MovementQrs qrs;
	private final MovementDeclarationRecords movements;

	MovementQrReader(MovementQrs qrs, MovementDeclarationRecords movements) {
		this.qrs = qrs;
		this.movements = movements;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DeclaredMovement> readQr(String qr) {
		return qrs.read(qr).flatMap(claims -> movements.find(claims.declaration())
				.map(MovementDeclarationRecords.Row::movement)
				.filter(movement -> movement.date().equals(claims.date())));
	}
}
