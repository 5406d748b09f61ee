package io.violet.review.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import io.violet.initiative.Initiatives;
import io.violet.review.ReviewSummary;
import io.violet.review.internal.ReviewQueries;
import io.violet.slack.HomeSection;
import io.violet.slack.Mrkdwn;
import io.violet.slack.Permalinks;

import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

/**
 * "Reviews waiting for you" on the App Home.
 */
@Component
class ReviewHomeSection implements HomeSection {

	/**
	 * The "Open thread" link button; Slack sends a click on it too, which needs an ack.
	 */
	static final String OPEN_THREAD = "review_open_thread";

	private static final int SHOWN = 5;

	private final ReviewQueries reviews;

	private final Initiatives initiatives;

	private final Permalinks permalinks;

	ReviewHomeSection(ReviewQueries reviews, Initiatives initiatives, Permalinks permalinks) {
		this.reviews = reviews;
		this.initiatives = initiatives;
		this.permalinks = permalinks;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public List<LayoutBlock> render(String userId) {
		return part(userId).blocks();
	}

	/**
	 * Each review waiting for the user with the same Approve and Request changes buttons
	 * as the request in the thread (so the same handler and checks decide), and a link to
	 * the thread.
	 */
	@Override
	public Part part(String userId) {
		List<ReviewSummary> waiting = this.reviews.waitingFor(userId);
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(section((s) -> s.text(markdownText(
				"*Reviews waiting for you*" + (waiting.isEmpty() ? "\nNothing waits for your sign-off." : "")))));
		for (ReviewSummary review : waiting.subList(0, Math.min(SHOWN, waiting.size()))) {
			String value = Long.toString(review.id());
			blocks.add(section((s) -> s.text(markdownText(Mrkdwn.truncate(ReviewLines.line(review), 2900)))));
			List<BlockElement> buttons = new ArrayList<>();
			buttons.add(button(
					(b) -> b.actionId(ReviewButtons.APPROVE).text(plainText("Approve")).value(value).style("primary")));
			buttons.add(button((b) -> b.actionId(ReviewButtons.REQUEST_CHANGES)
				.text(plainText("Request changes"))
				.value(value)
				.style("danger")));
			thread(review.initiativeKey()).ifPresent((url) -> buttons
				.add(button((b) -> b.actionId(OPEN_THREAD).text(plainText("Open thread")).value(value).url(url))));
			blocks.add(Blocks.actions("home_review_" + review.id(), buttons));
		}
		if (waiting.size() > SHOWN) {
			blocks.add(context((c) -> c.elements(
					List.of(markdownText("…and " + (waiting.size() - SHOWN) + " more: `/violet review list mine`.")))));
		}
		return new Part(blocks, waiting.isEmpty() ? Relevance.INFORMATION : Relevance.ACTION_NEEDED,
				"`/violet review list mine`");
	}

	private Optional<String> thread(String initiativeKey) {
		return this.initiatives.details(initiativeKey)
			.filter((i) -> i.channelId() != null && i.threadTs() != null)
			.flatMap((i) -> this.permalinks.of(String.valueOf(i.channelId()), String.valueOf(i.threadTs())));
	}

}
