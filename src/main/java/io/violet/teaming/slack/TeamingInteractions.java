package io.violet.teaming.slack;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import io.violet.slack.InteractionRegistrar;
import io.violet.slack.Mrkdwn;
import io.violet.slack.Reply;
import io.violet.slack.SlackApiError;
import io.violet.slack.SlackGateway;
import io.violet.teaming.Finding;
import io.violet.teaming.Lens;
import io.violet.teaming.Resolution;
import io.violet.teaming.internal.FindingDecisions;
import io.violet.teaming.internal.LensAnswers;
import io.violet.teaming.internal.LensForm;
import io.violet.teaming.internal.Question;
import io.violet.teaming.internal.SessionReader;
import io.violet.teaming.internal.SessionView;
import io.violet.teaming.internal.StartRequest;
import io.violet.teaming.internal.SubmitResult;
import io.violet.teaming.internal.TeamingPermissions;
import io.violet.teaming.internal.TeamingStarts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The answer, convene and close buttons, and the lens and mitigation modals. Each click
 * is checked like the command; modals open with {@code views.open} right after the ack
 * (within the trigger's three seconds), and answers to clicks go through the click's
 * response URL.
 */
@Component
class TeamingInteractions implements InteractionRegistrar {

	private static final Logger log = LoggerFactory.getLogger(TeamingInteractions.class);

	private final TeamingStarts starts;

	private final LensAnswers lensAnswers;

	private final FindingDecisions decisions;

	private final TeamingPermissions permissions;

	private final SessionReader reader;

	private final SlackGateway gateway;

	private final Executor executor;

	TeamingInteractions(TeamingStarts starts, LensAnswers lensAnswers, FindingDecisions decisions,
			TeamingPermissions permissions, SessionReader reader, SlackGateway gateway,
			@Qualifier("slackWorkExecutor") Executor executor) {
		this.starts = starts;
		this.lensAnswers = lensAnswers;
		this.decisions = decisions;
		this.permissions = permissions;
		this.reader = reader;
		this.gateway = gateway;
		this.executor = executor;
	}

	@Override
	public void register(App app) {
		app.blockAction(Notices.ANSWER_ACTION, (request, context) -> {
			answer(request.getPayload(), context);
			return context.ack();
		});
		app.blockAction(TeamingCardSection.CONVENE_ACTION, (request, context) -> {
			String user = request.getPayload().getUser().getId();
			String key = value(request.getPayload());
			Reply reply = StartReplies.of(this.starts.start(new StartRequest(key, user, null, null, List.of())), key,
					this.permissions.zoneOf(user));
			later(context, reply.text());
			return context.ack();
		});
		app.blockAction(Notices.RESOLVE_ACTION, (request, context) -> {
			resolveButton(request.getPayload(), context);
			return context.ack();
		});
		app.viewSubmission(LensModal.CALLBACK_ID, (request, context) -> {
			View view = request.getPayload().getView();
			String user = request.getPayload().getUser().getId();
			Outcome outcome = submitLens(user, view);
			if (!outcome.errors().isEmpty()) {
				return context.ack((r) -> r.responseAction("errors").errors(outcome.errors()));
			}
			return context.ack((r) -> r.responseAction("update").view(outcome.view()));
		});
		app.viewSubmission(ResolveModal.CALLBACK_ID, (request, context) -> {
			View view = request.getPayload().getView();
			String user = request.getPayload().getUser().getId();
			String[] meta = (view.getPrivateMetadata() != null) ? view.getPrivateMetadata().split("\\|")
					: new String[0];
			Optional<Integer> number = (meta.length == 2) ? TeamingCommand.number(meta[1]) : Optional.empty();
			if (number.isEmpty()) {
				return context.ack((r) -> r.responseAction("errors")
					.errors(Map.of(ResolveModal.MITIGATION, "This form is no longer valid; use the button again.")));
			}
			Resolution result = this.decisions.resolve(meta[0], number.get(), user,
					text(view, ResolveModal.MITIGATION));
			return switch (result.outcome()) {
				case INVALID -> context.ack((r) -> r.responseAction("errors")
					.errors(Map.of(ResolveModal.MITIGATION, "Say what was done about it (up to 2,000 characters).")));
				case NOT_ALLOWED,
						UNKNOWN ->
					context.ack((r) -> r.responseAction("errors")
						.errors(Map.of(ResolveModal.MITIGATION,
								plain(ResolutionReplies.resolved(result, meta[0], number.get()).text()))));
				default -> context.ack((r) -> r.responseAction("update")
					.view(LensModal.notice("Finding closed",
							ResolutionReplies.resolved(result, meta[0], number.get()).text())));
			};
		});
	}

	private void answer(BlockActionPayload payload, ActionContext context) {
		String user = payload.getUser().getId();
		String[] value = value(payload).split("\\|");
		Optional<Lens> lens = (value.length == 2) ? Lens.fromKey(value[1]) : Optional.empty();
		long sessionId = (value.length == 2) ? parse(value[0]) : -1;
		Optional<SessionView> session = (sessionId < 0) ? Optional.empty() : this.reader.session(sessionId);
		if (lens.isEmpty() || session.isEmpty()) {
			later(context, "That button is no longer valid.");
			return;
		}
		if (!this.lensAnswers.isParticipant(sessionId, lens.get(), user)) {
			List<String> who = session.get()
				.lenses()
				.stream()
				.filter((l) -> l.lens() == lens.get())
				.flatMap((l) -> l.participants().stream())
				.map((p) -> Mrkdwn.user(p.userId()))
				.toList();
			later(context,
					":no_entry: Only the participants of the *" + lens.get().title() + "* lens"
							+ (who.isEmpty() ? "" : " (" + String.join(", ", who) + ")") + " can answer it. "
							+ "An owner of one of its roles can be added with `/violet teaming start "
							+ session.get().key() + " --add @user`.");
			return;
		}
		LensForm form = this.reader.form(sessionId, lens.get()).orElseThrow();
		if (form.open().isEmpty()) {
			later(context, ":white_check_mark: The *" + lens.get().title() + "* lens of *" + session.get().key()
					+ "* is answered; nothing is left to answer.");
			return;
		}
		String trigger = payload.getTriggerId();
		this.executor.execute(() -> {
			try {
				this.gateway.openView(trigger, LensModal.build(form, 0));
			}
			catch (SlackApiError ex) {
				respond(context, ":warning: Slack did not open the questions (`" + Mrkdwn.escape(ex.error())
						+ "`); press the button again.");
			}
		});
	}

	private void resolveButton(BlockActionPayload payload, ActionContext context) {
		String user = payload.getUser().getId();
		String[] value = value(payload).split("\\|");
		Optional<Integer> number = (value.length == 2) ? TeamingCommand.number(value[1]) : Optional.empty();
		Optional<Finding> finding = number.flatMap((n) -> this.reader.finding(value[0], n));
		if (finding.isEmpty()) {
			later(context, "That finding no longer exists.");
			return;
		}
		if (!finding.get().open()) {
			later(context, ":information_source: " + finding.get().label() + " is already closed.");
			return;
		}
		if (!finding.get().owner().equals(user) && !this.permissions.isAdmin(user)) {
			later(context, ":no_entry: Only " + finding.get().label() + "'s owner ("
					+ Mrkdwn.user(finding.get().owner()) + ") and Violet admins can close it.");
			return;
		}
		String trigger = payload.getTriggerId();
		this.executor.execute(() -> {
			try {
				this.gateway.openView(trigger, ResolveModal.build(finding.get()));
			}
			catch (SlackApiError ex) {
				respond(context, ":warning: Slack did not open the form (`" + Mrkdwn.escape(ex.error())
						+ "`); press the button again, or use `" + TeamingCommand.USAGE_RESOLVE + "`.");
			}
		});
	}

	private Outcome submitLens(String user, View view) {
		Optional<LensModal.Metadata> meta = LensModal.Metadata.parse(view.getPrivateMetadata());
		Optional<LensForm> form = meta.flatMap((m) -> this.reader.form(m.sessionId(), m.lens()));
		if (meta.isEmpty() || form.isEmpty()) {
			return Outcome.view(LensModal.notice("Not found", "This session no longer exists."));
		}
		int page = Math.max(0, Math.min(meta.get().page(), LensModal.pages(form.get()) - 1));
		List<Question> questions = LensModal.page(form.get(), page);
		Map<String, Map<String, ViewState.Value>> values = view.getState().getValues();
		LensModal.Parsed parsed = LensModal.parse(questions, values);
		if (!parsed.errors().isEmpty()) {
			return new Outcome(parsed.errors(), null);
		}
		boolean last = page == LensModal.pages(form.get()) - 1;
		SubmitResult result = this.lensAnswers.submit(meta.get().sessionId(), meta.get().lens(), user,
				questions.stream().map(Question::id).toList(), parsed.answers(), last);
		String lens = meta.get().lens().title();
		String key = form.get().initiativeKey();
		return switch (result.outcome()) {
			case NOT_PARTICIPANT ->
				Outcome.view(LensModal.notice("Not a participant", ":no_entry: Only the participants of the *" + lens
						+ "* lens of " + key + " can answer it; nothing was saved."));
			case UNKNOWN -> Outcome.view(LensModal.notice("Not found", "This session no longer exists."));
			case ALREADY_ANSWERED -> Outcome.view(LensModal.notice(lens + " lens", ":information_source: The *" + lens
					+ "* lens of " + key + " was already answered; nothing changed."));
			case DRAFT -> last ? Outcome.view(LensModal.notice("Draft saved", ":floppy_disk: Saved as a draft: "
					+ result.unanswered() + (result.unanswered() == 1 ? " question has" : " questions have")
					+ " no answer yet. The button in Violet's DM opens them again; the lens is complete when every question is answered."))
					: Outcome.view(LensModal
						.build(this.reader.form(meta.get().sessionId(), meta.get().lens()).orElseThrow(), page + 1));
			case ANSWERED ->
				Outcome.view(
						LensModal
							.notice(lens + " lens",
									":white_check_mark: Thank you: the *" + lens + "* lens of " + key + " is complete."
											+ (result.raised()
												.isEmpty()
														? " No concern was raised."
														: " Findings raised: "
																+ result.raised()
																	.stream()
																	.map((f) -> f.label() + " (" + f.severity().key()
																			+ ")")
																	.collect(Collectors.joining(", "))
																+ "; their owner has been told.")));
		};
	}

	private void later(ActionContext context, String text) {
		this.executor.execute(() -> respond(context, text));
	}

	private static void respond(ActionContext context, String text) {
		try {
			context
				.respond(ActionResponse.builder().responseType("ephemeral").replaceOriginal(false).text(text).build());
		}
		catch (Exception ex) {
			log.warn("Could not answer a violet-team button: {}", ex.getMessage());
		}
	}

	private static String value(BlockActionPayload payload) {
		if (payload.getActions() == null || payload.getActions().isEmpty()
				|| payload.getActions().get(0).getValue() == null) {
			return "";
		}
		return payload.getActions().get(0).getValue();
	}

	private static long parse(String text) {
		try {
			return Long.parseLong(text);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static String text(View view, String blockId) {
		Map<String, ViewState.Value> block = view.getState().getValues().get(blockId);
		ViewState.Value value = (block != null) ? block.get(blockId) : null;
		return (value != null && value.getValue() != null) ? value.getValue() : "";
	}

	private static String plain(String mrkdwn) {
		return mrkdwn.replaceAll(":[a-z_]+: ", "").replace("*", "").replaceAll("<@(\\w+)>", "@$1");
	}

	/**
	 * What a lens submission answers: errors on the modal, or the view that replaces it.
	 */
	record Outcome(Map<String, String> errors, @org.jspecify.annotations.Nullable View view) {

		static Outcome view(View view) {
			return new Outcome(Map.of(), view);
		}

	}

}
