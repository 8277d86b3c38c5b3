package vn.pccovid.movement.internal;

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

/** Draws a permit QR as a PNG (ZXing, error correction M, 4-module quiet zone). */
final class PermitImages {

	private PermitImages() {
	}

	static byte[] png(String payload, int size) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, size, size,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
			ImageIO.write(MatrixToImageWriter.toBufferedImage(matrix), "png", out);
			return out.toByteArray();
		}
		catch (WriterException e) {
			throw new IllegalStateException("permit QR too long for a QR code", e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
