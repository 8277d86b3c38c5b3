package vn.pccovid.checkin.internal;

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
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** Draws a venue QR (ZXing, error correction Q so a worn or partly covered poster still reads, 4-module quiet zone). */
final class PosterImages {

	private PosterImages() {
	}

	static BufferedImage qr(String payload, int size) {
		try {
			return MatrixToImageWriter.toBufferedImage(new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, size, size,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.Q, EncodeHintType.MARGIN, 4)));
		}
		catch (WriterException e) {
			throw new IllegalStateException("venue QR too long", e);
		}
	}

	static byte[] png(String payload, int size) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(qr(payload, size), "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
