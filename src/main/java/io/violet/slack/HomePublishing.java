package io.violet.slack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

/**
 * Assembles a user's App Home from every module's {@link HomeSection} and publishes it
 * ({@code views.publish}, safe to repeat): the Slack work behind {@link AppHome#refresh}.
 * Each section reads what it shows in its own short transaction; the publish happens
 * after, with no connection held.
 */
@Component
class HomePublishing implements SlackWork {

	/** Stored with every refresh job: never rename. */
	static final String TYPE = "slack.home";

	private static final int MAX_BLOCKS = 100;

	/** Slack's limit of elements in one actions block. */
	private static final int MAX_ACTIONS = 25;

	private final List<HomeSection> sections;

	// lazy: sections belong to modules whose services may themselves queue Slack work,
	// and the job runner needs this work before those services exist
	HomePublishing(@Lazy List<HomeSection> sections) {
		this.sections = sections;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public void run(SlackJob job) {
		String userId = job.subject();
		// a permanent refusal (a deactivated user) comes back as a failed effect: there
		// is
		// nothing to publish to and nothing an admin could do, so the work just ends
		job.publishHome(userId, View.builder().type("home").blocks(blocks(userId)).build());
	}

	@Override
	public String describe(String subject) {
		return "App Home of " + subject;
	}

	List<LayoutBlock> blocks(String userId) {
		List<HomeSection> ordered = this.sections.stream().sorted(Comparator.comparingInt(HomeSection::order)).toList();
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(header((h) -> h.text(plainText("Violet"))));
		blocks.add(context((c) -> c.elements(List.of(markdownText(
				"Your violet team's reviews, trainings and incidents. Type `/violet help` anywhere for every command.")))));
		List<BlockElement> buttons = new ArrayList<>();
		for (HomeSection section : ordered) {
			for (HomeSection.HomeAction action : section.actions(userId)) {
				if (buttons.size() < MAX_ACTIONS) {
					buttons.add(button((b) -> b.actionId(action.actionId())
						.text(plainText(Mrkdwn.truncate(action.label(), 75)))
						.value(action.value())
						.style(action.primary() ? "primary" : null)));
				}
			}
		}
		if (!buttons.isEmpty()) {
			blocks.add(actions((a) -> a.blockId("home_actions").elements(buttons)));
		}
		// what waits for the user first, then what is under way, then the rest; the
		// modules' order within each
		List<HomeSection.Part> parts = ordered.stream().map((section) -> section.part(userId)).toList();
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparing((Integer i) -> parts.get(i).relevance()));
		for (int i : order) {
			HomeSection.Part part = parts.get(i);
			if (part.blocks().isEmpty()) {
				continue;
			}
			if (blocks.size() + part.blocks().size() + 1 <= MAX_BLOCKS) {
				blocks.add(divider());
				blocks.addAll(part.blocks());
			}
			else if (part.more() != null && blocks.size() + 2 <= MAX_BLOCKS) {
				String more = part.more();
				blocks.add(divider());
				blocks.add(context((c) -> c.elements(List.of(markdownText("More: " + more)))));
			}
		}
		return blocks;
	}

}
