package io.violet.slack;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.Message;
import com.slack.api.model.view.View;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The first implementation of {@link SlackJobs}, so that modules can be written against
 * the contract while the durable runner is built: a job runs on the Slack work threads
 * after the submitting transaction commits, keyed effects are remembered in memory only,
 * and nothing survives a restart. The durable runner replaces it.
 */
@Component
class DirectSlackJobs implements SlackJobs {

	private static final Logger log = LoggerFactory.getLogger(DirectSlackJobs.class);

	static final String METADATA_TYPE = "violet_effect";

	private final Map<String, SlackWork> work;

	private final SlackGateway gateway;

	private final ObjectProvider<UserReachability> reachability;

	private final Executor executor;

	private final Set<String> submitted = ConcurrentHashMap.newKeySet();

	private final Map<String, Effect> effects = new ConcurrentHashMap<>();

	DirectSlackJobs(List<SlackWork> work, SlackGateway gateway, ObjectProvider<UserReachability> reachability,
			@Qualifier("slackWorkExecutor") Executor executor) {
		this.work = work.stream().collect(Collectors.toMap(SlackWork::type, Function.identity()));
		this.gateway = gateway;
		this.reachability = reachability;
		this.executor = executor;
	}

	@Override
	public void submit(String type, String key, String subject) {
		if (this.submitted.add(key)) {
			afterCommit(() -> run(type, key, subject));
		}
	}

	@Override
	public void submit(String type, String key, String subject, Instant notBefore) {
		submit(type, key, subject);
	}

	@Override
	public void refresh(String type, String key, String subject) {
		afterCommit(() -> run(type, key, subject));
	}

	private void afterCommit(Runnable task) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					DirectSlackJobs.this.executor.execute(task);
				}
			});
		}
		else {
			this.executor.execute(task);
		}
	}

	private void run(String type, String key, String subject) {
		SlackWork handler = this.work.get(type);
		if (handler == null) {
			log.error("No Slack work of type {} for job {}", type, key);
			return;
		}
		try {
			handler.run(new Job(key, subject));
		}
		catch (RuntimeException ex) {
			log.warn("Slack job {} failed: {}", key, ex.getMessage());
		}
	}

	private boolean reachable(String userId) {
		UserReachability users = this.reachability.getIfAvailable();
		return users == null || users.isReachable(userId);
	}

	private final class Job implements SlackJob {

		private final String key;

		private final String subject;

		Job(String key, String subject) {
			this.key = key;
			this.subject = subject;
		}

		@Override
		public String key() {
			return this.key;
		}

		@Override
		public String subject() {
			return this.subject;
		}

		@Override
		public int attempt() {
			return 0;
		}

		@Override
		public Effect post(String effectKey, String channel, SlackMessage message) {
			return remembered(effectKey, () -> {
				var response = DirectSlackJobs.this.gateway.call(SlackMethod.CHAT_POST_MESSAGE,
						(c) -> c.chatPostMessage((r) -> {
							r.channel(channel)
								.text(Mrkdwn.truncate(message.text(), 39_000))
								.unfurlLinks(false)
								.unfurlMedia(false)
								.metadata(new Message.Metadata(METADATA_TYPE, Map.of("key", effectKey)));
							if (message.threadTs() != null) {
								r.threadTs(message.threadTs());
							}
							if (!message.blocks().isEmpty()) {
								r.blocks(message.blocks());
							}
							return r;
						}));
				return response.isOk() ? Effect.done(Map.of("channel", response.getChannel(), "ts", response.getTs()))
						: Effect.failed(response.getError());
			});
		}

		@Override
		public Effect dm(String effectKey, String userId, SlackMessage message) {
			if (!reachable(userId)) {
				return Effect.skipped("user_disabled");
			}
			Effect dm = openDm(userId);
			return dm.isDone() ? post(effectKey, dm.channel(), message) : dm;
		}

		@Override
		public Effect openDm(String userId) {
			var response = DirectSlackJobs.this.gateway.call(SlackMethod.CONVERSATIONS_OPEN,
					(c) -> c.conversationsOpen((r) -> r.users(List.of(userId))));
			return response.isOk() ? Effect.done(Map.of("channel", response.getChannel().getId()))
					: Effect.failed(response.getError());
		}

		@Override
		public Effect invite(String effectKey, String channel, Collection<String> userIds) {
			return remembered(effectKey, () -> {
				List<String> failed = new ArrayList<>();
				for (String user : userIds) {
					if (!reachable(user)) {
						failed.add(user);
						continue;
					}
					var response = DirectSlackJobs.this.gateway.call(SlackMethod.CONVERSATIONS_INVITE,
							(c) -> c.conversationsInvite((r) -> r.channel(channel).users(List.of(user))));
					if (!response.isOk() && !"already_in_channel".equals(response.getError())) {
						failed.add(user);
					}
				}
				return Effect.done(Map.of("failed", String.join(",", failed)));
			});
		}

		@Override
		public Effect pin(String effectKey, String channel, String ts) {
			return remembered(effectKey, () -> {
				var response = DirectSlackJobs.this.gateway.call(SlackMethod.PINS_ADD,
						(c) -> c.pinsAdd((r) -> r.channel(channel).timestamp(ts)));
				return (response.isOk() || "already_pinned".equals(response.getError())) ? Effect.done(Map.of())
						: Effect.failed(response.getError());
			});
		}

		@Override
		public Effect upload(String effectKey, SlackUpload upload) {
			return remembered(effectKey, () -> {
				var response = DirectSlackJobs.this.gateway.call(SlackMethod.FILES_UPLOAD_V2,
						(c) -> c.filesUploadV2((r) -> {
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
					return Effect.failed(response.getError());
				}
				String file = (response.getFiles() != null && !response.getFiles().isEmpty())
						? response.getFiles().get(0).getId() : "";
				return Effect.done(Map.of("file", (file != null) ? file : ""));
			});
		}

		@Override
		public Effect update(String channel, String ts, SlackMessage message) {
			var response = DirectSlackJobs.this.gateway.call(SlackMethod.CHAT_UPDATE, (c) -> c.chatUpdate((r) -> {
				r.channel(channel).ts(ts).text(Mrkdwn.truncate(message.text(), 39_000));
				if (!message.blocks().isEmpty()) {
					r.blocks(message.blocks());
				}
				return r;
			}));
			return response.isOk() ? Effect.done(Map.of("channel", channel, "ts", ts))
					: Effect.failed(response.getError());
		}

		@Override
		public Effect publishHome(String userId, View view) {
			var response = DirectSlackJobs.this.gateway.call(SlackMethod.VIEWS_PUBLISH,
					(c) -> c.viewsPublish((r) -> r.userId(userId).view(view)));
			return response.isOk() ? Effect.done(Map.of()) : Effect.failed(response.getError());
		}

		@Override
		public <T extends SlackApiTextResponse> Effect once(String effectKey, SlackMethod method,
				SlackGateway.SlackCall<T> call, Function<T, Map<String, String>> values) {
			return remembered(effectKey, () -> {
				T response = DirectSlackJobs.this.gateway.call(method, call);
				return response.isOk() ? Effect.done(values.apply(response)) : Effect.failed(response.getError());
			});
		}

		@Override
		public RuntimeException park(String error, String whatToDo) {
			throw new IllegalStateException("Parked " + this.key + ": " + error + " (" + whatToDo + ")");
		}

		private Effect remembered(String effectKey, java.util.function.Supplier<Effect> effect) {
			Effect known = DirectSlackJobs.this.effects.get(effectKey);
			if (known != null) {
				return known;
			}
			Effect outcome = effect.get();
			DirectSlackJobs.this.effects.put(effectKey, outcome);
			return outcome;
		}

	}

}
