package io.violet.training.slack;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.model.view.ViewState;
import io.violet.directory.Role;
import io.violet.directory.UserFacts;
import io.violet.slack.AppHome;
import io.violet.slack.CommandLimits;
import io.violet.slack.InteractionRegistrar;
import io.violet.slack.Mrkdwn;
import io.violet.slack.SlackApiError;
import io.violet.slack.SlackGateway;
import io.violet.training.Cadence;
import io.violet.training.Catalog;
import io.violet.training.Rsvp;
import io.violet.training.Session;
import io.violet.training.SessionKey;
import io.violet.training.SessionKind;
import io.violet.training.SessionPlan;
import io.violet.training.Topic;
import io.violet.training.TopicDraft;
import io.violet.training.TrainingSessions;
import io.violet.training.internal.Completions;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Buttons and modals of trainings: RSVP, "I completed this", attendance, calendar links,
 * the catalog editor and the schedule modal.
 */
@Component
class TrainingInteractions implements InteractionRegistrar {

	private static final Logger log = LoggerFactory.getLogger(TrainingInteractions.class);

	private final TrainingSessions sessions;

	private final CommandLimits limits;

	private final Completions completions;

	private final Catalog catalog;

	private final Permissions permissions;

	private final TrainingModals modals;

	private final SlackGateway gateway;

	private final UserFacts userFacts;

	private final Executor executor;

	private final AppHome home;

	TrainingInteractions(TrainingSessions sessions, Completions completions, Catalog catalog, Permissions permissions,
			TrainingModals modals, SlackGateway gateway, UserFacts userFacts, AppHome home,
			@Qualifier("slackWorkExecutor") Executor executor, CommandLimits limits) {
		this.limits = limits;
		this.home = home;
		this.sessions = sessions;
		this.completions = completions;
		this.catalog = catalog;
		this.permissions = permissions;
		this.modals = modals;
		this.gateway = gateway;
		this.userFacts = userFacts;
		this.executor = executor;
	}

	@Override
	public void register(App app) {
		app.blockAction(TrainingHomeSection.SCHEDULE, (req, ctx) -> {
			// the same check and modal as `/violet training schedule` without arguments
			String user = req.getPayload().getUser().getId();
			if (!this.permissions.maySchedule(user, SessionKind.TRAINING)) {
				tell(req.getPayload(), ScheduleCommandFlow.notAllowed(SessionKind.TRAINING).text());
				return ctx.ack();
			}
			try {
				this.gateway.openView(req.getPayload().getTriggerId(), this.modals.schedule(this.catalog.all()));
			}
			catch (SlackApiError ex) {
				tell(req.getPayload(), ":warning: Slack did not open the form (`" + Mrkdwn.escape(ex.error())
						+ "`); try the button again.");
			}
			return ctx.ack();
		});
		app.blockAction(TrainingMessages.RSVP_GOING, (req, ctx) -> {
			rsvp(req.getPayload(), Rsvp.GOING);
			return ctx.ack();
		});
		app.blockAction(TrainingMessages.RSVP_DECLINE, (req, ctx) -> {
			rsvp(req.getPayload(), Rsvp.NOT_GOING);
			return ctx.ack();
		});
		app.blockAction(TrainingMessages.COMPLETE, (req, ctx) -> {
			complete(req.getPayload());
			return ctx.ack();
		});
		for (String link : List.of(TrainingMessages.CAL_GOOGLE, TrainingMessages.CAL_OUTLOOK,
				TrainingMessages.CAL_ICS)) {
			// the browser opens the link; Slack still expects an answer
			app.blockAction(link, (req, ctx) -> ctx.ack());
		}
		app.blockAction(TrainingMessages.ATTENDANCE, (req, ctx) -> {
			openAttendance(req.getPayload());
			return ctx.ack();
		});
		app.blockAction(TrainingCommand.ADD_TOPIC, (req, ctx) -> {
			openTopic(req.getPayload(), null);
			return ctx.ack();
		});
		app.blockAction(TrainingCommand.EDIT_TOPIC, (req, ctx) -> {
			openTopic(req.getPayload(), value(req.getPayload()));
			return ctx.ack();
		});
		app.viewSubmission(TrainingModals.TOPIC, (req, ctx) -> {
			var payload = req.getPayload();
			String user = payload.getUser().getId();
			if (!this.permissions.isAdmin(user)) {
				return ctx.ackWithErrors(Map.of("title", "Only Violet admins can change the catalog."));
			}
			Map<String, Map<String, ViewState.Value>> values = payload.getView().getState().getValues();
			String existing = payload.getView().getPrivateMetadata();
			String key = (existing != null && !existing.isEmpty()) ? existing : text(values, "key");
			List<String> audience = new ArrayList<>();
			ViewState.Value aud = field(values, "audience");
			if (aud != null && aud.getSelectedOptions() != null) {
				aud.getSelectedOptions().forEach((o) -> audience.add(o.getValue()));
			}
			boolean dueOnJoining = this.catalog.find(key).map(Topic::dueOnJoining).orElse(false);
			TopicDraft.Result result = TopicDraft.of(key, text(values, "title"), text(values, "description"), audience,
					text(values, "cadence"), dueOnJoining, text(values, "source"));
			if (result.draft() == null) {
				Map<String, String> errors = new HashMap<>();
				result.problems()
					.forEach((p) -> errors.putIfAbsent(
							(p.field().equals("key") && existing != null && !existing.isEmpty()) ? "title" : p.field(),
							Mrkdwn.truncate(p.message(), 150)));
				return ctx.ackWithErrors(errors);
			}
			if ((existing == null || existing.isEmpty()) && this.catalog.find(result.draft().key()).isPresent()) {
				return ctx.ackWithErrors(Map.of("key", "A topic with this key exists; edit it from the catalog."));
			}
			this.catalog.save(result.draft(), user);
			later(() -> this.gateway.dm(user, ":white_check_mark: Saved topic `" + result.draft().key()
					+ "`. See it with `/violet training catalog`.", List.of()));
			return ctx.ack();
		});
		app.viewSubmission(TrainingModals.ATTENDANCE, (req, ctx) -> {
			var payload = req.getPayload();
			String user = payload.getUser().getId();
			long id = Long.parseLong(payload.getView().getPrivateMetadata());
			Optional<Session> session = this.sessions.find(id);
			if (session.isEmpty() || !this.permissions.mayMarkAttendance(user, session.get())) {
				return ctx
					.ackWithErrors(Map.of("attended", "Only the organiser, hr owners and admins mark attendance."));
			}
			ViewState.Value attended = field(payload.getView().getState().getValues(), "attended");
			List<String> users = (attended != null && attended.getSelectedUsers() != null) ? attended.getSelectedUsers()
					: List.of();
			int added = this.completions.markAttendance(id, users, user);
			later(() -> this.gateway.dm(user, ":white_check_mark: Recorded " + added + " new completion"
					+ (added == 1 ? "" : "s") + " for " + TrainingMessages.headline(session.get()) + ".", List.of()));
			return ctx.ack();
		});
		app.viewSubmission(TrainingModals.SCHEDULE, (req, ctx) -> {
			var payload = req.getPayload();
			String user = payload.getUser().getId();
			Map<String, Map<String, ViewState.Value>> values = payload.getView().getState().getValues();
			Map<String, String> errors = new HashMap<>();
			ViewState.Value topicValue = field(values, "topic");
			Optional<Topic> topic = (topicValue != null && topicValue.getSelectedOption() != null)
					? this.catalog.find(topicValue.getSelectedOption().getValue()) : Optional.empty();
			if (topic.isEmpty()) {
				errors.put("topic", "Pick a topic.");
			}
			ViewState.Value date = field(values, "date");
			ViewState.Value time = field(values, "time");
			Optional<LocalDateTime> local = (date != null && time != null && date.getSelectedDate() != null
					&& time.getSelectedTime() != null) ? TimeInput.parse(date.getSelectedDate(), time.getSelectedTime())
							: Optional.empty();
			if (local.isEmpty()) {
				errors.put("date", "Pick a date and a time.");
			}
			String tz = text(values, "tz");
			Optional<ZoneId> zone = tz.isBlank() ? this.userFacts.knownZone(user) : TimeInput.zone(tz);
			if (zone.isEmpty()) {
				// in a form, asking is cheaper than guessing: the reporter just types it
				errors.put("tz", tz.isBlank() ? "Violet does not know your time zone yet; type it, e.g. Europe/Berlin."
						: "Unknown time zone; use an IANA id such as Europe/Berlin or UTC.");
			}
			ViewState.Value every = field(values, "every");
			Cadence cadence = (every != null && every.getSelectedOption() != null)
					? Cadence.parse(every.getSelectedOption().getValue()).orElse(null) : null;
			List<Role> roles = new ArrayList<>();
			ViewState.Value roleValue = field(values, "roles");
			if (roleValue != null && roleValue.getSelectedOptions() != null) {
				roleValue.getSelectedOptions().forEach((o) -> Role.fromKey(o.getValue()).ifPresent(roles::add));
			}
			ViewState.Value inviteValue = field(values, "invite");
			List<String> invitees = (inviteValue != null && inviteValue.getSelectedUsers() != null)
					? inviteValue.getSelectedUsers() : List.of();
			if (!errors.isEmpty()) {
				return ctx.ackWithErrors(errors);
			}
			if (!this.permissions.maySchedule(user, SessionKind.TRAINING)) {
				return ctx.ackWithErrors(Map.of("topic", "Only hr owners and Violet admins schedule trainings."));
			}
			Topic t = topic.get();
			boolean explicit = !roles.isEmpty();
			SessionPlan plan = new SessionPlan(SessionKind.TRAINING, t.key(), t.title(), local.get(), zone.get(),
					cadence, explicit ? roles : t.roles(), explicit, !explicit && t.allStaff(), invitees, null, user);
			Optional<CommandLimits.Refusal> refused = this.limits.use(user, CommandLimits.Limited.TRAINING_SCHEDULE);
			if (refused.isPresent()) {
				return ctx.ackWithErrors(Map.of("topic", refused.get().brief()));
			}
			TrainingSessions.Scheduled result = this.sessions.schedule(plan);
			if (result.problem() != null) {
				return ctx.ackWithErrors(Map.of(
						result.problem().contains("past") || result.problem().contains("exist") ? "date" : "roles",
						Mrkdwn.truncate(result.problem().replace("`", ""), 150)));
			}
			String confirmation = ScheduleReplies.of(result, List.of()).text();
			later(() -> this.gateway.dm(user, confirmation, List.of()));
			return ctx.ack();
		});
	}

	private void rsvp(BlockActionPayload payload, Rsvp rsvp) {
		String user = payload.getUser().getId();
		Optional<Long> id = sessionId(payload);
		if (id.isEmpty()) {
			return;
		}
		TrainingSessions.RsvpOutcome outcome = this.sessions.rsvp(id.get(), user, rsvp);
		String feedback = switch (outcome) {
			case RECORDED -> null;
			case ALREADY -> "You already answered that; nothing changed.";
			case NOT_INVITED -> "You are not on the invitation list of " + new SessionKey(id.get()) + ".";
			case CANCELLED -> new SessionKey(id.get()) + " was cancelled; no answer is needed.";
			case STARTED -> new SessionKey(id.get()) + " has already started; answers are closed.";
			case NO_SESSION -> "That session no longer exists.";
		};
		tell(payload, feedback);
	}

	private void complete(BlockActionPayload payload) {
		String user = payload.getUser().getId();
		Optional<Long> id = sessionId(payload);
		if (id.isEmpty()) {
			return;
		}
		String feedback = switch (this.completions.completeSelf(id.get(), user)) {
			case RECORDED -> null;
			case ALREADY -> "Your completion of " + new SessionKey(id.get()) + " is already recorded.";
			case NOT_STARTED -> "You can mark " + new SessionKey(id.get()) + " as completed once it has started.";
			case NOT_INVITED ->
				"You were not invited to " + new SessionKey(id.get()) + "; ask its organiser to mark your attendance.";
			case NO_SESSION -> "That session was cancelled or no longer exists.";
		};
		tell(payload, feedback);
	}

	private void openAttendance(BlockActionPayload payload) {
		String user = payload.getUser().getId();
		Optional<Session> session = sessionId(payload).flatMap(this.sessions::find);
		if (session.isEmpty()) {
			return;
		}
		if (!this.permissions.mayMarkAttendance(user, session.get())) {
			tell(payload, "Only the organiser, hr owners and admins mark attendance.");
			return;
		}
		List<String> going = this.sessions.invitees(session.get().id())
			.stream()
			.filter((i) -> i.rsvp() == Rsvp.GOING)
			.map(TrainingSessions.InviteeAnswer::userId)
			.limit(100)
			.toList();
		this.gateway.openView(payload.getTriggerId(), this.modals.attendance(session.get(), going));
	}

	private void openTopic(BlockActionPayload payload, @Nullable String key) {
		String user = payload.getUser().getId();
		if (!this.permissions.isAdmin(user)) {
			tell(payload, "Only Violet admins add and edit catalog topics.");
			return;
		}
		Topic topic = (key != null) ? this.catalog.find(key).orElse(null) : null;
		this.gateway.openView(payload.getTriggerId(), this.modals.topic(topic));
	}

	/**
	 * Answers a click where it was made: ephemerally in its channel, or, from the App
	 * Home (which has no channel), by direct message and a fresh Home.
	 */
	private void tell(BlockActionPayload payload, @Nullable String text) {
		String user = payload.getUser().getId();
		boolean fromHome = payload.getView() != null && "home".equals(payload.getView().getType());
		if (fromHome) {
			later(() -> {
				if (text != null) {
					this.gateway.dm(user, text, List.of());
				}
				this.home.refresh(user);
			});
			return;
		}
		if (text == null || payload.getChannel() == null) {
			return;
		}
		String channel = payload.getChannel().getId();
		later(() -> this.gateway.ephemeral(channel, user, text, List.of()));
	}

	private void later(Runnable work) {
		this.executor.execute(() -> {
			try {
				work.run();
			}
			catch (RuntimeException ex) {
				log.warn("Could not send training feedback: {}", ex.getMessage());
			}
		});
	}

	private static Optional<Long> sessionId(BlockActionPayload payload) {
		try {
			return Optional.of(Long.parseLong(value(payload)));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static String value(BlockActionPayload payload) {
		if (payload.getActions() == null || payload.getActions().isEmpty()) {
			return "";
		}
		String v = payload.getActions().get(0).getValue();
		return (v != null) ? v : "";
	}

	private static ViewState.@Nullable Value field(Map<String, Map<String, ViewState.Value>> values, String block) {
		Map<String, ViewState.Value> byAction = values.get(block);
		return (byAction != null) ? byAction.get("value") : null;
	}

	private static String text(Map<String, Map<String, ViewState.Value>> values, String block) {
		ViewState.Value v = field(values, block);
		return (v != null && v.getValue() != null) ? v.getValue() : "";
	}

}
