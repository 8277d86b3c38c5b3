package vn.pccovid.relief.internal;

import org.springframework.http.HttpStatus;

import vn.pccovid.core.ProblemException;

/** A person fails one of a programme's rules: 422, the field being the rule's name ({@code rules.flags}). */
class NotEligibleException extends ProblemException {

	NotEligibleException(Eligibility.FailedRule failed) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "not-eligible", "rules." + failed.rule(), failed.messageKey(), failed.arguments());
	}
}
