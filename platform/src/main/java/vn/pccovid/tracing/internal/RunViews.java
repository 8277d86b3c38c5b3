package vn.pccovid.tracing.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import vn.pccovid.core.KeysetPage;

/** The shapes the tracing API answers with. */
final class RunViews {

	private RunViews() {
	}

	/**
	 * A run: its status (QUEUED, RUNNING, DONE, FAILED), window, counts and a page of contacts (F1 first).
	 *
	 * @param next the key of the next page of contacts ({@code after}), or null
	 */
	record RunView(UUID id, UUID caseId, UUID personId, UUID clusterId, String wardCode, String status, boolean automatic,
			String requestedBy, Instant requestedAt, Instant finishedAt, Instant windowFrom, Instant windowTo, Integer f1Count,
			Integer f2Count, boolean f2Truncated, List<ContactView> contacts, Object next) {

		static RunView of(RunRecords.Run run, KeysetPage<RunRecords.Contact> page) {
			return new RunView(run.id(), run.caseId(), run.person(), run.clusterId(), run.ward().value(), run.status(),
					run.automatic(), run.requestedBy(), run.requestedAt(), run.finishedAt(), run.windowFrom(), run.windowTo(),
					run.f1Count(), run.f2Count(), run.f2Truncated(), page.items().stream().map(ContactView::of).toList(), page.next());
		}
	}

	/**
	 * One contact with its evidence and the decision on it (PENDING, CONFIRMED, DISMISSED).
	 *
	 * @param evidenceCount how many paths were found; {@code evidence} keeps the first few
	 * @param caseId        the contact's case once confirmed
	 */
	record ContactView(UUID personId, String level, UUID via, Instant firstContact, List<Evidence> evidence, int evidenceCount,
			String decision, String decidedBy, Instant decidedAt, String reason, UUID caseId) {

		static ContactView of(RunRecords.Contact c) {
			return new ContactView(c.person(), c.level(), c.via(), c.firstContact(), c.evidence(), c.evidenceCount(),
					c.decision(), c.decidedBy(), c.decidedAt(), c.reason(), c.caseId());
		}
	}
}
