package vn.pccovid.vaccination.internal;

import java.time.LocalDate;

/**
 * One lot's stock at a site.
 *
 * @param product        product code
 * @param lot            lot number
 * @param expiresOn      expiry date
 * @param received       doses received
 * @param administered   doses given
 * @param wasted         doses written off
 * @param transferredIn  doses received from other sites
 * @param transferredOut doses sent to other sites
 * @param vialsOpened    vials opened (compare with doses given: vials × doses per vial − given − wasted is lost)
 * @param balance        doses on hand, never below zero
 * @param expired        whether the lot is past its expiry date
 */
record StockLot(String product, String lot, LocalDate expiresOn, int received, int administered, int wasted,
		int transferredIn, int transferredOut, int vialsOpened, int balance, boolean expired) {
}
