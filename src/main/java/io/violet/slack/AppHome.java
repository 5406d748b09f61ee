package io.violet.slack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

/**
 * Assembles a user's App Home from every module's {@link HomeSection}.
 */
@Component
public class AppHome {

	private static final Logger log = LoggerFactory.getLogger(AppHome.class);

	private static final int MAX_BLOCKS = 100;

	private final List<HomeSection> sections;

	private final SlackGateway gateway;

	private final Executor executor;

	AppHome(List<HomeSection> sections, SlackGateway gateway, @Qualifier("slackWorkExecutor") Executor executor) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(HomeSection::order)).toList();
		this.gateway = gateway;
		this.executor = executor;
	}

	/**
	 * Publishes the user's Home after the current request has been acknowledged.
	 * @param userId the user
	 */
	public void refreshLater(String userId) {
		this.executor.execute(() -> {
			try {
				refresh(userId);
			}
			catch (RuntimeException ex) {
				log.warn("Could not publish the App Home: {}", ex.getMessage());
			}
		});
	}

	/**
	 * Publishes the user's Home now.
	 * @param userId the user
	 */
	public void refresh(String userId) {
		this.gateway.publishHome(userId, View.builder().type("home").blocks(blocks(userId)).build());
	}

	List<LayoutBlock> blocks(String userId) {
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(header((h) -> h.text(plainText("Violet"))));
		blocks.add(context((c) -> c.elements(List.of(markdownText(
				"Your violet team's reviews, trainings and incidents. Type `/violet help` anywhere for every command.")))));
		for (HomeSection section : this.sections) {
			List<LayoutBlock> part = section.render(userId);
			if (part.isEmpty()) {
				continue;
			}
			if (blocks.size() + part.size() + 1 > MAX_BLOCKS) {
				break;
			}
			blocks.add(divider());
			blocks.addAll(part);
		}
		return blocks;
	}

}
