package vn.pccovid.vaccination.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.core.ConflictException;
import vn.pccovid.core.InvalidInputException;

/** Receipts, write-offs and transfers of vaccine stock at the sites of the caller's scope. */
@Service
class StockKeeping {

	private static final java.util.regex.Pattern LOT = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,39}");

	private final StockLots stock;
	private final SiteManagement sites;
	private final Products products;
	private final Clock clock;

	StockKeeping(StockLots stock, SiteManagement sites, Products products, Clock clock) {
		this.stock = stock;
		this.sites = sites;
		this.products = products;
		this.clock = clock;
	}

	@Transactional
	StockLot receive(Actor actor, UUID siteId, String productCode, String lot, Integer doses, LocalDate expiresOn) {
		sites.siteInScope(actor, siteId);
		Product product = products.rules().product(productCode);
		String lotNumber = lot(lot);
		int count = doses(doses);
		if (expiresOn == null) {
			throw new InvalidInputException("expiresOn", "vaccination.stock.expires");
		}
		if (expiresOn.isBefore(LocalDate.now(clock))) {
			throw new InvalidInputException("expiresOn", "vaccination.stock.expired");
		}
		if (!stock.receive(siteId, product.code(), lotNumber, count, expiresOn, "received")) {
			throw new ConflictException("expiresOn", "vaccination.stock.expiry-differs");
		}
		stock.movement(siteId, product.code(), lotNumber, "RECEIPT", count, null, clock.instant(), actor.name());
		return lotOf(siteId, product.code(), lotNumber);
	}

	@Transactional
	StockLot waste(Actor actor, UUID siteId, String productCode, String lot, Integer doses, String reason) {
		sites.siteInScope(actor, siteId);
		Product product = products.rules().product(productCode);
		String lotNumber = lot(lot);
		int count = doses(doses);
		if (!stock.take(siteId, product.code(), lotNumber, count, "wasted")) {
			throw new ConflictException("doses", "vaccination.stock.insufficient");
		}
		stock.movement(siteId, product.code(), lotNumber, "WASTED", count, reason == null ? null : reason.strip(), clock.instant(), actor.name());
		return lotOf(siteId, product.code(), lotNumber);
	}

	/** Moves doses of a lot to another site of the caller's scope, with the lot's expiry; both or neither. */
	@Transactional
	StockLot transfer(Actor actor, UUID siteId, UUID toSiteId, String productCode, String lot, Integer doses) {
		sites.siteInScope(actor, siteId);
		if (toSiteId == null || toSiteId.equals(siteId)) {
			throw new InvalidInputException("toSiteId", "vaccination.stock.to-site");
		}
		sites.siteInScope(actor, toSiteId);
		Product product = products.rules().product(productCode);
		String lotNumber = lot(lot);
		int count = doses(doses);
		LocalDate expiry = stock.expiryOf(siteId, product.code(), lotNumber)
				.orElseThrow(() -> new ConflictException("lot", "vaccination.stock.insufficient"));
		if (!stock.take(siteId, product.code(), lotNumber, count, "transferred_out")) {
			throw new ConflictException("doses", "vaccination.stock.insufficient");
		}
		if (!stock.receive(toSiteId, product.code(), lotNumber, count, expiry, "transferred_in")) {
			throw new ConflictException("lot", "vaccination.stock.expiry-differs");
		}
		stock.movement(siteId, product.code(), lotNumber, "TRANSFER_OUT", count, toSiteId.toString(), clock.instant(), actor.name());
		stock.movement(toSiteId, product.code(), lotNumber, "TRANSFER_IN", count, siteId.toString(), clock.instant(), actor.name());
		return lotOf(siteId, product.code(), lotNumber);
	}

	List<StockLot> balances(Actor actor, UUID siteId) {
		sites.siteInScope(actor, siteId);
		return stock.of(siteId, LocalDate.now(clock));
	}

	private StockLot lotOf(UUID siteId, String product, String lot) {
		return stock.of(siteId, LocalDate.now(clock)).stream().filter(l -> l.product().equals(product) && l.lot().equals(lot))
				.findFirst().orElseThrow();
	}

	static String lot(String lot) {
		if (lot == null || !LOT.matcher(lot.strip()).matches()) {
			throw new InvalidInputException("lot", "vaccination.stock.lot");
		}
		return lot.strip();
	}

	private static int doses(Integer doses) {
		if (doses == null || doses < 1 || doses > 1_000_000) {
			throw new InvalidInputException("doses", "vaccination.stock.doses");
		}
		return doses;
	}
}
