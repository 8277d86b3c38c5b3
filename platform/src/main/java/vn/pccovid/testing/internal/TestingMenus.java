package vn.pccovid.testing.internal;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.pccovid.core.CitizenMenuEntry;
import vn.pccovid.core.ConsoleMenuEntry;
import vn.pccovid.core.Permission;

/** The module's links: results in the citizen app; sampling and the laboratory in the staff console. */
@Configuration(proxyBeanMethods = false)
class TestingMenus {

	@Bean
	CitizenMenuEntry testingResultsMenuEntry() {
		return new CitizenMenuEntry("/me/results", "testing.results.menu", 30);
	}

	@Bean
	ConsoleMenuEntry testingSamplingMenuEntry() {
		return new ConsoleMenuEntry("/console/testing/sampling", "testing.sampling.menu", 40,
				Set.of(Permission.SAMPLE_TAKE, Permission.TESTING_SITE_MANAGE));
	}

	@Bean
	ConsoleMenuEntry testingLabMenuEntry() {
		return new ConsoleMenuEntry("/console/testing/lab", "testing.lab.menu", 41, Set.of(Permission.RESULT_RECORD));
	}
}
