package io.violet.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slash-command requests as Slack sends them: a form body with a trigger id no request
 * has carried before (Violet drops repeated trigger ids as duplicates), signed afresh
 * with the current timestamp.
 */
final class SignedCommands {

	private static final HexFormat HEX = HexFormat.of();

	private final byte[] secret;

	private final String prefix;

	private final String triggerPrefix;

	private final AtomicLong sequence = new AtomicLong();

	private final ThreadLocal<Mac> macs;

	/**
	 * Commands typed by one user.
	 * @param secret the signing secret
	 * @param userId who types them
	 * @param text the command text after {@code /violet}
	 * @param run tells this run's trigger ids apart from every other run's
	 */
	SignedCommands(String secret, String userId, String text, String run) {
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
		this.prefix = "token=legacy&team_id=T0001&team_domain=violet-bench&channel_id=CBENCH&channel_name=bench"
				+ "&user_id=" + userId + "&user_name=bench&command=%2Fviolet&text="
				+ URLEncoder.encode(text, StandardCharsets.UTF_8)
				+ "&api_app_id=A0001&response_url=https%3A%2F%2Fhooks.slack.invalid%2Fcommands%2FT0001%2F1%2Fbench"
				+ "&trigger_id=";
		this.triggerPrefix = "bench." + run + ".";
		this.macs = ThreadLocal.withInitial(this::newMac);
	}

	/**
	 * The next request.
	 * @return its body and headers
	 */
	Request next() {
		String body = this.prefix + this.triggerPrefix + this.sequence.incrementAndGet();
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		String timestamp = Long.toString(System.currentTimeMillis() / 1000);
		Mac mac = this.macs.get();
		mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
		String signature = "v0=" + HEX.formatHex(mac.doFinal(bytes));
		return new Request(bytes,
				new String[] { "X-Slack-Request-Timestamp: " + timestamp, "X-Slack-Signature: " + signature });
	}

	private Mac newMac() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/**
	 * One signed request.
	 *
	 * @param body the form body
	 * @param headers the signature headers
	 */
	record Request(byte[] body, String[] headers) {

	}

}
