package io.violet;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Stops start-up early, with one line naming the environment variable, when a setting
 * Violet cannot run without is missing.
 */
public final class RequiredSettings implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		require(environment, "violet.slack.bot-token", "SLACK_BOT_TOKEN", "the bot token (xoxb-…) of the Slack app");
		if (!StringUtils.hasText(environment.getProperty("violet.slack.app-token"))) {
			require(environment, "violet.slack.signing-secret", "SLACK_SIGNING_SECRET",
					"the signing secret of the Slack app (or SLACK_APP_TOKEN for Socket Mode)");
		}
		require(environment, "spring.datasource.url", "SPRING_DATASOURCE_URL",
				"the JDBC URL of the MariaDB database, e.g. jdbc:mariadb://db:3306/violet");
	}

	private static void require(ConfigurableEnvironment environment, String property, String variable, String meaning) {
		if (!StringUtils.hasText(environment.getProperty(property))) {
			throw new MissingSettingException(variable, meaning);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/**
	 * A required setting is absent.
	 */
	public static final class MissingSettingException extends IllegalStateException {

		private final String variable;

		private final String meaning;

		MissingSettingException(String variable, String meaning) {
			super(variable + " is not set: set it to " + meaning + ".");
			this.variable = variable;
			this.meaning = meaning;
		}

		public String variable() {
			return this.variable;
		}

		String meaning() {
			return this.meaning;
		}

	}

	/**
	 * Reports a missing setting as one line instead of a stack trace.
	 */
	public static final class Analyzer extends AbstractFailureAnalyzer<MissingSettingException> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, MissingSettingException cause) {
			return new FailureAnalysis(cause.getMessage(),
					"Set " + cause.variable() + " to " + cause.meaning() + " and start Violet again.", cause);
		}

	}

}
