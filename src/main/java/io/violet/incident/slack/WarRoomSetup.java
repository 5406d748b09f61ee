package io.violet.incident.slack;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.slack.api.model.Conversation;
import com.slack.api.model.ConversationType;
import io.violet.VioletSettings;
import io.violet.incident.Incident;
import io.violet.incident.IncidentQueries;
import io.violet.incident.SetupStep;
import io.violet.incident.internal.ChannelNames;
import io.violet.incident.internal.IncidentMember;
import io.violet.incident.internal.WarRoomProgress;
import io.violet.slack.Effect;
import io.violet.slack.Mrkdwn;
import io.violet.slack.SlackGateway;
import io.violet.slack.SlackJob;
import io.violet.slack.SlackJobs;
import io.violet.slack.SlackMessage;
import io.violet.slack.SlackMethod;
import io.violet.slack.SlackWork;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Sets up a war room in order, as the Slack job {@code incident.setup}: channel → topic
 * and purpose → invites → checklist posted and pinned → regulatory clocks → (drill
 * scenario) → announcement. Every Slack effect is a keyed effect of the job, so a run
 * after a Slack failure, a long rate limit or a crash does only what has not happened;
 * the incident records only what the domain needs (its channel, the names tried, the
 * topic shown, the summary's and the clocks' messages, when the checklist was pinned, and
 * whether setup is done). The job runs outside any transaction: no database connection is
 * held while Slack is being called.
 */
@Component
class WarRoomSetup implements SlackWork {

	static final String TYPE = "incident.setup";

	private static final Logger log = LoggerFactory.getLogger(WarRoomSetup.class);

	/** Names {@code -2}, {@code -3}… tried before names with a random part. */
	private static final int MAX_NAME_ATTEMPTS = 20;

	private static final int MAX_RANDOM_NAME_ATTEMPTS = 5;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SlackGateway slack;

	private final IncidentQueries queries;

	private final WarRoomProgress progress;

	private final VioletSettings settings;

	private final ObjectProvider<SlackJobs> jobs;

	private volatile @Nullable String botUserId;

	WarRoomSetup(SlackGateway slack, IncidentQueries queries, WarRoomProgress progress, VioletSettings settings,
			ObjectProvider<SlackJobs> jobs) {
		this.slack = slack;
		this.queries = queries;
		this.progress = progress;
		this.settings = settings;
		this.jobs = jobs;
	}

	static String key(long incidentId) {
		return TYPE + ":" + incidentId;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String describe(String subject) {
		return "war-room setup of incident #" + subject;
	}

	@Override
	public void run(SlackJob job) {
		long id = Long.parseLong(job.subject());
		Incident incident = load(id);
		if (incident.setupStep() == SetupStep.DONE) {
			return;
		}
		if (!incident.setupStep().reached(SetupStep.CHANNEL)) {
			Optional<Incident> created = createChannel(job, incident);
			if (created.isEmpty()) {
				return;
			}
			incident = created.get();
		}
		String channel = incident.channelId().orElseThrow();
		String step = job.key() + ":";
		String topic = WarRoomTopicView.topic(incident);
		String purpose = WarRoomTopicView.purpose(incident);
		job.once(step + "topic", SlackMethod.CONVERSATIONS_SET_TOPIC,
				(c) -> c.conversationsSetTopic((r) -> r.channel(channel).topic(topic)), (r) -> Map.of());
		job.once(step + "purpose", SlackMethod.CONVERSATIONS_SET_PURPOSE,
				(c) -> c.conversationsSetPurpose((r) -> r.channel(channel).purpose(purpose)), (r) -> Map.of());
		invitePending(job, step + "invite", id, channel);
		// read once for the summary and, where they exist, the clocks
		IncidentQueries.Room room = this.queries.room(id).orElseThrow();
		Effect summary = job.post(step + "summary", channel, SlackMessage.of(WarRoomSummaryView.text(room.incident()),
				WarRoomSummaryView.blocks(room, this.queries.playbook(room.incident().type()))));
		if (!summary.isDone()) {
			throw job.park(String.valueOf(summary.error()),
					"Violet could not post the checklist into its own war room " + channel + "; check the room.");
		}
		String summaryTs = String.valueOf(summary.ts());
		// a room works without its pin: a refused pin is parked for admins, setup goes on
		job.pin(step + "pin", channel, summaryTs);
		incident = this.progress.checklistPinned(id, topic, summaryTs);
		if (!room.clocks().isEmpty() && incident.clocksTs().isEmpty()) {
			Effect clocks = job.post(step + "clocks", channel,
					SlackMessage.of((incident.drill() ? "[DRILL] " : "") + "Regulatory clocks for " + incident.label(),
							RegulatoryClocksView.blocks(room.incident(),
									ClockDeadline.of(room.incident(), room.clocks(), this.queries))));
			if (clocks.isDone()) {
				incident = this.progress.clocksPosted(id, String.valueOf(clocks.ts()));
			}
		}
		if (incident.drill()) {
			job.post(step + "scenario", channel, SlackMessage.of(":performing_arts: *DRILL scenario* — nothing here is "
					+ "real.\n" + Mrkdwn.escape(this.queries.playbook(incident.type()).scenario())
					+ "\nWork through the pinned checklist as you would in a real incident; the time to each step is "
					+ "recorded for the debrief."));
		}
		announce(job, step, incident);
	}

	private void announce(SlackJob job, String step, Incident incident) {
		String ts = "";
		if (!incident.drill() && !this.settings.incidentsChannel().isBlank()) {
			// Violet joins a public incidents channel it is not in; a private one it was
			// not invited to parks the announcement for admins, and setup goes on
			Effect announced = job.post(step + "announcement", this.settings.incidentsChannel(),
					SlackMessage.of(AnnouncementView.text(incident)));
			ts = announced.isDone() ? String.valueOf(announced.ts()) : "";
		}
		String note = ":rotating_light: AI incident " + incident.label() + " (" + incident.type().key() + ", "
				+ incident.severity().key() + ") concerns this initiative: "
				+ Mrkdwn.escapeAndTruncate(incident.title(), 200) + " — war room "
				+ Mrkdwn.channel(incident.channelId().orElse(""));
		if (incident.reportedInModal()) {
			job.dm(step + "reporter", incident.reporter(),
					SlackMessage.of(":rotating_light: Your report is AI incident *" + incident.label() + "* ("
							+ incident.type().key() + ", " + incident.severity().key() + "). Its war room: "
							+ Mrkdwn.channel(incident.channelId().orElse("")) + "."));
		}
		this.progress.announced(incident.id(), ts, note);
		// people added while setup ran, after its invitations
		if (this.queries.members(incident.id()).stream().anyMatch((m) -> m.invite() == IncidentMember.Invite.PENDING)) {
			this.jobs.getObject()
				.refresh(LateInvites.TYPE, LateInvites.TYPE + ":" + incident.id(), Long.toString(incident.id()));
		}
	}

	/**
	 * Creates the channel, or adopts the one an earlier try of the same name created when
	 * Slack's answer to it was lost. Names are predictable and anyone may create a
	 * channel and write a purpose, so a taken name is adopted only when Slack says Violet
	 * created that channel and its privacy is the incident's; any other holder of the
	 * name makes setup take the next one, and after {@value #MAX_NAME_ATTEMPTS} such
	 * names, one with a random part.
	 * @return the incident with its channel, empty when setup cannot go on
	 */
	private Optional<Incident> createChannel(SlackJob job, Incident declared) {
		Incident incident = declared;
		long id = incident.id();
		boolean privateRoom = incident.privateRoom();
		int attempt = Math.max(1, incident.channelAttempts());
		for (int tries = 0; tries < MAX_NAME_ATTEMPTS + MAX_RANDOM_NAME_ATTEMPTS; tries++, attempt++) {
			// a resumed setup first asks again for the name it tried last, whose answer
			// may have been lost
			String name = (tries == 0 && incident.channelName().isPresent()) ? incident.channelName().get()
					: (attempt <= MAX_NAME_ATTEMPTS) ? ChannelNames.of(incident, this.settings.timezone(), attempt)
							: ChannelNames.unguessable(incident, this.settings.timezone(), RANDOM);
			boolean triedBefore = name.equals(incident.channelName().orElse(null));
			if (!triedBefore) {
				incident = this.progress.tryingChannelName(id, name);
			}
			Effect created = job.once(job.key() + ":channel:" + name, SlackMethod.CONVERSATIONS_CREATE,
					(c) -> c.conversationsCreate((r) -> r.name(name).isPrivate(privateRoom)),
					(r) -> Map.of("channel", r.getChannel().getId()));
			if (created.isDone()) {
				return Optional.of(this.progress.channelCreated(id, String.valueOf(created.channel()), name));
			}
			String error = String.valueOf(created.error());
			if ("name_taken".equals(error)) {
				// only a name this incident asked for before can be a channel of its own
				Optional<Conversation> existing = triedBefore ? findByName(name) : Optional.empty();
				if (existing.isPresent() && ours(existing.get(), incident)) {
					log.info("Adopting channel {} for incident {}", name, id);
					return Optional.of(this.progress.channelCreated(id, existing.get().getId(), name));
				}
				if (existing.isPresent()) {
					log.warn("Channel name {} for incident {} is held by a channel Violet did not create for it; "
							+ "taking another name", name, id);
				}
				incident = load(id);
				continue;
			}
			failSetup(job, incident, error);
		}
		failSetup(job, incident, "no free channel name");
		return Optional.empty();
	}

	/**
	 * Whether a channel holding a name this incident tried is the one that try created.
	 * What a channel says about itself (its purpose, its topic) is written by anyone and
	 * proves nothing; its creator and privacy are Slack's.
	 */
	private boolean ours(Conversation channel, Incident incident) {
		return botUserId().equals(channel.getCreator()) && channel.isPrivate() == incident.privateRoom()
				&& !this.queries.channelOwnedByOther(channel.getId(), incident.id());
	}

	private Optional<Conversation> findByName(String name) {
		String cursor = null;
		for (int page = 0; page < 50; page++) {
			String from = cursor;
			var listed = this.slack.require(SlackMethod.CONVERSATIONS_LIST, (c) -> c.conversationsList((r) -> {
				r.types(List.of(ConversationType.PUBLIC_CHANNEL, ConversationType.PRIVATE_CHANNEL))
					.excludeArchived(true)
					.limit(1000);
				if (from != null) {
					r.cursor(from);
				}
				return r;
			}));
			if (listed.getChannels() != null) {
				for (Conversation channel : listed.getChannels()) {
					if (name.equals(channel.getName())) {
						return Optional.of(channel);
					}
				}
			}
			cursor = (listed.getResponseMetadata() != null) ? listed.getResponseMetadata().getNextCursor() : null;
			if (cursor == null || cursor.isBlank()) {
				break;
			}
		}
		return Optional.empty();
	}

	private String botUserId() {
		String known = this.botUserId;
		if (known == null) {
			known = this.slack.require(SlackMethod.AUTH_TEST, (c) -> c.authTest((r) -> r)).getUserId();
			this.botUserId = known;
		}
		return known;
	}

	/**
	 * Invites everyone still pending in one call; those Slack refuses are recorded and
	 * listed in the room.
	 * @param job the running job
	 * @param effectKey the invitation's key
	 * @param id the incident
	 * @param channel the room
	 */
	void invitePending(SlackJob job, String effectKey, long id, String channel) {
		List<String> asked = this.queries.members(id)
			.stream()
			.filter((m) -> m.invite() == IncidentMember.Invite.PENDING)
			.map(IncidentMember::userId)
			.toList();
		if (asked.isEmpty()) {
			return;
		}
		// the bot is in the room already: it created it
		List<String> pending = asked.stream().filter((u) -> !u.equals(this.botUserId)).toList();
		Map<String, String> failures = new HashMap<>();
		if (!pending.isEmpty()) {
			Effect invited = job.invite(effectKey, channel, pending);
			if (!invited.isDone()) {
				// the room is usable without them; the summary lists who is missing
				pending.forEach((u) -> failures.put(u, String.valueOf(invited.error())));
			}
			else {
				invited.values().forEach((field, error) -> {
					if (field.startsWith("error.")) {
						failures.put(field.substring("error.".length()), error);
					}
				});
			}
		}
		this.progress.invited(id, asked, failures);
	}

	/**
	 * Tells the reporter and the admins why the room could not be opened, and parks the
	 * job: once an admin fixed the cause, {@code /violet ops retry} opens the room.
	 */
	private void failSetup(SlackJob job, Incident incident, String error) {
		String problem = switch (error) {
			case "missing_scope" -> "Violet lacks the Slack permission to create channels (channels:manage and "
					+ "groups:write). An admin must reinstall the app with those scopes.";
			case "no free channel name" -> "Every candidate channel name is taken.";
			default -> "Slack refused to create the channel (" + error + ").";
		};
		this.progress.setupFailed(incident.id(), problem);
		String text = ":warning: AI incident " + incident.label()
				+ " is recorded, but its war room could not be opened: " + problem
				+ " Coordinate in a channel of your own meanwhile.";
		java.util.Set<String> told = new java.util.LinkedHashSet<>();
		told.add(incident.reporter());
		told.addAll(this.queries.configuredAdmins());
		for (String user : told) {
			Effect dm = job.dm(job.key() + ":no-room:" + user, user, SlackMessage.of(text));
			if (!dm.isDone()) {
				log.warn("Could not tell {} that incident {} has no room: {}", user, incident.id(), dm.error());
			}
		}
		throw job.park(error, problem + " Then retry: the room is opened and set up.");
	}

	private Incident load(long id) {
		return this.queries.byId(id).orElseThrow();
	}

}
