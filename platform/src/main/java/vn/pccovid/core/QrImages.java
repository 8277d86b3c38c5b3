package vn.pccovid.core;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Draws a payload as a QR code with ZXing: a 4-module quiet zone, error correction M unless the caller's format asks
 * for another level (the EU DCC asks for Q). A payload too long for any QR version is an {@link IllegalStateException}:
 * the modules sign payloads of bounded length, so it is a bug, not bad input.
 */
public final class QrImages {

	private QrImages() {
	}

	/** The QR as an image {@code size} pixels square, error correction M. */
	public static BufferedImage image(String payload, int size) {
		return image(payload, size, ErrorCorrectionLevel.M);
	}

	/** The QR as an image {@code size} pixels square, with this error correction level. */
	public static BufferedImage image(String payload, int size, ErrorCorrectionLevel level) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, size, size,
					Map.of(EncodeHintType.ERROR_CORRECTION, level, EncodeHintType.MARGIN, 4));
			return MatrixToImageWriter.toBufferedImage(matrix);
		}
		catch (WriterException e) {
			throw new IllegalStateException("payload too long for a QR code", e);
		}
	}

	/** The QR as a PNG {@code size} pixels square, error correction M. */
	public static byte[] png(String payload, int size) {
		return png(payload, size, ErrorCorrectionLevel.M);
	}

	/** The QR as a PNG {@code size} pixels square, with this error correction level. */
	public static byte[] png(String payload, int size, ErrorCorrectionLevel level) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image(payload, size, level), "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
