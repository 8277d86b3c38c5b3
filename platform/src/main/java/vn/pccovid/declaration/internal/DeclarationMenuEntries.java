package vn.pccovid.declaration.internal;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.pccovid.core.CitizenMenuEntry;
import vn.pccovid.core.ConsoleMenuEntry;
import vn.pccovid.core.Permission;

/** The declarations' menu entries: the citizen's declarations, the area's list and the form for staff. */
@Configuration(proxyBeanMethods = false)
class DeclarationMenuEntries {

	@Bean
	CitizenMenuEntry declarationCitizenMenuEntry() {
		return new CitizenMenuEntry(CitizenDeclarationPages.PATH, "declaration.menu.citizen", 15);
	}

	@Bean
	ConsoleMenuEntry declarationListMenuEntry() {
		return new ConsoleMenuEntry(StaffDeclarationPages.PATH, "declaration.menu.console", 40, Set.of(Permission.DECLARATION_READ));
	}

	@Bean
	ConsoleMenuEntry declarationRecordMenuEntry() {
		return new ConsoleMenuEntry(StaffDeclarationPages.RECORD_PATH, "declaration.menu.record", 41,
				Set.of(Permission.DECLARATION_RECORD));
	}

	@Bean
	ConsoleMenuEntry declarationMovementMenuEntry() {
		return new ConsoleMenuEntry(StaffDeclarationPages.MOVEMENT_PATH, "declaration.menu.movement", 42,
				Set.of(Permission.DECLARATION_RECORD));
	}
}
