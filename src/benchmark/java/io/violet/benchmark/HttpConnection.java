package io.violet.benchmark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection that posts a body and reads the whole answer. The
 * load generator shares the machine with the server under test, so it is kept as small as
 * a client can be: blocking socket, one write per request, no pooling logic beyond
 * reconnecting when the server closes the connection (Tomcat does so every 100 requests
 * by default, for either app alike).
 */
final class HttpConnection implements AutoCloseable {

	private static final int TIMEOUT_MILLIS = 30_000;

	private final String host;

	private final int port;

	private Socket socket;

	private InputStream in;

	private OutputStream out;

	HttpConnection(String host, int port) {
		this.host = host;
		this.port = port;
	}

	/**
	 * Posts a body and reads the answer.
	 * @param path the request path
	 * @param contentType the body's content type
	 * @param headers further headers, each as {@code Name: value}
	 * @param body the body
	 * @return the answer
	 * @throws IOException when the exchange fails
	 */
	Answer post(String path, String contentType, String[] headers, byte[] body) throws IOException {
		StringBuilder head = new StringBuilder(256).append("POST ")
			.append(path)
			.append(" HTTP/1.1\r\nHost: ")
			.append(this.host)
			.append(':')
			.append(this.port)
			.append("\r\nContent-Type: ")
			.append(contentType)
			.append("\r\nContent-Length: ")
			.append(body.length)
			.append("\r\n");
		for (String header : headers) {
			head.append(header).append("\r\n");
		}
		head.append("\r\n");
		byte[] headBytes = head.toString().getBytes(StandardCharsets.US_ASCII);
		byte[] request = new byte[headBytes.length + body.length];
		System.arraycopy(headBytes, 0, request, 0, headBytes.length);
		System.arraycopy(body, 0, request, headBytes.length, body.length);
		boolean reused = this.socket != null;
		try {
			return exchange(request);
		}
		catch (IOException ex) {
			close();
			if (!reused) {
				throw ex;
			}
			// the server may have closed an idle kept-alive connection: one fresh try
			return exchange(request);
		}
	}

	private Answer exchange(byte[] request) throws IOException {
		if (this.socket == null) {
			connect();
		}
		this.out.write(request);
		this.out.flush();
		String statusLine = readLine();
		int status = Integer.parseInt(statusLine.substring(9, 12));
		long contentLength = -1;
		boolean chunked = false;
		boolean closing = false;
		for (String line = readLine(); !line.isEmpty(); line = readLine()) {
			int colon = line.indexOf(':');
			if (colon < 0) {
				continue;
			}
			String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
			String value = line.substring(colon + 1).trim();
			switch (name) {
				case "content-length" -> contentLength = Long.parseLong(value);
				case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
				case "connection" -> closing = value.equalsIgnoreCase("close");
				default -> {
				}
			}
		}
		String body;
		if (chunked) {
			body = readChunked();
		}
		else if (contentLength >= 0) {
			body = new String(this.in.readNBytes((int) contentLength), StandardCharsets.UTF_8);
		}
		else {
			body = new String(this.in.readAllBytes(), StandardCharsets.UTF_8);
			closing = true;
		}
		if (closing) {
			close();
		}
		return new Answer(status, body);
	}

	private String readChunked() throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		while (true) {
			String sizeLine = readLine();
			int semicolon = sizeLine.indexOf(';');
			int size = Integer.parseInt((semicolon < 0) ? sizeLine.trim() : sizeLine.substring(0, semicolon).trim(),
					16);
			if (size == 0) {
				for (String trailer = readLine(); !trailer.isEmpty(); trailer = readLine()) {
					// trailers carry nothing the benchmark needs
				}
				return body.toString(StandardCharsets.UTF_8);
			}
			body.write(this.in.readNBytes(size));
			readLine();
		}
	}

	private String readLine() throws IOException {
		StringBuilder line = new StringBuilder(64);
		while (true) {
			int b = this.in.read();
			if (b < 0) {
				throw new EOFException("connection closed by the server");
			}
			if (b == '\n') {
				int length = line.length();
				return (length > 0 && line.charAt(length - 1) == '\r') ? line.substring(0, length - 1)
						: line.toString();
			}
			line.append((char) b);
		}
	}

	private void connect() throws IOException {
		Socket socket = new Socket();
		socket.setTcpNoDelay(true);
		socket.setSoTimeout(TIMEOUT_MILLIS);
		socket.connect(new InetSocketAddress(this.host, this.port), TIMEOUT_MILLIS);
		this.socket = socket;
		this.in = new BufferedInputStream(socket.getInputStream(), 8192);
		this.out = socket.getOutputStream();
	}

	@Override
	public void close() {
		if (this.socket != null) {
			try {
				this.socket.close();
			}
			catch (IOException ex) {
				// nothing to do about a socket that will not close
			}
			this.socket = null;
			this.in = null;
			this.out = null;
		}
	}

	/**
	 * What the server answered.
	 *
	 * @param status the HTTP status
	 * @param body the body
	 */
	record Answer(int status, String body) {

	}

}
