package io.violet.review.slack;

import java.util.List;

import com.slack.api.model.block.LayoutBlock;
import io.violet.review.ReviewSummary;
import io.violet.review.internal.ReviewService;
import io.violet.slack.HomeSection;

import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

/**
 * "Reviews waiting for you" on the App Home.
 */
@Component
class ReviewHomeSection implements HomeSection {

	private static final int SHOWN = 10;

	private final ReviewService reviews;

	ReviewHomeSection(ReviewService reviews) {
		this.reviews = reviews;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public List<LayoutBlock> render(String userId) {
		List<ReviewSummary> waiting = this.reviews.waitingFor(userId);
		StringBuilder text = new StringBuilder("*Reviews waiting for you*");
		if (waiting.isEmpty()) {
			text.append("\nNothing waits for your sign-off.");
		}
		waiting.stream().limit(SHOWN).forEach((r) -> text.append('\n').append(ReviewLines.line(r)));
		if (waiting.size() > SHOWN) {
			text.append("\n…and ").append(waiting.size() - SHOWN).append(" more: `/violet review list mine`.");
		}
		return List.of(section((s) -> s.text(markdownText(text.toString()))));
	}

}
