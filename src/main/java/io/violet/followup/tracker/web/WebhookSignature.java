package io.violet.followup.tracker.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Checks a tracker webhook's signature: {@code sha256=<hex>} of the HMAC-SHA256 of the
 * exact body bytes under the shared secret, as GitHub sends in
 * {@code X-Hub-Signature-256} and Jira Cloud in {@code X-Hub-Signature}. Compared in
 * constant time.
 */
final class WebhookSignature {

	private static final String PREFIX = "sha256=";

	private WebhookSignature() {
	}

	static boolean valid(String secret, byte[] body, @Nullable String header) {
		if (secret.isEmpty() || header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			return false;
		}
		byte[] given;
		try {
			given = HexFormat.of().parseHex(header.substring(PREFIX.length()).strip());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(sign(secret, body), given);
	}

	static byte[] sign(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

}
