package vn.pccovid.certificate.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import vn.pccovid.certificate.IssuedCertificate;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.PdfPages;
import vn.pccovid.core.QrImages;
import vn.pccovid.registry.PersonSummaries;
import vn.pccovid.registry.PersonSummary;

/**
 * A certificate as an A5 PDF: the HCERT QR, the holder's name and date of birth, kind and validity, in Vietnamese and
 * English, with the platform's embedded DejaVu Sans ({@link PdfPages}).
 */
@Component
class CertificatePdf {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final PersonSummaries people;

	CertificatePdf(PersonSummaries people) {
		this.people = people;
	}

	/** The holder's certificate as a PDF attachment, never cached (the page's and the API's download alike). */
	ResponseEntity<byte[]> download(IssuedCertificate certificate, UUID holder) {
		PersonSummary person = people.summary(holder).orElseThrow(() -> new NotFoundException("certificate.person.notFound"));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
				.header("Content-Disposition", ContentDisposition.attachment()
						.filename("certificate-" + certificate.kind().name().toLowerCase() + ".pdf").build().toString())
				.body(render(certificate, person.fullName(), person.dateOfBirth().toString()));
	}

	byte[] render(IssuedCertificate certificate, String fullName, String dateOfBirth) {
		return PdfPages.render(PDRectangle.A5, "certificate", page -> {
			float width = page.width();
			float height = page.height();
			float qrSize = width - 80;
			page.centered(14, "Chứng nhận COVID-19 · EU Digital COVID Certificate", height - 36);
			page.centered(11, title(certificate), height - 54);
			page.image(QrImages.image(certificate.hc1(), 800, ErrorCorrectionLevel.Q), 40, height - 70 - qrSize, qrSize, qrSize);
			float y = height - 92 - qrSize;
			page.centered(13, fullName, y);
			page.centered(10, "Ngày sinh / Date of birth: " + dateOfBirth, y - 18);
			page.centered(9, "Cấp / Issued " + DATE.format(certificate.issuedAt().atZone(VIETNAM))
					+ " · Hết hạn / Expires " + DATE.format(certificate.expiresAt().atZone(VIETNAM)), y - 34);
			page.centered(8, "Bộ Y tế Việt Nam · Ministry of Health of Viet Nam", y - 50);
		});
	}

	private static String title(IssuedCertificate certificate) {
		return switch (certificate.kind()) {
			case VACCINATION -> "Tiêm chủng / Vaccination";
			case TEST -> "Xét nghiệm âm tính / Negative test";
			case RECOVERY -> "Khỏi bệnh / Recovery";
		};
	}
}
