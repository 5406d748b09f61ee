package io.violet.insights.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.slack.api.model.block.LayoutBlock;
import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.insights.Headline;
import io.violet.insights.Insights;
import io.violet.insights.web.HomeImages;
import io.violet.slack.HomeSection;

import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.image;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

/**
 * "Figures" on the App Home: open reviews waiting for my roles, training completion of my
 * roles, open incidents by severity, and one small chart when Violet has a public
 * address. Everything comes from the cached headline: a Home view costs no computation
 * and no Slack call beyond its publish.
 */
@Component
class InsightsHomeSection implements HomeSection {

	private final Insights insights;

	private final Directory directory;

	private final HomeImages images;

	InsightsHomeSection(Insights insights, Directory directory, HomeImages images) {
		this.insights = insights;
		this.directory = directory;
		this.images = images;
	}

	@Override
	public boolean forFullMembersOnly() {
		return true;
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public List<LayoutBlock> render(String userId) {
		Headline h = this.insights.headline();
		Set<Role> mine = this.directory.rolesOf(userId);
		StringBuilder text = new StringBuilder("*Figures*");
		if (mine.isEmpty()) {
			text.append("\nReviews open: ")
				.append(h.reviewsOpen())
				.append(" (")
				.append(h.reviewsOverdue())
				.append(" overdue)");
		}
		else {
			text.append("\nReviews waiting for your roles: ");
			List<String> parts = new ArrayList<>();
			List<String> completion = new ArrayList<>();
			for (Role role : Role.values()) {
				if (!mine.contains(role)) {
					continue;
				}
				parts.add("`" + role.key() + "` " + h.pendingByRole().getOrDefault(role, 0) + " ("
						+ h.overdueByRole().getOrDefault(role, 0) + " overdue)");
				Double ratio = h.completionByRole().get(role);
				if (ratio != null) {
					completion.add("`" + role.key() + "` " + FigureTables.pct(ratio));
				}
			}
			text.append(String.join(", ", parts));
			text.append("\nTraining completion of your roles: ")
				.append(completion.isEmpty() ? "nothing required" : String.join(", ", completion));
		}
		text.append("\nOpen incidents: ").append(FigureTables.open(h.incidentsOpen()));
		text.append("\nMore: `/violet insights`");
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(section((s) -> s.text(markdownText(text.toString()))));
		this.images.url()
			.ifPresent((url) -> blocks.add(image((i) -> i.imageUrl(url)
				.altText("Open incidents by severity: " + FigureTables.open(h.incidentsOpen()))
				.title(plainText("Open incidents by severity")))));
		return blocks;
	}

}
