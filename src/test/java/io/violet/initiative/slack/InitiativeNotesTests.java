package io.violet.initiative.slack;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.violet.directory.Role;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.RiskTier;
import io.violet.initiative.Stage;
import io.violet.initiative.internal.ProhibitedPracticeFlagged;
import io.violet.initiative.internal.StageEntered;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The thread's words for what became of an initiative, from the facts alone: names
 * escaped, people as mentions, the roles nobody owns named.
 */
class InitiativeNotesTests {

	private static final InitiativeDetails SCORING = new InitiativeDetails("AI-7", "Social <scoring>", "", "U1",
			RiskTier.PROHIBITED, Stage.PROPOSED, Set.of(), "U1", Instant.EPOCH, null, null);

	@Test
	void aProhibitedPracticeIsFlaggedToThePeopleAndNamesTheRolesNobodyOwns() {
		var flagged = new ProhibitedPracticeFlagged(1, SCORING, "U1", List.of("U2", "U3"), List.of(Role.COMPLIANCE));
		assertThat(InitiativeNotes.prohibitedNote(flagged))
			.isEqualTo(":rotating_light: *AI-7 Social &lt;scoring&gt;* is recorded as a *prohibited* practice "
					+ "(EU AI Act Art. 5). It cannot leave _proposed_. Flagged to <@U2> <@U3>.\n"
					+ ":warning: No one owns " + Role.COMPLIANCE.title()
					+ "; Violet admins, assign with `/violet role assign legal @user`.");
		assertThat(InitiativeNotes.prohibitedMessage(flagged, "C9"))
			.isEqualTo(":rotating_light: <@U1> recorded *AI-7 Social &lt;scoring&gt;* as a *prohibited* AI practice "
					+ "(EU AI Act Art. 5). It is held in _proposed_; please review it in its thread in <#C9>.");
		var nobody = new ProhibitedPracticeFlagged(1, SCORING, "U1", List.of(), List.of());
		assertThat(InitiativeNotes.prohibitedNote(nobody)).endsWith("It cannot leave _proposed_.");
	}

	@Test
	void aStageEnteredSaysWhoMovedItFromWhereToWhere() {
		assertThat(InitiativeNotes.stageNote(new StageEntered(1, SCORING, Stage.PROPOSED.next().orElseThrow(), "U5")))
			.isEqualTo(":arrow_forward: <@U5> moved *AI-7* from _" + Stage.PROPOSED.title() + "_ to *"
					+ Stage.PROPOSED.next().orElseThrow().title() + "*.");
	}

}
