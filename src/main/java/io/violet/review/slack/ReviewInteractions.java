package io.violet.review.slack;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import io.violet.review.ReviewSummary;
import io.violet.review.internal.ReviewDecisions;
import io.violet.review.internal.ReviewOutcome;
import io.violet.review.internal.ReviewQueries;
import io.violet.slack.AppHome;
import io.violet.slack.SlackApiError;
import io.violet.slack.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The Approve, Request changes and Comment buttons of review requests (in threads, direct
 * messages and reminders), and their modals.
 */
@Component
class ReviewInteractions implements io.violet.slack.InteractionRegistrar {

	private static final Logger log = LoggerFactory.getLogger(ReviewInteractions.class);

	private final ReviewDecisions decisions;

	private final ReviewQueries reviews;

	private final SlackGateway gateway;

	private final AppHome home;

	private final Executor executor;

	ReviewInteractions(ReviewDecisions decisions, ReviewQueries reviews, SlackGateway gateway, AppHome home,
			@Qualifier("slackWorkExecutor") Executor executor) {
		this.decisions = decisions;
		this.reviews = reviews;
		this.gateway = gateway;
		this.home = home;
		this.executor = executor;
	}

	@Override
	public void register(App app) {
		app.blockAction(ReviewButtons.APPROVE, (request, context) -> {
			String user = request.getPayload().getUser().getId();
			String channel = channelOf(request.getPayload());
			long id = reviewId(request.getPayload());
			String answer = (id < 0) ? "That button is no longer valid."
					: DecisionView.answer(this.decisions.decide(id, user, true, null));
			tell(channel, user, answer);
			return context.ack();
		});
		app.blockAction(ReviewButtons.REQUEST_CHANGES, (request, context) -> openModal(request, context, true));
		// a link button: Slack opens the thread and still tells Violet about the click
		app.blockAction(ReviewHomeSection.OPEN_THREAD, (request, context) -> context.ack());
		app.blockAction(ReviewButtons.COMMENT, (request, context) -> openModal(request, context, false));
		app.viewSubmission(ReviewModals.CHANGES_CALLBACK, (request, context) -> {
			String user = request.getPayload().getUser().getId();
			View view = request.getPayload().getView();
			String text = text(view);
			if (text.isBlank()) {
				return context
					.ack((r) -> r.responseAction("errors").errors(Map.of(ReviewModals.TEXT, "Say what must change.")));
			}
			Metadata metadata = Metadata.parse(view.getPrivateMetadata());
			ReviewOutcome outcome = this.decisions.decide(metadata.reviewId(), user, false, text.strip());
			if (outcome.refused()) {
				return context.ack((r) -> r.responseAction("errors")
					.errors(Map.of(ReviewModals.TEXT, DecisionView.plainAnswer(outcome))));
			}
			tell(metadata.channel(), user, DecisionView.answer(outcome));
			return context.ack();
		});
		app.viewSubmission(ReviewModals.COMMENT_CALLBACK, (request, context) -> {
			String user = request.getPayload().getUser().getId();
			View view = request.getPayload().getView();
			String text = text(view);
			if (text.isBlank()) {
				return context.ack((r) -> r.responseAction("errors")
					.errors(Map.of(ReviewModals.TEXT, "Write a comment, or cancel.")));
			}
			Metadata metadata = Metadata.parse(view.getPrivateMetadata());
			ReviewOutcome outcome = this.decisions.comment(metadata.reviewId(), user, text.strip());
			if (outcome.kind() != ReviewOutcome.Kind.COMMENTED) {
				return context.ack((r) -> r.responseAction("errors")
					.errors(Map.of(ReviewModals.TEXT, DecisionView.plainAnswer(outcome))));
			}
			return context.ack();
		});
	}

	private Response openModal(BlockActionRequest request, ActionContext context, boolean changes) {
		String user = request.getPayload().getUser().getId();
		String channel = channelOf(request.getPayload());
		long id = reviewId(request.getPayload());
		Optional<ReviewSummary> review = (id < 0) ? Optional.empty() : this.reviews.summary(id);
		if (review.isEmpty()) {
			tell(channel, user, DecisionView.GONE);
			return context.ack();
		}
		if (changes) {
			Optional<ReviewOutcome> refusal = this.decisions.refusal(id, user);
			if (refusal.isPresent()) {
				tell(channel, user, DecisionView.answer(refusal.get()));
				return context.ack();
			}
		}
		try {
			this.gateway.openView(request.getPayload().getTriggerId(), changes
					? ReviewModals.requestChanges(review.get(), channel) : ReviewModals.comment(review.get(), channel));
		}
		catch (SlackApiError ex) {
			tell(channel, user, ":warning: Slack did not open the form (`" + ex.error() + "`); try the button again.");
		}
		return context.ack();
	}

	/**
	 * Tells the user what their click did, after the ack.
	 */
	private void tell(String channel, String user, String message) {
		this.executor.execute(() -> {
			try {
				if (channel.isEmpty()) {
					this.gateway.dm(user, message, java.util.List.of());
				}
				else {
					this.gateway.ephemeral(channel, user, message, java.util.List.of());
				}
				this.home.refresh(user);
			}
			catch (RuntimeException ex) {
				log.warn("Could not answer a review button: {}", ex.getMessage());
			}
		});
	}

	private static String channelOf(BlockActionPayload payload) {
		if (payload.getChannel() != null && payload.getChannel().getId() != null) {
			return payload.getChannel().getId();
		}
		if (payload.getContainer() != null && payload.getContainer().getChannelId() != null) {
			return payload.getContainer().getChannelId();
		}
		return "";
	}

	private static long reviewId(BlockActionPayload payload) {
		if (payload.getActions() == null || payload.getActions().isEmpty()) {
			return -1;
		}
		try {
			return Long.parseLong(payload.getActions().get(0).getValue());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static String text(View view) {
		Map<String, ViewState.Value> block = view.getState().getValues().get(ReviewModals.TEXT);
		ViewState.Value value = (block != null) ? block.get(ReviewModals.TEXT) : null;
		return (value != null && value.getValue() != null) ? value.getValue() : "";
	}

	/**
	 * What a review modal carries: the review and where the button was clicked.
	 */
	record Metadata(long reviewId, String channel) {

		static Metadata parse(String raw) {
			int bar = (raw != null) ? raw.indexOf('|') : -1;
			try {
				return (bar < 0) ? new Metadata(Long.parseLong(raw == null ? "-1" : raw), "")
						: new Metadata(Long.parseLong(raw.substring(0, bar)), raw.substring(bar + 1));
			}
			catch (NumberFormatException ex) {
				return new Metadata(-1, "");
			}
		}

	}

}
