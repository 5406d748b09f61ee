package io.violet.slack.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.slack.api.model.Message;
import io.violet.slack.Effect;
import io.violet.slack.SlackGateway;
import io.violet.slack.SlackMethod;
import io.violet.slack.SlackUpload;
import org.jspecify.annotations.Nullable;

/**
 * Finds in Slack an effect that an earlier run of a job made without recording it (it
 * died, or lost Slack's answer, between the call and the record): a post by the effect
 * key in its metadata, an upload by its name and title, a room's canvas, a bookmark by
 * its link. Only what appeared since the job was created is looked at.
 */
final class LostAnswers {

	static final String METADATA_TYPE = "violet_effect";

	private static final int HISTORY_PAGES = 5;

	private final SlackGateway gateway;

	private final Instant since;

	LostAnswers(SlackGateway gateway, Instant jobCreated) {
		this.gateway = gateway;
		this.since = jobCreated;
	}

	Optional<Effect> findPosted(String effectKey, String channel, @Nullable String threadTs) {
		String oldest = Long.toString(this.since.minusSeconds(60).getEpochSecond());
		String cursor = null;
		for (int page = 0; page < HISTORY_PAGES; page++) {
			String from = cursor;
			List<Message> messages;
			String next;
			if (threadTs != null) {
				var replies = this.gateway.call(SlackMethod.CONVERSATIONS_REPLIES,
						(c) -> c.conversationsReplies((r) -> {
							r.channel(channel).ts(threadTs).oldest(oldest).limit(200).includeAllMetadata(true);
							return (from != null) ? r.cursor(from) : r;
						}));
				if (!replies.isOk()) {
					return Optional.empty();
				}
				messages = replies.getMessages();
				next = (replies.getResponseMetadata() != null) ? replies.getResponseMetadata().getNextCursor() : null;
			}
			else {
				var history = this.gateway.call(SlackMethod.CONVERSATIONS_HISTORY,
						(c) -> c.conversationsHistory((r) -> {
							r.channel(channel).oldest(oldest).limit(200).includeAllMetadata(true);
							return (from != null) ? r.cursor(from) : r;
						}));
				if (!history.isOk()) {
					return Optional.empty();
				}
				messages = history.getMessages();
				next = (history.getResponseMetadata() != null) ? history.getResponseMetadata().getNextCursor() : null;
			}
			if (messages != null) {
				for (Message message : messages) {
					if (message.getMetadata() != null && METADATA_TYPE.equals(message.getMetadata().getEventType())
							&& message.getMetadata().getEventPayload() != null
							&& effectKey.equals(String.valueOf(message.getMetadata().getEventPayload().get("key")))) {
						return Optional.of(Effect.done(Map.of("channel", channel, "ts", message.getTs())));
					}
				}
			}
			if (next == null || next.isBlank()) {
				return Optional.empty();
			}
			cursor = next;
		}
		return Optional.empty();
	}

	/**
	 * An upload carries no metadata: the channel's recent files by name and title stand
	 * in for it.
	 */
	Optional<Effect> findUploaded(SlackUpload upload) {
		String oldest = Long.toString(this.since.minusSeconds(60).getEpochSecond());
		var history = this.gateway.call(SlackMethod.CONVERSATIONS_HISTORY, (c) -> c.conversationsHistory(
				(r) -> r.channel(upload.channel()).oldest(oldest).limit(200).includeAllMetadata(false)));
		if (!history.isOk() || history.getMessages() == null) {
			return Optional.empty();
		}
		return history.getMessages()
			.stream()
			.filter((m) -> m.getFiles() != null)
			.flatMap((m) -> m.getFiles().stream())
			.filter((f) -> upload.filename().equals(f.getName()) && upload.title().equals(f.getTitle()))
			.findFirst()
			.map((f) -> Effect.done(Map.of("file", String.valueOf(f.getId()), "channel", upload.channel())));
	}

	/**
	 * The canvas the channel holds: the one an earlier run created when its answer was
	 * lost (nothing else is put into a room Violet made for one purpose).
	 */
	Optional<Effect> findCanvas(String channel) {
		var info = this.gateway.call(SlackMethod.CONVERSATIONS_INFO,
				(c) -> c.conversationsInfo((r) -> r.channel(channel)));
		if (!info.isOk() || info.getChannel() == null || info.getChannel().getProperties() == null
				|| info.getChannel().getProperties().getCanvas() == null) {
			return Optional.empty();
		}
		String canvas = info.getChannel().getProperties().getCanvas().getFileId();
		return (canvas == null || canvas.isBlank()) ? Optional.empty()
				: Optional.of(Effect.done(Map.of("canvas", canvas, "channel", channel)));
	}

	Optional<Effect> findBookmark(String channel, String link) {
		var listed = this.gateway.call(SlackMethod.BOOKMARKS_LIST, (c) -> c.bookmarksList((r) -> r.channelId(channel)));
		if (!listed.isOk() || listed.getBookmarks() == null) {
			return Optional.empty();
		}
		return listed.getBookmarks()
			.stream()
			.filter((b) -> link.equals(b.getLink()))
			.findFirst()
			.map((b) -> Effect.done(Map.of("bookmark", String.valueOf(b.getId()), "channel", channel)));
	}

}
