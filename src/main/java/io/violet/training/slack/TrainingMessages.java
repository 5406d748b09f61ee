package io.violet.training.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import io.violet.directory.Role;
import io.violet.slack.Mrkdwn;
import io.violet.training.AgendaItem;
import io.violet.training.Compliance;
import io.violet.training.Rsvp;
import io.violet.training.Session;
import io.violet.training.SessionKind;
import io.violet.training.TrainingSessions;
import io.violet.training.internal.Deliveries;

import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

/**
 * The messages people get about sessions: invitations, reminders, cancellations, the
 * organiser's view of the answers, digests.
 */
@Component
class TrainingMessages {

	static final String RSVP_GOING = "training_rsvp_going";

	static final String RSVP_DECLINE = "training_rsvp_decline";

	static final String COMPLETE = "training_complete";

	static final String CAL_GOOGLE = "training_calendar_google";

	static final String CAL_OUTLOOK = "training_calendar_outlook";

	static final String CAL_ICS = "training_calendar_ics";

	static final String ATTENDANCE = "training_attendance_open";

	private static final int MAX_NAMES = 40;

	/**
	 * An invitation lists this many points of a workshop's agenda; the rest are counted.
	 */
	static final int AGENDA_SHOWN = 10;

	/** Each point's text is cut here, so that the agenda fits one section. */
	private static final int AGENDA_TITLE_MAX = 180;

	private final CalendarLinks links;

	TrainingMessages(CalendarLinks links) {
		this.links = links;
	}

	static String headline(Session session) {
		return "*" + Mrkdwn.escapeAndTruncate(session.title(), 200) + "* (" + session.key() + ")";
	}

	static String when(Session session) {
		return Mrkdwn.date(session.startsAt(), "{date_long_pretty} {time}") + " – "
				+ Mrkdwn.date(session.endsAt(), "{time}");
	}

	String inviteText(Session session) {
		return session.kind().label() + " invitation: " + Mrkdwn.escapeAndTruncate(session.title(), 200) + " ("
				+ session.key() + ") " + Mrkdwn.date(session.startsAt());
	}

	List<LayoutBlock> invite(Session session, Rsvp rsvp, boolean completed) {
		List<LayoutBlock> blocks = new ArrayList<>();
		StringBuilder text = new StringBuilder((session.kind() == SessionKind.DRILL
				? ":rotating_light: *DRILL* — you're invited to " : ":mortar_board: You're invited to ")
				+ headline(session) + "\n" + when(session) + " · organised by " + Mrkdwn.user(session.organiser()));
		if (session.recurrence() != null) {
			text.append("\nRepeats ").append(session.recurrence()).append('.');
		}
		if (!session.roles().isEmpty()) {
			text.append("\nFor: ").append(session.roles().stream().map(Role::title).collect(Collectors.joining(", ")));
		}
		blocks.add(section((s) -> s.text(markdownText(text.toString()))));
		if (!session.agenda().isEmpty()) {
			blocks.add(section((s) -> s.text(markdownText(agenda(session.agenda())))));
		}
		List<BlockElement> buttons = new ArrayList<>();
		String value = Long.toString(session.id());
		buttons.add(button((b) -> b.actionId(RSVP_GOING)
			.text(plainText("Going"))
			.value(value)
			.style(rsvp == Rsvp.GOING ? "primary" : null)));
		buttons.add(button((b) -> b.actionId(RSVP_DECLINE)
			.text(plainText("Can't go"))
			.value(value)
			.style(rsvp == Rsvp.NOT_GOING ? "danger" : null)));
		buttons.add(button((b) -> b.actionId(COMPLETE).text(plainText("I completed this")).value(value)));
		blocks.add(actions((a) -> a.blockId("training_rsvp_" + session.id()).elements(buttons)));
		List<BlockElement> calendar = new ArrayList<>();
		calendar.add(button(
				(b) -> b.actionId(CAL_GOOGLE).text(plainText("Google Calendar")).url(this.links.google(session))));
		calendar
			.add(button((b) -> b.actionId(CAL_OUTLOOK).text(plainText("Outlook")).url(this.links.outlook(session))));
		this.links.ics(session)
			.ifPresent((url) -> calendar.add(button((b) -> b.actionId(CAL_ICS).text(plainText(".ics file")).url(url))));
		blocks.add(actions((a) -> a.blockId("training_calendar_" + session.id()).elements(calendar)));
		String status = completed ? ":white_check_mark: Completed — thank you." : switch (rsvp) {
			case GOING -> ":white_check_mark: You're going.";
			case NOT_GOING -> ":no_entry_sign: You can't go.";
			case PENDING -> "Add to your calendar: the links above.";
		};
		blocks.add(context((c) -> c.elements(List.of(markdownText(status)))));
		return blocks;
	}

	/**
	 * A workshop's agenda, each point with its label, where it comes from and how serious
	 * it is; the text of each as typed, escaped.
	 */
	static String agenda(List<AgendaItem> agenda) {
		StringBuilder text = new StringBuilder("*Agenda* (" + agenda.size() + " point" + (agenda.size() == 1 ? "" : "s")
				+ ", kept current until the workshop)");
		agenda.stream()
			.limit(AGENDA_SHOWN)
			.forEach((item) -> text.append("\n• `")
				.append(Mrkdwn.escapeAndTruncate(item.label(), 20))
				.append("` ")
				.append(Mrkdwn.escapeAndTruncate(item.area(), 40))
				.append(", ")
				.append(Mrkdwn.escapeAndTruncate(item.severity(), 20))
				.append(": ")
				.append(Mrkdwn.escapeAndTruncate(oneLine(item.title()), AGENDA_TITLE_MAX)));
		if (agenda.size() > AGENDA_SHOWN) {
			text.append("\n…and ").append(agenda.size() - AGENDA_SHOWN).append(" more.");
		}
		return Mrkdwn.truncate(text.toString(), 2900);
	}

	/** A point's text on its bullet's line: line breaks typed in it become spaces. */
	private static String oneLine(String text) {
		return text.strip().replaceAll("\\s*\\R\\s*", " ");
	}

	String reminderText(Session session, boolean hourBefore) {
		return ":alarm_clock: Reminder: " + headline(session) + " starts "
				+ (hourBefore ? "in about an hour" : "tomorrow") + ", " + when(session) + ".";
	}

	String cancelledText(Session session) {
		return ":x: " + headline(session) + " on " + Mrkdwn.date(session.startsAt())
				+ " was cancelled by its organiser.";
	}

	String trackerText(Session session) {
		return "You scheduled " + headline(session) + " for " + Mrkdwn.date(session.startsAt());
	}

	List<LayoutBlock> tracker(Session session, List<TrainingSessions.InviteeAnswer> invitees,
			List<Deliveries.Count> counts, List<Deliveries.Failure> failures) {
		List<String> going = names(invitees, Rsvp.GOING);
		List<String> notGoing = names(invitees, Rsvp.NOT_GOING);
		long pending = invitees.stream().filter((i) -> i.rsvp() == Rsvp.PENDING).count();
		int sent = counts.stream()
			.filter((c) -> c.kind().name().equals("INVITE") && c.status().equals("SENT"))
			.mapToInt(Deliveries.Count::count)
			.sum();
		int queued = counts.stream()
			.filter((c) -> c.kind().name().equals("INVITE")
					&& (c.status().equals("PENDING") || c.status().equals("SENDING")))
			.mapToInt(Deliveries.Count::count)
			.sum();
		StringBuilder text = new StringBuilder(":clipboard: " + headline(session) + " — " + when(session));
		if (session.cancelled()) {
			text.append("\n*Cancelled.*");
		}
		text.append("\n*Going (").append(going.size()).append("):* ").append(list(going));
		text.append("\n*Can't go (").append(notGoing.size()).append("):* ").append(list(notGoing));
		text.append("\n*No answer yet:* ").append(pending);
		text.append("\nInvites sent: ").append(sent).append(queued > 0 ? " (" + queued + " still queued)" : "");
		if (!failures.isEmpty()) {
			text.append("\n:warning: Could not reach ")
				.append(failures.stream()
					.limit(10)
					.map((f) -> Mrkdwn.user(f.userId()) + " (`" + Mrkdwn.escape(f.reason()) + "`)")
					.collect(Collectors.joining(", ")))
				.append(failures.size() > 10 ? " and " + (failures.size() - 10) + " more" : "");
		}
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(section((s) -> s.text(markdownText(Mrkdwn.truncate(text.toString(), 2900)))));
		if (!session.cancelled()) {
			blocks.add(actions((a) -> a.blockId("training_tracker_" + session.id())
				.elements(List.of(button((b) -> b.actionId(ATTENDANCE)
					.text(plainText("Mark attendance"))
					.value(Long.toString(session.id())))))));
		}
		return blocks;
	}

	String digestText(List<Compliance.TopicStatus> overdue) {
		StringBuilder text = new StringBuilder(":books: *Trainings you are overdue for*\n");
		for (Compliance.TopicStatus status : overdue) {
			text.append("• ")
				.append(Mrkdwn.escape(status.topic().title()))
				.append(" (`")
				.append(status.topic().key())
				.append("`) — ")
				.append(status.last()
					.map((t) -> "last completed " + Mrkdwn.date(t, "{date_short}"))
					.orElse("never completed"))
				.append('\n');
		}
		text.append("Join the next session (see `/violet training list`) and your record updates when it is done.");
		return text.toString();
	}

	String dueText(String topicTitle, String topicKey) {
		return ":mortar_board: You now need *" + Mrkdwn.escape(topicTitle) + "* (`" + topicKey
				+ "`): it is due when you take on this role. Look for the next session with `/violet training list`.";
	}

	String drillNotOpenedText(Session session) {
		return ":warning: The drill " + headline(session) + " was due " + Mrkdwn.date(session.startsAt())
				+ " but its room could not be opened: "
				+ (session.note() != null ? Mrkdwn.escape(session.note()) : "the incident module is not available")
				+ " Nothing was announced. Reschedule it once incidents are available.";
	}

	private static List<String> names(List<TrainingSessions.InviteeAnswer> invitees, Rsvp rsvp) {
		return invitees.stream().filter((i) -> i.rsvp() == rsvp).map(TrainingSessions.InviteeAnswer::userId).toList();
	}

	private static String list(List<String> users) {
		if (users.isEmpty()) {
			return "—";
		}
		String shown = users.stream().limit(MAX_NAMES).map(Mrkdwn::user).collect(Collectors.joining(" "));
		return (users.size() > MAX_NAMES) ? shown + " and " + (users.size() - MAX_NAMES) + " more" : shown;
	}

}
