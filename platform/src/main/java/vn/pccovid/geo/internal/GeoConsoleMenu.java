package vn.pccovid.geo.internal;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.pccovid.core.ConsoleMenuEntry;

/** The administrative areas' entry in the staff console's menu: every staff member may browse the area tree. */
@Configuration(proxyBeanMethods = false)
class GeoConsoleMenu {

	@Bean
	ConsoleMenuEntry geoAreasMenuEntry() {
		return new ConsoleMenuEntry("/console/areas", "nav.areas", 10, Set.of());
	}
}
