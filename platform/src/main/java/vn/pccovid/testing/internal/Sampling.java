package vn.pccovid.testing.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.core.ConflictException;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.Permission;
import vn.pccovid.registry.PersonSummary;
import vn.pccovid.testing.TestType;

/**
 * Taking samples: a person (identified by {@link SamplePersonIdentification}) gets a labelled sample in a session of the
 * sampler's area, alone or in a pool of at most {@code pccovid.testing.pool-size} people. Each sample is audited
 * ({@code CREATE}) against its person.
 */
@Service
class Sampling {

	private final SamplingSites sites;
	private final Tubes tubes;
	private final SamplePersonIdentification identification;
	private final AuditLog auditLog;
	private final TestingSettings settings;
	private final Clock clock;

	Sampling(SamplingSites sites, Tubes tubes, SamplePersonIdentification identification, AuditLog auditLog, TestingSettings settings,
			Clock clock) {
		this.sites = sites;
		this.tubes = tubes;
		this.identification = identification;
		this.auditLog = auditLog;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * A labelled tube.
	 *
	 * @param id      sample or pool id
	 * @param barcode the label
	 */
	record Labelled(UUID id, String barcode) {
	}

	/** A new pool's tube in a session of the caller's area. */
	@Transactional
	Labelled newPool(Actor actor, UUID sessionId, TestType type) {
		actor.require(Permission.SAMPLE_TAKE);
		SamplingSites.Session session = session(actor, sessionId);
		if (type == null) {
			throw new InvalidInputException("testType", "testing.testType.required");
		}
		UUID id = UUID.randomUUID();
		String barcode = Barcodes.pool();
		Instant now = clock.instant();
		tubes.addPool(id, barcode, session.id(), type, session.site().area(), now, day(now));
		return new Labelled(id, barcode);
	}

	/**
	 * A person's sample: identified by a scanned QR or a typed CCCD, in a session of the caller's area, alone or into
	 * a pool of that session and test type that is neither full nor already at the lab.
	 */
	@Transactional
	Labelled take(Actor actor, String personQr, String cccd, TestType type, UUID sessionId, UUID poolId) {
		actor.require(Permission.SAMPLE_TAKE);
		if (type == null) {
			throw new InvalidInputException("testType", "testing.testType.required");
		}
		SamplingSites.Session session = session(actor, sessionId);
		PersonSummary person = identification.identify(actor, personQr, cccd);
		if (poolId != null) {
			Tube pool = tubes.pool(poolId).orElseThrow(() -> new NotFoundException("testing.pool.unknown"));
			checkPool(pool, session, type, person.id());
		}
		UUID id = UUID.randomUUID();
		String barcode = Barcodes.sample();
		Instant now = clock.instant();
		tubes.addSample(id, barcode, person.id(), person.area(), session.id(), poolId, type, session.site().area(), now, day(now));
		auditLog.record(actor, AuditAction.CREATE, actor.purpose(null), "test-sample",
				List.of(new AuditSubject(person.id(), person.area())));
		return new Labelled(id, barcode);
	}

	/** The label sheet (PDF) of a session of the caller's area. */
	byte[] labels(Actor actor, UUID sessionId) {
		actor.require(Permission.SAMPLE_TAKE);
		return LabelSheet.render(tubes.labels(session(actor, sessionId).id()));
	}

	/** The newest tubes of a session of the caller's area. */
	List<Tubes.Listed> tubes(Actor actor, UUID sessionId) {
		actor.require(Permission.SAMPLE_TAKE);
		return tubes.ofSession(session(actor, sessionId).id(), 200);
	}

	private void checkPool(Tube pool, SamplingSites.Session session, TestType type, UUID personId) {
		if (!pool.siteId().equals(session.site().id()) || !pool.siteArea().equals(session.site().area())) {
			throw new InvalidInputException("poolId", "testing.pool.otherSession");
		}
		if (pool.testType() != type) {
			throw new InvalidInputException("testType", "testing.pool.otherType", pool.testType().name());
		}
		if (pool.received()) {
			throw new ConflictException("poolId", "testing.pool.closed");
		}
		if (pool.members() >= settings.poolSize()) {
			throw new ConflictException("poolId", "testing.pool.full", settings.poolSize());
		}
		if (tubes.inPool(pool.id(), personId)) {
			throw new ConflictException("poolId", "testing.pool.twice");
		}
	}

	private SamplingSites.Session session(Actor actor, UUID sessionId) {
		if (sessionId == null) {
			throw new InvalidInputException("sessionId", "testing.session.required");
		}
		SamplingSites.Session session = sites.session(sessionId).orElseThrow(() -> new NotFoundException("testing.session.unknown"));
		actor.requireCovers(session.site().area());
		return session;
	}

	private static LocalDate day(Instant now) {
		return LocalDate.ofInstant(now, SamplingSiteManagement.VIETNAM);
	}
}
