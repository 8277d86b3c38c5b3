package vn.pccovid.certificate.internal;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/** zlib (RFC 1950) as the DCC uses it, with a cap on the inflated size so that a crafted QR cannot blow up memory. */
final class Zlib {

	/** Far above any DCC (a few hundred bytes); a QR holds at most ~4 KB. */
	static final int MAX_INFLATED = 64 * 1024;

	private Zlib() {
	}

	static byte[] deflate(byte[] data) {
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
		try {
			deflater.setInput(data);
			deflater.finish();
			ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
			byte[] buffer = new byte[1024];
			while (!deflater.finished()) {
				out.write(buffer, 0, deflater.deflate(buffer));
			}
			return out.toByteArray();
		}
		finally {
			deflater.end();
		}
	}

	/** The inflated bytes; {@code null} when the input is not a complete zlib stream (or inflates past the cap). */
	static byte[] inflate(byte[] data) {
		if (data.length < 2 || (data[0] & 0x0F) != 8 || ((data[0] & 0xFF) << 8 | (data[1] & 0xFF)) % 31 != 0) {
			return null; // no zlib header (CMF deflate, FCHECK): e.g. an uncompressed COSE
		}
		Inflater inflater = new Inflater();
		try {
			inflater.setInput(data);
			ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 2);
			byte[] buffer = new byte[2048];
			while (!inflater.finished()) {
				int n = inflater.inflate(buffer);
				if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
					return null; // truncated
				}
				out.write(buffer, 0, n);
				if (out.size() > MAX_INFLATED) {
					return null;
				}
			}
			return out.toByteArray();
		}
		catch (DataFormatException e) {
			return null;
		}
		finally {
			inflater.end();
		}
	}
}
