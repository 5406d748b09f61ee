package io.violet.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SocketModeRunnerTests {

	private final App app = new App(AppConfig.builder().singleTeamBotToken("xoxb-1").signingSecret("s").build());

	private final List<String> opened = new ArrayList<>();

	private int closed;

	private final SocketModeRunner.Connector connector = (token, app) -> {
		this.opened.add(token);
		return () -> this.closed++;
	};

	@Test
	void connectsWithTheAppTokenWhenOneIsSet() {
		var runner = new SocketModeRunner(settings("xapp-1-abc"), this.app, Optional.of(this.connector));
		runner.start();
		assertThat(this.opened).containsExactly("xapp-1-abc");
		assertThat(runner.isRunning()).isTrue();
		runner.stop();
		assertThat(this.closed).isEqualTo(1);
		assertThat(runner.isRunning()).isFalse();
	}

	@Test
	void staysInHttpModeWithoutAnAppToken() {
		var runner = new SocketModeRunner(settings(""), this.app, Optional.of(this.connector));
		runner.start();
		assertThat(this.opened).isEmpty();
		assertThat(runner.isRunning()).isFalse();
	}

	@Test
	void aFailedConnectionStopsStartUpWithTheReason() {
		SocketModeRunner.Connector failing = (token, app) -> {
			throw new IllegalStateException("invalid_auth");
		};
		var runner = new SocketModeRunner(settings("xapp-bad"), this.app, Optional.of(failing));
		assertThatThrownBy(runner::start).hasMessageContaining("Socket Mode").hasMessageContaining("invalid_auth");
	}

	private static SlackSettings settings(String appToken) {
		return new SlackSettings("xoxb-1", "", appToken, "https://slack.com/api/", 65536);
	}

}
