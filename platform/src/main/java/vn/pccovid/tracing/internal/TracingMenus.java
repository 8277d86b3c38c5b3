package vn.pccovid.tracing.internal;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.pccovid.core.ConsoleMenuEntry;
import vn.pccovid.core.Permission;

/** The module's link in the staff console. */
@Configuration(proxyBeanMethods = false)
class TracingMenus {

	@Bean
	ConsoleMenuEntry tracingMenuEntry() {
		return new ConsoleMenuEntry("/console/tracing", "tracing.menu", 41, Set.of(Permission.TRACING_RUN));
	}
}
