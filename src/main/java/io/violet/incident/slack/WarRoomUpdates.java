package io.violet.incident.slack;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.violet.incident.Incident;
import io.violet.incident.IncidentEvents;
import io.violet.incident.IncidentQueries;
import io.violet.incident.RegulatoryClock;
import io.violet.incident.ReminderRecipients;
import io.violet.incident.SetupStep;
import io.violet.incident.WarRoomProgress;
import io.violet.slack.Mrkdwn;
import io.violet.slack.SlackApiError;
import io.violet.slack.SlackGateway;
import io.violet.slack.SlackJobs;
import io.violet.slack.SlackMethod;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps a war room in step with its incident: topic, pinned summary, clocks, late
 * invitations, reminders, the post-mortem and archiving. Each handler is safe to run
 * twice: updates are idempotent, and posts are recorded before the next step.
 */
@Component
class WarRoomUpdates {

	private static final java.util.Set<String> CANNOT_UPLOAD = java.util.Set.of("missing_scope",
			"not_allowed_token_type", "restricted_action", "not_in_channel", "channel_not_found");

	private final SlackGateway slack;

	private final IncidentQueries queries;

	private final WarRoomProgress progress;

	private final WarRoomSetup setup;

	private final PostMortemDraft draft;

	private final ReminderRecipients recipients;

	private final SlackJobs jobs;

	WarRoomUpdates(SlackGateway slack, IncidentQueries queries, WarRoomProgress progress, WarRoomSetup setup,
			PostMortemDraft draft, ReminderRecipients recipients, SlackJobs jobs) {
		this.draft = draft;
		this.slack = slack;
		this.queries = queries;
		this.progress = progress;
		this.setup = setup;
		this.recipients = recipients;
		this.jobs = jobs;
	}

	@TransactionalEventListener
	@Async(IncidentWorkers.NAME)
	void on(IncidentEvents.IncidentUpdated event) {
		IncidentQueries.Room room = this.queries.room(event.incidentId()).orElseThrow();
		Incident incident = room.incident();
		if (incident.channelId().isEmpty() || incident.archived()) {
			return;
		}
		String channel = incident.channelId().get();
		String topic = WarRoomViews.topic(incident);
		if (incident.setupStep().reached(SetupStep.TOPIC) && !incident.lastTopic().map(topic::equals).orElse(false)) {
			this.slack.require(SlackMethod.CONVERSATIONS_SET_TOPIC,
					(c) -> c.conversationsSetTopic((r) -> r.channel(channel).topic(topic)));
			this.progress.topicSet(incident.id(), topic);
		}
		if (incident.summaryTs().isPresent()) {
			this.slack.update(channel, incident.summaryTs().get(), WarRoomViews.summaryText(incident),
					WarRoomViews.summary(room, this.queries));
		}
		if (incident.clocksTs().isPresent()) {
			this.slack.update(channel, incident.clocksTs().get(), "Regulatory clocks for " + incident.label(),
					WarRoomViews.clocks(room, this.queries));
		}
	}

	@TransactionalEventListener
	@Async(IncidentWorkers.NAME)
	void on(IncidentEvents.InvitesPending event) {
		Incident incident = load(event.incidentId());
		if (incident.channelId().isEmpty() || !incident.setupStep().reached(SetupStep.INVITES)) {
			// the setup's own invite step will bring them
			return;
		}
		this.setup.invitePending(incident.id(), incident.channelId().get());
		if (incident.summaryTs().isPresent()) {
			this.slack.update(incident.channelId().get(), incident.summaryTs().get(),
					WarRoomViews.summaryText(incident),
					WarRoomViews.summary(this.queries.room(incident.id()).orElseThrow(), this.queries));
		}
	}

	@TransactionalEventListener
	@Async(IncidentWorkers.NAME)
	void on(IncidentEvents.StatusReminderDue event) {
		Incident incident = load(event.incidentId());
		if (incident.statusRemindersSent() >= incident.statusRemindersDue() || incident.channelId().isEmpty()) {
			return;
		}
		String who = incident.commander().map(Mrkdwn::user).orElse("Commander");
		this.slack.post(incident.channelId().get(), null,
				(incident.drill() ? "[DRILL] " : "") + ":bell: " + who + ", a status update for " + incident.label()
						+ " (" + incident.severity().key() + ", " + incident.status().key()
						+ ") is due: `/violet incident status …` or `/violet incident note …`.",
				List.of());
		this.progress.statusRemindersSent(incident.id());
	}

	@TransactionalEventListener
	@Async(IncidentWorkers.NAME)
	void on(IncidentEvents.ClockReminderDue event) {
		RegulatoryClock clock = this.queries.clock(event.clockId()).orElseThrow();
		if (clock.remindersSent() >= clock.remindersDue() || clock.state() != RegulatoryClock.State.RUNNING) {
			return;
		}
		Incident incident = load(clock.incidentId());
		String text = WarRoomViews.clockReminder(incident, clock, this.queries);
		incident.channelId().ifPresent((c) -> this.slack.post(c, null, text, List.of()));
		// of a private incident only the room hears; legal missing from it is invited
		// first and told only once Slack let them in
		ReminderRecipients.ClockRecipients recipients = this.recipients.ofClock(incident);
		for (String legal : recipients.tell()) {
			this.slack.dm(legal, text, List.of());
		}
		recipients.inviteFirst()
			.ifPresent((legal) -> this.jobs.submit(LegalInvitation.TYPE,
					LegalInvitation.TYPE + ":" + clock.id() + ":" + clock.remindersDue(),
					LegalInvitation.subject(clock.id(), clock.remindersDue(), legal)));
		this.progress.clockRemindersSent(clock.id());
	}

	@TransactionalEventListener
	@Async(IncidentWorkers.NAME)
	void on(IncidentEvents.PostMortemRequested event) {
		Incident incident = load(event.incidentId());
		if (incident.channelId().isEmpty()) {
			return;
		}
		String channel = incident.channelId().get();
		if (incident.postmortemTs().isEmpty()) {
			var posted = this.slack.post(channel, null, "Post-mortem draft for " + incident.label(),
					WarRoomViews.postmortem(incident, this.queries, this.draft.counts(incident.id())));
			this.progress.postmortemPosted(incident.id(), posted.ts());
		}
		if (!incident.postmortemUploaded()) {
			byte[] markdown = WarRoomViews.postmortemMarkdown(load(incident.id()), this.queries)
				.getBytes(StandardCharsets.UTF_8);
			try {
				this.slack.require(SlackMethod.FILES_UPLOAD_V2,
						(c) -> c.filesUploadV2((r) -> r.channel(channel)
							.filename("postmortem-incident-" + incident.id() + ".md")
							.title("Post-mortem " + incident.label())
							.fileData(markdown)));
			}
			catch (SlackApiError ex) {
				if (!CANNOT_UPLOAD.contains(ex.error())) {
					throw ex;
				}
				// no retry will help: say so once instead of trying forever
				this.slack.post(channel, null,
						":warning: Violet could not attach the post-mortem as a file (" + ex.error()
								+ "); an admin can grant `files:write`. The draft above holds the essentials.",
						List.of());
			}
			this.progress.postmortemUploaded(incident.id());
		}
		on(new IncidentEvents.IncidentUpdated(incident.id()));
	}

	@TransactionalEventListener
	@Async(IncidentWorkers.NAME)
	void on(IncidentEvents.ArchiveDue event) {
		Incident incident = load(event.incidentId());
		if (incident.archived() || incident.closedAt().isEmpty()) {
			return;
		}
		if (incident.channelId().isPresent()) {
			String channel = incident.channelId().get();
			var archived = this.slack.call(SlackMethod.CONVERSATIONS_ARCHIVE,
					(c) -> c.conversationsArchive((r) -> r.channel(channel)));
			if (!archived.isOk() && !"already_archived".equals(archived.getError())) {
				throw new SlackApiError(SlackMethod.CONVERSATIONS_ARCHIVE, archived.getError());
			}
		}
		this.progress.archived(incident.id());
	}

	private Incident load(long id) {
		return this.queries.byId(id).orElseThrow();
	}

}
