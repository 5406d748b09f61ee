package io.violet.initiative;

/**
 * An initiative was created.
 *
 * @param key its key
 * @param createdBy who created it
 */
public record InitiativeCreated(String key, String createdBy) {

}
