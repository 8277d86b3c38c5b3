package vn.pccovid.relief.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A payment as recorded.
 *
 * @param id          its id
 * @param programmeId the programme
 * @param citizenId   who received it
 * @param payeeKey    person or household it counts for
 * @param period      the month paid for ({@code 2021-09})
 * @param amount      VND
 * @param method      cash, bank transfer or e-wallet
 * @param areaPath    the beneficiary's ward
 * @param paidBy      the cashier's account name
 * @param paidAt      when it was recorded
 */
record Payment(UUID id, UUID programmeId, UUID citizenId, String payeeKey, String period, long amount, PaymentMethod method,
		String areaPath, String paidBy, Instant paidAt) {
}
