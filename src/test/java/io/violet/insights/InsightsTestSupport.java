package io.violet.insights;

import io.violet.testing.SlackTestSupport;

import org.springframework.test.context.TestPropertySource;

/**
 * Base of the insights tests: a context of their own (so the figures see only the data
 * the tests seed), in Europe/Berlin, with a digest channel and a public address.
 */
@TestPropertySource(
		properties = { "violet.timezone=Europe/Berlin", "violet.insights.digest-channel=" + InsightsTestSupport.DIGEST,
				"violet.insights.public-url=https://violet.example.test/", "violet.insights.refresh=1h" })
public abstract class InsightsTestSupport extends SlackTestSupport {

	public static final String DIGEST = "CDIGEST";

}
