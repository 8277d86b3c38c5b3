package vn.pccovid.core.internal;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock every module asks for the time, so tests can fix it; Vietnam's zone for calendar dates. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Bean
	Clock clock() {
		return Clock.system(VIETNAM);
	}
}
