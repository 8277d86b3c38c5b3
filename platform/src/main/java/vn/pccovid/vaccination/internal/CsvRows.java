package vn.pccovid.vaccination.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader for the module's uploads: comma-separated, double-quoted fields with doubled quotes,
 * a header line first, a UTF-8 byte-order mark ignored. Each record keeps its line number for the report.
 */
final class CsvRows {

	private CsvRows() {
	}

	/**
	 * One record.
	 *
	 * @param line   1-based line number where it starts
	 * @param fields its fields
	 */
	record Row(int line, List<String> fields) {

		String get(List<String> header, String column) {
			int index = header.indexOf(column);
			return index < 0 || index >= fields.size() ? null : fields.get(index).strip();
		}
	}

	static List<Row> read(String text) {
		String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<Row> rows = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int start = 1;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
					i++;
				}
				fields.add(field.toString());
				field.setLength(0);
				if (!(fields.size() == 1 && fields.get(0).isBlank())) {
					rows.add(new Row(start, List.copyOf(fields)));
				}
				fields.clear();
				line++;
				start = line;
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		if (!(fields.size() == 1 && fields.get(0).isBlank())) {
			rows.add(new Row(start, List.copyOf(fields)));
		}
		return rows;
	}
}
