package vn.pccovid.relief.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.pccovid.access.Actor;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.Permission;
import vn.pccovid.core.ProblemException;

/**
 * A ward's list proposed from a CSV file: a header naming {@code cccd} (and optionally {@code flags}, occupations the
 * ward attests, separated by {@code ;}), then one person per row. Each row is proposed on its own (its own
 * transaction and audit, the same checks as one proposal), so one refused row leaves the others listed; the report
 * says per row what happened, naming the failed rule.
 */
@Component
class ProposalImports {

	static final int MAX_ROWS = 2_000;

	private final BeneficiaryLists lists;
	private final MessageSource messages;

	ProposalImports(BeneficiaryLists lists, MessageSource messages) {
		this.lists = lists;
		this.messages = messages;
	}

	/**
	 * What became of a file.
	 *
	 * @param rows     data rows read
	 * @param listed   rows proposed now
	 * @param refused  rows not proposed, with the reason
	 */
	record Report(int rows, int listed, List<RowProblem> refused) {
	}

	/**
	 * One refused row.
	 *
	 * @param row     its line number in the file (the header is line 1)
	 * @param status  the HTTP status a single proposal would have answered (422, 409, 404, 403, 400)
	 * @param field   the field or rule at fault ({@code rules.flags}, {@code cccd} …)
	 * @param message why, in the caller's language
	 */
	record RowProblem(int row, int status, String field, String message) {
	}

	Report run(Actor actor, UUID programmeId, String csv) {
		actor.require(Permission.RELIEF_PROPOSE);
		List<String> lines = csv == null ? List.of() : Arrays.stream(csv.replace("\r", "").split("\n"))
				.map(String::strip).toList();
		if (lines.isEmpty() || lines.get(0).isEmpty()) {
			throw new InvalidInputException("file", "relief.import.header");
		}
		List<String> header = Arrays.stream(lines.get(0).replace("\uFEFF", "").split(","))
				.map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
		int cccdColumn = header.indexOf("cccd");
		int flagsColumn = header.indexOf("flags");
		if (cccdColumn < 0) {
			throw new InvalidInputException("file", "relief.import.header");
		}
		if (lines.size() - 1 > MAX_ROWS) {
			throw new InvalidInputException("file", "relief.import.rows", MAX_ROWS);
		}
		int rows = 0;
		int listed = 0;
		List<RowProblem> refused = new ArrayList<>();
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).isEmpty()) {
				continue;
			}
			rows++;
			String[] cells = lines.get(i).split(",", -1);
			try {
				String cccd = cccdColumn < cells.length ? cells[cccdColumn].strip() : "";
				Set<ReliefFlag> flags = flagsColumn >= 0 && flagsColumn < cells.length ? flags(cells[flagsColumn]) : Set.of();
				if (!flags.isEmpty()) {
					lists.attest(actor, cccd, flags);
				}
				lists.propose(actor, programmeId, cccd);
				listed++;
			}
			catch (ProblemException e) {
				refused.add(new RowProblem(i + 1, e.status().value(), e.field(),
						messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale())));
			}
		}
		return new Report(rows, listed, refused);
	}

	private static Set<ReliefFlag> flags(String cell) {
		Set<ReliefFlag> flags = EnumSet.noneOf(ReliefFlag.class);
		for (String flag : cell.split("[;|]")) {
			if (!flag.isBlank()) {
				try {
					flags.add(ReliefFlag.valueOf(flag.strip().toUpperCase(Locale.ROOT)));
				}
				catch (IllegalArgumentException e) {
					throw new InvalidInputException("flags", "relief.programme.value", flag.strip().length() > 30 ? "…" : flag.strip());
				}
			}
		}
		return flags;
	}
}
