package vn.pccovid.testing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.testing.TestOutcome;

/**
 * Records laboratory results, one or a whole checked batch in the caller's transaction: samples get their result,
 * a negative pool makes its members negative, a positive or invalid pool orders each member an individual re-test;
 * every decided result and every re-test order is delivered ({@link ResultDelivery}).
 */
@Service
class ResultRecording {

	private final Tubes tubes;
	private final ResultRules rules;
	private final Outcomes outcomes;
	private final SamplingSites sites;
	private final ResultDelivery delivery;
	private final Clock clock;

	ResultRecording(Tubes tubes, ResultRules rules, Outcomes outcomes, SamplingSites sites, ResultDelivery delivery, Clock clock) {
		this.tubes = tubes;
		this.rules = rules;
		this.outcomes = outcomes;
		this.sites = sites;
		this.delivery = delivery;
		this.clock = clock;
	}

	/**
	 * What recording one result did.
	 *
	 * @param barcode the tube
	 * @param result  its result
	 * @param applied false when the identical result was recorded before (nothing changed)
	 * @param members for a pool, its members; else 0
	 */
	record Recorded(String barcode, TestOutcome result, boolean applied, int members) {
	}

	/** One result: 404 for an unknown barcode, other refusals as {@link ResultRules} says. */
	@Transactional
	Recorded record(Actor actor, String rawBarcode, TestOutcome outcome, Double rawCt) {
		String barcode = Barcodes.normalise(rawBarcode);
		if (barcode == null || barcode.isEmpty()) {
			throw new InvalidInputException("barcode", "testing.barcode.required");
		}
		Tube tube = tubes.find(barcode, true).orElseThrow(() -> new NotFoundException("testing.barcode.unknown"));
		Double ct = ResultRules.round(rawCt);
		boolean fresh = rules.check(actor, tube, outcome, ct);
		if (fresh) {
			apply(List.of(new Decision(tube, outcome, ct)));
		}
		return new Recorded(tube.barcode(), outcome, fresh, tube.members());
	}

	/** Records checked decisions (new ones only), set by set, and delivers what they decide. */
	void apply(List<Decision> decisions) {
		Instant now = clock.instant();
		List<Decision> samples = decisions.stream().filter(d -> !d.tube().pool()).toList();
		List<Decision> pools = decisions.stream().filter(d -> d.tube().pool()).toList();
		if (!samples.isEmpty()) {
			outcomes.decideSamples(samples, now);
			outcomes.fulfilRetests(samples);
			List<ResultDelivery.Result> results = new ArrayList<>();
			for (Decision d : samples) {
				Tube t = d.tube();
				results.add(new ResultDelivery.Result(t.id(), t.personId(), t.personArea(), t.testType(), d.outcome(), d.ct(),
						t.takenAt(), t.siteName(), t.laboratory()));
			}
			delivery.resulted(results, now);
		}
		if (!pools.isEmpty()) {
			outcomes.decidePools(pools, now);
			Map<UUID, Tube> byId = new HashMap<>();
			pools.forEach(d -> byId.put(d.tube().id(), d.tube()));
			List<UUID> negative = pools.stream().filter(d -> d.outcome() == TestOutcome.NEGATIVE).map(d -> d.tube().id()).toList();
			List<ResultDelivery.Result> members = new ArrayList<>();
			for (Outcomes.Member m : outcomes.negativeMembers(negative, now)) {
				Tube pool = byId.get(m.poolId());
				members.add(new ResultDelivery.Result(m.sampleId(), m.personId(), m.area(), pool.testType(), TestOutcome.NEGATIVE,
						null, m.takenAt(), pool.siteName(), pool.laboratory()));
			}
			delivery.resulted(members, now);
			List<UUID> retest = pools.stream().filter(d -> d.outcome() != TestOutcome.NEGATIVE).map(d -> d.tube().id()).toList();
			Map<UUID, String> hours = new HashMap<>();
			List<ResultDelivery.Retest> retests = new ArrayList<>();
			for (Outcomes.RetestOrder order : outcomes.orderRetests(retest, now)) {
				Tube pool = byId.get(order.poolId());
				String siteHours = hours.computeIfAbsent(order.siteId(), id -> sites.site(id).map(SamplingSites.Site::hours).orElse(""));
				retests.add(new ResultDelivery.Retest(order.id(), order.personId(), pool.takenAt(), pool.siteName(), siteHours));
			}
			delivery.retestsOrdered(retests);
		}
	}
}
