package io.violet.followup.tracker;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * WireMock stand-ins for the trackers' REST APIs, one server per tracker and JVM, in the
 * style of {@link io.violet.testing.SlackStub}: each test stubs the answers it needs.
 */
final class TrackerStub {

	private static final TrackerStub JIRA = new TrackerStub();

	private static final TrackerStub GITHUB = new TrackerStub();

	private final WireMockServer server;

	private TrackerStub() {
		this.server = new WireMockServer(WireMockConfiguration.options()
			.dynamicPort()
			.bindAddress("127.0.0.1")
			.templatingEnabled(true)
			.globalTemplating(false));
		this.server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(this.server::stop, "stop-tracker-stub"));
	}

	static TrackerStub jira() {
		return JIRA;
	}

	static TrackerStub github() {
		return GITHUB;
	}

	WireMockServer server() {
		return this.server;
	}

	String url() {
		return this.server.baseUrl();
	}

}
