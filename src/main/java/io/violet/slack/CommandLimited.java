package io.violet.slack;

/**
 * Someone was refused a command because they ran it too often; recorded in the audit
 * trail.
 *
 * @param userId who
 * @param action the command, e.g. {@code incident declare}
 * @param limit how many uses the window allows
 * @param window the window, e.g. {@code 10 minutes}
 */
public record CommandLimited(String userId, String action, int limit, String window) {

}
