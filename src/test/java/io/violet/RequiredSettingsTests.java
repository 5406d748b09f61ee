package io.violet;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

class RequiredSettingsTests {

	private final RequiredSettings check = new RequiredSettings();

	@Test
	void missingBotTokenNamesTheVariable() {
		assertThatThrownBy(() -> check(Map.of("violet.slack.signing-secret", "s", "spring.datasource.url", "jdbc:x")))
			.isInstanceOf(RequiredSettings.MissingSettingException.class)
			.hasMessageStartingWith("SLACK_BOT_TOKEN is not set");
	}

	@Test
	void httpModeNeedsTheSigningSecret() {
		assertThatThrownBy(() -> check(Map.of("violet.slack.bot-token", "xoxb-1", "spring.datasource.url", "jdbc:x")))
			.hasMessageStartingWith("SLACK_SIGNING_SECRET is not set");
	}

	@Test
	void socketModeNeedsNoSigningSecret() {
		assertThatNoException().isThrownBy(() -> check(Map.of("violet.slack.bot-token", "xoxb-1",
				"violet.slack.app-token", "xapp-1", "spring.datasource.url", "jdbc:x")));
	}

	@Test
	void missingDatasourceNamesTheVariable() {
		assertThatThrownBy(() -> check(Map.of("violet.slack.bot-token", "xoxb-1", "violet.slack.signing-secret", "s")))
			.hasMessageStartingWith("SPRING_DATASOURCE_URL is not set");
	}

	@Test
	void startUpFailsWithOneLineNamingTheVariable() {
		var analysis = new RequiredSettings.Analyzer()
			.analyze(new IllegalStateException(new RequiredSettings.MissingSettingException("SLACK_BOT_TOKEN", "x")));
		assertThat(analysis.getDescription()).isEqualTo("SLACK_BOT_TOKEN is not set: set it to x.")
			.doesNotContain("\n");
	}

	private void check(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		this.check.postProcessEnvironment(environment, new SpringApplication());
	}

}
