package vn.pccovid.tracing.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.cases.CaseLevel;
import vn.pccovid.cases.CaseSummary;
import vn.pccovid.cases.Cases;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.ConflictException;
import vn.pccovid.core.ForbiddenException;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.KeysetPage;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.Permission;

/**
 * Tracing runs as epidemiologists use them: start one for a case in their area (202, a job), read its contacts
 * with their evidence (audited), confirm or dismiss each. Confirmed F0s get a run of their own automatically.
 */
@Service
class TracingRuns {

	static final int MAX_PAGE = 500;
	private static final int MAX_REASON = 500;

	private final RunRecords runs;
	private final Links links;
	private final Cases cases;
	private final ContactDecisions decisions;
	private final RunWorker worker;
	private final AuditLog audit;
	private final TracingSettings settings;
	private final Clock clock;

	TracingRuns(RunRecords runs, Links links, Cases cases, ContactDecisions decisions, RunWorker worker, AuditLog audit,
			TracingSettings settings, Clock clock) {
		this.runs = runs;
		this.links = links;
		this.cases = cases;
		this.decisions = decisions;
		this.worker = worker;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	/** Queues a run for a case in the caller's area: 404 unknown case, 403 outside the area. */
	@Transactional
	RunRecords.Run request(Actor actor, UUID caseId) {
		actor.require(Permission.TRACING_RUN);
		if (caseId == null) {
			throw new InvalidInputException("caseId", "tracing.field.required", "caseId");
		}
		CaseSummary traced = cases.find(caseId).orElseThrow(() -> {
			audit.recordMissSoon(actor, AuditAction.CREATE, actor.purpose(null), "tracing-run", null);
			return new NotFoundException("tracing.case.notFound");
		});
		if (!actor.scope().covers(traced.ward())) {
			audit.recordMissSoon(actor, AuditAction.CREATE, actor.purpose(null), "tracing-run", traced.ward());
			throw new ForbiddenException("access.area.outside");
		}
		audit.record(actor, AuditAction.CREATE, actor.purpose(null), "tracing-run", List.of(new AuditSubject(traced.person(), traced.ward())));
		return queue(traced, actor.name(), false);
	}

	/** Queues the run of a newly confirmed F0 (the listener's path). */
	@Transactional
	RunRecords.Run automatic(UUID caseId) {
		return cases.find(caseId).map(traced -> queue(traced, "tracing", true)).orElse(null);
	}

	private RunRecords.Run queue(CaseSummary traced, String by, boolean automatic) {
		Instant now = clock.instant();
		LocalDate reference = traced.referenceDate() != null ? traced.referenceDate() : LocalDate.ofInstant(now, ContactFinder.VIETNAM);
		Instant from = reference.atStartOfDay(ContactFinder.VIETNAM).toInstant().minus(settings.lookBack());
		UUID cluster = links.clusterOf(traced.person()).orElse(traced.caseId());
		if (traced.level() != CaseLevel.SUSPECTED) {
			// The graph shows F0/F1/F2; a suspected case traced on demand joins it once confirmed.
			links.link(cluster, traced.person(), null, traced.level().name(), traced.ward(), null, now);
		}
		RunRecords.Run run = new RunRecords.Run(UUID.randomUUID(), traced.caseId(), traced.person(), traced.ward(), cluster,
				"QUEUED", automatic, by, now, null, from, now.plusSeconds(1), null, null, false, null);
		runs.insert(run);
		worker.trigger();
		return run;
	}

	/** A run with a page of its contacts: 404 unknown, 403 outside the area; audited when contacts are shown. */
	@Transactional
	RunViews.RunView view(Actor actor, UUID id, String level, String after, int limit) {
		KeysetPage.checkedLimit(limit, MAX_PAGE);
		String levelFilter = level == null || level.isBlank() ? null : level.strip().toUpperCase(Locale.ROOT);
		if (levelFilter != null && !levelFilter.equals("F1") && !levelFilter.equals("F2")) {
			throw new InvalidInputException("level", "tracing.level.unknown");
		}
		if (after != null && !after.matches("F[12]:[0-9a-fA-F-]{36}")) {
			throw new InvalidInputException("after", "tracing.after.malformed");
		}
		RunRecords.Run run = visible(actor, id, AuditAction.READ);
		List<RunRecords.Contact> rows = runs.contacts(id, levelFilter, after, limit);
		KeysetPage<RunRecords.Contact> page = KeysetPage.of(rows, limit, c -> c.level() + ":" + c.person());
		List<AuditSubject> subjects = new ArrayList<>();
		subjects.add(new AuditSubject(run.person(), run.ward()));
		page.items().forEach(c -> subjects.add(new AuditSubject(c.person(), null)));
		audit.record(actor, AuditAction.READ, actor.purpose(null), "tracing-run", subjects);
		return RunViews.RunView.of(run, page);
	}

	/** Confirms or dismisses a contact: 409 when the run is not done or the contact was decided already. */
	@Transactional
	RunViews.ContactView decide(Actor actor, UUID id, UUID person, String decision, String reason) {
		actor.require(Permission.TRACING_RUN);
		String choice = decision == null ? null : decision.strip().toUpperCase(Locale.ROOT);
		if (!"CONFIRMED".equals(choice) && !"DISMISSED".equals(choice)) {
			throw new InvalidInputException("decision", "tracing.decision.unknown");
		}
		if (reason != null && reason.length() > MAX_REASON) {
			throw new InvalidInputException("reason", "tracing.reason.long", MAX_REASON);
		}
		String why = reason == null || reason.isBlank() ? null
				: java.text.Normalizer.normalize(reason.strip(), java.text.Normalizer.Form.NFC);
		visible(actor, id, AuditAction.UPDATE);
		RunRecords.Run run = runs.findForUpdate(id).orElseThrow();
		if (!"DONE".equals(run.status())) {
			throw new ConflictException("runId", "tracing.run.notDone", run.status());
		}
		RunRecords.Contact contact = runs.contactForUpdate(id, person).orElseThrow(() -> new NotFoundException("tracing.contact.notFound"));
		if (!"PENDING".equals(contact.decision())) {
			throw new ConflictException("decision", "tracing.contact.decided", contact.decision());
		}
		AreaCode ward = run.ward();
		if (choice.equals("CONFIRMED")) {
			decisions.confirm(run, contact, actor.name(), why);
		}
		else {
			decisions.dismiss(run, contact, actor.name(), why);
		}
		audit.record(actor, AuditAction.UPDATE, actor.purpose(null), "tracing-contact", List.of(new AuditSubject(person, null),
				new AuditSubject(run.person(), ward)));
		return RunViews.ContactView.of(runs.contactForUpdate(id, person).orElseThrow());
	}

	/** The runs of a case in the caller's area. */
	@Transactional(readOnly = true)
	List<RunRecords.Run> ofCase(Actor actor, UUID caseId) {
		actor.require(Permission.TRACING_RUN);
		CaseSummary traced = cases.find(caseId).orElseThrow(() -> new NotFoundException("tracing.case.notFound"));
		if (!actor.scope().covers(traced.ward())) {
			audit.recordMissSoon(actor, AuditAction.READ, actor.purpose(null), "tracing-run", traced.ward());
			throw new ForbiddenException("access.area.outside");
		}
		return runs.ofCase(caseId);
	}

	/** Recent runs in the caller's area, for the console. */
	@Transactional(readOnly = true)
	List<RunRecords.Run> recent(Actor actor, int limit) {
		return runs.recent(actor.scope().sqlPrefix(), limit);
	}

	private RunRecords.Run visible(Actor actor, UUID id, AuditAction action) {
		RunRecords.Run run = runs.find(id).orElseThrow(() -> {
			audit.recordMissSoon(actor, action, actor.purpose(null), "tracing-run", null);
			return new NotFoundException("tracing.run.notFound");
		});
		if (!actor.scope().covers(run.ward())) {
			audit.recordMissSoon(actor, action, actor.purpose(null), "tracing-run", run.ward());
			throw new ForbiddenException("access.area.outside");
		}
		return run;
	}
}
