package io.violet.testing;

import java.util.HashMap;
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
		// Quartz clusters by scheduler name: one name per database, so that contexts on
		// different databases stay apart and two "replicas" on one database form one
		// cluster. Spring's job store registers its connections JVM-wide under that name;
		// ReplicaJobStore gives each context its own registration, as separate JVMs have.
		Map<String, Object> settings = new HashMap<>();
		settings.put("spring.datasource.url", url);
		settings.put("spring.datasource.username", server.username());
		settings.put("spring.datasource.password", server.password());
		settings.put("spring.quartz.scheduler-name", name);
		settings.put("spring.quartz.properties.org.quartz.scheduler.instanceName", name);
		settings.put("spring.quartz.properties.org.quartz.jobStore.class", ReplicaJobStore.class.getName());
		environment.getPropertySources().addFirst(new MapPropertySource("violetTestDatabase", settings));
	}

	@Override
	public int getOrder() {
		// after the configuration files are read, before the required settings are
		// checked
		return Ordered.HIGHEST_PRECEDENCE + 100;
	}

}
