package io.violet.slack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

/**
 * Assembles a user's App Home from every module's {@link HomeSection}.
 */
@Component
public class AppHome {

	private static final Logger log = LoggerFactory.getLogger(AppHome.class);

	private static final int MAX_BLOCKS = 100;

	/** Slack's limit of elements in one actions block. */
	private static final int MAX_ACTIONS = 25;

	private final List<HomeSection> sections;

	private final SlackGateway gateway;

	private final Executor executor;

	private final Predicate<String> guests;

	@Autowired
	AppHome(List<HomeSection> sections, SlackGateway gateway, @Qualifier("slackWorkExecutor") Executor executor,
			ObjectProvider<Guests> guests) {
		this(sections, gateway, executor, (userId) -> {
			Guests known = guests.getIfAvailable();
			return known != null && known.isKnownGuest(userId);
		});
	}

	AppHome(List<HomeSection> sections, SlackGateway gateway, Executor executor) {
		this(sections, gateway, executor, (userId) -> false);
	}

	private AppHome(List<HomeSection> sections, SlackGateway gateway, Executor executor, Predicate<String> guests) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(HomeSection::order)).toList();
		this.gateway = gateway;
		this.executor = executor;
		this.guests = guests;
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
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& TransactionSynchronizationManager.isActualTransactionActive()) {
			// never call Slack while the caller's transaction holds a pooled connection
			// (a module listener's): publish what it committed, from a work thread
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					refreshLater(userId);
				}
			});
			return;
		}
		this.gateway.publishHome(userId, View.builder().type("home").blocks(blocks(userId)).build());
	}

	List<LayoutBlock> blocks(String userId) {
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(header((h) -> h.text(plainText("Violet"))));
		blocks.add(context((c) -> c.elements(List.of(markdownText(
				"Your violet team's reviews, trainings and incidents. Type `/violet help` anywhere for every command.")))));
		List<BlockElement> buttons = new ArrayList<>();
		for (HomeSection section : this.sections) {
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
		boolean guest = this.guests.test(userId);
		List<HomeSection.Part> parts = this.sections.stream()
			.filter((section) -> !guest || !section.forFullMembersOnly())
			.map((section) -> section.part(userId))
			.toList();
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
