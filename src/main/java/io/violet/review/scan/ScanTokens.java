package io.violet.review.scan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import io.violet.audit.AuditTrail;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pipeline tokens for {@code POST /api/scans}: one per pipeline, shown once when issued,
 * stored only as a SHA-256 hash, revocable.
 */
@Service
public class ScanTokens {

	/** Pipeline names: what admins type to create, list and revoke. */
	public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

	private static final String PREFIX = "vsc_";

	private final ScanTokenRepository tokens;

	private final AuditTrail audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ScanTokens(ScanTokenRepository tokens, AuditTrail audit, Clock clock) {
		this.tokens = tokens;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The most initiatives one token may be limited to (they are stored in one column).
	 */
	public static final int MAX_INITIATIVES = 50;

	/**
	 * Issues a token for a pipeline.
	 * @param pipeline the pipeline's name (checked against {@link #NAME})
	 * @param by the admin
	 * @return the token in clear, to show once; empty when the pipeline already has one
	 */
	@Transactional
	public Optional<String> create(String pipeline, String by) {
		return create(pipeline, List.of(), by);
	}

	/**
	 * Issues a token for a pipeline that may report scans only for some initiatives.
	 * @param pipeline the pipeline's name (checked against {@link #NAME})
	 * @param initiatives the keys of existing initiatives as stored (at most
	 * {@link #MAX_INITIATIVES}); empty for any initiative
	 * @param by the admin
	 * @return the token in clear, to show once; empty when the pipeline already has one
	 */
	@Transactional
	public Optional<String> create(String pipeline, Collection<String> initiatives, String by) {
		String name = pipeline.toLowerCase(Locale.ROOT);
		if (this.tokens.findByActiveName(name).isPresent()) {
			return Optional.empty();
		}
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		ScanToken issued = this.tokens.save(new ScanToken(name, hash(token), by, this.clock.instant(), initiatives));
		this.audit.record(by, "scan.token-created", "scan-token:" + name,
				issued.initiatives().isEmpty() ? null : "initiatives " + String.join(",", issued.initiatives()));
		return Optional.of(token);
	}

	/**
	 * The pipelines with a valid token.
	 * @return their tokens (without secrets), by name
	 */
	@Transactional(readOnly = true)
	public List<ScanToken> active() {
		return this.tokens.findByActiveNameIsNotNullOrderByNameAsc();
	}

	/**
	 * Revokes a pipeline's token; the pipeline is refused from now on.
	 * @param pipeline the pipeline's name
	 * @param by the admin
	 * @return false when it had no valid token
	 */
	@Transactional
	public boolean revoke(String pipeline, String by) {
		String name = pipeline.toLowerCase(Locale.ROOT);
		return this.tokens.findByActiveName(name).map((token) -> {
			token.revoke(by, this.clock.instant());
			this.audit.record(by, "scan.token-revoked", "scan-token:" + name, null);
			return true;
		}).orElse(false);
	}

	/**
	 * The pipeline a bearer token belongs to.
	 * @param bearer the token as presented, may be null
	 * @return the pipeline, or empty when the token is missing, unknown or revoked
	 */
	@Transactional
	public Optional<Pipeline> authenticate(@Nullable String bearer) {
		if (bearer == null || !bearer.startsWith(PREFIX) || bearer.length() > 100) {
			return Optional.empty();
		}
		return this.tokens.findByTokenHash(hash(bearer)).filter((token) -> !token.revoked()).map((token) -> {
			token.used(this.clock.instant());
			return new Pipeline(token.name(), token.initiatives());
		});
	}

	/**
	 * A pipeline as its token identifies it.
	 *
	 * @param name the pipeline's name
	 * @param initiatives the initiatives it may report for, empty for any
	 */
	public record Pipeline(String name, List<String> initiatives) {

		public Pipeline {
			initiatives = List.copyOf(initiatives);
		}

		/**
		 * Whether it may report a scan for an initiative.
		 * @param initiativeKey the key, in any case
		 * @return true when it is not limited or the initiative is one of its own
		 */
		public boolean mayReportFor(String initiativeKey) {
			return this.initiatives.isEmpty() || this.initiatives.contains(initiativeKey.toUpperCase(Locale.ROOT));
		}

	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

}
