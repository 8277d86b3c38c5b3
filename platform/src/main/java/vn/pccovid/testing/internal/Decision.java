package vn.pccovid.testing.internal;

import vn.pccovid.testing.TestOutcome;

/**
 * A result a laboratory decided for a tube, checked by {@link ResultRules} and not yet recorded.
 *
 * @param tube    the sample or pool
 * @param outcome the result
 * @param ct      the Ct value, or {@code null}
 */
record Decision(Tube tube, TestOutcome outcome, Double ct) {
}
