package io.violet.initiative;

/**
 * An initiative moved to its next stage.
 *
 * @param key its key
 * @param from the stage it left
 * @param to the stage it entered
 * @param by who moved it
 */
public record InitiativeAdvanced(String key, Stage from, Stage to, String by) {

}
