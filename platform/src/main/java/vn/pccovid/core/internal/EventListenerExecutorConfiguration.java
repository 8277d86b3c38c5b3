package vn.pccovid.core.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The executor behind asynchronous event listeners ({@code @ApplicationModuleListener}): a fixed number of threads
 * and a queue. With virtual threads on, Spring Boot's default is an executor without any limit, so a results upload
 * of 50,000 rows started 100,000 listener calls at once; they queued for the connection pool and those that waited
 * longer than its timeout failed. Here at most {@code pccovid.events.listener-threads} run at once, the rest wait
 * their turn in memory (their publications are durable, so a restart republishes what was not done), and the thread
 * that published never blocks.
 */
@Configuration(proxyBeanMethods = false)
class EventListenerExecutorConfiguration {

	@Bean(name = { "applicationTaskExecutor", "taskExecutor" })
	ThreadPoolTaskExecutor applicationTaskExecutor(@Value("${pccovid.events.listener-threads:8}") int threads) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setThreadNamePrefix("event-listener-");
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(10);
		return executor;
	}
}
