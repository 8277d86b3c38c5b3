package vn.pccovid.vaccination.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.Permission;

/** Vaccine stock of a site: receipts, write-offs, transfers and balances per lot. */
@RestController
@Tag(name = "Vaccination")
@Allowed(value = Permission.VACCINE_STOCK_MANAGE, area = AreaRule.CALLER_SCOPE)
class StockController {

	private final StockKeeping stock;

	StockController(StockKeeping stock) {
		this.stock = stock;
	}

	@PostMapping("/api/v1/vaccination/sites/{id}/stock/receipts")
	@Operation(summary = "Receive doses of a lot (a new lot, or more of one with the same expiry)")
	ResponseEntity<StockLot> receive(Actor actor, @PathVariable UUID id, @RequestBody(required = false) Receipt body) {
		Receipt receipt = body == null ? new Receipt(null, null, null, null) : body;
		StockLot lot = stock.receive(actor, id, receipt.product(), receipt.lot(), receipt.doses(), receipt.expiresOn());
		return ResponseEntity.created(URI.create("/api/v1/vaccination/sites/" + id + "/stock")).body(lot);
	}

	@PostMapping("/api/v1/vaccination/sites/{id}/stock/waste")
	@Operation(summary = "Write off doses of a lot (broken vial, cold chain, expiry); 409 when the lot holds fewer")
	StockLot waste(Actor actor, @PathVariable UUID id, @RequestBody(required = false) Waste body) {
		Waste waste = body == null ? new Waste(null, null, null, null) : body;
		return stock.waste(actor, id, waste.product(), waste.lot(), waste.doses(), waste.reason());
	}

	@PostMapping("/api/v1/vaccination/sites/{id}/stock/transfers")
	@Operation(summary = "Send doses of a lot to another site of the caller's scope; 409 when the lot holds fewer")
	StockLot transfer(Actor actor, @PathVariable UUID id, @RequestBody(required = false) Transfer body) {
		Transfer transfer = body == null ? new Transfer(null, null, null, null) : body;
		return stock.transfer(actor, id, transfer.toSiteId(), transfer.product(), transfer.lot(), transfer.doses());
	}

	@GetMapping("/api/v1/vaccination/sites/{id}/stock")
	@Operation(summary = "Balances per lot: received, given, wasted, transferred, vials opened, expiry")
	List<StockLot> balances(Actor actor, @PathVariable UUID id) {
		return stock.balances(actor, id);
	}

	/** Doses received. */
	record Receipt(String product, String lot, Integer doses, LocalDate expiresOn) {
	}

	/** Doses written off. */
	record Waste(String product, String lot, Integer doses, String reason) {
	}

	/** Doses sent to another site. */
	record Transfer(UUID toSiteId, String product, String lot, Integer doses) {
	}
}
