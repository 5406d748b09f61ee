package io.violet.slack;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The one path from Violet to Slack's Web API.
 * <p>
 * A 429 waits for {@code Retry-After} and tries again; a server error or a timeout is
 * retried with a bounded backoff only for calls that are safe to repeat; anything else
 * surfaces as {@link SlackUnavailableException}, so that the work that needed the call is
 * retried later rather than lost. {@code ok:false} answers are logged and counted with
 * the method and the error code. The token is never logged.
 */
@Component
public class SlackGateway {

	private static final Logger log = LoggerFactory.getLogger(SlackGateway.class);

	private static final int MAX_RATE_LIMITED_TRIES = 30;

	private static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(2);

	private static final long[] BACKOFF_MILLIS = { 250, 1000, 3000 };

	private final MethodsClient client;

	private final SlackMetrics metrics;

	SlackGateway(Slack slack, SlackSettings settings, SlackMetrics metrics) {
		this.client = new ReusedGsonMethodsClient(slack, settings.botToken());
		this.metrics = metrics;
	}

	/**
	 * Calls a Web API method with the bot token.
	 * @param method the method, for retries, logs and metrics
	 * @param call the SDK call to make
	 * @param <T> the response type
	 * @return Slack's answer, which may be {@code ok:false}
	 * @throws SlackUnavailableException when Slack could not be reached in time
	 */
	public <T extends SlackApiTextResponse> T call(SlackMethod method, SlackCall<T> call) {
		int serverErrors = 0;
		int rateLimited = 0;
		while (true) {
			try {
				T response = call.apply(this.client);
				if (!response.isOk()) {
					this.metrics.apiError(method.method(), response.getError());
					log.warn("Slack {} answered {}", method.method(), response.getError());
				}
				return response;
			}
			catch (SlackApiException ex) {
				int status = ex.getResponse().code();
				if (status == 429) {
					this.metrics.apiError(method.method(), "ratelimited");
					if (++rateLimited > MAX_RATE_LIMITED_TRIES) {
						throw new SlackUnavailableException(method, "still rate-limited", ex);
					}
					pause(method, retryAfter(ex.getResponse().header("Retry-After")));
					continue;
				}
				this.metrics.apiError(method.method(), "http_" + status);
				if (status >= 500 && method.safeToRepeat() && serverErrors < BACKOFF_MILLIS.length) {
					log.warn("Slack {} answered HTTP {}; retrying", method.method(), status);
					pause(method, Duration.ofMillis(BACKOFF_MILLIS[serverErrors++]));
					continue;
				}
				throw new SlackUnavailableException(method, "HTTP " + status, ex);
			}
			catch (InterruptedIOException ex) {
				this.metrics.apiError(method.method(), "timeout");
				if (method.safeToRepeat() && serverErrors < BACKOFF_MILLIS.length) {
					pause(method, Duration.ofMillis(BACKOFF_MILLIS[serverErrors++]));
					continue;
				}
				throw new SlackUnavailableException(method, "timed out", ex);
			}
			catch (IOException ex) {
				this.metrics.apiError(method.method(), "io_error");
				if (method.safeToRepeat() && serverErrors < BACKOFF_MILLIS.length) {
					pause(method, Duration.ofMillis(BACKOFF_MILLIS[serverErrors++]));
					continue;
				}
				throw new SlackUnavailableException(method, "unreachable: " + ex.getClass().getSimpleName(), ex);
			}
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
					Duration wait = Duration.ofSeconds(seconds);
					return wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait;
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
			throw new SlackUnavailableException(method, "interrupted while waiting to retry", ex);
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
