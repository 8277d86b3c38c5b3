package vn.pccovid.movement.internal;

import java.util.List;

/**
 * One kind of rule a province may put in its checkpoint rule set ({@code movement.rule}: code and parameter, in
 * order). The set is data; each kind is one small class here. A rule whose input is not known (the cases or
 * vaccination module is absent) adds nothing.
 */
interface CheckpointRule {

	/** The code rows of {@code movement.rule} name it by. */
	String code();

	/** A 400 problem on {@code field} when the parameter does not suit this rule. */
	void validate(String parameter, String field);

	/** Adds the reason codes for which the subject may not pass, if any. */
	void check(String parameter, ScanSubject subject, List<String> reasons);
}
