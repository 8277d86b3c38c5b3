package vn.pccovid.notification.internal;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.pccovid.core.ConsoleMenuEntry;
import vn.pccovid.core.Permission;

/** The outbox's console entry, for those who may read it (system administrators of development and demo installs). */
@Configuration(proxyBeanMethods = false)
class OutboxMenu {

	@Bean
	ConsoleMenuEntry notificationOutboxMenuEntry() {
		return new ConsoleMenuEntry("/console/outbox", "nav.outbox", 90, Set.of(Permission.OUTBOX_READ));
	}
}
