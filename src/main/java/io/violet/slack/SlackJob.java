package io.violet.slack;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.view.View;

/**
 * A running job as its {@link SlackWork} sees it: the subject and the effects it may
 * make. Every effect that must happen once carries a key unique across Violet
 * ({@code incident.summary:42}, {@code review.dm:17:U123}); its outcome is recorded
 * before the work goes on, and a later run of the same or any other job is answered from
 * that record instead of calling Slack again.
 * <p>
 * Slack's answers are classified by the slack module. A transient failure (429, 5xx, a
 * timeout, {@code ratelimited}, {@code internal_error}…) ends the run: the job is given
 * back with a time not to run before, up to a cap of attempts, and only waits of a few
 * seconds are slept through. A permanent failure ({@code user_disabled},
 * {@code is_archived}, {@code missing_scope}…) is recorded and returned as a failed
 * {@link Effect}, never retried blindly: the work decides whether to go on without it
 * (skip a deactivated user, tell legal by DM instead of posting into an archived room) or
 * to {@link #park} the job for admins.
 */
public interface SlackJob {

	/**
	 * The job's key, as submitted.
	 * @return the key
	 */
	String key();

	/**
	 * The job's subject, as submitted (ids).
	 * @return the subject
	 */
	String subject();

	/**
	 * How many runs of this job started before this one.
	 * @return 0 on the first run
	 */
	int attempt();

	/**
	 * Posts a message into a channel or a thread, once per key. The post carries the key
	 * in its message metadata, so that a run after a crash between Slack's answer and the
	 * record finds the message instead of posting it again.
	 * @param effectKey the effect's key
	 * @param channel the channel id
	 * @param message the message, with a thread ts to reply in a thread
	 * @return the outcome; {@link Effect#ts()} and {@link Effect#channel()} when done
	 */
	Effect post(String effectKey, String channel, SlackMessage message);

	/**
	 * Sends a direct message from the bot, once per key. A user Violet knows is
	 * deactivated is skipped without calling Slack.
	 * @param effectKey the effect's key
	 * @param userId the user
	 * @param message the message
	 * @return the outcome
	 */
	Effect dm(String effectKey, String userId, SlackMessage message);

	/**
	 * The bot's direct-message channel with a user (opened when needed; safe to repeat,
	 * so not recorded), e.g. to upload a file there.
	 * @param userId the user
	 * @return the outcome; the DM's id as {@link Effect#channel()} when done
	 */
	Effect openDm(String userId);

	/**
	 * Invites users into a channel, once per key. Deactivated users are left out; users
	 * Slack refuses one by one (a guest, an external user) are named in the outcome's
	 * {@link Effect#values()} under {@code failed} (comma-separated) while the others are
	 * invited. Already being a member counts as invited.
	 * @param effectKey the effect's key
	 * @param channel the channel id
	 * @param userIds the users
	 * @return the outcome
	 */
	Effect invite(String effectKey, String channel, Collection<String> userIds);

	/**
	 * Pins a message, once per key ({@code already_pinned} counts as done).
	 * @param effectKey the effect's key
	 * @param channel the channel id
	 * @param ts the message's ts
	 * @return the outcome
	 */
	Effect pin(String effectKey, String channel, String ts);

	/**
	 * Uploads a file into a channel or a DM, once per key.
	 * @param effectKey the effect's key
	 * @param upload the file and where it goes
	 * @return the outcome; the file id under {@code file} in {@link Effect#values()}
	 */
	Effect upload(String effectKey, SlackUpload upload);

	/**
	 * Creates a channel's canvas from Markdown, once per key. A channel holds one canvas:
	 * a run after an earlier one (whose answer may have been lost) first looks at the
	 * channel's canvas and takes it as the one made. A workspace without canvases answers
	 * e.g. {@code not_allowed}, {@code free_team_not_allowed},
	 * {@code canvas_disabled_user_team} or
	 * {@code team_tier_cannot_create_channel_canvases}: a failed {@link Effect} the work
	 * can fall back from.
	 * @param effectKey the effect's key
	 * @param channel the channel id
	 * @param title the canvas's title
	 * @param markdown its content (Slack takes up to 1 MiB)
	 * @return the outcome; the canvas's file id under {@code canvas} in
	 * {@link Effect#values()}
	 */
	Effect canvas(String effectKey, String channel, String title, String markdown);

	/**
	 * Adds a link to a channel's bookmarks, once per key. A run after an earlier one
	 * first looks for a bookmark with the same link in the channel.
	 * @param effectKey the effect's key
	 * @param channel the channel id
	 * @param title the bookmark's title
	 * @param link where it leads
	 * @return the outcome; the bookmark's id under {@code bookmark} in
	 * {@link Effect#values()}
	 */
	Effect bookmark(String effectKey, String channel, String title, String link);

	/**
	 * Replaces a message's text and blocks. Safe to repeat, so not recorded: every run
	 * updates again.
	 * @param channel the channel id
	 * @param ts the message's ts
	 * @param message the new content
	 * @return the outcome
	 */
	Effect update(String channel, String ts, SlackMessage message);

	/**
	 * Publishes a user's App Home. Safe to repeat, so not recorded.
	 * @param userId the user
	 * @param view the home view
	 * @return the outcome
	 */
	Effect publishHome(String userId, View view);

	/**
	 * Any other Web API call, made once per key.
	 * @param effectKey the effect's key
	 * @param method the method, for classification, retries, scopes and metrics
	 * @param call the SDK call
	 * @param values what to record of a successful answer (e.g. a channel id)
	 * @param <T> the response type
	 * @return the outcome, with the recorded values
	 */
	<T extends SlackApiTextResponse> Effect once(String effectKey, SlackMethod method, SlackGateway.SlackCall<T> call,
			Function<T, Map<String, String>> values);

	/**
	 * Stops this run and parks the job where admins see it ({@code /violet ops failed});
	 * {@code /violet ops retry} runs it again. Never returns.
	 * @param error what went wrong, e.g. Slack's error code
	 * @param whatToDo what an admin can do about it
	 * @return never; declared so that callers can write {@code throw job.park(…)}
	 */
	RuntimeException park(String error, String whatToDo);

}
