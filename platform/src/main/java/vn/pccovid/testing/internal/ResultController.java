package vn.pccovid.testing.internal;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.Permission;
import vn.pccovid.testing.TestOutcome;

/** Laboratories: receive tubes and record results one by one. */
@RestController
@Tag(name = "Testing")
@Allowed(Permission.RESULT_RECORD)
class ResultController {

	private final LabReceipt receipt;
	private final ResultRecording recording;

	ResultController(LabReceipt receipt, ResultRecording recording) {
		this.receipt = receipt;
		this.recording = recording;
	}

	@PostMapping("/api/v1/testing/samples/{barcode}/receipt")
	@Operation(summary = "The lab received a tube (a sample or a pool)", description = "200 {barcode, pool, members, receivedAt, laboratory}; again: the same answer. 404 unknown barcode, 403 outside the caller's area, 409 for a pool member's own label.")
	LabReceipt.Received receive(Actor actor, @PathVariable String barcode) {
		return receipt.receive(actor, barcode);
	}

	@PostMapping("/api/v1/testing/results")
	@Operation(summary = "Record a result", description = "Body {barcode, result: POSITIVE|NEGATIVE|INVALID, ct?}; 200 {barcode, result, applied, members}. The identical result again: applied=false, nothing sent. 409 not received, pool member, or a different result recorded before; 400 Ct outside (0, 45] or for a rapid test.")
	ResultRecording.Recorded record(Actor actor, @RequestBody(required = false) Request request) {
		if (request == null) {
			throw new InvalidInputException("barcode", "testing.barcode.required");
		}
		return recording.record(actor, request.barcode(), outcome(request.result()), request.ct());
	}

	static TestOutcome outcome(String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException("result", "testing.result.required");
		}
		try {
			return TestOutcome.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("result", "testing.result.unknown");
		}
	}

	/** One result. */
	record Request(String barcode, String result, Double ct) {
	}
}
