package vn.pccovid.registry.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into PostgreSQL with {@code COPY … FROM STDIN} in text format, escaping as the format requires and
 * sending in 256 KB chunks. Runs on the caller's connection, so it joins the caller's transaction.
 */
public final class CopyWriter implements AutoCloseable {

	private static final int CHUNK = 256 * 1024;

	private final CopyIn copy;
	private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);
	private long rows;
	private boolean firstField = true;

	/** Starts {@code COPY table (columns) FROM STDIN} on the connection. */
	public CopyWriter(Connection connection, String table, String columns) throws SQLException {
		this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
				.copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
	}

	/** Appends one field of the current row; {@code null} is SQL NULL. */
	public CopyWriter field(Object value) {
		if (!firstField) {
			buffer.append('\t');
		}
		firstField = false;
		if (value == null) {
			buffer.append("\\N");
			return this;
		}
		String text = value.toString();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> buffer.append("\\\\");
				case '\t' -> buffer.append("\\t");
				case '\n' -> buffer.append("\\n");
				case '\r' -> buffer.append("\\r");
				default -> buffer.append(c);
			}
		}
		return this;
	}

	/** Ends the current row. */
	public void endRow() throws SQLException {
		buffer.append('\n');
		firstField = true;
		rows++;
		if (buffer.length() >= CHUNK) {
			flush();
		}
	}

	public long rows() {
		return rows;
	}

	/** Sends what is buffered and ends the COPY; answers the rows the server took. */
	public long finish() throws SQLException {
		flush();
		return copy.endCopy();
	}

	private void flush() throws SQLException {
		if (buffer.length() > 0) {
			byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
			copy.writeToCopy(bytes, 0, bytes.length);
			buffer.setLength(0);
		}
	}

	/** Cancels the COPY if it was not finished (the transaction then fails). */
	@Override
	public void close() throws SQLException {
		if (copy.isActive()) {
			copy.cancelCopy();
		}
	}
}
