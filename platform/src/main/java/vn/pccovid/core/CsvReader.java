package vn.pccovid.core;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader for the modules' CSV uploads: comma-separated, fields optionally in double quotes (a
 * doubled quote inside is one quote, and quoted fields may hold commas and line breaks), lines ending in LF or CRLF,
 * a leading UTF-8 BOM ignored. One reader, one pass over the text; not thread-safe.
 */
public final class CsvReader {

	private final String text;
	private int position;
	private int line = 1;

	/** A reader over the whole text of a file. */
	public CsvReader(String text) {
		this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	/** The line number (1-based) where the next record starts. */
	public int line() {
		return line;
	}

	/** Whether another record follows. */
	public boolean hasNext() {
		return position < text.length();
	}

	/** The next record's fields; an unterminated quote is an {@link IllegalArgumentException}. */
	public List<String> next() {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean wasQuoted = false;
		while (position < text.length()) {
			char c = text.charAt(position++);
			if (quoted) {
				if (c == '"') {
					if (position < text.length() && text.charAt(position) == '"') {
						field.append('"');
						position++;
					}
					else {
						quoted = false;
					}
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty() && !wasQuoted) {
				quoted = true;
				wasQuoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
				wasQuoted = false;
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
					position++;
				}
				line++;
				fields.add(field.toString());
				return fields;
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			throw new IllegalArgumentException("unterminated quote");
		}
		fields.add(field.toString());
		return fields;
	}
}
