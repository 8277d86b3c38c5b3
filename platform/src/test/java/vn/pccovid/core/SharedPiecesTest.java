package vn.pccovid.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** The shared pieces in core that modules used to copy: CSV reader, key files, QR images, PDF pages. */
class SharedPiecesTest {

	@TempDir
	Path dir;

	@Test
	void csvReadsQuotedFieldsLineBreaksCrLfAndBomAndCountsLines() {
		CsvReader csv = new CsvReader("\uFEFFa,b\r\n\"x, \"\"y\"\"\",\"two\nlines\"\nlast,");
		assertThat(csv.next()).containsExactly("a", "b");
		assertThat(csv.line()).isEqualTo(2);
		assertThat(csv.next()).containsExactly("x, \"y\"", "two\nlines");
		assertThat(csv.line()).isEqualTo(4);
		assertThat(csv.next()).containsExactly("last", "");
		assertThat(csv.hasNext()).isFalse();
		assertThatThrownBy(() -> new CsvReader("\"open").next()).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void keyFilesAreWrittenPrivatelyKeptUnlessReplacedAndListedBySuffix() throws Exception {
		KeyFiles files = new KeyFiles(dir.resolve("keys").resolve("module"));
		files.write("k1.pub", "AAAA", false);
		files.write("k1.pub", "BBBB", false);
		files.write("k2.pub", "CCCC", true);
		files.write("k2.key", "DDDD", true);
		files.write(KeyFiles.CURRENT, "k2", true);
		assertThat(files.read("k1.pub")).contains("AAAA");
		assertThat(files.names(".pub")).containsExactlyInAnyOrder("k1", "k2");
		assertThat(files.read(KeyFiles.CURRENT)).contains("k2");
		// a set of permissions: its order differs between runs, its content must not
		assertThat(Files.getPosixFilePermissions(files.dir().resolve("k2.key")))
				.containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
		files.delete("k1.pub");
		assertThat(files.read("k1.pub")).isEmpty();
	}

	@Test
	void qrImagesDecodeToTheirPayload() throws Exception {
		for (ErrorCorrectionLevel level : List.of(ErrorCorrectionLevel.M, ErrorCorrectionLevel.Q)) {
			byte[] png = QrImages.png("HC1:6BFOXN*TS0BI$ZD", 300, level);
			var image = ImageIO.read(new ByteArrayInputStream(png));
			assertThat(image.getWidth()).isEqualTo(300);
			var decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
					Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE));
			assertThat(decoded.getText()).isEqualTo("HC1:6BFOXN*TS0BI$ZD");
			assertThat(decoded.getResultMetadata().get(com.google.zxing.ResultMetadataType.ERROR_CORRECTION_LEVEL))
					.isEqualTo(level.name());
		}
	}

	@Test
	void pdfPagesHaveThePageSizeAndTheVietnameseText() throws Exception {
		byte[] pdf = PdfPages.render(PDRectangle.A6, "test card", page -> {
			page.centered(12, "Nguyễn Thị Ánh", page.height() - 40);
			page.image(QrImages.image("x", 200), 20, 20, 100, 100);
		});
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A6.getWidth());
			assertThat(new PDFTextStripper().getText(document)).contains("Nguyễn Thị Ánh");
		}
	}
}
