package vn.pccovid.registry.internal;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.pccovid.core.CitizenMenuEntry;
import vn.pccovid.core.ConsoleMenuEntry;
import vn.pccovid.core.Permission;

/** The registry's menu entries: citizen search and import for staff who may use them, "who read my data" for citizens. */
@Configuration(proxyBeanMethods = false)
class RegistryMenuEntries {

	@Bean
	ConsoleMenuEntry registryCitizensMenuEntry() {
		return new ConsoleMenuEntry("/console/citizens", "nav.citizens", 20, Set.of(Permission.CITIZEN_READ));
	}

	@Bean
	ConsoleMenuEntry registryImportMenuEntry() {
		return new ConsoleMenuEntry("/console/registry/import", "nav.import", 30, Set.of(Permission.CITIZEN_IMPORT));
	}

	@Bean
	CitizenMenuEntry registryAccessLogMenuEntry() {
		return new CitizenMenuEntry("/me/access-log", "nav.access-log", 80);
	}
}
