package vn.pccovid.vaccination.internal;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.pccovid.core.CitizenMenuEntry;
import vn.pccovid.core.ConsoleMenuEntry;
import vn.pccovid.core.Permission;

/** The vaccination module's menu entries: the site desk for staff who record doses, the health book for citizens. */
@Configuration(proxyBeanMethods = false)
class VaccinationMenuEntries {

	@Bean
	ConsoleMenuEntry vaccinationDeskMenuEntry() {
		return new ConsoleMenuEntry("/console/vaccination", "vaccination.console.menu", 50, Set.of(Permission.VACCINATION_RECORD));
	}

	@Bean
	ConsoleMenuEntry vaccinationManageMenuEntry() {
		return new ConsoleMenuEntry("/console/vaccination/manage", "vaccination.manage.menu", 52,
				Set.of(Permission.VACCINATION_SITE_MANAGE));
	}

	@Bean
	ConsoleMenuEntry vaccinationUploadsMenuEntry() {
		return new ConsoleMenuEntry("/console/vaccination/uploads", "vaccination.uploads.menu", 51,
				Set.of(Permission.VACCINATION_REGISTER_LIST));
	}

	@Bean
	ConsoleMenuEntry vaccinationSupplyMenuEntry() {
		return new ConsoleMenuEntry("/console/vaccination/supply", "vaccination.supply.menu", 53,
				Set.of(Permission.VACCINE_STOCK_MANAGE));
	}

	@Bean
	CitizenMenuEntry vaccinationCitizenMenuEntry() {
		return new CitizenMenuEntry("/me/vaccination", "vaccination.me.menu", 40);
	}
}
