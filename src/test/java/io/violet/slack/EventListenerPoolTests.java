package io.violet.slack;

import java.util.concurrent.Executor;

import io.violet.testing.SlackTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules' asynchronous event listeners run on a pool of their own, not on the
 * threads that do Slack work after an ack: a burst of replies or App Home refreshes (each
 * may sleep out a short Retry-After) must not hold back the events between modules.
 */
class EventListenerPoolTests extends SlackTestSupport {

	@Autowired
	AsyncConfigurer async;

	@Autowired
	@Qualifier("slackWorkExecutor")
	Executor slackWork;

	@Test
	void asynchronousListenersHaveTheirOwnThreads() {
		Executor listeners = this.async.getAsyncExecutor();
		assertThat(listeners).isNotNull().isNotSameAs(this.slackWork).isInstanceOf(ThreadPoolTaskExecutor.class);
		ThreadPoolTaskExecutor pool = (ThreadPoolTaskExecutor) listeners;
		assertThat(pool.getThreadNamePrefix()).isEqualTo("violet-event-");
		assertThat(pool.getCorePoolSize()).isEqualTo(4);
	}

}
