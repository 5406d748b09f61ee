package io.violet.incident.slack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.slack.api.model.block.LayoutBlock;
import io.violet.incident.ChecklistItem;
import io.violet.incident.Incident;
import io.violet.incident.IncidentFollowUps;
import io.violet.incident.PostMortemAction;
import io.violet.slack.Mrkdwn;
import org.jspecify.annotations.Nullable;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

/**
 * The post-mortem draft posted in the war room once the incident is resolved, with a
 * button per action its commander may confirm as a tracked follow-up.
 */
final class PostMortemDraftView {

	private PostMortemDraftView() {
	}

	/**
	 * The post-mortem draft.
	 * @param facts the incident and what its post-mortem shows
	 * @param followUps the incident's tracked follow-ups counted, or null when nothing
	 * tracks follow-ups (then the actions carry no confirm button)
	 * @return the blocks
	 */
	static List<LayoutBlock> blocks(PostMortemFacts facts, IncidentFollowUps.@Nullable Counts followUps) {
		Incident incident = facts.incident();
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(header((h) -> h.text(plainText(Mrkdwn
			.truncate((incident.drill() ? "DRILL · " : "") + "Post-mortem draft · " + incident.label(), 150)))));
		String times = "Time to contain: *"
				+ incident.containedAt()
					.map((t) -> WarRoomTexts.elapsed(Duration.between(incident.declaredAt(), t)))
					.orElse("—")
				+ "* · time to resolve: *"
				+ incident.resolvedAt()
					.map((t) -> WarRoomTexts.elapsed(Duration.between(incident.declaredAt(), t)))
					.orElse("—")
				+ "*";
		blocks.add(section((s) -> s.text(markdownText(times))));
		blocks.add(section((s) -> s.text(markdownText(Mrkdwn.truncate(
				"*Summary*\n" + Mrkdwn.escapeAndTruncate(incident.postmortemSummary().orElse(""), 2800), 3000)))));
		blocks.add(section((s) -> s.text(markdownText(Mrkdwn.truncate(
				"*Root cause*\n" + Mrkdwn.escapeAndTruncate(incident.postmortemRootCause().orElse(""), 2800), 3000)))));
		List<PostMortemAction> actions = facts.actions();
		if (actions.isEmpty()) {
			blocks.add(section((s) -> s.text(markdownText(Mrkdwn.truncate("*Follow-up actions*\n" + WarRoomTexts.MENTION
				.matcher(Mrkdwn.escapeAndTruncate(incident.postmortemFollowups().orElse(""), 2800))
				.replaceAll("<@$1>"), 3000)))));
		}
		else {
			blocks.add(section((s) -> s.text(markdownText("*Follow-up actions*" + ((followUps != null)
					? " — tracked: " + followUps.open() + " open · " + followUps.closed() + " closed" : "")))));
			for (PostMortemAction action : actions.subList(0, Math.min(actions.size(), 20))) {
				blocks.add(actionBlock(action, followUps != null));
			}
		}
		List<ClockDeadline> clocks = facts.clocks();
		if (!clocks.isEmpty()) {
			blocks.add(section((s) -> s.text(markdownText("*Regulatory clocks*\n" + clocks.stream()
				.map((c) -> "• " + c.rule().title() + " (" + c.term() + "): " + c.outcome(incident))
				.collect(Collectors.joining("\n"))))));
		}
		long done = facts.checklist().stream().filter(ChecklistItem::done).count();
		blocks.add(context((c) -> c.elements(List.of(markdownText("Checklist: " + done + " of "
				+ facts.checklist().size() + " steps done. The full post-mortem with the timeline, "
				+ "checklist and references is attached as Markdown.")))));
		return blocks;
	}

	private static LayoutBlock actionBlock(PostMortemAction action, boolean tracking) {
		String text = "• " + Mrkdwn.escapeAndTruncate(action.text(), 600) + " — owner "
				+ action.ownerId().map(Mrkdwn::user).orElse("_to be named_")
				+ action.followUpKey().map((key) -> "\n:white_check_mark: tracked as *" + key + "*").orElse("");
		if (!tracking || action.followUpKey().isPresent() || action.ownerId().isEmpty()) {
			return section((s) -> s.text(markdownText(text)));
		}
		return section((s) -> s.blockId("incident_pm_action_" + action.id())
			.text(markdownText(text))
			.accessory(button((b) -> b.actionId(IncidentInteractions.TRACK_ACTION)
				.text(plainText("Track as follow-up"))
				.value(Long.toString(action.id())))));
	}

}
