package io.violet.slack.jobs;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.violet.slack.CommandInvocation;
import io.violet.slack.Effect;
import io.violet.slack.Reply;
import io.violet.slack.SlackJob;
import io.violet.slack.SlackJobs;
import io.violet.slack.SlackMessage;
import io.violet.slack.SlackWork;
import io.violet.slack.SlashCommandHandler;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Slack work for the runner's tests: {@code test.posts} posts two messages into channel
 * {@code C<subject>} and pins the first; {@code test.slow} posts once, then waits for the
 * test to let it go before it posts again.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestWork {

	/** Every run started: node, type, subject. */
	static final List<String> RUNS = new CopyOnWriteArrayList<>();

	/** What each finished run of {@code test.posts} got back, by subject. */
	static final Map<String, List<Effect>> OUTCOMES = new ConcurrentHashMap<>();

	static final Map<String, CountDownLatch> GATES = new ConcurrentHashMap<>();

	static CountDownLatch gate(String subject) {
		return GATES.computeIfAbsent(subject, (s) -> new CountDownLatch(1));
	}

	@Bean
	SlackWork testPosts(@Value("${test.node:a}") String node) {
		return new SlackWork() {

			@Override
			public String type() {
				return "test.posts";
			}

			@Override
			public String describe(String subject) {
				return "test posts " + subject;
			}

			@Override
			public void run(SlackJob job) {
				RUNS.add(node + " " + type() + " " + job.subject());
				String channel = "C" + job.subject();
				Effect first = job.post(job.key() + ":first", channel, SlackMessage.of("first of " + job.subject()));
				Effect pinned = first.isDone() ? job.pin(job.key() + ":pin", channel, first.ts())
						: Effect.skipped("nothing to pin");
				Effect second = job.post(job.key() + ":second", channel, SlackMessage.of("second of " + job.subject()));
				OUTCOMES.put(job.subject(), List.of(first, pinned, second));
			}

		};
	}

	@Bean
	SlackWork testSlow(@Value("${test.node:a}") String node) {
		return new SlackWork() {

			@Override
			public String type() {
				return "test.slow";
			}

			@Override
			public void run(SlackJob job) {
				RUNS.add(node + " " + type() + " " + job.subject());
				String channel = "C" + job.subject();
				job.post(job.key() + ":before", channel, SlackMessage.of("before the wait of " + job.subject()));
				try {
					if (!gate(job.subject()).await(2, TimeUnit.MINUTES)) {
						throw new IllegalStateException("the test never let " + job.subject() + " go");
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("interrupted", ex);
				}
				job.post(job.key() + ":after", channel, SlackMessage.of("after the wait of " + job.subject()));
			}

		};
	}

	@Bean
	SlackWork testRefresh(@Value("${test.node:a}") String node) {
		return new SlackWork() {

			@Override
			public String type() {
				return "test.refresh";
			}

			@Override
			public void run(SlackJob job) {
				RUNS.add(node + " " + type() + " " + job.subject());
				job.update("C" + job.subject(), "1.000001", SlackMessage.of("refreshed " + job.subject()));
				job.post(job.key() + ":once", "C" + job.subject(), SlackMessage.of("once " + job.subject()));
			}

		};
	}

	/**
	 * {@code /violet testack <subject>}: queues {@code test.posts} while the command is
	 * handled, then waits (up to 3 s) for that job to start before answering, and says
	 * whether it did.
	 */
	@Bean
	SlashCommandHandler testAck(SlackJobs jobs) {
		return new SlashCommandHandler() {

			@Override
			public String subcommand() {
				return "testack";
			}

			@Override
			public List<String> usage() {
				return List.of("/violet testack <subject>");
			}

			@Override
			public Reply handle(CommandInvocation invocation) {
				String subject = invocation.args().get(0).text();
				jobs.submit("test.posts", "test.posts:" + subject, subject);
				long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
				while (System.nanoTime() < deadline && RUNS.stream().noneMatch((r) -> r.endsWith(" " + subject))) {
					java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
				}
				return Reply.ephemeral(RUNS.stream().anyMatch((r) -> r.endsWith(" " + subject))
						? "started before the answer" : "waited for the answer");
			}

		};
	}

	@Bean
	SlackWork testParks() {
		return new SlackWork() {

			@Override
			public String type() {
				return "test.parks";
			}

			@Override
			public void run(SlackJob job) {
				Effect posted = job.post(job.key() + ":post", "C" + job.subject(), SlackMessage.of("park or not"));
				if (!posted.isDone()) {
					throw job.park(String.valueOf(posted.error()), "Fix the channel " + job.subject());
				}
			}

		};
	}

}
