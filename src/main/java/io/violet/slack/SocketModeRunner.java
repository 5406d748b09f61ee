package io.violet.slack;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Connects to Slack over Socket Mode when an app-level token is configured, without
 * blocking the application's start-up and without failing it: while Slack cannot be
 * reached (or refuses the token) it tries again with a growing pause, so a Slack outage
 * never turns into a crash loop. Readiness follows {@link #connected()}
 * ({@link SocketModeHealthIndicator}); liveness does not.
 */
@Component
class SocketModeRunner implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SocketModeRunner.class);

	static final Duration FIRST_PAUSE = Duration.ofSeconds(1);

	static final Duration LONGEST_PAUSE = Duration.ofSeconds(60);

	/**
	 * How often a connection that went quiet is checked; the SDK reconnects meanwhile.
	 */
	static final Duration WATCH_EVERY = Duration.ofSeconds(30);

	private final SlackSettings settings;

	private final App app;

	private final Connector connector;

	private final Duration firstPause;

	private final Duration longestPause;

	private final Duration watchEvery;

	private volatile @Nullable ScheduledExecutorService attempts;

	private volatile @Nullable Connection connection;

	private volatile int failures;

	private volatile @Nullable String lastProblem;

	private volatile boolean running;

	@Autowired
	SocketModeRunner(SlackSettings settings, App app, Optional<Connector> connector) {
		this(settings, app, connector.orElse(SocketModeRunner::connect), FIRST_PAUSE, LONGEST_PAUSE, WATCH_EVERY);
	}

	SocketModeRunner(SlackSettings settings, App app, Connector connector, Duration firstPause, Duration longestPause,
			Duration watchEvery) {
		this.settings = settings;
		this.app = app;
		this.connector = connector;
		this.firstPause = firstPause;
		this.longestPause = longestPause;
		this.watchEvery = watchEvery;
	}

	@Override
	public void start() {
		if (!this.settings.socketMode() || this.running) {
			return;
		}
		this.running = true;
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "socket-mode");
			thread.setDaemon(true);
			return thread;
		});
		this.attempts = executor;
		executor.execute(this::attempt);
		executor.scheduleWithFixedDelay(this::watch, this.watchEvery.toMillis(), this.watchEvery.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	private void attempt() {
		if (!this.running || this.connection != null) {
			return;
		}
		try {
			this.connection = this.connector.open(this.settings.appToken(), this.app);
			this.failures = 0;
			this.lastProblem = null;
			log.info("Socket Mode connected");
		}
		catch (Exception | LinkageError ex) {
			// the SDK's client factory answers an unreachable Slack with a null client,
			// hence NullPointerException here as well as IOException
			int failed = ++this.failures;
			this.lastProblem = ex.getClass().getSimpleName()
					+ ((ex.getMessage() != null) ? ": " + Mrkdwn.truncate(ex.getMessage(), 200) : "");
			Duration pause = pause(failed);
			log.warn("Socket Mode could not connect ({}); trying again in {} s (attempt {})", this.lastProblem,
					pause.toSeconds(), failed);
			ScheduledExecutorService executor = this.attempts;
			if (this.running && executor != null && !executor.isShutdown()) {
				executor.schedule(this::attempt, pause.toMillis(), TimeUnit.MILLISECONDS);
			}
		}
	}

	/**
	 * The SDK reconnects a dropped socket by itself; a connection that stays closed (its
	 * reconnects failed while Slack was away) is replaced by a fresh one.
	 */
	private void watch() {
		Connection open = this.connection;
		if (!this.running || open == null || open.isOpen()) {
			return;
		}
		log.warn("Socket Mode connection is closed; connecting again");
		this.connection = null;
		closeQuietly(open);
		attempt();
	}

	Duration pause(int failures) {
		long millis = this.firstPause.toMillis() << Math.min(failures - 1, 16);
		return Duration.ofMillis(Math.min(millis, this.longestPause.toMillis()));
	}

	/**
	 * Whether Socket Mode is connected now.
	 * @return true while the socket is open
	 */
	boolean connected() {
		Connection open = this.connection;
		return open != null && open.isOpen();
	}

	/**
	 * Why the last attempt failed, while not connected.
	 * @return the problem, or null
	 */
	@Nullable String lastProblem() {
		return this.lastProblem;
	}

	int failures() {
		return this.failures;
	}

	boolean socketMode() {
		return this.settings.socketMode();
	}

	@Override
	public void stop() {
		this.running = false;
		ScheduledExecutorService executor = this.attempts;
		this.attempts = null;
		if (executor != null) {
			executor.shutdownNow();
		}
		Connection open = this.connection;
		this.connection = null;
		if (open != null) {
			closeQuietly(open);
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private static void closeQuietly(Connection open) {
		try {
			open.close();
		}
		catch (Exception ex) {
			log.warn("Closing Socket Mode failed: {}", ex.getMessage());
		}
	}

	private static Connection connect(String appToken, App app) throws Exception {
		SocketModeApp socketModeApp = new SocketModeApp(appToken, app);
		AtomicBoolean open = new AtomicBoolean();
		socketModeApp.startAsync();
		var client = socketModeApp.getClient();
		// every message (hello after each reconnect, envelopes) shows the socket is open;
		// a close shows it is not, until the SDK's reconnect brings the next hello
		client.addWebSocketMessageListener((message) -> open.set(true));
		client.addWebSocketCloseListener((code, reason) -> open.set(false));
		open.set(true);
		return new Connection() {

			@Override
			public boolean isOpen() {
				return open.get();
			}

			@Override
			public void close() throws Exception {
				socketModeApp.close();
			}

		};
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
	interface Connection {

		boolean isOpen();

		void close() throws Exception;

	}

}
