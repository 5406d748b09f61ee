package io.violet.review.scan;

import java.util.Locale;
import java.util.Optional;

/**
 * What a scan concluded.
 */
public enum ScanOutcome {

	PASS, FAIL;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ScanOutcome> fromKey(String key) {
		return switch (key.toLowerCase(Locale.ROOT)) {
			case "pass" -> Optional.of(PASS);
			case "fail" -> Optional.of(FAIL);
			default -> Optional.empty();
		};
	}

}
