package vn.pccovid.notification.internal;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.pccovid.core.CitizenMenuEntry;
import vn.pccovid.core.ConsoleMenuEntry;
import vn.pccovid.core.Permission;

/** The module's links in the citizen app and the staff console. */
@Configuration(proxyBeanMethods = false)
class NotificationMenus {

	@Bean
	CitizenMenuEntry inboxMenuEntry() {
		return new CitizenMenuEntry("/me/inbox", "notification.inbox.menu", 20);
	}

	@Bean
	ConsoleMenuEntry deliveriesMenuEntry() {
		return new ConsoleMenuEntry("/console/notifications", "notification.deliveries.menu", 80,
				Set.of(Permission.NOTIFICATION_READ));
	}
}
