package vn.pccovid.relief.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaLevel;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.Permission;
import vn.pccovid.core.Problems;
import vn.pccovid.geo.Area;
import vn.pccovid.geo.Areas;

/** Payments: recorded once per programme, payee and period; a repeat is a 409 carrying the earlier payment. */
@RestController
@Tag(name = "Relief")
class PaymentController {

	private final PaymentDesk desk;
	private final BankFiles bankFiles;
	private final Areas areas;
	private final MessageSource messages;

	PaymentController(PaymentDesk desk, BankFiles bankFiles, Areas areas, MessageSource messages) {
		this.desk = desk;
		this.bankFiles = bankFiles;
		this.areas = areas;
		this.messages = messages;
	}

	@PostMapping("/api/v1/relief/payments")
	@Allowed(Permission.RELIEF_PAY)
	@Operation(summary = "Record a payment {programmeId, cccd, period, method: CASH|BANK|EWALLET}",
			description = "201 with the payment; 409 (type urn:pccovid:problem:already-paid) with earlierPayment when the person or household was paid for that period already, anywhere; 404 when not on the approved list.")
	ResponseEntity<?> pay(Actor actor, @RequestBody(required = false) PaymentDesk.PaymentRequest request) {
		PaymentDesk.Outcome outcome = desk.pay(actor, request);
		if (outcome.recorded()) {
			return ResponseEntity.created(URI.create("/api/v1/relief/payments/" + outcome.payment().id()))
					.body(PaymentView.of(outcome.payment()));
		}
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
		problem.setType(Problems.type("already-paid"));
		problem.setTitle(messages.getMessage("relief.payment.already.title", null, LocaleContextHolder.getLocale()));
		String detail = messages.getMessage("relief.payment.already", new Object[] { outcome.payment().period(),
				outcome.payment().paidAt().toString() }, LocaleContextHolder.getLocale());
		problem.setDetail(detail);
		problem.setProperty("field", "cccd");
		problem.setProperty("errors", java.util.List.of(Map.of("field", "cccd", "message", detail)));
		problem.setProperty("earlierPayment", PaymentView.of(outcome.payment()));
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@GetMapping(value = "/api/v1/relief/programmes/{id}/bank-export", produces = "text/csv")
	@Allowed(Permission.RELIEF_PAY)
	@Operation(summary = "The ward's bank-transfer payments (optionally of one period) as a CSV file for the bank; audited per payee")
	ResponseEntity<byte[]> bankExport(Actor actor, @PathVariable UUID id, @RequestParam String ward,
			@RequestParam(required = false) String period) {
		Area area = areas.get(ward.strip(), "ward");
		if (area.level() != AreaLevel.WARD) {
			throw new InvalidInputException("ward", "relief.public.ward");
		}
		String csv = bankFiles.csv(desk.bankTransfers(actor, id, area.code(), period));
		return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"relief-" + id + "-" + area.code().value() + ".csv\"")
				.header(HttpHeaders.CACHE_CONTROL, "no-store")
				.body(csv.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A payment as the API shows it.
	 *
	 * @param id          its id
	 * @param programmeId the programme
	 * @param personId    who received it
	 * @param period      month paid for
	 * @param amount      VND
	 * @param method      how
	 * @param ward        the beneficiary's ward
	 * @param paidBy      the cashier's account
	 * @param paidAt      when
	 */
	record PaymentView(UUID id, UUID programmeId, UUID personId, String period, long amount, PaymentMethod method, String ward,
			String paidBy, Instant paidAt) {

		static PaymentView of(Payment p) {
			return new PaymentView(p.id(), p.programmeId(), p.citizenId(), p.period(), p.amount(), p.method(),
					vn.pccovid.core.AreaCode.parsePath(p.areaPath()).value(), p.paidBy(), p.paidAt());
		}
	}

}
