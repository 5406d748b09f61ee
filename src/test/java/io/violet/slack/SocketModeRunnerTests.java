package io.violet.slack;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.awaitility.Awaitility.await;

class SocketModeRunnerTests {

	private final App app = new App(AppConfig.builder().singleTeamBotToken("xoxb-1").signingSecret("s").build());

	private final List<String> opened = new CopyOnWriteArrayList<>();

	private final AtomicInteger closed = new AtomicInteger();

	private final AtomicBoolean open = new AtomicBoolean(true);

	private final SocketModeRunner.Connector connector = (token, app) -> {
		this.opened.add(token);
		return connection();
	};

	private SocketModeRunner runner;

	@AfterEach
	void stop() {
		if (this.runner != null) {
			this.runner.stop();
		}
	}

	@Test
	void connectsWithTheAppTokenWhenOneIsSetAndIsReadyOnceConnected() {
		this.runner = new SocketModeRunner(settings("xapp-1-abc"), this.app, Optional.of(this.connector));
		this.runner.start();
		await().atMost(Duration.ofSeconds(20)).until(this.runner::connected);
		assertThat(this.opened).containsExactly("xapp-1-abc");
		assertThat(this.runner.isRunning()).isTrue();
		assertThat(health().getStatus()).isEqualTo(Status.UP);
		this.runner.stop();
		assertThat(this.closed).hasValue(1);
		assertThat(this.runner.isRunning()).isFalse();
		assertThat(this.runner.connected()).isFalse();
	}

	@Test
	void staysInHttpModeWithoutAnAppTokenAndIsReady() {
		this.runner = new SocketModeRunner(settings(""), this.app, Optional.of(this.connector));
		this.runner.start();
		assertThat(this.opened).isEmpty();
		assertThat(this.runner.isRunning()).isFalse();
		assertThat(health().getStatus()).isEqualTo(Status.UP);
		assertThat(health().getDetails()).containsEntry("transport", "http");
	}

	@Test
	void keepsTryingWhileSlackIsUnreachableAndIsNotReadyMeanwhile() {
		AtomicInteger attempts = new AtomicInteger();
		AtomicBoolean slackBack = new AtomicBoolean();
		SocketModeRunner.Connector unreachable = (token, app) -> {
			attempts.incrementAndGet();
			if (!slackBack.get()) {
				// what the SDK's client factory ends in when apps.connections.open fails
				throw new NullPointerException("Cannot invoke \"SocketModeClient.connectToNewEndpoint()\"");
			}
			return connection();
		};
		this.runner = new SocketModeRunner(settings("xapp-1-abc"), this.app, unreachable, Duration.ofMillis(10),
				Duration.ofMillis(50), Duration.ofSeconds(30));
		assertThatNoException().as("start-up does not fail").isThrownBy(this.runner::start);
		await().atMost(Duration.ofSeconds(20)).until(() -> attempts.get() >= 3);
		assertThat(this.runner.connected()).isFalse();
		assertThat(this.runner.isRunning()).isTrue();
		assertThat(health().getStatus()).isEqualTo(Status.DOWN);
		assertThat(health().getDetails()).containsKey("failedAttempts")
			.hasEntrySatisfying("lastProblem", (problem) -> assertThat(problem).asString().contains("NullPointer"));

		slackBack.set(true);
		await().atMost(Duration.ofSeconds(20)).until(this.runner::connected);
		assertThat(health().getStatus()).isEqualTo(Status.UP);
		int connectedAfter = attempts.get();
		await().pollDelay(Duration.ofMillis(200)).until(() -> true);
		assertThat(attempts).as("no attempts once connected").hasValue(connectedAfter);
	}

	@Test
	void aConnectionThatStaysClosedIsReplaced() {
		this.runner = new SocketModeRunner(settings("xapp-1-abc"), this.app, this.connector, Duration.ofMillis(10),
				Duration.ofMillis(50), Duration.ofMillis(50));
		this.runner.start();
		await().atMost(Duration.ofSeconds(20)).until(this.runner::connected);
		this.open.set(false);
		assertThat(this.runner.connected()).isFalse();
		assertThat(health().getStatus()).isEqualTo(Status.DOWN);
		await().atMost(Duration.ofSeconds(20)).until(() -> this.opened.size() == 2);
		assertThat(this.closed).hasValue(1);
	}

	@Test
	void pausesGrowAndAreCapped() {
		this.runner = new SocketModeRunner(settings("xapp-1-abc"), this.app, Optional.of(this.connector));
		assertThat(this.runner.pause(1)).isEqualTo(Duration.ofSeconds(1));
		assertThat(this.runner.pause(2)).isEqualTo(Duration.ofSeconds(2));
		assertThat(this.runner.pause(4)).isEqualTo(Duration.ofSeconds(8));
		assertThat(this.runner.pause(7)).isEqualTo(Duration.ofSeconds(60));
		assertThat(this.runner.pause(1000)).isEqualTo(Duration.ofSeconds(60));
	}

	private SocketModeRunner.Connection connection() {
		this.open.set(true);
		return new SocketModeRunner.Connection() {

			@Override
			public boolean isOpen() {
				return SocketModeRunnerTests.this.open.get();
			}

			@Override
			public void close() {
				SocketModeRunnerTests.this.closed.incrementAndGet();
			}

		};
	}

	private org.springframework.boot.health.contributor.Health health() {
		return new SocketModeHealthIndicator(this.runner).health();
	}

	private static SlackSettings settings(String appToken) {
		return new SlackSettings("xoxb-1", "", appToken, "https://slack.com/api/", 65536);
	}

}
