package io.violet.slack;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one path from Violet to Slack's Web API.
 * <p>
 * A 429 whose {@code Retry-After} is at most {@code violet.slack.work.max-retry-sleep} (3
 * s) is slept through and tried again, a few times; a longer one ends the call with
 * {@link SlackRetryLaterException}, so that no thread waits minutes for Slack. Calls
 * bound to a trigger ({@code views.open}, {@code views.push}) never wait: a 429 is
 * answered at once as {@link SlackApiError} {@code ratelimited}, like any refusal of the
 * modal. A server error, a timeout or a transient error code ({@link SlackErrors}) is
 * retried with a short backoff only for calls that are safe to repeat; otherwise it
 * surfaces as {@link SlackUnavailableException}, so that the work that needed the call is
 * retried later rather than lost. {@code ok:false} answers are logged and counted with
 * the method and the error code. The token is never logged.
 */
@Component
public class SlackGateway {

	private static final Logger log = LoggerFactory.getLogger(SlackGateway.class);

	/** Short waits slept through per call, so that one call never sleeps for long. */
	private static final int MAX_SHORT_WAITS = 3;

	private static final long[] BACKOFF_MILLIS = { 250, 1000, 3000 };

	private final MethodsClient client;

	private final SlackMetrics metrics;

	private final Duration maxSleep;

	private final Clock clock;

	private final Set<SlackMethod> warnedInTransaction = ConcurrentHashMap.newKeySet();

	SlackGateway(Slack slack, SlackSettings settings, SlackWorkSettings work, SlackMetrics metrics, Clock clock) {
		this.client = new ReusedGsonMethodsClient(slack, settings.botToken());
		this.metrics = metrics;
		this.maxSleep = work.maxRetrySleep();
		this.clock = clock;
	}

	/**
	 * Calls a Web API method with the bot token.
	 * @param method the method, for retries, logs and metrics
	 * @param call the SDK call to make
	 * @param <T> the response type
	 * @return Slack's answer, which may be {@code ok:false} with a final error code
	 * @throws SlackRetryLaterException when Slack asks to wait longer than a thread may
	 * sleep
	 * @throws SlackUnavailableException when Slack could not be reached in time or
	 * answered with a transient error
	 */
	public <T extends SlackApiTextResponse> T call(SlackMethod method, SlackCall<T> call) {
		warnIfInTransaction(method);
		if (method.boundToTrigger()) {
			try {
				return callWithRetries(method, call);
			}
			catch (SlackUnavailableException ex) {
				// nothing waits for a trigger that expires: a refusal the caller answers
				throw new SlackApiError(method, ex.error());
			}
		}
		return callWithRetries(method, call);
	}

	private <T extends SlackApiTextResponse> T callWithRetries(SlackMethod method, SlackCall<T> call) {
		int serverErrors = 0;
		int shortWaits = 0;
		while (true) {
			try {
				T response;
				try {
					response = call.apply(this.client);
				}
				catch (SlackFilesUploadV2Exception ex) {
					response = uploadRefused(ex);
				}
				if (!response.isOk()) {
					String error = String.valueOf(response.getError());
					this.metrics.apiError(method.method(), error);
					log.warn("Slack {} answered {}", method.method(), error);
					if (SlackErrors.isTransient(error)) {
						if (method.safeToRepeat() && serverErrors < BACKOFF_MILLIS.length) {
							pause(method, Duration.ofMillis(BACKOFF_MILLIS[serverErrors++]));
							continue;
						}
						throw new SlackUnavailableException(method, error, "answered " + error, null);
					}
				}
				return response;
			}
			catch (SlackApiException ex) {
				int status = ex.getResponse().code();
				if (status == 429) {
					this.metrics.apiError(method.method(), "ratelimited");
					Duration wait = retryAfter(ex.getResponse().header("Retry-After"));
					if (method.boundToTrigger()) {
						// a modal's trigger expires three seconds after the click: no
						// wait
						// fits, so the caller shows its fallback at once
						log.warn("Slack {} answered 429; not waiting {} s on a trigger", method.method(),
								wait.toSeconds());
						throw new SlackUnavailableException(method, "ratelimited", "rate-limited", ex);
					}
					if (wait.compareTo(this.maxSleep) > 0 || ++shortWaits > MAX_SHORT_WAITS) {
						throw new SlackRetryLaterException(method, wait, this.clock.instant().plus(wait), ex);
					}
					pause(method, wait);
					continue;
				}
				this.metrics.apiError(method.method(), "http_" + status);
				if (status >= 500 && method.safeToRepeat() && serverErrors < BACKOFF_MILLIS.length) {
					log.warn("Slack {} answered HTTP {}; retrying", method.method(), status);
					pause(method, Duration.ofMillis(BACKOFF_MILLIS[serverErrors++]));
					continue;
				}
				throw new SlackUnavailableException(method, "http_" + status, "HTTP " + status, ex);
			}
			catch (InterruptedIOException ex) {
				this.metrics.apiError(method.method(), "timeout");
				if (method.safeToRepeat() && serverErrors < BACKOFF_MILLIS.length) {
					pause(method, Duration.ofMillis(BACKOFF_MILLIS[serverErrors++]));
					continue;
				}
				throw new SlackUnavailableException(method, "timeout", "timed out", ex);
			}
			catch (IOException ex) {
				this.metrics.apiError(method.method(), "io_error");
				if (method.safeToRepeat() && serverErrors < BACKOFF_MILLIS.length) {
					pause(method, Duration.ofMillis(BACKOFF_MILLIS[serverErrors++]));
					continue;
				}
				throw new SlackUnavailableException(method, "io_error", "unreachable: " + ex.getClass().getSimpleName(),
						ex);
			}
		}
	}

	/**
	 * {@code files.uploadV2} is three calls in the SDK, which throws when one of them is
	 * refused instead of answering {@code ok:false}; the refusal is made an answer like
	 * any other, so that it is classified, counted and, when it is for good, not
	 * repeated.
	 */
	@SuppressWarnings("unchecked")
	private static <T extends SlackApiTextResponse> T uploadRefused(SlackFilesUploadV2Exception ex) {
		String error = "upload_failed";
		if (ex.getCompleteResponse() != null && !ex.getCompleteResponse().isOk()) {
			error = String.valueOf(ex.getCompleteResponse().getError());
		}
		for (var upload : (ex.getUploadResponses() != null) ? ex.getUploadResponses().values()
				: List.<FilesUploadV2Response.UploadResponse>of()) {
			if (upload.getCode() != 200) {
				error = "http_" + upload.getCode();
			}
		}
		for (var url : (ex.getGetURLResponses() != null) ? ex.getGetURLResponses()
				: List.<FilesGetUploadURLExternalResponse>of()) {
			if (!url.isOk()) {
				error = String.valueOf(url.getError());
			}
		}
		FilesUploadV2Response refused = new FilesUploadV2Response();
		refused.setOk(false);
		refused.setError(error);
		// only filesUploadV2 throws it, and T is its answer
		return (T) refused;
	}

	/**
	 * A Slack call inside a transaction holds a pooled connection for as long as Slack
	 * takes; said once per method, so that the callers can be found and moved.
	 */
	private void warnIfInTransaction(SlackMethod method) {
		if (TransactionSynchronizationManager.isActualTransactionActive() && this.warnedInTransaction.add(method)) {
			log.warn("Slack {} called inside a database transaction (thread {}): the transaction holds a pooled "
					+ "connection while Slack answers", method.method(), Thread.currentThread().getName());
		}
	}

	/**
	 * Like {@link #call} but an {@code ok:false} answer throws {@link SlackApiError}.
	 * @param method the method
	 * @param call the SDK call
	 * @param <T> the response type
	 * @return Slack's successful answer
	 */
	public <T extends SlackApiTextResponse> T require(SlackMethod method, SlackCall<T> call) {
		T response = call(method, call);
		if (!response.isOk()) {
			throw new SlackApiError(method, response.getError());
		}
		return response;
	}

	/**
	 * Posts a message, in a thread when {@code threadTs} is given.
	 * @param channel the channel id
	 * @param threadTs the parent's ts, or null for a top-level message
	 * @param text the notification and fallback text (already mrkdwn-safe)
	 * @param blocks the blocks, may be empty
	 * @return where the message landed
	 */
	public Posted post(String channel, @Nullable String threadTs, String text, List<LayoutBlock> blocks) {
		var response = require(SlackMethod.CHAT_POST_MESSAGE, c -> c.chatPostMessage(r -> {
			r.channel(channel).text(Mrkdwn.truncate(text, 39_000)).unfurlLinks(false).unfurlMedia(false);
			if (threadTs != null) {
				r.threadTs(threadTs);
			}
			if (!blocks.isEmpty()) {
				r.blocks(blocks);
			}
			return r;
		}));
		return new Posted(response.getChannel(), response.getTs());
	}

	/**
	 * Replaces a message's text and blocks.
	 * @param channel the channel id
	 * @param ts the message's ts
	 * @param text the new text
	 * @param blocks the new blocks
	 */
	public void update(String channel, String ts, String text, List<LayoutBlock> blocks) {
		require(SlackMethod.CHAT_UPDATE, c -> c.chatUpdate(r -> {
			r.channel(channel).ts(ts).text(Mrkdwn.truncate(text, 39_000));
			if (!blocks.isEmpty()) {
				r.blocks(blocks);
			}
			return r;
		}));
	}

	/**
	 * Shows a message to one user in a channel.
	 * @param channel the channel id
	 * @param user the user id
	 * @param text the text
	 * @param blocks the blocks, may be empty
	 */
	public void ephemeral(String channel, String user, String text, List<LayoutBlock> blocks) {
		require(SlackMethod.CHAT_POST_EPHEMERAL, c -> c.chatPostEphemeral(r -> {
			r.channel(channel).user(user).text(Mrkdwn.truncate(text, 39_000));
			if (!blocks.isEmpty()) {
				r.blocks(blocks);
			}
			return r;
		}));
	}

	/**
	 * Sends a direct message from the bot.
	 * @param user the user id
	 * @param text the text
	 * @param blocks the blocks, may be empty
	 * @return where the message landed
	 */
	public Posted dm(String user, String text, List<LayoutBlock> blocks) {
		return post(openDm(user), null, text, blocks);
	}

	/**
	 * Opens (or finds) the bot's direct-message channel with a user.
	 * @param user the user id
	 * @return the DM channel id
	 */
	public String openDm(String user) {
		return require(SlackMethod.CONVERSATIONS_OPEN, c -> c.conversationsOpen(r -> r.users(List.of(user))))
			.getChannel()
			.getId();
	}

	/**
	 * Opens a modal; must happen within three seconds of the trigger.
	 * @param triggerId the trigger id from the request
	 * @param view the modal
	 */
	public void openView(String triggerId, View view) {
		require(SlackMethod.VIEWS_OPEN, c -> c.viewsOpen(r -> r.triggerId(triggerId).view(view)));
	}

	/**
	 * Publishes a user's App Home.
	 * @param user the user id
	 * @param view the home view
	 */
	public void publishHome(String user, View view) {
		require(SlackMethod.VIEWS_PUBLISH, c -> c.viewsPublish(r -> r.userId(user).view(view)));
	}

	private static Duration retryAfter(@Nullable String header) {
		if (header != null) {
			try {
				long seconds = Long.parseLong(header.trim());
				if (seconds >= 0) {
					return Duration.ofSeconds(seconds);
				}
			}
			catch (NumberFormatException ex) {
				// fall through to the default wait
			}
		}
		return Duration.ofSeconds(1);
	}

	private static void pause(SlackMethod method, Duration wait) {
		try {
			Thread.sleep(wait.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SlackUnavailableException(method, "interrupted", "interrupted while waiting to retry", ex);
		}
	}

	/**
	 * One SDK call.
	 *
	 * @param <T> the response type
	 */
	@FunctionalInterface
	public interface SlackCall<T extends SlackApiTextResponse> {

		T apply(MethodsClient client) throws IOException, SlackApiException;

	}

	/**
	 * Where a message landed.
	 *
	 * @param channel the channel id
	 * @param ts the message ts
	 */
	public record Posted(String channel, String ts) {

	}

}
