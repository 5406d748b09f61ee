package io.violet.testing;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.websocket.server.WsSci;
import org.jspecify.annotations.Nullable;

import static org.awaitility.Awaitility.await;

/**
 * A local stand-in for Slack's Socket Mode WebSocket, on Tomcat's WebSocket server:
 * greets each connection with {@code hello}, sends envelopes, records the acks by
 * {@code envelope_id} and when they came, can ask the client to reconnect
 * ({@code disconnect}) or drop the socket.
 */
public final class SocketModeStandIn implements AutoCloseable {

	private final Tomcat tomcat = new Tomcat();

	private final List<Session> sessions = new CopyOnWriteArrayList<>();

	private final Map<String, Instant> sent = new ConcurrentHashMap<>();

	private final Map<String, JsonObject> acks = new ConcurrentHashMap<>();

	private final Map<String, Duration> ackTimes = new ConcurrentHashMap<>();

	private final AtomicInteger connections = new AtomicInteger();

	private final int port;

	public SocketModeStandIn() {
		try {
			File base = java.nio.file.Files.createTempDirectory("socket-mode-stand-in").toFile();
			base.deleteOnExit();
			this.tomcat.setBaseDir(base.getAbsolutePath());
			this.tomcat.setPort(0);
			this.tomcat.getConnector().setProperty("address", "127.0.0.1");
			Context context = this.tomcat.addContext("", base.getAbsolutePath());
			context.addServletContainerInitializer(new WsSci(), null);
			// the upgrade filter runs only for a request some servlet is mapped to
			Tomcat.addServlet(context, "default", new jakarta.servlet.http.HttpServlet() {
			});
			context.addServletMappingDecoded("/", "default");
			Link link = new Link();
			context.addServletContainerInitializer((classes, servletContext) -> {
				ServerContainer container = (ServerContainer) servletContext
					.getAttribute(ServerContainer.class.getName());
				try {
					container.addEndpoint(ServerEndpointConfig.Builder.create(Link.class, "/link")
						.configurator(new ServerEndpointConfig.Configurator() {
							@Override
							public <T> T getEndpointInstance(Class<T> type) {
								return type.cast(link);
							}
						})
						.build());
				}
				catch (jakarta.websocket.DeploymentException ex) {
					throw new IllegalStateException(ex);
				}
			}, null);
			this.tomcat.start();
			this.port = this.tomcat.getConnector().getLocalPort();
		}
		catch (IOException | LifecycleException ex) {
			throw new IllegalStateException("Could not start the Socket Mode stand-in", ex);
		}
	}

	/**
	 * What {@code apps.connections.open} answers.
	 * @return the socket's address
	 */
	public String url() {
		return "ws://127.0.0.1:" + this.port + "/link";
	}

	/**
	 * How many connections were opened so far.
	 * @return the count
	 */
	public int connections() {
		return this.connections.get();
	}

	public void awaitConnections(int count) {
		await().atMost(Duration.ofSeconds(60)).until(() -> this.connections.get() >= count && current() != null);
	}

	/**
	 * Sends an envelope on the current connection.
	 * @param envelopeId its id
	 * @param type {@code slash_commands}, {@code interactive} or {@code events_api}
	 * @param payload what it carries
	 * @param retryAttempt 0, or how often it was delivered before
	 */
	public void send(String envelopeId, String type, JsonObject payload, int retryAttempt) {
		JsonObject envelope = new JsonObject();
		envelope.addProperty("envelope_id", envelopeId);
		envelope.addProperty("type", type);
		envelope.add("payload", payload);
		envelope.addProperty("accepts_response_payload", !"events_api".equals(type));
		envelope.addProperty("retry_attempt", retryAttempt);
		envelope.addProperty("retry_reason", (retryAttempt > 0) ? "timeout" : "");
		this.sent.put(envelopeId, Instant.now());
		sendText(envelope.toString());
	}

	/**
	 * Waits for the ack of an envelope.
	 * @param envelopeId the envelope
	 * @return the ack
	 */
	public JsonObject awaitAck(String envelopeId) {
		await().atMost(Duration.ofSeconds(30)).until(() -> this.acks.containsKey(envelopeId));
		return this.acks.get(envelopeId);
	}

	/**
	 * How long an ack took, from sending the envelope to receiving its ack.
	 * @param envelopeId the envelope
	 * @return the time
	 */
	public Duration ackTime(String envelopeId) {
		return this.ackTimes.get(envelopeId);
	}

	/** Asks the client to reconnect, as Slack does before it refreshes a connection. */
	public void disconnect() {
		sendText("{\"type\":\"disconnect\",\"reason\":\"refresh_requested\",\"debug_info\":{\"host\":\"stand-in\"}}");
	}

	/** Drops the current socket without warning. */
	public void drop() throws IOException {
		Session session = current();
		if (session != null) {
			session.close(new CloseReason(CloseReason.CloseCodes.UNEXPECTED_CONDITION, "dropped"));
		}
	}

	private @Nullable Session current() {
		for (int i = this.sessions.size() - 1; i >= 0; i--) {
			if (this.sessions.get(i).isOpen()) {
				return this.sessions.get(i);
			}
		}
		return null;
	}

	private void sendText(String text) {
		Session session = current();
		if (session == null) {
			throw new IllegalStateException("No open connection");
		}
		synchronized (session) {
			try {
				session.getBasicRemote().sendText(text);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

	@Override
	public void close() throws LifecycleException {
		this.tomcat.stop();
		this.tomcat.destroy();
	}

	/**
	 * The server side of one connection.
	 */
	public final class Link extends Endpoint {

		@Override
		public void onOpen(Session session, EndpointConfig config) {
			SocketModeStandIn.this.sessions.add(session);
			SocketModeStandIn.this.connections.incrementAndGet();
			session.addMessageHandler(String.class, (MessageHandler.Whole<String>) (text) -> {
				JsonObject message = JsonParser.parseString(text).getAsJsonObject();
				if (message.has("envelope_id")) {
					String id = message.get("envelope_id").getAsString();
					SocketModeStandIn.this.acks.putIfAbsent(id, message);
					Instant at = SocketModeStandIn.this.sent.get(id);
					if (at != null) {
						SocketModeStandIn.this.ackTimes.putIfAbsent(id, Duration.between(at, Instant.now()));
					}
				}
			});
			synchronized (session) {
				try {
					session.getBasicRemote()
						.sendText("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"stand-in\"},"
								+ "\"connection_info\":{\"app_id\":\"A0001\"}}");
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}

	}

}
