package vn.pccovid.relief.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.AreaLevel;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.KeysetPage;
import vn.pccovid.geo.Area;
import vn.pccovid.geo.Areas;

/**
 * The transparency list: a ward's approved beneficiaries of a programme, for anyone, with names masked ("Nguyễn V.
 * A."), year of birth and amount — never a CCCD, phone, address or full name (they are not even stored here). Each
 * view is logged as one anonymous entry in the ward's area, queued (the list is published on purpose).
 */
@Service
class PublicLists {

	static final int MAX_LIMIT = 500;

	private final ProgrammeCatalogue catalogue;
	private final Beneficiaries beneficiaries;
	private final Areas areas;
	private final AuditLog audit;

	PublicLists(ProgrammeCatalogue catalogue, Beneficiaries beneficiaries, Areas areas, AuditLog audit) {
		this.catalogue = catalogue;
		this.beneficiaries = beneficiaries;
		this.areas = areas;
		this.audit = audit;
	}

	/**
	 * A ward's public list.
	 *
	 * @param programme the programme's terms
	 * @param ward      the ward
	 * @param wardName  its full name
	 * @param page      masked lines
	 */
	record PublicList(Programme programme, AreaCode ward, String wardName, KeysetPage<Line> page) {
	}

	/**
	 * One public line.
	 *
	 * @param name        masked name
	 * @param yearOfBirth year of birth
	 * @param amount      VND per period
	 * @param position    keyset
	 */
	record Line(String name, int yearOfBirth, long amount, long position) {
	}

	PublicList of(UUID programmeId, String wardCode, long after, int limit) {
		Programme programme = catalogue.get(programmeId);
		KeysetPage.checkedLimit(limit, MAX_LIMIT);
		if (wardCode == null || wardCode.isBlank()) {
			throw new InvalidInputException("ward", "relief.public.ward");
		}
		Area ward = areas.get(wardCode.strip(), "ward");
		if (ward.level() != AreaLevel.WARD) {
			throw new InvalidInputException("ward", "relief.public.ward");
		}
		List<Line> lines = beneficiaries.list(programmeId, ward.code().path(), Beneficiary.Status.APPROVED, after, limit + 1)
				.stream().map(b -> new Line(b.maskedName(), b.birthYear(), programme.amount(), b.position())).toList();
		audit.recordMissSoon(Actor.ANONYMOUS, AuditAction.READ, "relief-transparency", "relief-public-list programme=" + programmeId,
				ward.code());
		return new PublicList(programme, ward.code(), areas.fullNameOf(ward.code().value()), KeysetPage.of(lines, limit, Line::position));
	}
}
