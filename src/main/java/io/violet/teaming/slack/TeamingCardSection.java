package io.violet.teaming.slack;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.violet.VioletSettings;
import io.violet.initiative.CardExtension;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.Stage;
import io.violet.initiative.ThreadMessage;
import io.violet.teaming.internal.SessionReader;
import io.violet.teaming.internal.SessionView;

import org.springframework.stereotype.Component;

/**
 * The violet-team section of every initiative's card, with the "Convene violet team"
 * button while no session is open.
 */
@Component
class TeamingCardSection implements CardExtension {

	/** Starts a session; value: the initiative's key. */
	static final String CONVENE_ACTION = "teaming_convene";

	private final SessionReader reader;

	private final VioletSettings settings;

	TeamingCardSection(SessionReader reader, VioletSettings settings) {
		this.reader = reader;
		this.settings = settings;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Optional<Section> section(InitiativeDetails initiative) {
		if (initiative.stage() == Stage.RETIRED) {
			return Optional.empty();
		}
		Optional<SessionView> latest = this.reader.latest(initiative.key());
		ThreadMessage.Button convene = new ThreadMessage.Button(CONVENE_ACTION, "Convene violet team", initiative.key(),
				"");
		if (latest.isEmpty()) {
			return Optional.of(new Section("Violet team", "No session yet: convene every lens on this initiative.",
					List.of(convene)));
		}
		SessionView session = latest.get();
		String facts = session.answeredLenses() + "/" + session.lenses().size() + " lenses answered · "
				+ session.openFindings().size() + " of " + session.findings().size() + " findings open"
				+ (session.gateHeld() ? " (high or critical among them)" : "")
				+ (session.open() ? " · lenses due " + LocalDate.ofInstant(session.dueAt(), this.settings.timezone())
						: " · complete");
		return Optional.of(new Section("Violet team", facts, session.open() ? List.of() : List.of(convene)));
	}

}
