package vn.pccovid.cases.internal;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.pccovid.core.ConsoleMenuEntry;
import vn.pccovid.core.Permission;

/** The module's link in the staff console. */
@Configuration(proxyBeanMethods = false)
class CaseMenus {

	@Bean
	ConsoleMenuEntry casesMenuEntry() {
		return new ConsoleMenuEntry("/console/cases", "cases.menu", 40, Set.of(Permission.CASE_READ));
	}
}
