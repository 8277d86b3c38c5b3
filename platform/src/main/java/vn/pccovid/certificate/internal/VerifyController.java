package vn.pccovid.certificate.internal;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.certificate.HcertVerification;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.Permission;

/** Verification of HCERTs (ours and foreign) and the verifier's scan of a COVID card or HCERT. */
@RestController
@Tag(name = "Certificates")
@Allowed(value = Permission.CERTIFICATE_VERIFY, area = AreaRule.ANY_AREA)
class VerifyController {

	private final Certificates certificates;
	private final CertificateScans scans;
	private final AuditLog audit;

	VerifyController(Certificates certificates, CertificateScans scans, AuditLog audit) {
		this.certificates = certificates;
		this.scans = scans;
		this.audit = audit;
	}

	@PostMapping("/api/v1/certificates/verify")
	@Operation(summary = "Verify an EU DCC (HCERT) QR content",
			description = "{valid, reason, kind, payload}. reason is ok, or the first failed check: prefix, base45, zlib, cose, unknown_kid, signature, alg, key_usage, expired, not_yet_valid. payload (the DCC) only once the signature verified. Audited.")
	HcertVerification verify(Actor actor, @RequestBody(required = false) VerifyRequest request,
			@RequestParam(required = false) String purpose) {
		if (request == null || request.hc1() == null || request.hc1().isBlank()) {
			throw new InvalidInputException("hc1", "certificate.hc1.required");
		}
		String chosen = actor.purpose(purpose);
		HcertVerification result = certificates.verify(request.hc1());
		audit.recordMissSoon(actor, AuditAction.VERIFY, chosen, "certificate", null);
		return result;
	}

	@PostMapping("/api/v1/certificates/scan")
	@Operation(summary = "The verifier's scan: a COVID card QR (PCC1:) or an HCERT (HC1:)",
			description = "{valid, reason, source, colour, name, dateOfBirth} — colour, name and date of birth only. Every scan is audited.")
	CertificateScans.Scan scan(Actor actor, @RequestBody(required = false) ScanRequest request,
			@RequestParam(required = false) String purpose) {
		if (request == null || request.payload() == null || request.payload().isBlank()) {
			throw new InvalidInputException("payload", "certificate.payload.required");
		}
		return scans.scan(actor, request.payload(), purpose);
	}

	/** The QR content to verify. */
	record VerifyRequest(String hc1) {
	}

	/** The scanned text. */
	record ScanRequest(String payload) {
	}
}
