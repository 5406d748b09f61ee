package io.violet.followup.evidence;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the pack's ZIP one file at a time, straight into the output: each file is hashed
 * (SHA-256) while it is written, never held in memory, and {@code SHA256SUMS} lists them
 * all at the end in the format {@code sha256sum -c} reads.
 */
final class EvidenceZip implements AutoCloseable {

	static final String SUMS = "SHA256SUMS";

	private final ZipOutputStream zip;

	private final String folder;

	private final Map<String, String> sums = new LinkedHashMap<>();

	private final Map<String, Long> sizes = new LinkedHashMap<>();

	EvidenceZip(OutputStream out, String folder) {
		this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		this.folder = folder.endsWith("/") ? folder : folder + "/";
	}

	/**
	 * Writes one text file.
	 * @param name its path inside the pack's folder, e.g.
	 * {@code incidents/incident-12.md}
	 * @param content what writes it
	 */
	void text(String name, Content content) {
		MessageDigest sha = sha256();
		try {
			this.zip.putNextEntry(new ZipEntry(this.folder + name));
			Counting counting = new Counting(this.zip, sha);
			Writer writer = new OutputStreamWriter(counting, StandardCharsets.UTF_8);
			content.write(writer);
			writer.flush();
			this.zip.closeEntry();
			this.sums.put(name, HexFormat.of().formatHex(sha.digest()));
			this.sizes.put(name, counting.count);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The files written so far, with their sizes.
	 * @return path → bytes
	 */
	Map<String, Long> files() {
		return Map.copyOf(this.sizes);
	}

	/**
	 * Writes {@code SHA256SUMS} over every file and finishes the ZIP.
	 */
	@Override
	public void close() {
		try {
			this.zip.putNextEntry(new ZipEntry(this.folder + SUMS));
			StringBuilder lines = new StringBuilder();
			this.sums.forEach((name, sum) -> lines.append(sum).append("  ").append(name).append('\n'));
			this.zip.write(lines.toString().getBytes(StandardCharsets.UTF_8));
			this.zip.closeEntry();
			this.zip.finish();
			this.zip.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	/**
	 * What writes a file's text.
	 */
	@FunctionalInterface
	interface Content {

		void write(Writer out) throws IOException;

	}

	/**
	 * Passes bytes to the ZIP entry, hashing and counting them, and leaves the ZIP open
	 * when the file's writer is done.
	 */
	private static final class Counting extends FilterOutputStream {

		private final MessageDigest sha;

		private long count;

		Counting(OutputStream out, MessageDigest sha) {
			super(out);
			this.sha = sha;
		}

		@Override
		public void write(int b) throws IOException {
			this.out.write(b);
			this.sha.update((byte) b);
			this.count++;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
			this.sha.update(b, off, len);
			this.count += len;
		}

		@Override
		public void close() {
			// the ZIP entry is closed by the pack, not by the file's writer
		}

	}

}
