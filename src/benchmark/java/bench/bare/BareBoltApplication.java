package bench.bare;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * The yardstick for Violet's ack latency: Spring Boot with {@code bolt-jakarta-servlet}
 * and a {@code /violet} handler that only acks. It lives outside {@code io.violet} so
 * that Violet's component scan never sees it; the benchmark starts it with the database
 * auto-configurations excluded.
 */
@SpringBootApplication(excludeName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration",
		"org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
		"org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
		"org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
		"org.springframework.boot.jdbc.autoconfigure.health.DataSourceHealthContributorAutoConfiguration",
		"org.springframework.boot.jdbc.autoconfigure.metrics.DataSourcePoolMetricsAutoConfiguration",
		"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
		"org.springframework.boot.hibernate.autoconfigure.metrics.HibernateMetricsAutoConfiguration",
		"org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration",
		"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
		"org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration",
		"org.springframework.modulith.core.config.ApplicationModuleInitializerRuntimeVerification",
		"org.springframework.modulith.events.config.EventPublicationAutoConfiguration",
		"org.springframework.modulith.events.config.EventExternalizationAutoConfiguration",
		"org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration",
		"org.springframework.modulith.moments.autoconfigure.MomentsAutoConfiguration" })
public class BareBoltApplication {

	/** The text every {@code /violet} command is answered with. */
	public static final String ACK_TEXT = "ok";

	@Bean
	App app(@Value("${bare.signing-secret}") String signingSecret) {
		AppConfig config = AppConfig.builder()
			// the builder reads SLACK_* environment variables by itself, and with a bot
			// token Bolt calls auth.test
			.singleTeamBotToken(null)
			.signingSecret(signingSecret)
			.requestVerificationEnabled(true)
			.build();
		App app = new App(config);
		app.command("/violet", (request, context) -> context.ack(ACK_TEXT));
		return app;
	}

	@Bean
	ServletRegistrationBean<SlackAppServlet> slackAppServlet(App app) {
		var registration = new ServletRegistrationBean<>(new SlackAppServlet(app), "/slack/events");
		registration.setLoadOnStartup(1);
		return registration;
	}

}
