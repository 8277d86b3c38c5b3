package vn.pccovid.registry.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.registry.CccdCard;
import vn.pccovid.registry.CccdQr;

/** Reads the QR code of a chip CCCD card into validated fields; stores nothing. */
@RestController
@Tag(name = "Registry")
class CccdQrController {

	private final CitizenRules rules;
	private final Clock clock;

	CccdQrController(CitizenRules rules, Clock clock) {
		this.rules = rules;
		this.clock = clock;
	}

	@PostMapping("/api/v1/registry/cccd-qr/parse")
	@Allowed(area = AreaRule.PUBLIC)
	@Operation(summary = "Parse and validate the QR of a chip CCCD card",
			description = "CCCD|CMND|Full name|ddMMyyyy|Nam/Nữ|address|ddMMyyyy; every defect is a 400 on field qr saying which part is wrong.")
	CccdCard parse(@RequestBody Request request) {
		return CccdQr.parse(request == null ? null : request.qr(), rules::isProvince, LocalDate.now(clock));
	}

	/** The scanned text. */
	record Request(String qr) {
	}
}
