package io.violet.followup.slack;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import io.violet.audit.Actor;
import io.violet.followup.FollowUp;
import io.violet.followup.FollowUpSeverity;
import io.violet.slack.Mrkdwn;
import org.jspecify.annotations.Nullable;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

/**
 * How a follow-up reads in Slack: one line in lists, the full card of {@code show}, and
 * the buttons every message about it carries.
 */
final class FollowUpLines {

	/** Marks a follow-up done (value: its key). */
	static final String DONE = "followup_done";

	/** Postpones the owner's reminders (value: its key). */
	static final String SNOOZE = "followup_snooze";

	/** Marks a follow-up done from the App Home (value: its key). */
	static final String HOME_DONE = "followup_home_done";

	private FollowUpLines() {
	}

	/**
	 * One line for lists and the App Home.
	 * @param followUp the follow-up
	 * @param today the viewer's organisation day, to tell overdue ones
	 * @return mrkdwn
	 */
	static String line(FollowUp followUp, LocalDate today) {
		StringBuilder line = new StringBuilder("• *").append(followUp.key()).append("* ");
		if (followUp.privateIncident()) {
			line.append(":lock: ");
		}
		line.append(severity(followUp.severity())).append(' ');
		String text = Mrkdwn.escapeAndTruncate(followUp.text(), 140);
		line.append(followUp.done() ? "~" + text + "~" : text);
		line.append(" — ").append(Mrkdwn.user(followUp.ownerId()));
		if (followUp.done()) {
			line.append(" · done");
		}
		else if (followUp.due() != null) {
			line.append(" · due ").append(date(followUp.due()));
			if (followUp.overdueOn(today)) {
				line.append(" :alarm_clock: overdue");
			}
		}
		line.append(parents(followUp));
		followUp.trackerIssue()
			.ifPresent((issue) -> line.append(" · ").append(Mrkdwn.link(issue.url(), issue.reference())));
		return line.toString();
	}

	/**
	 * Everything about a follow-up, for {@code show}.
	 * @param followUp the follow-up
	 * @param today the organisation's day
	 * @param snoozedUntil until when its reminders are postponed, or null
	 * @return mrkdwn
	 */
	static String details(FollowUp followUp, LocalDate today, java.time.@Nullable Instant snoozedUntil) {
		StringBuilder text = new StringBuilder("*").append(followUp.key()).append("* ");
		if (followUp.privateIncident()) {
			text.append(":lock: ");
		}
		text.append(followUp.done() ? ":white_check_mark: done" : "open")
			.append('\n')
			.append('>')
			.append(Mrkdwn.escapeAndTruncate(followUp.text(), 2000).replace("\n", "\n>"))
			.append("\n*Owner:* ")
			.append(Mrkdwn.user(followUp.ownerId()))
			.append(" · *Severity:* ")
			.append(severity(followUp.severity()))
			.append(" · *Due:* ")
			.append((followUp.due() != null) ? date(followUp.due()) : "no date");
		if (followUp.overdueOn(today)) {
			text.append(" :alarm_clock: overdue");
		}
		text.append("\n*Belongs to:*").append(parents(followUp).replaceFirst("^ ·", ""));
		text.append("\n*Came from:* ").append(origin(followUp));
		followUp.trackerIssue()
			.ifPresent((issue) -> text.append("\n*Tracker:* ").append(Mrkdwn.link(issue.url(), issue.reference())));
		if (followUp.done() && followUp.closedAt() != null) {
			text.append("\n*Done:* ")
				.append(Mrkdwn.date(followUp.closedAt()))
				.append(" by ")
				.append(actor(followUp.closedBy()));
			if (followUp.note() != null) {
				text.append(" — ").append(Mrkdwn.escapeAndTruncate(followUp.note(), 500));
			}
		}
		if (!followUp.done() && snoozedUntil != null) {
			text.append("\n*Reminders snoozed until* ").append(Mrkdwn.date(snoozedUntil));
		}
		return text.toString();
	}

	static String origin(FollowUp followUp) {
		String by = actor(followUp.createdBy());
		String when = Mrkdwn.date(followUp.createdAt(), "{date_short_pretty}");
		if (followUp.origin() == null) {
			return "added by " + by + " " + when;
		}
		return Mrkdwn.escapeAndTruncate(followUp.origin(), 300) + ", by " + by + " " + when;
	}

	static String parents(FollowUp followUp) {
		StringBuilder text = new StringBuilder();
		if (followUp.incidentId() != null) {
			text.append(" · incident #").append(followUp.incidentId());
		}
		if (followUp.initiativeKey() != null) {
			text.append(" · `").append(Mrkdwn.escape(followUp.initiativeKey())).append('`');
		}
		return text.toString();
	}

	static String severity(FollowUpSeverity severity) {
		return switch (severity) {
			case LOW -> ":white_circle: low";
			case MEDIUM -> ":large_blue_circle: medium";
			case HIGH -> ":large_orange_circle: high";
			case CRITICAL -> ":red_circle: critical";
		};
	}

	static String date(LocalDate date) {
		return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + date;
	}

	static String actor(@Nullable String actor) {
		if (actor == null) {
			return "someone";
		}
		if (actor.startsWith("tracker:")) {
			return "the " + Mrkdwn.escape(actor.substring("tracker:".length())) + " tracker";
		}
		if (Actor.VIOLET.is(actor)) {
			return "Violet";
		}
		return Mrkdwn.user(actor);
	}

	/**
	 * A message about a follow-up with its Done (and, for its owner, Snooze) buttons.
	 * @param text the text (mrkdwn)
	 * @param followUp the follow-up
	 * @param snooze whether to offer Snooze
	 * @return the blocks
	 */
	static List<LayoutBlock> withButtons(String text, FollowUp followUp, boolean snooze) {
		List<BlockElement> buttons = new java.util.ArrayList<>();
		buttons.add(button((b) -> b.actionId(DONE).text(plainText("Done")).style("primary").value(followUp.key())));
		if (snooze) {
			buttons.add(button((b) -> b.actionId(SNOOZE).text(plainText("Snooze")).value(followUp.key())));
		}
		return List.of(section((s) -> s.text(markdownText(Mrkdwn.truncate(text, 3000)))),
				actions((a) -> a.blockId("followup_actions").elements(buttons)),
				context((c) -> c.elements(List.of(markdownText("`/violet follow-up show " + followUp.key() + "`")))));
	}

}
