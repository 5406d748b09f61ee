package io.violet.followup.tracker;

import java.util.ArrayList;
import java.util.List;

import io.violet.VioletSettings;
import io.violet.followup.FollowUp;
import io.violet.incident.Incident;
import io.violet.incident.IncidentQueries;
import io.violet.initiative.InitiativeCatalog;
import io.violet.initiative.InitiativeSummary;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What a follow-up's issue says. A follow-up of a private incident is pushed with its
 * key, severity and due date only: its text, the incident (number, title, channel,
 * people) and the initiative stay in Slack, where only the room sees them; the issue says
 * where to look.
 */
@Component
class TrackerIssues {

	private static final int TITLE_TEXT_MAX = 200;

	private final IncidentQueries incidents;

	private final InitiativeCatalog initiatives;

	private final TrackerSettings settings;

	private final VioletSettings violet;

	TrackerIssues(IncidentQueries incidents, InitiativeCatalog initiatives, TrackerSettings settings,
			VioletSettings violet) {
		this.incidents = incidents;
		this.initiatives = initiatives;
		this.settings = settings;
		this.violet = violet;
	}

	TrackerIssueText of(FollowUp followUp) {
		List<TrackerIssueText.Line> lines = new ArrayList<>();
		if (followUp.privateIncident()) {
			lines.add(TrackerIssueText.Line.of("",
					"This follow-up belongs to a private incident. Its text and the "
							+ "incident's details are kept in Slack, where only the incident's room sees them: type "
							+ "/violet follow-up show " + followUp.key() + " in Slack."));
			facts(followUp, lines);
			return new TrackerIssueText(followUp.key(),
					"[" + followUp.key() + "] Follow-up of a private incident (details in Slack)", lines,
					this.settings.labels());
		}
		lines.add(TrackerIssueText.Line.of("", followUp.text()));
		facts(followUp, lines);
		if (followUp.incidentId() != null) {
			this.incidents.byId(followUp.incidentId()).ifPresent((incident) -> lines.add(incidentLine(incident)));
		}
		if (followUp.initiativeKey() != null) {
			String name = this.initiatives.find(followUp.initiativeKey())
				.map(InitiativeSummary::name)
				.map((n) -> followUp.initiativeKey() + " " + n)
				.orElse(followUp.initiativeKey());
			lines.add(new TrackerIssueText.Line("Initiative", name + " (its thread in Slack)",
					channelLink(this.violet.initiativesChannel())));
		}
		if (followUp.origin() != null) {
			lines.add(TrackerIssueText.Line.of("From", followUp.origin()));
		}
		String text = followUp.text().replaceAll("\\s+", " ").strip();
		String title = "[" + followUp.key() + "] "
				+ ((text.length() > TITLE_TEXT_MAX) ? text.substring(0, TITLE_TEXT_MAX - 1) + "…" : text);
		return new TrackerIssueText(followUp.key(), title, lines, this.settings.labels());
	}

	private static void facts(FollowUp followUp, List<TrackerIssueText.Line> lines) {
		lines.add(TrackerIssueText.Line.of("Violet follow-up",
				followUp.key() + " (closing this issue marks it done in Violet, and the other way round)"));
		lines.add(TrackerIssueText.Line.of("Severity", followUp.severity().key()));
		lines.add(TrackerIssueText.Line.of("Due", (followUp.due() != null) ? followUp.due().toString() : "no date"));
		lines.add(TrackerIssueText.Line.of("Owner in Slack", followUp.ownerId()));
	}

	private static TrackerIssueText.Line incidentLine(Incident incident) {
		String title = incident.title().replaceAll("\\s+", " ").strip();
		return new TrackerIssueText.Line("Incident",
				incident.label() + " " + ((title.length() > 150) ? title.substring(0, 149) + "…" : title)
						+ " (its war room in Slack)",
				incident.channelId().map(TrackerIssues::channelLink).orElse(null));
	}

	private static @Nullable String channelLink(String channelId) {
		return channelId.matches("[A-Z0-9]{2,32}") ? "https://slack.com/app_redirect?channel=" + channelId : null;
	}

}
