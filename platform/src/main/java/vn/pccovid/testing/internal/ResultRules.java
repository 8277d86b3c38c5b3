package vn.pccovid.testing.internal;

import java.util.Objects;

import org.springframework.stereotype.Component;

import vn.pccovid.access.Actor;
import vn.pccovid.core.ConflictException;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.Permission;
import vn.pccovid.testing.TestOutcome;
import vn.pccovid.testing.TestType;

/**
 * Whether a laboratory may record this result for this tube, the same rule for one result and for every CSV row:
 * the tube is in the lab's area and received, it is not a pool member (its pool's tube carries the result), a Ct
 * value only for RT-PCR and within (0, {@code ct-max}], and a tube already decided accepts the identical result again
 * (nothing changes) but never a different one.
 */
@Component
class ResultRules {

	private final TestingSettings settings;

	ResultRules(TestingSettings settings) {
		this.settings = settings;
	}

	/** Answers whether the result is new (false: the identical result is recorded already); a problem otherwise. */
	boolean check(Actor actor, Tube tube, TestOutcome outcome, Double ct) {
		actor.require(Permission.RESULT_RECORD);
		actor.requireCovers(tube.siteArea());
		checkValues(tube.testType(), outcome, ct);
		if (tube.memberOfPool()) {
			throw new ConflictException("barcode", "testing.result.pooled");
		}
		if (!tube.received()) {
			throw new ConflictException("barcode", "testing.result.notReceived");
		}
		if (tube.outcome() != null) {
			if (tube.outcome() == outcome && Objects.equals(tube.ct(), ct)) {
				return false;
			}
			throw new ConflictException("result", "testing.result.conflict", tube.outcome().name());
		}
		return true;
	}

	/** The result's own values: an outcome, a Ct only for RT-PCR and in range. */
	void checkValues(TestType type, TestOutcome outcome, Double ct) {
		if (outcome == null) {
			throw new InvalidInputException("result", "testing.result.required");
		}
		if (ct != null) {
			if (type != TestType.RT_PCR) {
				throw new InvalidInputException("ct", "testing.ct.notRtPcr");
			}
			if (ct.isNaN() || ct <= 0 || ct > settings.ctMax()) {
				throw new InvalidInputException("ct", "testing.ct.range", settings.ctMax());
			}
		}
	}

	double ctMax() {
		return settings.ctMax();
	}

	/** A Ct rounded to the stored precision (one decimal), so a re-sent value compares equal. */
	static Double round(Double ct) {
		return ct == null ? null : Math.round(ct * 10) / 10.0;
	}
}
