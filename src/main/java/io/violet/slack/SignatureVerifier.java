package io.violet.slack;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Checks Slack's v0 request signature: HMAC-SHA256 over {@code v0:<timestamp>:<body>},
 * compared in constant time, with the timestamp within five minutes either way.
 */
final class SignatureVerifier {

	static final Duration MAX_SKEW = Duration.ofMinutes(5);

	private final byte[] secret;

	SignatureVerifier(String signingSecret) {
		this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
	}

	Outcome verify(@Nullable String timestamp, @Nullable String signature, byte[] body, Instant now) {
		if (this.secret.length == 0) {
			return Outcome.NO_SECRET;
		}
		if (timestamp == null || signature == null) {
			return Outcome.MISSING_HEADERS;
		}
		long seconds;
		try {
			seconds = Long.parseLong(timestamp.trim());
		}
		catch (NumberFormatException ex) {
			return Outcome.STALE;
		}
		if (Math.abs(now.getEpochSecond() - seconds) > MAX_SKEW.toSeconds()) {
			return Outcome.STALE;
		}
		byte[] expected = ("v0=" + HexFormat.of().formatHex(sign(timestamp.trim(), body)))
			.getBytes(StandardCharsets.US_ASCII);
		boolean equal = MessageDigest.isEqual(expected, signature.trim().getBytes(StandardCharsets.US_ASCII));
		return equal ? Outcome.VALID : Outcome.BAD_SIGNATURE;
	}

	String signatureOf(String timestamp, byte[] body) {
		return "v0=" + HexFormat.of().formatHex(sign(timestamp, body));
	}

	private byte[] sign(String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
			return mac.doFinal(body);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	enum Outcome {

		VALID, NO_SECRET, MISSING_HEADERS, STALE, BAD_SIGNATURE

	}

}
