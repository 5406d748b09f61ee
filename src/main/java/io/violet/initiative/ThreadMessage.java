package io.violet.initiative;

import java.util.List;

/**
 * A message about an initiative: mrkdwn text (already escaped) and optional buttons.
 *
 * @param text the text, up to 3,000 characters shown in one block; longer text is sent
 * without blocks
 * @param buttons buttons under the text, at most 5
 */
public record ThreadMessage(String text, List<Button> buttons) {

	public ThreadMessage {
		buttons = List.copyOf(buttons);
	}

	public static ThreadMessage of(String text) {
		return new ThreadMessage(text, List.of());
	}

	/**
	 * A button.
	 *
	 * @param actionId the action id, prefixed with the owning module's name
	 * @param label the label (plain text, up to 75 characters)
	 * @param value the value handed back on click
	 * @param style {@code primary}, {@code danger} or empty
	 */
	public record Button(String actionId, String label, String value, String style) {

	}

}
