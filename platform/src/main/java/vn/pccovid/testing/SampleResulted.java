package vn.pccovid.testing;

import java.time.Instant;
import java.util.UUID;

import vn.pccovid.core.AreaCode;

/**
 * A person's individual result was decided (a single sample's result, or a member's result derived from a negative
 * pool), published once per result in the recording transaction. A positive pool publishes nothing for its members:
 * their re-tests decide. Cases turn a positive into an F0; certificates issue a test certificate for a negative.
 *
 * @param sample     the sample's id
 * @param person     registry id
 * @param testType   the test
 * @param outcome    the result
 * @param ct         RT-PCR cycle threshold, or {@code null}
 * @param takenAt    when the sample was taken
 * @param resultedAt when the result was recorded
 * @param ward       the person's ward
 * @param site       the sampling site's name
 * @param laboratory the laboratory's name, or {@code null}
 */
public record SampleResulted(UUID sample, UUID person, TestType testType, TestOutcome outcome, Double ct,
		Instant takenAt, Instant resultedAt, AreaCode ward, String site, String laboratory) {
}
