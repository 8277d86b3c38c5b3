package vn.pccovid.relief.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.pccovid.cases.CasePeriod;
import vn.pccovid.cases.CaseStatuses;

/**
 * A person's case history through the cases module's API, which may not be deployed (it is written in parallel):
 * its absence is "not known", never "no case".
 */
@Component
class CaseHistory {

	private final ObjectProvider<CaseStatuses> statuses;

	CaseHistory(ObjectProvider<CaseStatuses> statuses) {
		this.statuses = statuses;
	}

	/** The periods the person spent at a case level; empty when no cases module answers. */
	Optional<List<CasePeriod>> historyOf(UUID person) {
		CaseStatuses provider = statuses.getIfAvailable();
		return provider == null ? Optional.empty() : Optional.of(provider.historyOf(person));
	}
}
