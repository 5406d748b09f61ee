package io.violet.training.slack;

import java.util.List;

import com.slack.api.model.block.LayoutBlock;
import io.violet.slack.HomeSection;
import io.violet.slack.Mrkdwn;
import io.violet.training.Compliance;
import io.violet.training.Session;
import io.violet.training.TrainingSessions;

import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

/**
 * "My trainings" on the App Home: next sessions and overdue topics.
 */
@Component
class TrainingHomeSection implements HomeSection {

	private final TrainingSessions sessions;

	private final Compliance compliance;

	TrainingHomeSection(TrainingSessions sessions, Compliance compliance) {
		this.sessions = sessions;
		this.compliance = compliance;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public List<LayoutBlock> render(String userId) {
		StringBuilder text = new StringBuilder("*My trainings*");
		List<Session> next = this.sessions.upcomingFor(userId);
		if (next.isEmpty()) {
			text.append("\nNo upcoming sessions for you.");
		}
		next.stream()
			.limit(5)
			.forEach((s) -> text.append("\n• ")
				.append(Mrkdwn.date(s.startsAt()))
				.append(" — ")
				.append(TrainingMessages.headline(s)));
		List<Compliance.TopicStatus> overdue = this.compliance.statusOf(userId)
			.stream()
			.filter(Compliance.TopicStatus::overdue)
			.toList();
		if (!overdue.isEmpty()) {
			text.append("\n*Overdue:* ");
			text.append(String.join(", ",
					overdue.stream()
						.map((s) -> Mrkdwn.escape(s.topic().title()) + " (`" + s.topic().key() + "`)")
						.toList()));
		}
		text.append("\nSee all with `/violet training status`.");
		return List.of(section((s) -> s.text(markdownText(Mrkdwn.truncate(text.toString(), 2900)))));
	}

}
