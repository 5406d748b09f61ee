package io.violet.followup.slack;

import java.util.List;
import java.util.Optional;

import io.violet.followup.internal.FollowUpQueries;
import io.violet.initiative.CardExtension;
import io.violet.initiative.InitiativeDetails;

import org.springframework.stereotype.Component;

/**
 * The follow-ups section of an initiative's card: how many are open and closed, and how
 * many of the open ones hold production. The card is seen by everyone in the initiatives
 * channel, so private incidents' follow-ups are left out of the counts (they still hold
 * the gate, whose refusal says so).
 */
@Component
class FollowUpCardSection implements CardExtension {

	private final FollowUpQueries queries;

	FollowUpCardSection(FollowUpQueries queries) {
		this.queries = queries;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public Optional<Section> section(InitiativeDetails initiative) {
		FollowUpQueries.Tally tally = this.queries.publicCounts(initiative.key());
		if (tally.isEmpty()) {
			return Optional.empty();
		}
		String facts = tally.open()
				+ " open · " + tally.closed() + " closed" + ((tally.blocking() > 0)
						? " · " + tally.blocking() + " high or critical open, holding production" : "")
				+ " · /violet follow-up list " + initiative.key();
		return Optional.of(new Section("Follow-ups", facts, List.of()));
	}

}
