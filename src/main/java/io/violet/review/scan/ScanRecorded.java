package io.violet.review.scan;

/**
 * A model scan result was stored.
 *
 * @param scanId the result's id
 * @param initiativeKey the initiative
 * @param component the component's {@code name@version}
 * @param tool the scanner
 * @param passed whether it passed
 */
public record ScanRecorded(long scanId, String initiativeKey, String component, String tool, boolean passed) {

}
