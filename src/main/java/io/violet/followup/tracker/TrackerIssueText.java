package io.violet.followup.tracker;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A follow-up as the tracker's issue shows it: a title, lines of plain text (some with a
 * link), the marker that finds the issue again, and its labels. Each tracker writes it
 * its own way (Atlassian Document Format, Markdown).
 *
 * @param key the follow-up's key
 * @param title the issue's title
 * @param lines the description, one line each
 * @param labels labels to set
 */
public record TrackerIssueText(String key, String title, List<Line> lines, List<String> labels) {

	public TrackerIssueText {
		lines = List.copyOf(lines);
		labels = List.copyOf(labels);
	}

	/**
	 * What identifies the issue as this follow-up's, written into it so that a retry
	 * after a lost answer finds it instead of creating a second one.
	 * @return e.g. {@code violet-followup:F-12}
	 */
	public String marker() {
		return marker(this.key);
	}

	public static String marker(String key) {
		return "violet-followup:" + key;
	}

	/**
	 * One line of the description.
	 *
	 * @param label a label before the text, or empty
	 * @param text the text (plain; the tracker escapes it)
	 * @param link an address the text links to, or null
	 */
	public record Line(String label, String text, @Nullable String link) {

		public static Line of(String label, String text) {
			return new Line(label, text, null);
		}

	}

}
