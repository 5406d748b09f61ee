package io.violet.incident.slack;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.violet.incident.IncidentSettings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * The incident module's own threads for its event listeners, so that a burst of
 * declarations (each a handful of Slack calls) is set up in parallel without taking the
 * shared Slack work threads. A plain {@link ExecutorService} rather than a Spring
 * {@code TaskExecutor}, so that it never becomes anyone else's default.
 */
@Configuration(proxyBeanMethods = false)
class IncidentWorkers {

	static final String NAME = "incidentWorkExecutor";

	@Bean(name = NAME, destroyMethod = "shutdown")
	ExecutorService incidentWorkExecutor(IncidentSettings settings) {
		int threads = Math.max(1, settings.workers());
		ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(), new CustomizableThreadFactory("incident-work-"));
		executor.allowCoreThreadTimeOut(true);
		return executor;
	}

}
