package io.violet.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.core.ConditionTimeoutException;

import static org.awaitility.Awaitility.await;

/**
 * One Violet instance as a JVM of its own (the application on the test classpath), so
 * that killing it is what {@code kill -9} does to a pod: no shutdown hook, no graceful
 * stop, its database connections and Quartz check-ins simply end. It keeps its ports
 * across restarts.
 */
final class VioletProcess {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final int port;

	private final int managementPort;

	private final List<String> arguments;

	private final Path logDir;

	private volatile Process process;

	private int starts;

	VioletProcess(String name, int port, int managementPort, List<String> arguments, Path logDir) {
		this.name = name;
		this.port = port;
		this.managementPort = managementPort;
		this.arguments = List.copyOf(arguments);
		this.logDir = logDir;
	}

	String name() {
		return this.name;
	}

	int port() {
		return this.port;
	}

	boolean alive() {
		Process p = this.process;
		return p != null && p.isAlive();
	}

	synchronized void start() throws IOException {
		this.starts++;
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx384m");
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-XX:+UseSerialGC");
		command.add("-Xss512k");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add("io.violet.VioletApplication");
		command.add("--server.port=" + this.port);
		command.add("--management.server.port=" + this.managementPort);
		command.addAll(this.arguments);
		File log = this.logDir.resolve(this.name + "-" + this.starts + ".log").toFile();
		this.process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.to(log))
			.start();
	}

	/**
	 * Waits until the instance says it is ready.
	 * @param timeout how long at most
	 * @return whether it became ready
	 */
	boolean awaitReady(Duration timeout) {
		try {
			await().atMost(timeout).pollInterval(Duration.ofMillis(500)).until(() -> !alive() || ready());
		}
		catch (ConditionTimeoutException ex) {
			return false;
		}
		return alive();
	}

	private boolean ready() throws InterruptedException {
		try {
			HttpResponse<String> response = HTTP.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + this.managementPort + "/actuator/health/readiness"))
				.timeout(Duration.ofSeconds(2))
				.build(), HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200;
		}
		catch (IOException ex) {
			// not listening yet
			return false;
		}
	}

	/** {@code kill -9}. */
	void kill() throws InterruptedException {
		Process p = this.process;
		if (p != null) {
			p.destroyForcibly();
			p.waitFor();
		}
	}

	/** Stops it gracefully at the end of the run. */
	void stop() throws InterruptedException {
		Process p = this.process;
		if (p != null && p.isAlive()) {
			p.destroy();
			if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
				p.destroyForcibly();
				p.waitFor();
			}
		}
	}

	long pid() {
		Process p = this.process;
		return (p != null) ? p.pid() : -1;
	}

}
