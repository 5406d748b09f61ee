package io.violet.incident.slack;

import io.violet.incident.Incident;
import io.violet.slack.Mrkdwn;

/**
 * The message in the incidents channel that tells everyone an incident was declared (a
 * private one without its details).
 */
final class AnnouncementView {

	private AnnouncementView() {
	}

	static String text(Incident incident) {
		if (incident.privateRoom()) {
			return ":lock: A private AI incident (" + incident.label()
					+ ") was declared. Its room is restricted to the people involved.";
		}
		return ":rotating_light: *AI incident " + incident.label() + "*: "
				+ Mrkdwn.escapeAndTruncate(incident.title(), 300) + "\nType *" + incident.type().key()
				+ "* · severity *" + incident.severity().key() + "* · commander "
				+ incident.commander().map(Mrkdwn::user).orElse("_none_")
				+ WarRoomTexts.initiative(incident).map((i) -> " · initiative " + i).orElse("") + "\nWar room: "
				+ incident.channelId().map(Mrkdwn::channel).orElse("being set up");
	}

}
