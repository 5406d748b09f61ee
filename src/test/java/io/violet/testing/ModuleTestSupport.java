package io.violet.testing;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the module tests ({@code @ApplicationModuleTest} on the subclass, in the
 * module's package): one module and what its bootstrap mode brings along, on a fresh
 * MariaDB database ({@link TestDatabaseEnvironment}), with {@link SlackStub} answering
 * the Web API calls the included modules make. What a test needs of a module left out it
 * mocks with {@code @MockitoBean}. Scenarios wait as long as the end-to-end tests
 * ({@link ScenarioTimeouts}).
 */
@TestPropertySource(properties = { "violet.slack.bot-token=xoxb-test-token",
		"violet.slack.signing-secret=" + SlackTestSupport.SECRET,
		"violet.initiatives-channel=" + SlackTestSupport.INITIATIVES_CHANNEL,
		"violet.incidents-channel=" + SlackTestSupport.INCIDENTS_CHANNEL, "violet.admins=" + SlackTestSupport.ADMIN,
		"spring.quartz.properties.org.quartz.scheduler.idleWaitTime=1000" })
@ExtendWith(ScenarioTimeouts.class)
public abstract class ModuleTestSupport {

	@DynamicPropertySource
	static void slackApi(DynamicPropertyRegistry registry) {
		registry.add("violet.slack.api-url", () -> SlackStub.get().apiUrl());
	}

}
