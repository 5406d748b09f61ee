package io.violet.incident.slack;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.slack.api.methods.response.conversations.ConversationsCreateResponse;
import com.slack.api.methods.response.conversations.ConversationsInviteResponse;
import com.slack.api.model.Conversation;
import com.slack.api.model.ConversationType;
import io.violet.VioletSettings;
import io.violet.incident.ChannelNames;
import io.violet.incident.Incident;
import io.violet.incident.IncidentEvents;
import io.violet.incident.IncidentMember;
import io.violet.incident.IncidentQueries;
import io.violet.incident.SetupStep;
import io.violet.incident.WarRoomProgress;
import io.violet.slack.Mrkdwn;
import io.violet.slack.SlackApiError;
import io.violet.slack.SlackGateway;
import io.violet.slack.SlackMethod;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sets up a war room in order: channel → topic and purpose → invites → checklist posted
 * and pinned → regulatory clocks → (drill scenario) → announcement. Each step is recorded
 * as soon as Slack confirmed it; when Slack fails the listener fails, the event
 * publication is retried, and setup resumes at the first step not yet recorded. The
 * listener runs outside any transaction scope, not even an empty one: every recorded step
 * commits at once, and no database connection is held while Slack is being called.
 */
@Component
class WarRoomSetup {

	private static final Logger log = LoggerFactory.getLogger(WarRoomSetup.class);

	/** Errors that no retry will fix: the app's installation must change. */
	private static final Set<String> TERMINAL = Set.of("missing_scope", "restricted_action", "not_allowed_token_type",
			"invalid_auth", "account_inactive", "no_permission", "team_access_not_granted");

	/** Names {@code -2}, {@code -3}… tried before names with a random part. */
	private static final int MAX_NAME_ATTEMPTS = 20;

	private static final int MAX_RANDOM_NAME_ATTEMPTS = 5;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SlackGateway slack;

	private final IncidentQueries queries;

	private final WarRoomProgress progress;

	private final VioletSettings settings;

	private volatile @Nullable String botUserId;

	WarRoomSetup(SlackGateway slack, IncidentQueries queries, WarRoomProgress progress, VioletSettings settings) {
		this.slack = slack;
		this.queries = queries;
		this.progress = progress;
		this.settings = settings;
	}

	@TransactionalEventListener
	@Async(IncidentWorkers.NAME)
	void on(IncidentEvents.IncidentDeclared event) {
		setUp(event.incidentId());
	}

	void setUp(long id) {
		// each recorded step hands back the incident as stored, so nothing is read twice
		Incident incident = load(id);
		if (incident.setupStep() == SetupStep.DONE || incident.setupStep() == SetupStep.FAILED) {
			return;
		}
		if (!incident.setupStep().reached(SetupStep.CHANNEL)) {
			Optional<Incident> created = createChannel(incident);
			if (created.isEmpty()) {
				return;
			}
			incident = created.get();
		}
		String channel = incident.channelId().orElseThrow();
		if (!incident.setupStep().reached(SetupStep.TOPIC)) {
			String topic = WarRoomViews.topic(incident);
			String purpose = WarRoomViews.purpose(incident);
			this.slack.require(SlackMethod.CONVERSATIONS_SET_TOPIC,
					(c) -> c.conversationsSetTopic((r) -> r.channel(channel).topic(topic)));
			this.slack.require(SlackMethod.CONVERSATIONS_SET_PURPOSE,
					(c) -> c.conversationsSetPurpose((r) -> r.channel(channel).purpose(purpose)));
			incident = this.progress.topicAndPurposeSet(id, topic);
		}
		if (!incident.setupStep().reached(SetupStep.INVITES)) {
			incident = invitePending(id, channel);
		}
		// read once for the summary and, where they exist, the clocks
		IncidentQueries.Room room = null;
		if (incident.summaryTs().isEmpty()) {
			room = this.queries.room(id).orElseThrow();
			var posted = this.slack.post(channel, null, WarRoomViews.summaryText(room.incident()),
					WarRoomViews.summary(room, this.queries));
			incident = this.progress.summaryPosted(id, posted.ts());
		}
		if (!incident.setupStep().reached(SetupStep.PINNED)) {
			String ts = incident.summaryTs().orElseThrow();
			var pinned = this.slack.call(SlackMethod.PINS_ADD,
					(c) -> c.pinsAdd((r) -> r.channel(channel).timestamp(ts)));
			if (!pinned.isOk() && !"already_pinned".equals(pinned.getError())) {
				throw new SlackApiError(SlackMethod.PINS_ADD, pinned.getError());
			}
			incident = this.progress.checklistPinned(id);
		}
		// without clocks (and, for a real incident, without a scenario) nothing is
		// recorded
		// until the announcement, which completes setup
		if (!incident.setupStep().reached(SetupStep.CLOCKS) && incident.clocksTs().isEmpty()) {
			if (room == null) {
				room = this.queries.room(id).orElseThrow();
			}
			if (!room.clocks().isEmpty()) {
				var posted = this.slack.post(channel, null,
						(incident.drill() ? "[DRILL] " : "") + "Regulatory clocks for " + incident.label(),
						WarRoomViews.clocks(room, this.queries));
				// a real incident has no scenario to post: its clocks complete that step
				// too
				incident = this.progress.clocksPosted(id, posted.ts(),
						incident.drill() ? SetupStep.CLOCKS : SetupStep.SCENARIO);
			}
		}
		if (incident.drill() && !incident.setupStep().reached(SetupStep.SCENARIO)) {
			this.slack.post(channel, null, ":performing_arts: *DRILL scenario* — nothing here is real.\n"
					+ Mrkdwn.escape(this.queries.playbook(incident.type()).scenario())
					+ "\nWork through the pinned checklist as you would in a real incident; the time to each step is recorded for the debrief.",
					List.of());
			incident = this.progress.reached(id, SetupStep.SCENARIO);
		}
		announce(incident);
	}

	private void announce(Incident incident) {
		String ts = "";
		if (!incident.drill() && !this.settings.incidentsChannel().isBlank()) {
			ts = this.slack.post(this.settings.incidentsChannel(), null, WarRoomViews.announcement(incident), List.of())
				.ts();
		}
		String note = ":rotating_light: AI incident " + incident.label() + " (" + incident.type().key() + ", "
				+ incident.severity().key() + ") concerns this initiative: "
				+ Mrkdwn.escapeAndTruncate(incident.title(), 200) + " — war room "
				+ Mrkdwn.channel(incident.channelId().orElse(""));
		if (incident.reportedInModal() && incident.announcementTs().isEmpty()) {
			this.slack.dm(incident.reporter(),
					":rotating_light: Your report is AI incident *" + incident.label() + "* (" + incident.type().key()
							+ ", " + incident.severity().key() + "). Its war room: "
							+ Mrkdwn.channel(incident.channelId().orElse("")) + ".",
					List.of());
		}
		this.progress.announced(incident.id(), ts, note);
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
	private Optional<Incident> createChannel(Incident declared) {
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
			ConversationsCreateResponse created = this.slack.call(SlackMethod.CONVERSATIONS_CREATE,
					(c) -> c.conversationsCreate((r) -> r.name(name).isPrivate(privateRoom)));
			if (created.isOk()) {
				return Optional.of(this.progress.channelCreated(id, created.getChannel().getId(), name));
			}
			String error = created.getError();
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
			if (TERMINAL.contains(error)) {
				failSetup(incident, error);
				return Optional.empty();
			}
			throw new SlackApiError(SlackMethod.CONVERSATIONS_CREATE, error);
		}
		failSetup(incident, "no free channel name");
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
	 * @param id the incident
	 * @param channel the room
	 * @return the incident as stored once everyone pending was asked for
	 */
	Incident invitePending(long id, String channel) {
		List<String> asked = this.queries.members(id)
			.stream()
			.filter((m) -> m.invite() == IncidentMember.Invite.PENDING)
			.map(IncidentMember::userId)
			.toList();
		// the bot is in the room already: it created it
		List<String> pending = asked.stream().filter((u) -> !u.equals(this.botUserId)).toList();
		if (pending.isEmpty()) {
			return this.progress.invited(id, asked, Map.of());
		}
		ConversationsInviteResponse invited = this.slack.call(SlackMethod.CONVERSATIONS_INVITE,
				(c) -> c.conversationsInvite((r) -> r.channel(channel).users(pending).force(true)));
		Map<String, String> failures = new HashMap<>();
		if (invited.getErrors() != null) {
			invited.getErrors()
				.stream()
				.filter((e) -> e.getUser() != null && !"already_in_channel".equals(e.getError()))
				.forEach((e) -> failures.put(e.getUser(), e.getError()));
		}
		if (!invited.isOk() && failures.isEmpty() && !"already_in_channel".equals(invited.getError())) {
			if ("cant_invite_self".equals(invited.getError()) || "user_not_found".equals(invited.getError())
					|| "user_is_restricted".equals(invited.getError()) || "cant_invite".equals(invited.getError())) {
				pending.forEach((u) -> failures.put(u, invited.getError()));
			}
			else {
				throw new SlackApiError(SlackMethod.CONVERSATIONS_INVITE, invited.getError());
			}
		}
		return this.progress.invited(id, asked, failures);
	}

	private void failSetup(Incident incident, String error) {
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
			try {
				this.slack.dm(user, text, List.of());
			}
			catch (RuntimeException ex) {
				log.warn("Could not tell {} that incident {} has no room: {}", user, incident.id(), ex.getMessage());
			}
		}
	}

	private Incident load(long id) {
		return this.queries.byId(id).orElseThrow();
	}

}
