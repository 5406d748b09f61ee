package io.violet.initiative.slack;

import java.util.List;

import com.slack.api.model.block.LayoutBlock;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.Stage;
import io.violet.initiative.StageGate;
import io.violet.initiative.internal.InitiativeService;
import io.violet.slack.HomeSection;
import io.violet.slack.Mrkdwn;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

/**
 * "My initiatives" on the App Home.
 */
@Component
class MyInitiativesHomeSection implements HomeSection {

	private static final int SHOWN = 10;

	private final InitiativeService service;

	private final ObjectProvider<StageGate> gate;

	MyInitiativesHomeSection(InitiativeService service, ObjectProvider<StageGate> gate) {
		this.service = service;
		this.gate = gate;
	}

	/**
	 * The Home's "Start an initiative" button: the same modal as `/violet initiative
	 * new`.
	 */
	static final String NEW = "home_new_initiative";

	@Override
	public int order() {
		return 30;
	}

	@Override
	public List<HomeAction> actions(String userId) {
		return List.of(new HomeAction(NEW, "Start an initiative", "home", false));
	}

	@Override
	public List<LayoutBlock> render(String userId) {
		List<InitiativeDetails> mine = this.service.ownedBy(userId)
			.stream()
			.filter((i) -> i.stage() != Stage.RETIRED)
			.toList();
		StringBuilder text = new StringBuilder("*My initiatives*");
		if (mine.isEmpty()) {
			text.append("\nYou own no active AI initiative. Start one with `/violet initiative new`.");
		}
		List<StageGate> gates = this.gate.orderedStream().toList();
		for (InitiativeDetails initiative : mine.subList(0, Math.min(SHOWN, mine.size()))) {
			long open = CardView.openReviews(StageGate.reviews(gates, initiative.key()));
			text.append("\n• `")
				.append(initiative.key())
				.append("` ")
				.append(Mrkdwn.escapeAndTruncate(initiative.name(), 80))
				.append(" — ")
				.append(initiative.stage().title())
				.append(open == 0 ? "" : " · " + open + " open review" + (open == 1 ? "" : "s"));
		}
		if (mine.size() > SHOWN) {
			text.append("\n…and ").append(mine.size() - SHOWN).append(" more: `/violet initiative list`.");
		}
		return List.of(section((s) -> s.text(markdownText(text.toString()))));
	}

}
