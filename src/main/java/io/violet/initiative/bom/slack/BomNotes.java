package io.violet.initiative.bom.slack;

import io.violet.initiative.Initiatives;
import io.violet.initiative.bom.BomChanged;
import io.violet.slack.Mrkdwn;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells an initiative's thread of each change to its ML-BOM, queued in the transaction
 * that made the change (the thread's outbox sends it after the commit).
 */
@Component
class BomNotes {

	private final Initiatives initiatives;

	BomNotes(Initiatives initiatives) {
		this.initiatives = initiatives;
	}

	@EventListener
	void on(BomChanged changed) {
		String what = changed.kind().key() + " " + code(changed.coordinates());
		this.initiatives.noteInThread(changed.initiativeKey(), switch (changed.change()) {
			case ADDED -> ":package: " + Mrkdwn.user(changed.actor()) + " added " + what + " to the ML-BOM"
					+ origin(changed) + ".";
			case REMOVED -> ":wastebasket: " + Mrkdwn.user(changed.actor()) + " removed " + what + " from the ML-BOM.";
		});
	}

	private static String origin(BomChanged changed) {
		StringBuilder text = new StringBuilder();
		if (changed.supplier() != null) {
			text.append(" (supplier: ").append(Mrkdwn.escapeAndTruncate(changed.supplier(), 200)).append(')');
		}
		if (changed.personalData()) {
			text.append(" — contains personal data");
		}
		return text.toString();
	}

	/**
	 * Code formatting for a name a user typed: escaped, without backticks that would end
	 * the span.
	 * @param text the text
	 * @return {@code `text`}
	 */
	static String code(String text) {
		return "`" + Mrkdwn.escapeAndTruncate(text.replace('`', '\''), 320) + "`";
	}

}
