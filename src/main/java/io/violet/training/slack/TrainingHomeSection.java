package io.violet.training.slack;

import java.util.ArrayList;
import java.util.List;

import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.LayoutBlock;
import io.violet.slack.HomeSection;
import io.violet.slack.Mrkdwn;
import io.violet.training.Compliance;
import io.violet.training.Rsvp;
import io.violet.training.Session;
import io.violet.training.SessionKind;
import io.violet.training.TrainingSessions;

import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

/**
 * "My trainings" on the App Home: next sessions and overdue topics.
 */
@Component
class TrainingHomeSection implements HomeSection {

	static final String SCHEDULE = "home_schedule_training";

	private static final int SHOWN = 5;

	private final TrainingSessions sessions;

	private final Compliance compliance;

	private final Permissions permissions;

	TrainingHomeSection(TrainingSessions sessions, Compliance compliance, Permissions permissions) {
		this.sessions = sessions;
		this.compliance = compliance;
		this.permissions = permissions;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public List<HomeAction> actions(String userId) {
		return this.permissions.maySchedule(userId, SessionKind.TRAINING)
				? List.of(new HomeAction(SCHEDULE, "Schedule a training", "home", false)) : List.of();
	}

	@Override
	public List<LayoutBlock> render(String userId) {
		return part(userId).blocks();
	}

	/**
	 * My upcoming sessions, each with its RSVP buttons (the same as in the invitation, so
	 * the same handler and checks answer them), then overdue topics.
	 */
	@Override
	public Part part(String userId) {
		List<LayoutBlock> blocks = new ArrayList<>();
		List<Session> next = this.sessions.upcomingFor(userId);
		StringBuilder head = new StringBuilder("*My trainings*");
		if (next.isEmpty()) {
			head.append("\nNo upcoming sessions for you.");
		}
		List<Compliance.TopicStatus> overdue = this.compliance.statusOf(userId)
			.stream()
			.filter(Compliance.TopicStatus::overdue)
			.toList();
		if (!overdue.isEmpty()) {
			head.append("\n*Overdue:* ");
			head.append(String.join(", ",
					overdue.stream()
						.map((s) -> Mrkdwn.escape(s.topic().title()) + " (`" + s.topic().key() + "`)")
						.toList()));
		}
		String headText = Mrkdwn.truncate(head.toString(), 2900);
		blocks.add(section((s) -> s.text(markdownText(headText))));
		boolean unanswered = false;
		for (Session session : next.subList(0, Math.min(SHOWN, next.size()))) {
			Rsvp answer = this.sessions.rsvpOf(session.id(), userId).orElse(null);
			unanswered |= answer == Rsvp.PENDING;
			String line = Mrkdwn.date(session.startsAt()) + " — " + TrainingMessages.headline(session)
					+ ((answer == null) ? " _(you organise it)_" : " · " + answerText(answer));
			blocks.add(section((s) -> s.text(markdownText(Mrkdwn.truncate(line, 2900)))));
			if (answer != null) {
				String value = Long.toString(session.id());
				blocks.add(Blocks.actions("home_rsvp_" + session.id(),
						List.of(button((b) -> b.actionId(TrainingMessages.RSVP_GOING)
							.text(plainText("Going"))
							.value(value)
							.style((answer == Rsvp.GOING) ? "primary" : null)),
								button((b) -> b.actionId(TrainingMessages.RSVP_DECLINE)
									.text(plainText("Can't make it"))
									.value(value)
									.style((answer == Rsvp.NOT_GOING) ? "danger" : null)))));
			}
		}
		String more = "`/violet training list` and `/violet training status`";
		if (next.size() > SHOWN) {
			blocks.add(context((c) -> c
				.elements(List.of(markdownText("…and " + (next.size() - SHOWN) + " more: `/violet training list`.")))));
		}
		else {
			blocks.add(context((c) -> c.elements(List.of(markdownText("See all with `/violet training status`.")))));
		}
		Relevance relevance = unanswered || !overdue.isEmpty() ? Relevance.ACTION_NEEDED
				: next.isEmpty() ? Relevance.INFORMATION : Relevance.UNDER_WAY;
		return new Part(blocks, relevance, more);
	}

	private static String answerText(Rsvp answer) {
		return switch (answer) {
			case GOING -> "you're going";
			case NOT_GOING -> "you can't make it";
			case PENDING -> "*waiting for your answer*";
		};
	}

}
