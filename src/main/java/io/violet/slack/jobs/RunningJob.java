package io.violet.slack.jobs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.Message;
import com.slack.api.model.view.View;
import io.violet.slack.Effect;
import io.violet.slack.Mrkdwn;
import io.violet.slack.SlackErrors;
import io.violet.slack.SlackGateway;
import io.violet.slack.SlackJob;
import io.violet.slack.SlackMessage;
import io.violet.slack.SlackMethod;
import io.violet.slack.SlackUpload;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of a job, with the effects its work makes.
 * <p>
 * A keyed effect is answered from its record when there is one. Otherwise Slack is asked:
 * an effect that creates something (a post, a DM, an upload) is recorded as soon as Slack
 * answered, before the work goes on; one that is safe to repeat (a pin, an invite) is
 * recorded with the next one or at the end of the run, since losing its record to a crash
 * only repeats it harmlessly. No record is written before a call: when a run follows an
 * earlier one (which may have died between Slack's answer and the record), a post without
 * a record is first looked for in the channel, by the effect key its metadata carries.
 */
final class RunningJob implements SlackJob {

	private static final Logger log = LoggerFactory.getLogger(RunningJob.class);

	private final JobStore.Row row;

	private final int attempt;

	private final JobContext context;

	private final Map<String, EffectStore.Recorded> recorded;

	private final LostAnswers lost;

	private final Map<String, Effect> known = new HashMap<>();

	private final List<EffectStore.Pending> unwritten = new ArrayList<>();

	RunningJob(JobStore.Row row, int attempt, JobContext context) {
		this.row = row;
		this.attempt = attempt;
		this.context = context;
		this.recorded = context.effects().ofJob(row.id());
		this.lost = new LostAnswers(context.gateway(), row.createdAt());
	}

	@Override
	public String key() {
		return this.row.key();
	}

	@Override
	public String subject() {
		return this.row.subject();
	}

	@Override
	public int attempt() {
		return this.attempt;
	}

	@Override
	public Effect post(String effectKey, String channel, SlackMessage message) {
		return once(effectKey, SlackMethod.CHAT_POST_MESSAGE, true,
				() -> this.lost.findPosted(effectKey, channel, message.threadTs()),
				() -> postNow(effectKey, channel, message, true), channel);
	}

	@Override
	public Effect dm(String effectKey, String userId, SlackMessage message) {
		Effect known = lookup(effectKey, true);
		if (known != null) {
			return known;
		}
		if (!this.context.reachable(userId)) {
			return Effect.skipped("user_disabled");
		}
		Effect dm = openDm(userId);
		if (!dm.isDone()) {
			String error = String.valueOf(dm.error());
			write(effectKey, SlackMethod.CONVERSATIONS_OPEN, dm, true);
			this.context.unreachable(userId, error);
			concluded(SlackMethod.CONVERSATIONS_OPEN, error, null);
			return dm;
		}
		String channel = String.valueOf(dm.channel());
		Effect posted = once(effectKey, SlackMethod.CHAT_POST_MESSAGE, true,
				() -> this.lost.findPosted(effectKey, channel, message.threadTs()),
				() -> postNow(effectKey, channel, message, false), null);
		if (!posted.isDone() && SlackErrors.classify(String.valueOf(posted.error())) == SlackErrors.Kind.GONE) {
			this.context.unreachable(userId, String.valueOf(posted.error()));
		}
		return posted;
	}

	@Override
	public Effect openDm(String userId) {
		var response = this.context.gateway()
			.call(SlackMethod.CONVERSATIONS_OPEN, (c) -> c.conversationsOpen((r) -> r.users(List.of(userId))));
		return (response.isOk() && response.getChannel() != null)
				? Effect.done(Map.of("channel", response.getChannel().getId()))
				: Effect.failed(String.valueOf(response.getError()));
	}

	@Override
	public Effect invite(String effectKey, String channel, Collection<String> userIds) {
		return once(effectKey, SlackMethod.CONVERSATIONS_INVITE, false, Optional::empty,
				() -> inviteNow(channel, userIds), channel);
	}

	private Effect inviteNow(String channel, Collection<String> userIds) {
		Map<String, String> failed = new LinkedHashMap<>();
		List<String> asked = new ArrayList<>();
		for (String user : userIds) {
			if (this.context.reachable(user)) {
				asked.add(user);
			}
			else {
				failed.put(user, "user_disabled");
			}
		}
		// Slack invites up to 1000 people per call; force: the others are invited even
		// when some cannot be
		for (int from = 0; from < asked.size(); from += 1000) {
			List<String> chunk = asked.subList(from, Math.min(asked.size(), from + 1000));
			var response = this.context.gateway()
				.call(SlackMethod.CONVERSATIONS_INVITE,
						(c) -> c.conversationsInvite((r) -> r.channel(channel).users(chunk).force(true)));
			if (response.getErrors() != null) {
				response.getErrors()
					.stream()
					.filter((e) -> e.getUser() != null && !"already_in_channel".equals(e.getError()))
					.forEach((e) -> failed.put(e.getUser(), String.valueOf(e.getError())));
			}
			String error = response.getError();
			if (!response.isOk() && failed.isEmpty() && !"already_in_channel".equals(error)) {
				if (SlackErrors.classify(String.valueOf(error)) == SlackErrors.Kind.GONE) {
					chunk.forEach((u) -> failed.put(u, String.valueOf(error)));
				}
				else {
					return Effect.failed(String.valueOf(error));
				}
			}
		}
		failed.forEach((user, error) -> {
			if (SlackErrors.classify(error) == SlackErrors.Kind.GONE) {
				this.context.unreachable(user, error);
			}
		});
		Map<String, String> values = new LinkedHashMap<>();
		values.put("failed", String.join(",", failed.keySet()));
		failed.forEach((user, error) -> values.put("error." + user, error));
		return Effect.done(values);
	}

	@Override
	public Effect pin(String effectKey, String channel, String ts) {
		return once(effectKey, SlackMethod.PINS_ADD, false, Optional::empty, () -> {
			var response = this.context.gateway()
				.call(SlackMethod.PINS_ADD, (c) -> c.pinsAdd((r) -> r.channel(channel).timestamp(ts)));
			return (response.isOk() || "already_pinned".equals(response.getError())) ? Effect.done(Map.of())
					: Effect.failed(String.valueOf(response.getError()));
		}, channel);
	}

	@Override
	public Effect upload(String effectKey, SlackUpload upload) {
		return once(effectKey, SlackMethod.FILES_UPLOAD_V2, true, () -> this.lost.findUploaded(upload),
				() -> uploadNow(upload), upload.channel());
	}

	private Effect uploadNow(SlackUpload upload) {
		var response = this.context.gateway().call(SlackMethod.FILES_UPLOAD_V2, (c) -> c.filesUploadV2((r) -> {
			r.channel(upload.channel())
				.fileData(upload.content())
				.filename(upload.filename())
				.title(upload.title())
				.requestFileInfo(false);
			if (upload.threadTs() != null) {
				r.threadTs(upload.threadTs());
			}
			if (upload.comment() != null) {
				r.initialComment(upload.comment());
			}
			if (upload.altText() != null) {
				r.altTxt(upload.altText());
			}
			return r;
		}));
		if (!response.isOk()) {
			return Effect.failed(String.valueOf(response.getError()));
		}
		String file = (response.getFiles() != null && !response.getFiles().isEmpty())
				? response.getFiles().get(0).getId() : (response.getFile() != null) ? response.getFile().getId() : null;
		return Effect.done(Map.of("file", (file != null) ? file : "", "channel", upload.channel()));
	}

	@Override
	public Effect canvas(String effectKey, String channel, String title, String markdown) {
		return once(effectKey, SlackMethod.CONVERSATIONS_CANVASES_CREATE, true, () -> this.lost.findCanvas(channel),
				() -> {
					var response = this.context.gateway()
						.call(SlackMethod.CONVERSATIONS_CANVASES_CREATE, (c) -> c
							.conversationsCanvasesCreate((r) -> r.channelId(channel).title(title).markdown(markdown)));
					if (!response.isOk()) {
						return Effect.failed(String.valueOf(response.getError()));
					}
					String canvas = response.getCanvasId();
					return Effect.done(Map.of("canvas", (canvas != null) ? canvas : "", "channel", channel));
				}, channel);
	}

	@Override
	public Effect bookmark(String effectKey, String channel, String title, String link) {
		return once(effectKey, SlackMethod.BOOKMARKS_ADD, true, () -> this.lost.findBookmark(channel, link), () -> {
			var response = this.context.gateway()
				.call(SlackMethod.BOOKMARKS_ADD,
						(c) -> c.bookmarksAdd((r) -> r.channelId(channel).title(title).type("link").link(link)));
			if (!response.isOk()) {
				return Effect.failed(String.valueOf(response.getError()));
			}
			String bookmark = (response.getBookmark() != null) ? response.getBookmark().getId() : null;
			return Effect.done(Map.of("bookmark", (bookmark != null) ? bookmark : "", "channel", channel));
		}, channel);
	}

	@Override
	public Effect update(String channel, String ts, SlackMessage message) {
		var response = this.context.gateway().call(SlackMethod.CHAT_UPDATE, (c) -> c.chatUpdate((r) -> {
			r.channel(channel).ts(ts).text(Mrkdwn.truncate(message.text(), 39_000));
			if (!message.blocks().isEmpty()) {
				r.blocks(message.blocks());
			}
			return r;
		}));
		if (response.isOk()) {
			return Effect.done(Map.of("channel", channel, "ts", ts));
		}
		String error = String.valueOf(response.getError());
		concluded(SlackMethod.CHAT_UPDATE, error, channel);
		return Effect.failed(error);
	}

	@Override
	public Effect publishHome(String userId, View view) {
		var response = this.context.gateway()
			.call(SlackMethod.VIEWS_PUBLISH, (c) -> c.viewsPublish((r) -> r.userId(userId).view(view)));
		if (response.isOk()) {
			return Effect.done(Map.of());
		}
		String error = String.valueOf(response.getError());
		concluded(SlackMethod.VIEWS_PUBLISH, error, null);
		return Effect.failed(error);
	}

	@Override
	public <T extends SlackApiTextResponse> Effect once(String effectKey, SlackMethod method,
			SlackGateway.SlackCall<T> call, Function<T, Map<String, String>> values) {
		return once(effectKey, method, !method.safeToRepeat(), Optional::empty, () -> {
			T response = this.context.gateway().call(method, call);
			return response.isOk() ? Effect.done(values.apply(response))
					: Effect.failed(String.valueOf(response.getError()));
		}, null);
	}

	@Override
	public RuntimeException park(String error, String whatToDo) {
		throw new JobParked(error, whatToDo);
	}

	/**
	 * Writes the records still held back (effects safe to repeat).
	 */
	void flush() {
		if (!this.unwritten.isEmpty()) {
			List<EffectStore.Pending> outcomes = List.copyOf(this.unwritten);
			this.unwritten.clear();
			this.context.effects().record(outcomes, this.context.now());
		}
	}

	/**
	 * Makes a keyed effect once.
	 * @param creates whether it creates something (recorded at once, and looked for
	 * before it is made again after an earlier run)
	 * @param find how to find it in Slack, for effects that create something
	 * @param make how to make it
	 * @param channel where, for what admins are told
	 */
	private Effect once(String effectKey, SlackMethod method, boolean creates, Supplier<Optional<Effect>> find,
			Supplier<Effect> make, @Nullable String channel) {
		Effect known = lookup(effectKey, creates);
		if (known != null) {
			return known;
		}
		if (creates && this.attempt > 0) {
			Optional<Effect> found = find.get();
			if (found.isPresent()) {
				log.info("Found {} of job {} in Slack: an earlier run made it without recording it", effectKey,
						this.row.key());
				write(effectKey, method, found.get(), true);
				return found.get();
			}
		}
		Effect outcome = make.get();
		write(effectKey, method, outcome, creates);
		if (!outcome.isDone()) {
			concluded(method, String.valueOf(outcome.error()), channel);
		}
		return outcome;
	}

	private @Nullable Effect lookup(String effectKey, boolean creates) {
		Effect known = this.known.get(effectKey);
		if (known != null) {
			return known;
		}
		EffectStore.Recorded mine = this.recorded.get(effectKey);
		if (mine != null) {
			return mine.effect();
		}
		// another job may have made an effect under the same key; for one that is safe
		// to repeat, repeating it costs less than asking
		if (creates) {
			return this.context.effects().find(effectKey).map(EffectStore.Recorded::effect).orElse(null);
		}
		return null;
	}

	private void write(String effectKey, SlackMethod method, Effect outcome, boolean now) {
		this.known.put(effectKey, outcome);
		boolean parked = !outcome.isDone() && SlackErrors.parks(String.valueOf(outcome.error()));
		this.unwritten.add(new EffectStore.Pending(effectKey, this.row.id(), method.method(), outcome, parked));
		if (now) {
			flush();
		}
	}

	/**
	 * Slack refused an effect for good: the work decides what follows; admins are told
	 * once where a person can fix it.
	 */
	private void concluded(SlackMethod method, String error, @Nullable String channel) {
		if (SlackErrors.tellAdmins(error) && this.context.tellsAdmins(this.row.type())) {
			this.context.tellAdmins(error, method, channel);
		}
	}

	private Effect postNow(String effectKey, String channel, SlackMessage message, boolean mayJoin) {
		var response = this.context.gateway().call(SlackMethod.CHAT_POST_MESSAGE, (c) -> c.chatPostMessage((r) -> {
			r.channel(channel)
				.text(Mrkdwn.truncate(message.text(), 39_000))
				.unfurlLinks(false)
				.unfurlMedia(false)
				.metadata(new Message.Metadata(LostAnswers.METADATA_TYPE, Map.of("key", effectKey)));
			if (message.threadTs() != null) {
				r.threadTs(message.threadTs());
			}
			if (!message.blocks().isEmpty()) {
				r.blocks(message.blocks());
			}
			return r;
		}));
		if (response.isOk()) {
			return Effect.done(Map.of("channel", response.getChannel(), "ts", response.getTs()));
		}
		if (mayJoin && "not_in_channel".equals(response.getError()) && join(channel)) {
			return postNow(effectKey, channel, message, false);
		}
		return Effect.failed(String.valueOf(response.getError()));
	}

	/**
	 * Joins a public channel Violet must post in; a private one answers
	 * {@code method_not_supported_for_channel_type} and someone must invite Violet.
	 */
	private boolean join(String channel) {
		var joined = this.context.gateway()
			.call(SlackMethod.CONVERSATIONS_JOIN, (c) -> c.conversationsJoin((r) -> r.channel(channel)));
		if (joined.isOk()) {
			log.info("Joined channel {} to post in it", channel);
		}
		return joined.isOk();
	}

}
