package io.violet.initiative.slack;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

import com.slack.api.bolt.App;
import com.slack.api.model.view.ViewState;
import io.violet.initiative.Attribute;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.RiskTier;
import io.violet.initiative.internal.InitiativeService;
import io.violet.initiative.internal.NewInitiative;
import io.violet.slack.InteractionRegistrar;
import io.violet.slack.Mrkdwn;
import io.violet.slack.SlackApiError;
import io.violet.slack.SlackGateway;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewTitle;

/**
 * Handles the submission of the "New AI initiative" modal.
 */
@Component
class InitiativeInteractions implements InteractionRegistrar {

	private final InitiativeService service;

	private final SlackGateway gateway;

	private final AdminNotice adminNotice;

	private final Executor executor;

	InitiativeInteractions(InitiativeService service, SlackGateway gateway, AdminNotice adminNotice,
			@Qualifier("slackWorkExecutor") Executor executor) {
		this.service = service;
		this.gateway = gateway;
		this.adminNotice = adminNotice;
		this.executor = executor;
	}

	@Override
	public void register(App app) {
		// anyone may create an initiative: the same checks and modal as
		// `/violet initiative new` without arguments
		app.blockAction(MyInitiativesHomeSection.NEW, (request, context) -> {
			String userId = request.getPayload().getUser().getId();
			if (!this.service.channelConfigured()) {
				this.adminNotice.channelNotConfigured(userId);
				dmLater(userId, ":warning: Initiatives can't be created yet: Violet has no initiatives channel "
						+ "(`VIOLET_INITIATIVES_CHANNEL`). Your Violet admins have been told.");
				return context.ack();
			}
			try {
				this.gateway.openView(request.getPayload().getTriggerId(), InitiativeModal.build(userId, ""));
			}
			catch (SlackApiError ex) {
				dmLater(userId, ":warning: Slack did not open the form (`" + Mrkdwn.escape(ex.error())
						+ "`). Try again, or use `/violet initiative new`.");
			}
			return context.ack();
		});
		app.viewSubmission(InitiativeModal.CALLBACK_ID, (request, context) -> {
			String userId = request.getPayload().getUser().getId();
			Map<String, Map<String, ViewState.Value>> values = request.getPayload().getView().getState().getValues();
			String name = text(values, InitiativeModal.NAME);
			String description = text(values, InitiativeModal.DESCRIPTION);
			ViewState.Value ownerValue = value(values, InitiativeModal.OWNER);
			String owner = (ownerValue != null && ownerValue.getSelectedUser() != null) ? ownerValue.getSelectedUser()
					: userId;
			ViewState.Value riskValue = value(values, InitiativeModal.RISK);
			RiskTier tier = (riskValue != null && riskValue.getSelectedOption() != null)
					? RiskTier.fromKey(riskValue.getSelectedOption().getValue()).orElse(RiskTier.MINIMAL)
					: RiskTier.MINIMAL;
			Set<Attribute> attributes = EnumSet.noneOf(Attribute.class);
			ViewState.Value checked = value(values, InitiativeModal.ATTRIBUTES);
			if (checked != null && checked.getSelectedOptions() != null) {
				checked.getSelectedOptions().forEach((o) -> Attribute.fromKey(o.getValue()).ifPresent(attributes::add));
			}
			NewInitiative newInitiative = new NewInitiative(name.strip(), description.strip(), owner, tier, attributes);
			String problem = newInitiative.problem();
			if (problem != null) {
				return context.ack((r) -> r.responseAction("errors")
					.errors(Map.of(problem.contains("description") ? InitiativeModal.DESCRIPTION : InitiativeModal.NAME,
							problem)));
			}
			if (!this.service.channelConfigured()) {
				return context.ack((r) -> r.responseAction("errors")
					.errors(Map.of(InitiativeModal.NAME,
							"Violet has no initiatives channel (VIOLET_INITIATIVES_CHANNEL); ask your Violet admins.")));
			}
			InitiativeDetails created = this.service.create(newInitiative, userId);
			String confirmation = Confirmations.created(created, this.service);
			return context.ack((r) -> r.responseAction("update")
				.view(view((v) -> v.type("modal")
					.title(viewTitle((t) -> t.type("plain_text").text(created.key() + " created")))
					.close(viewClose((c) -> c.type("plain_text").text("Done")))
					.blocks(List.of(section((s) -> s.text(markdownText(confirmation))))))));
		});
	}

	private void dmLater(String userId, String text) {
		this.executor.execute(() -> {
			try {
				this.gateway.dm(userId, text, List.of());
			}
			catch (RuntimeException ex) {
				// the user clicks again; nothing was changed
			}
		});
	}

	private static ViewState.@Nullable Value value(Map<String, Map<String, ViewState.Value>> values, String id) {
		Map<String, ViewState.Value> block = values.get(id);
		return (block != null) ? block.get(id) : null;
	}

	private static String text(Map<String, Map<String, ViewState.Value>> values, String id) {
		ViewState.Value value = value(values, id);
		return (value != null && value.getValue() != null) ? value.getValue() : "";
	}

}
