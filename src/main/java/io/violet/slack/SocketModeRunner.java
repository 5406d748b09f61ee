package io.violet.slack;

import java.io.IOException;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Connects to Slack over Socket Mode when an app-level token is configured. The
 * connection starts without blocking the application's start-up.
 */
@Component
class SocketModeRunner implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SocketModeRunner.class);

	private final SlackSettings settings;

	private final App app;

	private final Connector connector;

	private volatile Connection connection;

	SocketModeRunner(SlackSettings settings, App app, java.util.Optional<Connector> connector) {
		this.settings = settings;
		this.app = app;
		this.connector = connector.orElse(SocketModeRunner::connect);
	}

	@Override
	public void start() {
		if (!this.settings.socketMode()) {
			return;
		}
		try {
			this.connection = this.connector.open(this.settings.appToken(), this.app);
			log.info("Socket Mode started");
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not start Socket Mode: " + ex.getMessage(), ex);
		}
	}

	@Override
	public void stop() {
		Connection open = this.connection;
		this.connection = null;
		if (open != null) {
			try {
				open.close();
			}
			catch (Exception ex) {
				log.warn("Closing Socket Mode failed: {}", ex.getMessage());
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.connection != null;
	}

	private static Connection connect(String appToken, App app) throws IOException {
		SocketModeApp socketModeApp = new SocketModeApp(appToken, app);
		try {
			socketModeApp.startAsync();
		}
		catch (Exception ex) {
			throw new IOException(ex.getMessage(), ex);
		}
		return socketModeApp::stop;
	}

	/**
	 * Opens a Socket Mode connection; replaced in tests.
	 */
	@FunctionalInterface
	interface Connector {

		Connection open(String appToken, App app) throws Exception;

	}

	/**
	 * An open connection.
	 */
	@FunctionalInterface
	interface Connection {

		void close() throws Exception;

	}

}
