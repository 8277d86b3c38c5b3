package vn.pccovid.vaccination.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.pccovid.access.Actor;
import vn.pccovid.core.ProblemException;
import vn.pccovid.registry.IdentityCheck;
import vn.pccovid.registry.IdentityClaim;
import vn.pccovid.registry.IdentityVerification;
import vn.pccovid.registry.PersonSummaries;
import vn.pccovid.registry.PersonSummary;

/**
 * An organisation registers its list of people (CSV: {@code cccd, full_name, date_of_birth, priority_group}): each
 * row's identity verified against the registry ({@link IdentityVerification}, so an unverified row is reported,
 * never registered), then registered through the {@code LIST} channel, each row in its own transaction.
 */
@Service
class OrganisationLists {

	static final int MAX_ROWS = 5_000;
	static final List<String> COLUMNS = List.of("cccd", "full_name", "date_of_birth", "priority_group");

	private final IdentityVerification verification;
	private final PersonSummaries summaries;
	private final Registering registering;
	private final TransactionTemplate transactions;
	private final MessageSource messages;

	OrganisationLists(IdentityVerification verification, PersonSummaries summaries, Registering registering,
			TransactionTemplate transactions, MessageSource messages) {
		this.verification = verification;
		this.summaries = summaries;
		this.registering = registering;
		this.transactions = transactions;
		this.messages = messages;
	}

	RowReport run(Actor actor, String csv) {
		return run(actor, csv, (counts, processed) -> { });
	}

	/** The same, telling {@code progress} the counts after each row (a background job shows them). */
	RowReport run(Actor actor, String csv, java.util.function.ObjIntConsumer<Map<String, Integer>> progress) {
		List<CsvRows.Row> rows = Uploads.rows(csv, COLUMNS, MAX_ROWS);
		List<String> header = rows.get(0).fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
		Map<String, Integer> counts = new LinkedHashMap<>();
		List<RowReport.Line> report = new ArrayList<>();
		for (CsvRows.Row row : rows.subList(1, rows.size())) {
			RowReport.Line line;
			try {
				line = transactions.execute(status -> one(actor, header, row));
			}
			catch (ProblemException e) {
				line = new RowReport.Line(row.line(), "INVALID", e.field(), e.localizedMessage(messages));
			}
			counts.merge(line.status(), 1, Integer::sum);
			if (!"REGISTERED".equals(line.status())) {
				report.add(line);
			}
			progress.accept(counts, counts.values().stream().mapToInt(Integer::intValue).sum());
		}
		return new RowReport(rows.size() - 1, counts, report);
	}

	private RowReport.Line one(Actor actor, List<String> header, CsvRows.Row row) {
		String cccd = row.get(header, "cccd");
		String name = Uploads.required(row.get(header, "full_name"), "full_name");
		IdentityCheck check = verification.verify(actor, new IdentityClaim(cccd, name,
				Uploads.date(row.get(header, "date_of_birth"), "date_of_birth", true)));
		PersonSummary person = check.match() ? summaries.byCccd(cccd).orElse(null) : null;
		if (person == null) {
			return new RowReport.Line(row.line(), "NOT_VERIFIED", "cccd",
					messages.getMessage("vaccination.list.not-verified", null, LocaleContextHolder.getLocale()));
		}
		String group = row.get(header, "priority_group");
		Registration registration = registering.register(person, group == null || group.isBlank() ? null : group, "LIST", actor.name());
		return registration.created() ? new RowReport.Line(row.line(), "REGISTERED", null, null)
				: new RowReport.Line(row.line(), "DUPLICATE", null,
						messages.getMessage("vaccination.list.already", null, LocaleContextHolder.getLocale()));
	}
}
