package io.violet.review.scan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Model-scan settings.
 *
 * @param maxBodyBytes the largest {@code POST /api/scans} body accepted
 * ({@code VIOLET_SCANS_MAX_BODY_BYTES})
 */
@ConfigurationProperties("violet.scans")
public record ScanSettings(@DefaultValue("32768") int maxBodyBytes) {

}
