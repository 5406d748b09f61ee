package io.violet.incident;

import org.jspecify.annotations.Nullable;

/**
 * A report of an AI incident, from the modal, a shortcut or the one-line command.
 *
 * @param type the type
 * @param severity the severity
 * @param title the title as typed
 * @param description what happened, may be null
 * @param privateRoom whether the war room is private
 * @param personalData whether personal data is involved
 * @param initiativeKey the affected initiative's key, when picked or typed as a key
 * @param initiativeText the affected initiative as free text, when there is no catalog
 * @param evidenceLink a message permalink given as evidence
 * @param evidenceQuote the quoted text of that message, only when the reporter asked
 * @param reporter who reports
 * @param reportKey what identifies this one report (its trigger or view), so a repeated
 * delivery opens nothing new
 */
public record Report(IncidentType type, Severity severity, String title, @Nullable String description,
		boolean privateRoom, boolean personalData, @Nullable String initiativeKey, @Nullable String initiativeText,
		@Nullable String evidenceLink, @Nullable String evidenceQuote, String reporter, @Nullable String reportKey) {

}
