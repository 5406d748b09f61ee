package io.violet.initiative.slack;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.slack.api.bolt.App;
import com.slack.api.model.view.ViewState;
import io.violet.initiative.Attribute;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.RiskTier;
import io.violet.initiative.internal.InitiativeService;
import io.violet.initiative.internal.NewInitiative;
import io.violet.slack.InteractionRegistrar;
import org.jspecify.annotations.Nullable;

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

	InitiativeInteractions(InitiativeService service) {
		this.service = service;
	}

	@Override
	public void register(App app) {
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

	private static ViewState.@Nullable Value value(Map<String, Map<String, ViewState.Value>> values, String id) {
		Map<String, ViewState.Value> block = values.get(id);
		return (block != null) ? block.get(id) : null;
	}

	private static String text(Map<String, Map<String, ViewState.Value>> values, String id) {
		ViewState.Value value = value(values, id);
		return (value != null && value.getValue() != null) ? value.getValue() : "";
	}

}
