package vn.pccovid.relief.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.pccovid.registry.PersonSummaries;
import vn.pccovid.registry.PersonSummary;

/**
 * The bank's file of a ward's transfers: one line per payment with the payee's full name (the bank pays a named
 * person; the platform holds no account numbers, the bank matches them). Reads are audited by the caller.
 */
@Component
class BankFiles {

	static final String HEADER = "payment_id,programme_id,period,amount_vnd,full_name,year_of_birth,ward\n";

	private final PersonSummaries summaries;

	BankFiles(PersonSummaries summaries) {
		this.summaries = summaries;
	}

	String csv(List<Payment> payments) {
		StringBuilder csv = new StringBuilder(HEADER);
		for (Payment p : payments) {
			PersonSummary person = summaries.summary(p.citizenId()).orElse(null);
			csv.append(p.id()).append(',').append(p.programmeId()).append(',').append(p.period()).append(',').append(p.amount())
					.append(',').append(quoted(person == null ? "" : person.fullName())).append(',')
					.append(person == null ? "" : person.yearOfBirth()).append(',')
					.append(vn.pccovid.core.AreaCode.parsePath(p.areaPath()).value()).append('\n');
		}
		return csv.toString();
	}

	/** Quoted, with a leading apostrophe before what a spreadsheet would read as a formula. */
	private static String quoted(String text) {
		String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
		return '"' + safe.replace("\"", "\"\"") + '"';
	}
}
