package io.violet.incident.slack;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import io.violet.incident.Incident;
import io.violet.incident.IncidentFollowUps;
import io.violet.incident.IncidentQueries;
import io.violet.incident.IncidentType;
import io.violet.incident.PostMortemAction;
import io.violet.incident.RegulatoryClock;
import io.violet.incident.Report;
import io.violet.incident.Severity;
import io.violet.incident.internal.ClockDecisions;
import io.violet.incident.internal.IncidentDeclarations;
import io.violet.incident.internal.IncidentLifecycle;
import io.violet.incident.internal.Outcome;
import io.violet.incident.internal.PostMortemFollowUps;
import io.violet.incident.internal.ReportProblem;
import io.violet.incident.internal.WarRoomActivity;
import io.violet.slack.CommandLimits;
import io.violet.slack.CommandResponder;
import io.violet.slack.InteractionRegistrar;
import io.violet.slack.Mrkdwn;
import io.violet.slack.Reply;
import io.violet.slack.SlackGateway;
import io.violet.slack.SlackMethod;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Shortcuts, modal submissions, checklist boxes and clock buttons of the incident module.
 */
@Component
class IncidentInteractions implements InteractionRegistrar {

	private static final Logger log = LoggerFactory.getLogger(IncidentInteractions.class);

	static final String REPORT_SHORTCUT = "report_ai_incident";

	static final String REPORT_MESSAGE_SHORTCUT = "report_ai_incident_from_message";

	static final String TIMELINE_SHORTCUT = "add_to_incident_timeline";

	static final String CHECK = "incident_check";

	static final String CLOCK_DONE = "incident_clock_done";

	static final String CLOCK_NA = "incident_clock_na";

	static final String CLOCK_AWARE = "incident_clock_aware";

	static final String CLOCK_VARIANT = "incident_clock_variant";

	/** Confirms a post-mortem action as a tracked follow-up. */
	static final String TRACK_ACTION = "incident_pm_track";

	private final IncidentDeclarations declarations;

	private final IncidentLifecycle lifecycle;

	private final ClockDecisions clocks;

	private final WarRoomActivity activity;

	private final PostMortemFollowUps followUps;

	private final IncidentQueries queries;

	private final SlackGateway slack;

	private final CommandLimits limits;

	private final Executor executor;

	private final CommandResponder responder;

	IncidentInteractions(IncidentDeclarations declarations, IncidentLifecycle lifecycle, ClockDecisions clocks,
			WarRoomActivity activity, PostMortemFollowUps followUps, IncidentQueries queries, SlackGateway slack,
			@Qualifier("slackWorkExecutor") Executor executor, CommandResponder responder, CommandLimits limits) {
		this.limits = limits;
		this.responder = responder;
		this.declarations = declarations;
		this.lifecycle = lifecycle;
		this.clocks = clocks;
		this.activity = activity;
		this.followUps = followUps;
		this.queries = queries;
		this.slack = slack;
		this.executor = executor;
	}

	@Override
	public void register(App app) {
		app.globalShortcut(REPORT_SHORTCUT, (req, ctx) -> {
			openQuietly(req.getPayload().getTriggerId(), IncidentModals.report(initiatives(), null));
			return ctx.ack();
		});
		// anyone may report: the Home's button opens the shortcut's modal, and its
		// submission is the same view submission
		app.blockAction(IncidentsHomeSection.REPORT, (req, ctx) -> {
			openQuietly(req.getPayload().getTriggerId(), IncidentModals.report(initiatives(), null));
			return ctx.ack();
		});
		app.messageShortcut(REPORT_MESSAGE_SHORTCUT, (req, ctx) -> {
			var payload = req.getPayload();
			String text = (payload.getMessage() != null && payload.getMessage().getText() != null)
					? payload.getMessage().getText() : "";
			var evidence = new EvidenceMessage(payload.getChannel().getId(), payload.getMessageTs(), text, null);
			List<io.violet.initiative.InitiativeSummary> initiatives = initiatives();
			Optional<View> opened = open(payload.getTriggerId(),
					IncidentModals.report(initiatives, evidence.metadata()));
			// the permalink only after the ack: the form shows at once and gets the link
			// into its metadata while the reporter fills it in
			opened.ifPresent((view) -> later(() -> linkInForm(view, initiatives, evidence)));
			return ctx.ack();
		});
		app.messageShortcut(TIMELINE_SHORTCUT, (req, ctx) -> {
			var payload = req.getPayload();
			String channel = payload.getChannel().getId();
			String user = payload.getUser().getId();
			String author = (payload.getMessage() != null && payload.getMessage().getUser() != null)
					? payload.getMessage().getUser() : user;
			String text = (payload.getMessage() != null && payload.getMessage().getText() != null)
					? payload.getMessage().getText() : "";
			String ts = payload.getMessageTs();
			later(() -> addToTimeline(channel, user, author, text, ts));
			return ctx.ack();
		});
		app.viewSubmission(IncidentModals.REPORT, (req, ctx) -> {
			var view = req.getPayload().getView();
			var values = view.getState().getValues();
			String user = req.getPayload().getUser().getId();
			Optional<IncidentType> type = Optional.ofNullable(IncidentModals.value(values, "type"))
				.flatMap(IncidentType::fromKey);
			Optional<Severity> severity = Optional.ofNullable(IncidentModals.value(values, "severity"))
				.flatMap(Severity::fromKey);
			String title = Optional.ofNullable(IncidentModals.value(values, "title")).orElse("");
			if (type.isEmpty() || severity.isEmpty()) {
				return ctx.ack((r) -> r.responseAction("errors")
					.errors(Map.of(type.isEmpty() ? "type" : "severity", "Pick one.")));
			}
			List<String> flags = IncidentModals.selected(values, "flags");
			EvidenceMessage evidence = EvidenceMessage.parse(view.getPrivateMetadata());
			String link = (evidence != null) ? evidence.link() : null;
			String quote = (evidence != null && flags.contains("quote") && !evidence.text().isEmpty()) ? evidence.text()
					: null;
			String initiativeKey = IncidentModals.value(values, "initiative");
			Report report = new Report(type.get(), severity.get(), title, IncidentModals.value(values, "description"),
					flags.contains("private"), flags.contains("personal_data"), initiativeKey,
					IncidentModals.value(values, "initiative_text"), link, quote, user, "view:" + view.getId());
			Optional<ReportProblem> problem = this.declarations.problemWith(report);
			if (problem.isPresent()) {
				String block = (problem.get().kind() == ReportProblem.Kind.UNKNOWN_INITIATIVE) ? "initiative" : "title";
				return ctx
					.ack((r) -> r.responseAction("errors").errors(Map.of(block, plain(OutcomeText.of(problem.get())))));
			}
			Optional<CommandLimits.Refusal> refused = this.limits.use(user, CommandLimits.Limited.INCIDENT_DECLARE);
			if (refused.isPresent()) {
				return ctx.ack((r) -> r.responseAction("errors").errors(Map.of("title", refused.get().brief())));
			}
			Incident declared = this.declarations.declare(report);
			if (evidence != null && link == null) {
				// submitted before the form had the link (or Slack gave none): asked
				// after
				// the ack, never before it
				later(() -> linkEvidence(declared.id(), evidence));
			}
			return ctx.ack();
		});
		app.viewSubmission(IncidentModals.RESOLVE, (req, ctx) -> {
			var view = req.getPayload().getView();
			var values = view.getState().getValues();
			String user = req.getPayload().getUser().getId();
			Optional<Long> incidentId = parsed(view.getPrivateMetadata())
				.filter((n) -> this.queries.byId(n).isPresent());
			if (incidentId.isEmpty()) {
				// Violet's own metadata, so never a typo: a forged or stale form
				return ctx.ack((r) -> r.responseAction("errors")
					.errors(Map.of("summary",
							"This form is out of date; run `/violet incident status resolved` again.")));
			}
			long id = incidentId.get();
			StringBuilder followups = new StringBuilder();
			List<IncidentLifecycle.ActionLine> lines = new ArrayList<>();
			for (int n = 1; n <= IncidentModals.FOLLOWUPS; n++) {
				String action = IncidentModals.value(values, "followup_" + n);
				String owner = IncidentModals.value(values, "owner_" + n);
				if (action != null && !action.isBlank()) {
					followups.append("• ")
						.append(action.strip())
						.append(" — owner ")
						.append((owner != null) ? "<@" + owner + ">" : "to be named")
						.append('\n');
					lines.add(new IncidentLifecycle.ActionLine(action.strip(), owner));
				}
				else if (owner != null) {
					return ctx.ack((r) -> r.responseAction("errors")
						.errors(Map.of("followup_" + 1, "Describe the action that this owner takes.")));
				}
			}
			Outcome outcome = this.lifecycle.resolve(id,
					Optional.ofNullable(IncidentModals.value(values, "summary")).orElse(""),
					Optional.ofNullable(IncidentModals.value(values, "root_cause")).orElse(""),
					followups.toString().strip(), lines, user);
			if (!outcome.ok()) {
				return ctx
					.ack((r) -> r.responseAction("errors").errors(Map.of("summary", plain(OutcomeText.of(outcome)))));
			}
			return ctx.ack();
		});
		app.viewSubmission(IncidentModals.AWARE, (req, ctx) -> {
			var view = req.getPayload().getView();
			String when = IncidentModals.value(view.getState().getValues(), "aware");
			if (when == null) {
				return ctx.ack((r) -> r.responseAction("errors").errors(Map.of("aware", "Pick a date and time.")));
			}
			Optional<Long> incidentId = parsed(view.getPrivateMetadata())
				.filter((n) -> this.queries.byId(n).isPresent());
			Optional<Long> epoch = parsed(when);
			if (incidentId.isEmpty() || epoch.isEmpty()) {
				return ctx.ack((r) -> r.responseAction("errors").errors(Map.of("aware", "Pick a date and time.")));
			}
			Outcome outcome = this.clocks.becameAwareAt(incidentId.get(), Instant.ofEpochSecond(epoch.get()),
					req.getPayload().getUser().getId());
			if (!outcome.ok()) {
				return ctx
					.ack((r) -> r.responseAction("errors").errors(Map.of("aware", plain(OutcomeText.of(outcome)))));
			}
			return ctx.ack();
		});
		app.blockAction(CHECK, (req, ctx) -> {
			BlockActionPayload.Action action = req.getPayload().getActions().get(0);
			String blockId = action.getBlockId();
			if (blockId == null || !blockId.startsWith(WarRoomSummaryView.ITEM_BLOCK)) {
				return ctx.ack();
			}
			long itemId = Long.parseLong(blockId.substring(WarRoomSummaryView.ITEM_BLOCK.length()));
			boolean done = action.getSelectedOptions() != null && !action.getSelectedOptions().isEmpty();
			if (this.queries.item(itemId).isPresent()) {
				refuseIfNeeded(req, this.activity.tick(itemId, done, req.getPayload().getUser().getId()));
			}
			return ctx.ack();
		});
		app.blockAction(TRACK_ACTION, (req, ctx) -> {
			String user = req.getPayload().getUser().getId();
			String responseUrl = req.getPayload().getResponseUrl();
			long actionId = number(req.getPayload().getActions().get(0).getValue());
			Optional<PostMortemAction> action = (actionId < 0) ? Optional.empty()
					: this.queries.postmortemAction(actionId);
			if (action.isEmpty()) {
				return ctx.ack();
			}
			Incident incident = this.queries.byId(action.get().incidentId()).orElseThrow();
			IncidentFollowUps.Tracked tracked = this.followUps.trackAction(actionId, user);
			String text = FollowUpReplies.tracked(tracked, incident, action.get().ownerId().orElse(user));
			later(() -> this.responder.send(responseUrl, Reply.ephemeral(text)));
			return ctx.ack();
		});
		app.blockAction(CLOCK_DONE, (req, ctx) -> clockDecision(req, ctx, RegulatoryClock.State.DONE));
		app.blockAction(CLOCK_NA, (req, ctx) -> clockDecision(req, ctx, RegulatoryClock.State.NOT_APPLICABLE));
		app.blockAction(CLOCK_VARIANT, (req, ctx) -> {
			String value = req.getPayload().getActions().get(0).getSelectedOption().getValue();
			String[] parts = value.split(":", 2);
			Outcome outcome = this.clocks.changeClockVariant(Long.parseLong(parts[0]), parts[1],
					req.getPayload().getUser().getId());
			refuseIfNeeded(req, outcome);
			return ctx.ack();
		});
		app.blockAction(CLOCK_AWARE, (req, ctx) -> {
			long id = Long.parseLong(req.getPayload().getActions().get(0).getValue());
			this.queries.byId(id)
				.ifPresent((incident) -> openQuietly(req.getPayload().getTriggerId(), IncidentModals.aware(incident)));
			return ctx.ack();
		});
	}

	private Response clockDecision(BlockActionRequest req, ActionContext ctx, RegulatoryClock.State state) {
		long clockId = Long.parseLong(req.getPayload().getActions().get(0).getValue());
		if (this.queries.clock(clockId).isPresent()) {
			refuseIfNeeded(req, this.clocks.decideClock(clockId, state, req.getPayload().getUser().getId()));
		}
		return ctx.ack();
	}

	private void refuseIfNeeded(BlockActionRequest req, Outcome outcome) {
		if (outcome.ok() || req.getPayload().getChannel() == null) {
			return;
		}
		String channel = req.getPayload().getChannel().getId();
		String user = req.getPayload().getUser().getId();
		String message = OutcomeText.of(outcome);
		String text = message.startsWith(":") ? message : ":no_entry: " + message;
		later(() -> this.slack.ephemeral(channel, user, text, List.of()));
	}

	private void addToTimeline(String channel, String user, String author, String text, String ts) {
		Optional<Incident> incident = this.queries.byChannel(channel);
		if (incident.isEmpty()) {
			this.slack.ephemeral(channel, user,
					":warning: *Add to timeline* works on messages inside an incident's war room; this channel is not one.",
					List.of());
			return;
		}
		String link = Optional.ofNullable(permalink(channel, ts)).orElse("message " + ts);
		Outcome outcome = this.activity.addMessage(incident.get().id(), author, text, link, user);
		this.slack.ephemeral(channel, user, OutcomeText.of(outcome), List.of());
	}

	private String permalink(String channel, String ts) {
		try {
			var answer = this.slack.call(SlackMethod.CHAT_GET_PERMALINK,
					(c) -> c.chatGetPermalink((r) -> r.channel(channel).messageTs(ts)));
			return answer.isOk() ? answer.getPermalink() : null;
		}
		catch (RuntimeException ex) {
			log.warn("No permalink for the evidence message: {}", ex.getMessage());
			return null;
		}
	}

	private List<io.violet.initiative.InitiativeSummary> initiatives() {
		return this.declarations.hasInitiativeCatalog() ? new ArrayList<>(this.declarations.activeInitiatives()) : null;
	}

	private void openQuietly(String triggerId, View view) {
		open(triggerId, view);
	}

	private Optional<View> open(String triggerId, View view) {
		try {
			return Optional.ofNullable(this.slack
				.require(SlackMethod.VIEWS_OPEN, (c) -> c.viewsOpen((r) -> r.triggerId(triggerId).view(view)))
				.getView());
		}
		catch (RuntimeException ex) {
			log.warn("Could not open an incident modal: {}", ex.getMessage());
			return Optional.empty();
		}
	}

	private void linkInForm(View opened, List<io.violet.initiative.InitiativeSummary> initiatives,
			EvidenceMessage evidence) {
		String link = permalink(evidence.channel(), evidence.ts());
		if (link == null || opened.getId() == null) {
			return;
		}
		View updated = IncidentModals.report(initiatives, evidence.withLink(link).metadata());
		// the hash keeps this from overwriting a form that changed meanwhile; Slack keeps
		// what the reporter already typed into inputs whose ids stay the same
		this.slack.call(SlackMethod.VIEWS_UPDATE,
				(c) -> c.viewsUpdate((r) -> r.viewId(opened.getId()).hash(opened.getHash()).view(updated)));
	}

	private void linkEvidence(long incident, EvidenceMessage evidence) {
		String link = permalink(evidence.channel(), evidence.ts());
		if (link != null) {
			this.declarations.linkEvidence(incident, link);
		}
	}

	private void later(Runnable work) {
		this.executor.execute(() -> {
			try {
				work.run();
			}
			catch (RuntimeException ex) {
				log.warn("Incident follow-up failed: {}", ex.getMessage());
			}
		});
	}

	private static long number(@org.jspecify.annotations.Nullable String value) {
		try {
			return (value != null) ? Long.parseLong(value) : -1;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static String plain(String mrkdwn) {
		return Mrkdwn.truncate(mrkdwn.replace("*", "").replace("`", "").replaceAll(":[a-z_]+: ", ""), 150);
	}

	/**
	 * A number Violet put into a form or button, or empty when the payload holds anything
	 * else (hostile input is answered, never a server error).
	 */
	private static Optional<Long> parsed(@Nullable String text) {
		if (text == null || text.isEmpty() || text.length() > 19) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(text));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
