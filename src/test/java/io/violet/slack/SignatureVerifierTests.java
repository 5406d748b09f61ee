package io.violet.slack;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignatureVerifierTests {

	// Slack's published example (api.slack.com, "Verifying requests from Slack")
	private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

	private static final String TIMESTAMP = "1531420618";

	private static final byte[] BODY = ("token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
			+ "&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect"
			+ "&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
			+ "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c")
		.getBytes(StandardCharsets.UTF_8);

	private static final String SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

	private final SignatureVerifier verifier = new SignatureVerifier(SECRET);

	private final Instant then = Instant.ofEpochSecond(Long.parseLong(TIMESTAMP));

	@Test
	void slacksPublishedVectorVerifies() {
		assertThat(this.verifier.signatureOf(TIMESTAMP, BODY)).isEqualTo(SIGNATURE);
		assertThat(this.verifier.verify(TIMESTAMP, SIGNATURE, BODY, this.then.plusSeconds(30)))
			.isEqualTo(SignatureVerifier.Outcome.VALID);
	}

	@Test
	void aChangedBodyOrSignatureIsRejected() {
		byte[] tampered = BODY.clone();
		tampered[10] = 'X';
		assertThat(this.verifier.verify(TIMESTAMP, SIGNATURE, tampered, this.then))
			.isEqualTo(SignatureVerifier.Outcome.BAD_SIGNATURE);
		assertThat(this.verifier.verify(TIMESTAMP, SIGNATURE.replace('a', 'b'), BODY, this.then))
			.isEqualTo(SignatureVerifier.Outcome.BAD_SIGNATURE);
		assertThat(new SignatureVerifier("another-secret").verify(TIMESTAMP, SIGNATURE, BODY, this.then))
			.isEqualTo(SignatureVerifier.Outcome.BAD_SIGNATURE);
	}

	@Test
	void timestampsMoreThanFiveMinutesAwayEitherWayAreStale() {
		assertThat(this.verifier.verify(TIMESTAMP, SIGNATURE, BODY, this.then.plusSeconds(301)))
			.isEqualTo(SignatureVerifier.Outcome.STALE);
		assertThat(this.verifier.verify(TIMESTAMP, SIGNATURE, BODY, this.then.minusSeconds(301)))
			.isEqualTo(SignatureVerifier.Outcome.STALE);
		assertThat(this.verifier.verify(TIMESTAMP, SIGNATURE, BODY, this.then.plusSeconds(299)))
			.isEqualTo(SignatureVerifier.Outcome.VALID);
		assertThat(this.verifier.verify("not-a-number", SIGNATURE, BODY, this.then))
			.isEqualTo(SignatureVerifier.Outcome.STALE);
	}

	@Test
	void missingHeadersOrSecretNeverVerify() {
		assertThat(this.verifier.verify(null, SIGNATURE, BODY, this.then))
			.isEqualTo(SignatureVerifier.Outcome.MISSING_HEADERS);
		assertThat(this.verifier.verify(TIMESTAMP, null, BODY, this.then))
			.isEqualTo(SignatureVerifier.Outcome.MISSING_HEADERS);
		assertThat(new SignatureVerifier("").verify(TIMESTAMP, SIGNATURE, BODY, this.then))
			.isEqualTo(SignatureVerifier.Outcome.NO_SECRET);
	}

}
