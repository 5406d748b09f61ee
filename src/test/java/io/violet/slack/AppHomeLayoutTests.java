package io.violet.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import org.junit.jupiter.api.Test;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the Home is put together from the sections: one row of quick actions, the sections
 * that ask something of the user first, never more than Slack's 100 blocks, a "more" hint
 * for a section that does not fit.
 */
class AppHomeLayoutTests {

	private static HomeSection fake(int order, String name, int blocks, HomeSection.Relevance relevance,
			List<HomeSection.HomeAction> actions) {
		return new HomeSection() {

			@Override
			public int order() {
				return order;
			}

			@Override
			public List<LayoutBlock> render(String userId) {
				return part(userId).blocks();
			}

			@Override
			public Part part(String userId) {
				List<LayoutBlock> out = new ArrayList<>();
				IntStream.range(0, blocks)
					.forEach((i) -> out.add(section((s) -> s.text(markdownText(name + " " + i)))));
				return new Part(out, relevance, "`/violet " + name + " list`");
			}

			@Override
			public List<HomeAction> actions(String userId) {
				return actions;
			}

		};
	}

	private static List<String> texts(List<LayoutBlock> blocks) {
		List<String> texts = new ArrayList<>();
		for (LayoutBlock block : blocks) {
			if (block instanceof SectionBlock s) {
				texts.add(s.getText().getText());
			}
			else if (block instanceof ContextBlock c) {
				texts.add(((MarkdownTextObject) c.getElements().get(0)).getText());
			}
		}
		return texts;
	}

	@Test
	void actionsComeFirstThenTheSectionsThatNeedTheUser() {
		AppHome home = new AppHome(List.of(
				fake(10, "roles", 1, HomeSection.Relevance.INFORMATION,
						List.of(new HomeSection.HomeAction("a_report", "Report", "v", true))),
				fake(20, "reviews", 2, HomeSection.Relevance.ACTION_NEEDED, List.of()),
				fake(30, "incidents", 1, HomeSection.Relevance.UNDER_WAY,
						List.of(new HomeSection.HomeAction("a_new", "New", "v", false)))),
				null, Runnable::run);
		List<LayoutBlock> blocks = home.blocks("U1");
		assertThat(blocks.get(2)).isInstanceOf(ActionsBlock.class);
		assertThat(((ActionsBlock) blocks.get(2)).getElements()).hasSize(2);
		assertThat(texts(blocks)).filteredOn((t) -> !t.startsWith("Your violet"))
			.containsExactly("reviews 0", "reviews 1", "incidents 0", "roles 0");
	}

	@Test
	void neverMoreThanAHundredBlocksAndASectionThatDoesNotFitLeavesItsHint() {
		AppHome home = new AppHome(List.of(fake(10, "reviews", 60, HomeSection.Relevance.ACTION_NEEDED, List.of()),
				fake(20, "trainings", 60, HomeSection.Relevance.ACTION_NEEDED, List.of()),
				fake(30, "roles", 5, HomeSection.Relevance.INFORMATION, List.of())), null, Runnable::run);
		List<LayoutBlock> blocks = home.blocks("U1");
		assertThat(blocks).hasSizeLessThanOrEqualTo(100);
		assertThat(texts(blocks)).contains("More: `/violet trainings list`", "roles 4").doesNotContain("trainings 0");
	}

}
