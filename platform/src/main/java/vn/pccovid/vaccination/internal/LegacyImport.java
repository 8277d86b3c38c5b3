package vn.pccovid.vaccination.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.ProblemException;
import vn.pccovid.core.VietnameseText;
import vn.pccovid.registry.Citizen;
import vn.pccovid.registry.CitizenSearch;
import vn.pccovid.registry.Citizens;
import vn.pccovid.registry.PersonSummaries;
import vn.pccovid.registry.PersonSummary;
import vn.pccovid.vaccination.AdministeredDose;
import vn.pccovid.vaccination.DoseAdministered;

/**
 * Vaccination records from the old platform (CSV): each row matched to a citizen by CCCD (the name must agree),
 * else by name + date of birth + ward (through the registry's search, within the caller's scope); a row that
 * matches nobody or more than one person is reported for correction, never guessed. A matched row's dose is stored
 * (source {@code LEGACY}, no interval rules: it is history) and {@link DoseAdministered} published, each row in its
 * own transaction, so one bad row never undoes the others. Columns: {@code cccd, full_name, date_of_birth,
 * ward_code, product, lot, dose_number, administered_on, site}.
 */
@Service
class LegacyImport {

	static final int MAX_ROWS = 5_000;
	static final List<String> COLUMNS = List.of("cccd", "full_name", "date_of_birth", "ward_code", "product", "lot",
			"dose_number", "administered_on", "site");

	private final PersonSummaries summaries;
	private final Citizens citizens;
	private final Products products;
	private final Doses doses;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final TransactionTemplate transactions;
	private final MessageSource messages;
	private final Clock clock;

	LegacyImport(PersonSummaries summaries, Citizens citizens, Products products, Doses doses, ApplicationEventPublisher events,
			AuditLog audit, TransactionTemplate transactions, MessageSource messages, Clock clock) {
		this.summaries = summaries;
		this.citizens = citizens;
		this.products = products;
		this.doses = doses;
		this.events = events;
		this.audit = audit;
		this.transactions = transactions;
		this.messages = messages;
		this.clock = clock;
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
			RowReport.Line line = one(actor, header, row);
			counts.merge(line.status(), 1, Integer::sum);
			if (!"IMPORTED".equals(line.status())) {
				report.add(line);
			}
			progress.accept(counts, counts.values().stream().mapToInt(Integer::intValue).sum());
		}
		return new RowReport(rows.size() - 1, counts, report);
	}

	private RowReport.Line one(Actor actor, List<String> header, CsvRows.Row row) {
		try {
			return transactions.execute(status -> importRow(actor, header, row));
		}
		catch (ProblemException e) {
			return new RowReport.Line(row.line(), "INVALID", e.field(), e.localizedMessage(messages));
		}
	}

	private RowReport.Line importRow(Actor actor, List<String> header, CsvRows.Row row) {
		String cccd = row.get(header, "cccd");
		String name = row.get(header, "full_name");
		LocalDate born = Uploads.date(row.get(header, "date_of_birth"), "date_of_birth", true);
		String ward = row.get(header, "ward_code");
		DoseRules rules = products.rules();
		Product product;
		try {
			product = rules.product(row.get(header, "product"));
		}
		catch (InvalidInputException e) {
			throw new InvalidInputException("product", "vaccination.product.unknown", String.join(", ", products.all().keySet()));
		}
		String lot = Uploads.required(row.get(header, "lot"), "lot");
		int number = Uploads.number(row.get(header, "dose_number"), "dose_number");
		LocalDate on = Uploads.date(row.get(header, "administered_on"), "administered_on", false);
		if (on.isAfter(LocalDate.now(clock))) {
			throw new InvalidInputException("administered_on", "vaccination.upload.future");
		}
		String site = Uploads.required(row.get(header, "site"), "site");
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("full_name", "vaccination.upload.required", "full_name");
		}
		String purpose = actor.purpose(null);
		List<PersonSummary> matches = match(actor, cccd, name, born, ward, purpose);
		if (matches.size() != 1) {
			String status = matches.isEmpty() ? "UNMATCHED" : "AMBIGUOUS";
			return new RowReport.Line(row.line(), status, null, text("vaccination.legacy." + status.toLowerCase(Locale.ROOT), matches.size()));
		}
		PersonSummary person = matches.get(0);
		AdministeredDose dose = new AdministeredDose(UUID.randomUUID(), product.code(), lot, number, product.seriesDoses(), on, site);
		if (!doses.insert(person.id(), person.area(), person.yearOfBirth(), dose, null, "legacy", "LEGACY", clock.instant())) {
			return new RowReport.Line(row.line(), "DUPLICATE", "dose_number", text("vaccination.dose.recorded"));
		}
		events.publishEvent(new DoseAdministered(person.id(), person.area(), dose));
		audit.record(actor, AuditAction.IMPORT, purpose, "vaccination legacy record", List.of(new AuditSubject(person.id(), person.area())));
		return new RowReport.Line(row.line(), "IMPORTED", null, null);
	}

	/** By CCCD when given (and the name agrees), else by name + date of birth + ward; every candidate, never a guess. */
	private List<PersonSummary> match(Actor actor, String cccd, String name, LocalDate born, String ward, String purpose) {
		String folded = VietnameseText.fold(name);
		if (cccd != null && !cccd.isBlank()) {
			if (!cccd.matches("\\d{12}")) {
				throw new InvalidInputException("cccd", "vaccination.person.cccd");
			}
			return summaries.byCccd(cccd).filter(p -> VietnameseText.fold(p.fullName()).equals(folded) && p.dateOfBirth().equals(born))
					.map(List::of).orElse(List.of());
		}
		if (ward == null || !ward.matches("\\d{5}")) {
			throw new InvalidInputException("ward_code", "vaccination.site.ward");
		}
		List<PersonSummary> found = new ArrayList<>();
		for (Citizen citizen : citizens.search(actor, new CitizenSearch(name, ward, null, CitizenSearch.MAX_LIMIT), purpose).items()) {
			if (citizen.dateOfBirth().equals(born) && VietnameseText.fold(citizen.fullName()).equals(folded)) {
				summaries.summary(citizen.id().value()).ifPresent(found::add);
			}
		}
		return found;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
