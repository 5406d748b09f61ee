package io.violet.slack;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.util.http.SlackHttpClient;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Wires the one Bolt {@link App}: the {@code /violet} router, App Home, duplicate
 * detection and every module's {@link InteractionRegistrar}.
 */
@Configuration(proxyBeanMethods = false)
class BoltConfiguration {

	private static final int IDLE_CONNECTIONS = 64;

	@Bean
	Slack slack(SlackSettings settings) {
		SlackConfig config = new SlackConfig();
		config.setMethodsEndpointUrlPrefix(settings.apiBase());
		config.setStatsEnabled(false);
		config.setHttpClientReadTimeoutMillis(10_000);
		config.setHttpClientWriteTimeoutMillis(10_000);
		config.setHttpClientCallTimeoutMillis(15_000);
		// keep as many connections open as a burst uses (war-room setup makes dozens of
		// calls at once): OkHttp keeps five, and every other call would pay a new TLS
		// handshake with Slack.
		// OkHttp would silently send a request again when the connection drops after it
		// was
		// sent, and Slack may have acted on the first: a post would appear twice. Retries
		// are the gateway's and the Slack job runner's, which look before they post
		// again.
		// Idle connections are dropped after 20 s, before a server or load balancer drops
		// them (30 s and 60 s are usual), so that few calls meet a closed connection.
		OkHttpClient http = SlackHttpClient.buildOkHttpClient(config)
			.newBuilder()
			.connectionPool(new ConnectionPool(IDLE_CONNECTIONS, 20, TimeUnit.SECONDS))
			.retryOnConnectionFailure(false)
			.build();
		SlackHttpClient client = new SlackHttpClient(http);
		client.setConfig(config);
		return Slack.getInstance(config, client);
	}

	@Bean
	App boltApp(Slack slack, SlackSettings settings, CommandRouter router, DeliveryDeduplication deduplication,
			AppHome home, List<InteractionRegistrar> registrars, @Qualifier("slackWorkExecutor") Executor executor) {
		AppConfig config = AppConfig.builder()
			.slack(slack)
			// the builder reads SLACK_* environment variables by itself; Violet's
			// settings rule
			.singleTeamBotToken(null)
			.verificationToken(null)
			.clientId(null)
			.clientSecret(null)
			.redirectUri(null)
			.scope(null)
			.signingSecret(settings.signingSecret().isEmpty() ? null : settings.signingSecret())
			// SlackEventsServlet verifies signatures (constant time, both directions of
			// skew)
			.requestVerificationEnabled(false)
			.build();
		// No singleTeamBotToken: Bolt would call auth.test in its constructor and refuse
		// to
		// start while Slack is unreachable. Violet only calls Slack through SlackGateway.
		App app = new App(config);
		// Over Socket Mode the SDK sends the ack when the handler returns: what waits for
		// it starts then, on a work thread. Over HTTP the servlet's own scope is the
		// outer one and runs it once the response is flushed.
		app.use((request, response, chain) -> {
			AfterAck.Scope ack = AfterAck.open();
			try {
				return chain.next(request);
			}
			finally {
				if (ack != null) {
					ack.answeredBy(executor);
				}
			}
		});
		app.use((request, response, chain) -> {
			request.getContext().setBotToken(settings.botToken());
			return chain.next(request);
		});
		app.use(deduplication);
		app.command("/violet", (request, context) -> {
			Reply reply = router.route(request.getPayload());
			if (reply.isEmpty()) {
				return context.ack();
			}
			return context.ack((r) -> r.responseType(reply.visibleToChannel() ? "in_channel" : "ephemeral")
				.text(reply.text())
				.blocks(reply.blocks().isEmpty() ? null : reply.blocks()));
		});
		app.event(AppHomeOpenedEvent.class, (payload, context) -> {
			AppHomeOpenedEvent event = payload.getEvent();
			if ("home".equals(event.getTab())) {
				home.refreshLater(event.getUser());
			}
			return context.ack();
		});
		registrars.forEach((registrar) -> registrar.register(app));
		return app;
	}

	@Bean
	ServletRegistrationBean<SlackEventsServlet> slackEventsServlet(App app, SlackSettings settings, Clock clock,
			SlackMetrics metrics) {
		var registration = new ServletRegistrationBean<>(new SlackEventsServlet(app, settings, clock, metrics),
				"/slack/events");
		registration.setLoadOnStartup(1);
		return registration;
	}

	@Bean
	Executor slackWorkExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix("slack-work-");
		executor.setCorePoolSize(4);
		executor.setMaxPoolSize(8);
		executor.setQueueCapacity(1000);
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(20);
		executor.initialize();
		return executor;
	}

	static Response emptyOk() {
		return Response.builder().statusCode(200).body("").build();
	}

}
