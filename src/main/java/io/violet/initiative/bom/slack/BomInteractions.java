package io.violet.initiative.bom.slack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

import com.slack.api.bolt.App;
import com.slack.api.model.view.View;
import io.violet.initiative.Initiatives;
import io.violet.initiative.InitiativeSummary;
import io.violet.initiative.bom.ComponentDraft;
import io.violet.initiative.bom.Inventory;
import io.violet.slack.InteractionRegistrar;
import io.violet.slack.SlackGateway;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The "Add component" button (on the initiative's card) and the modal's submission.
 */
@Component
class BomInteractions implements InteractionRegistrar {

	/** The card's "Add component" button; its value is the initiative's key. */
	static final String OPEN_ACTION_ID = "initiative_bom_add_open";

	private static final Logger log = LoggerFactory.getLogger(BomInteractions.class);

	private final Inventory inventory;

	private final Initiatives catalog;

	private final SlackGateway gateway;

	private final Executor executor;

	BomInteractions(Inventory inventory, Initiatives catalog, SlackGateway gateway,
			@Qualifier("slackWorkExecutor") Executor executor) {
		this.inventory = inventory;
		this.catalog = catalog;
		this.gateway = gateway;
		this.executor = executor;
	}

	@Override
	public void register(App app) {
		app.blockAction(OPEN_ACTION_ID, (request, context) -> {
			var payload = request.getPayload();
			String user = payload.getUser().getId();
			String key = payload.getActions().get(0).getValue();
			Optional<InitiativeSummary> initiative = (key != null) ? this.catalog.find(key) : Optional.empty();
			String channel = (payload.getChannel() != null) ? payload.getChannel().getId() : null;
			if (initiative.isEmpty()) {
				tell(channel, user, ":warning: That initiative no longer exists.");
			}
			else if (!this.inventory.mayChange(initiative.get(), user)) {
				tell(channel, user, ":no_entry: Only " + Inventory.whoMayChange() + " can change the ML-BOM of "
						+ initiative.get().key() + ".");
			}
			else {
				this.gateway.openView(payload.getTriggerId(), AddComponentModal.view(initiative.get()));
			}
			return context.ack();
		});
		app.viewSubmission(AddComponentModal.CALLBACK_ID, (request, context) -> {
			View view = request.getPayload().getView();
			String user = request.getPayload().getUser().getId();
			String key = view.getPrivateMetadata();
			var checked = ComponentDraft.read(AddComponentModal.read(view.getState()));
			if (checked.draft() == null) {
				Map<String, String> errors = new LinkedHashMap<>();
				checked.problems().forEach((p) -> errors.merge(p.field(), BomProblems.plain(p), (a, b) -> a + " " + b));
				return context.ackWithErrors(errors);
			}
			Inventory.Change change = this.inventory.add(key, checked.draft(), user);
			return switch (change.outcome()) {
				case DONE -> context.ack();
				case ALREADY_LISTED -> context.ackWithErrors(
						Map.of("name", key + " already lists " + checked.draft().coordinates() + "; nothing changed."));
				case NOT_ALLOWED -> context.ackWithErrors(
						Map.of("kind", "Only " + Inventory.whoMayChange() + " can change the ML-BOM of " + key + "."));
				case FULL -> context.ackWithErrors(
						Map.of("name", "The ML-BOM of " + key + " is full; remove unused components first."));
				default -> context.ackWithErrors(Map.of("kind", "The initiative " + key + " no longer exists."));
			};
		});
	}

	/**
	 * Tells the user why the button did nothing, after the ack: a slow Slack must not
	 * make the click time out.
	 */
	private void tell(@Nullable String channel, String user, String text) {
		this.executor.execute(() -> {
			try {
				if (channel != null) {
					this.gateway.ephemeral(channel, user, text, java.util.List.of());
				}
				else {
					this.gateway.dm(user, text, java.util.List.of());
				}
			}
			catch (RuntimeException ex) {
				log.warn("Could not answer an ML-BOM button: {}", ex.getMessage());
			}
		});
	}

}
