package io.violet.testing;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Gives every test application context its own fresh MariaDB database, unless a
 * datasource is configured. Two contexts that must share one (two "replicas") name it
 * with {@code violet.test.database}.
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			return;
		}
		MariaDbServer server = MariaDbServer.forTests();
		String name = environment.getProperty("violet.test.database");
		if (!StringUtils.hasText(name)) {
			name = "violet_test_"
					+ UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		}
		String url = server.createDatabase(name, true);
		// Spring's Quartz job store finds its connections through a JVM-wide registry
		// keyed
		// by scheduler name: contexts on different databases must not share one, and two
		// "replicas" on one database share it, as they would in production.
		environment.getPropertySources()
			.addFirst(new MapPropertySource("violetTestDatabase",
					Map.of("spring.datasource.url", url, "spring.datasource.username", server.username(),
							"spring.datasource.password", server.password(), "spring.quartz.scheduler-name", name,
							"spring.quartz.properties.org.quartz.scheduler.instanceName", name)));
	}

	@Override
	public int getOrder() {
		// after the configuration files are read, before the required settings are
		// checked
		return Ordered.HIGHEST_PRECEDENCE + 100;
	}

}
