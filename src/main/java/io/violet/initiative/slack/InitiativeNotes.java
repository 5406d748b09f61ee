package io.violet.initiative.slack;

import java.util.stream.Collectors;

import io.violet.VioletSettings;
import io.violet.directory.Role;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.ThreadMessage;
import io.violet.initiative.internal.InitiativeStored;
import io.violet.initiative.internal.MessageOutbox;
import io.violet.initiative.internal.ProhibitedPracticeFlagged;
import io.violet.initiative.internal.StageEntered;
import io.violet.slack.Mrkdwn;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells an initiative's thread (and the people it concerns) what became of it: the full
 * text the card shortened, a prohibited practice flagged to legal and compliance, a stage
 * entered. Queued in the transaction that made the change, under the keys that make each
 * note go out once (the thread's outbox sends them after the commit).
 */
@Component
class InitiativeNotes {

	private final MessageOutbox outbox;

	private final VioletSettings settings;

	InitiativeNotes(MessageOutbox outbox, VioletSettings settings) {
		this.outbox = outbox;
		this.settings = settings;
	}

	@EventListener
	void on(InitiativeStored stored) {
		InitiativeDetails initiative = stored.initiative();
		boolean nameCut = initiative.name().length() > CardView.NAME_MAX;
		boolean descriptionCut = Mrkdwn.escape(initiative.description()).length() > CardView.DESCRIPTION_MAX;
		if (nameCut || descriptionCut) {
			this.outbox.queue(stored.initiativeId(), "full-text", null,
					ThreadMessage.of(fullText(initiative, nameCut, descriptionCut)));
		}
	}

	@EventListener
	void on(ProhibitedPracticeFlagged flagged) {
		this.outbox.queue(flagged.initiativeId(), "prohibited-flag", null, ThreadMessage.of(prohibitedNote(flagged)));
		for (String user : flagged.flaggedTo()) {
			this.outbox.queue(flagged.initiativeId(), "prohibited-flag:" + user, user,
					ThreadMessage.of(prohibitedMessage(flagged, this.settings.initiativesChannel())));
		}
	}

	@EventListener
	void on(StageEntered entered) {
		this.outbox.queue(entered.initiativeId(), "stage:" + entered.to().key(), null,
				ThreadMessage.of(stageNote(entered)));
	}

	static String fullText(InitiativeDetails initiative, boolean name, boolean description) {
		StringBuilder text = new StringBuilder("*Full text* (shortened on the card above)");
		if (name) {
			text.append("\n*Name:* ").append(Mrkdwn.escape(initiative.name()));
		}
		if (description) {
			text.append("\n*Description:*\n").append(Mrkdwn.escape(initiative.description()));
		}
		return text.toString();
	}

	static String prohibitedNote(ProhibitedPracticeFlagged flagged) {
		InitiativeDetails initiative = flagged.initiative();
		String who = flagged.flaggedTo().stream().map(Mrkdwn::user).collect(Collectors.joining(" "));
		return ":rotating_light: *" + initiative.key() + " " + name(initiative) + "* is recorded as a *prohibited* "
				+ "practice (EU AI Act Art. 5). It cannot leave _proposed_."
				+ (who.isEmpty() ? "" : " Flagged to " + who + ".")
				+ (flagged.unowned().isEmpty() ? ""
						: "\n:warning: No one owns "
								+ flagged.unowned().stream().map(Role::title).collect(Collectors.joining(" or "))
								+ "; Violet admins, assign with `/violet role assign legal @user`.");
	}

	static String prohibitedMessage(ProhibitedPracticeFlagged flagged, String initiativesChannel) {
		InitiativeDetails initiative = flagged.initiative();
		return ":rotating_light: " + Mrkdwn.user(flagged.recordedBy()) + " recorded *" + initiative.key() + " "
				+ name(initiative) + "* as a *prohibited* AI practice (EU AI Act Art. 5). "
				+ "It is held in _proposed_; please review it in its thread in " + Mrkdwn.channel(initiativesChannel)
				+ ".";
	}

	static String stageNote(StageEntered entered) {
		return ":arrow_forward: " + Mrkdwn.user(entered.by()) + " moved *" + entered.before().key() + "* from _"
				+ entered.before().stage().title() + "_ to *" + entered.to().title() + "*.";
	}

	private static String name(InitiativeDetails initiative) {
		return Mrkdwn.escapeAndTruncate(initiative.name(), 200);
	}

}
