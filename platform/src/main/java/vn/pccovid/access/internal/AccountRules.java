package vn.pccovid.access.internal;

import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.pccovid.access.NewStaffAccount;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.geo.Areas;

/** What a new staff account must satisfy, each rule naming the field at fault. */
@Component
class AccountRules {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,40}");

	private final Areas areas;

	AccountRules(Areas areas) {
		this.areas = areas;
	}

	void validate(NewStaffAccount account) {
		if (account.username() == null || !USERNAME.matcher(account.username().strip().toLowerCase(java.util.Locale.ROOT)).matches()) {
			throw new InvalidInputException("username", "access.account.username");
		}
		if (account.displayName() == null || account.displayName().isBlank() || account.displayName().length() > 120) {
			throw new InvalidInputException("displayName", "access.account.display-name");
		}
		if (account.password() == null || account.password().length() < 10 || account.password().length() > 128) {
			throw new InvalidInputException("password", "access.account.password");
		}
		if (account.roles() == null || account.roles().isEmpty()) {
			throw new InvalidInputException("roles", "access.account.roles");
		}
		if (account.scope() == null) {
			throw new InvalidInputException("scopeArea", "access.account.scope");
		}
		if (!account.scope().isNational()) {
			String code = account.scope().area().value();
			boolean known = areas.find(code).map(area -> area.code().equals(account.scope().area())).orElse(false);
			if (!known) {
				throw new InvalidInputException("scopeArea", "geo.code.unknown", code);
			}
		}
	}
}
