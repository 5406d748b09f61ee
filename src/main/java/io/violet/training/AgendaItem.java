package io.violet.training;

/**
 * One point of a workshop's agenda, as the module that asked for the workshop states it:
 * facts in plain text, which each surface (the invitation, the calendar file) renders its
 * own way.
 *
 * @param label how the point is referred to, e.g. {@code VT-3}
 * @param title what is to be discussed, as typed
 * @param area the viewpoint it comes from, e.g. {@code Security}
 * @param severity how serious it is, e.g. {@code high}
 */
public record AgendaItem(String label, String title, String area, String severity) {

}
