package vn.pccovid.testing.internal;

import java.time.Instant;
import java.util.UUID;

import vn.pccovid.core.AreaCode;
import vn.pccovid.testing.TestOutcome;
import vn.pccovid.testing.TestType;

/**
 * What a laboratory handles under one barcode: a person's own sample, a pool's tube, or a member sample of a pool
 * (which the lab never sees on its own: its tube is the pool's).
 *
 * @param id         sample or pool id
 * @param barcode    the label
 * @param pool       whether this is a pool's tube
 * @param poolId     for a member sample, its pool; else {@code null}
 * @param personId   the person (samples), {@code null} for a pool
 * @param personArea the person's ward (samples), {@code null} for a pool
 * @param testType   the test
 * @param siteArea   the sampling site's ward
 * @param siteId     the sampling site
 * @param siteName   its name
 * @param takenAt    when taken
 * @param receivedAt when the lab received it, or {@code null}
 * @param laboratory the receiving lab's name, or {@code null}
 * @param outcome    the result, or {@code null}
 * @param ct         the Ct value, or {@code null}
 * @param members    people in a pool (0 for a sample)
 */
record Tube(UUID id, String barcode, boolean pool, UUID poolId, UUID personId, AreaCode personArea, TestType testType,
		AreaCode siteArea, UUID siteId, String siteName, Instant takenAt, Instant receivedAt, String laboratory,
		TestOutcome outcome, Double ct, int members) {

	boolean received() {
		return receivedAt != null;
	}

	boolean memberOfPool() {
		return !pool && poolId != null;
	}
}
