package vn.pccovid.checkin.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import vn.pccovid.personalqr.Identified;
import vn.pccovid.personalqr.PersonalQrCodes;

/**
 * Whom the personal QRs of a batch belong to, remembering each QR text found valid for
 * {@code pccovid.checkin.venue-cache-ttl} (5 s) on this node. A gateway resends and devices replay; identifying a
 * code costs a base64 and JSON parse of its payload, a SHA-256 and an index probe in {@code personalqr}'s tokens, which
 * made up most of a batch's own work (JFR, issue 9's benchmark). Only valid answers are kept, keyed by the exact text
 * (signature included), so a forged or altered code is never answered from here; a code revoked or expiring meanwhile
 * is accepted for at most the TTL, as a suspended venue is ({@link LiveVenues}).
 */
@Component
class BatchQrIdentities {

	private static final int MAX_ENTRIES = 100_000;

	private record Entry(Identified identified, long checkedAt) {
	}

	private final PersonalQrCodes personalQr;
	private final long ttlNanos;
	private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

	BatchQrIdentities(PersonalQrCodes personalQr, CheckInSettings settings) {
		this.personalQr = personalQr;
		this.ttlNanos = settings.venueCacheTtl().toNanos();
	}

	/** One answer per code, in order; the codes not remembered are identified together in one call. */
	List<Identified> identify(List<String> codes) {
		long now = System.nanoTime();
		Identified[] answers = new Identified[codes.size()];
		List<Integer> unknown = new ArrayList<>();
		for (int i = 0; i < answers.length; i++) {
			Entry entry = entries.get(codes.get(i));
			if (entry != null && now - entry.checkedAt() < ttlNanos) {
				answers[i] = entry.identified();
			}
			else {
				unknown.add(i);
			}
		}
		if (!unknown.isEmpty()) {
			List<Identified> found = personalQr.identify(unknown.stream().map(codes::get).toList());
			if (entries.size() > MAX_ENTRIES) {
				// Bounded crudely but safely: starting over costs one identification per code, never a wrong answer.
				entries.clear();
			}
			for (int k = 0; k < unknown.size(); k++) {
				Identified identified = found.get(k);
				int i = unknown.get(k);
				answers[i] = identified;
				if (identified.valid()) {
					entries.put(codes.get(i), new Entry(identified, now));
				}
				else {
					entries.remove(codes.get(i));
				}
			}
		}
		return List.of(answers);
	}
}
