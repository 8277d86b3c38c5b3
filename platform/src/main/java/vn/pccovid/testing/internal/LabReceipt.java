package vn.pccovid.testing.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.core.ConflictException;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.Permission;
import vn.pccovid.geo.Areas;

/**
 * A laboratory receives a tube (scans its barcode): from then on it may record its result. Receiving twice changes
 * nothing. A pool member's own label is refused: the lab receives the pool's tube.
 */
@Service
class LabReceipt {

	private final Tubes tubes;
	private final Areas areas;
	private final Clock clock;

	LabReceipt(Tubes tubes, Areas areas, Clock clock) {
		this.tubes = tubes;
		this.areas = areas;
		this.clock = clock;
	}

	/**
	 * The tube as received.
	 *
	 * @param barcode    its label
	 * @param pool       whether it is a pool's tube
	 * @param members    a pool's members (0 otherwise)
	 * @param receivedAt when the lab received it
	 * @param laboratory which lab
	 */
	record Received(String barcode, boolean pool, int members, Instant receivedAt, String laboratory) {
	}

	@Transactional
	Received receive(Actor actor, String rawBarcode) {
		actor.require(Permission.RESULT_RECORD);
		String barcode = Barcodes.normalise(rawBarcode);
		if (!Barcodes.wellFormed(barcode)) {
			throw new InvalidInputException("barcode", "testing.barcode.malformed");
		}
		Tube tube = tubes.find(barcode, true).orElseThrow(() -> new NotFoundException("testing.barcode.unknown"));
		actor.requireCovers(tube.siteArea());
		if (tube.memberOfPool()) {
			throw new ConflictException("barcode", "testing.result.pooled");
		}
		if (tube.received()) {
			return new Received(tube.barcode(), tube.pool(), tube.members(), tube.receivedAt(), tube.laboratory());
		}
		String laboratory = laboratoryOf(actor);
		Instant now = clock.instant();
		tubes.receive(tube, laboratory, now);
		return new Received(tube.barcode(), tube.pool(), tube.members(), now, laboratory);
	}

	/** The lab's name as people read it: the laboratory of the technician's area. */
	String laboratoryOf(Actor actor) {
		String area = areas.fullNameOfPath(actor.scope().toString());
		return area == null ? "Phòng xét nghiệm quốc gia" : "Phòng xét nghiệm " + area;
	}
}
