package io.violet.testing;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.function.Function;

import org.awaitility.core.ConditionFactory;

import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ScenarioCustomizer;

/**
 * Gives every {@code Scenario} of the module tests the wait the end-to-end tests allow
 * (Awaitility's ten seconds are short for an asynchronous listener on a loaded build
 * machine); a scenario whose listener never reacts still fails, only later.
 */
public class ScenarioTimeouts implements ScenarioCustomizer {

	static final Duration WAIT = Duration.ofSeconds(30);

	@Override
	public Function<ConditionFactory, ConditionFactory> getDefaultCustomizer(Method method,
			ApplicationContext context) {
		return (conditions) -> conditions.atMost(WAIT);
	}

}
