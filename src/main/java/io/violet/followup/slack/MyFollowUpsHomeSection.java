package io.violet.followup.slack;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.slack.api.model.block.LayoutBlock;
import io.violet.VioletSettings;
import io.violet.followup.FollowUp;
import io.violet.followup.internal.FollowUpQueries;
import io.violet.slack.HomeSection;
import io.violet.slack.Mrkdwn;

import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

/**
 * "My follow-ups" on the App Home: the open follow-ups a user owns, soonest due first,
 * each with a Done button. Private incidents' follow-ups appear only while the user is in
 * the room.
 */
@Component
class MyFollowUpsHomeSection implements HomeSection {

	private static final int SHOWN = 10;

	private final FollowUpQueries queries;

	private final VioletSettings settings;

	private final Clock clock;

	MyFollowUpsHomeSection(FollowUpQueries queries, VioletSettings settings, Clock clock) {
		this.queries = queries;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 25;
	}

	@Override
	public List<LayoutBlock> render(String userId) {
		List<FollowUp> mine = this.queries.openOwnedBy(userId);
		List<LayoutBlock> blocks = new ArrayList<>();
		if (mine.isEmpty()) {
			blocks.add(section((s) -> s.text(markdownText("*My follow-ups*\nNothing open. :tada:"))));
			return blocks;
		}
		blocks.add(section((s) -> s.text(markdownText("*My follow-ups* (" + mine.size() + " open)"))));
		LocalDate today = this.settings.today(this.clock);
		for (FollowUp followUp : mine.subList(0, Math.min(SHOWN, mine.size()))) {
			blocks.add(section((s) -> s.blockId("followup_home_" + followUp.key())
				.text(markdownText(Mrkdwn.truncate(FollowUpLines.line(followUp, today), 3000)))
				.accessory(button((b) -> b.actionId(FollowUpLines.HOME_DONE)
					.text(plainText("Done"))
					.style("primary")
					.value(followUp.key())))));
		}
		if (mine.size() > SHOWN) {
			blocks.add(context((c) -> c.elements(
					List.of(markdownText("…and " + (mine.size() - SHOWN) + " more: `/violet follow-up list mine`.")))));
		}
		return blocks;
	}

}
