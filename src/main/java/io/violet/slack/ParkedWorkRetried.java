package io.violet.slack;

/**
 * An admin armed parked Slack work again ({@code /violet ops retry}); published in the
 * transaction that did it, for the audit trail.
 *
 * @param by the admin
 * @param what which entries, e.g. {@code J-12 E-40}
 */
public record ParkedWorkRetried(String by, String what) {

}
