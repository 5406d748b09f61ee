package io.violet.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.violet.initiative.ComponentAdded;
import io.violet.initiative.InitiativeCatalog;
import io.violet.initiative.InitiativeSummary;
import io.violet.initiative.bom.InitiativeThreads;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * Initiatives for the ML-BOM and scan tests: an in-memory catalog that records the notes
 * posted in each initiative's thread, and the {@link ComponentAdded} events published.
 */
@TestConfiguration(proxyBeanMethods = false)
public class InitiativesForTests {

	@Bean
	Initiatives testInitiatives() {
		return new Initiatives();
	}

	@Bean
	PublishedComponents publishedComponents() {
		return new PublishedComponents();
	}

	/**
	 * The in-memory initiatives.
	 */
	public static class Initiatives implements InitiativeCatalog, InitiativeThreads {

		private final AtomicInteger sequence = new AtomicInteger(1000);

		private final Map<String, InitiativeSummary> byKey = new ConcurrentHashMap<>();

		private final Map<String, List<String>> notes = new ConcurrentHashMap<>();

		public InitiativeSummary create(String name, String ownerId, String stage) {
			String key = "AI-" + this.sequence.incrementAndGet();
			InitiativeSummary summary = new InitiativeSummary(key, name, ownerId, "limited", stage, false, false,
					false);
			this.byKey.put(key, summary);
			return summary;
		}

		public List<String> notes(String key) {
			return List.copyOf(this.notes.getOrDefault(key, List.of()));
		}

		@Override
		public Optional<InitiativeSummary> find(String key) {
			return Optional.ofNullable(this.byKey.get(key.toUpperCase(Locale.ROOT)));
		}

		@Override
		public List<InitiativeSummary> active() {
			return new ArrayList<>(this.byKey.values());
		}

		@Override
		public void noteInThread(String key, String mrkdwn) {
			this.notes.computeIfAbsent(key, (k) -> new CopyOnWriteArrayList<>()).add(mrkdwn);
		}

		@Override
		public Optional<Thread> threadOf(String initiativeKey) {
			return find(initiativeKey)
				.map((i) -> new Thread(SlackEndToEnd.INITIATIVES_CHANNEL, "1700000000." + i.key().substring(3)));
		}

	}

	/**
	 * The {@link ComponentAdded} events published, in order.
	 */
	public static class PublishedComponents {

		private final List<ComponentAdded> events = new CopyOnWriteArrayList<>();

		@EventListener
		void on(ComponentAdded event) {
			this.events.add(event);
		}

		public List<ComponentAdded> of(String initiativeKey) {
			return this.events.stream().filter((e) -> e.initiativeKey().equals(initiativeKey)).toList();
		}

	}

}
