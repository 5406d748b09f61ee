package io.violet.slack.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.violet.slack.ParkedWorkRetried;
import io.violet.slack.ParkedWorkSource;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dead letters admins see: parked jobs ({@code J-<id>}) and the parked effects of
 * work that went on without them ({@code E-<id>}), what other modules parked
 * ({@link ParkedWorkSource}, e.g. tracker syncs {@code T-<n>}), and arming them again.
 */
@Service
class ParkedWork {

	private final JobStore jobs;

	private final EffectStore effects;

	private final DurableSlackJobs runner;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ObjectProvider<ParkedWorkSource> sources;

	ParkedWork(JobStore jobs, EffectStore effects, DurableSlackJobs runner, ApplicationEventPublisher events,
			Clock clock, ObjectProvider<ParkedWorkSource> sources) {
		this.sources = sources;
		this.jobs = jobs;
		this.effects = effects;
		this.runner = runner;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Everything parked, most recent first.
	 * @return the entries
	 */
	@Transactional(readOnly = true)
	public List<Entry> list() {
		List<Entry> entries = new ArrayList<>();
		for (JobStore.Row job : this.jobs.parked()) {
			entries.add(new Entry("J-" + job.id(), this.runner.describe(job.type(), job.subject()), null,
					String.valueOf(job.lastError()), job.updatedAt(), job.attempts(),
					(job.whatToDo() != null) ? job.whatToDo() : "Retry once the cause is fixed."));
		}
		for (EffectStore.Recorded effect : this.effects.parked()) {
			Optional<JobStore.Row> job = this.jobs.find(effect.jobId());
			String what = job.map((j) -> this.runner.describe(j.type(), j.subject())).orElse("work " + effect.jobId());
			entries.add(new Entry("E-" + effect.id(), what, effect.method() + " " + effect.key(),
					String.valueOf(effect.error()), effect.at(), job.map(JobStore.Row::attempts).orElse(0),
					io.violet.slack.SlackErrors.whatToDo(String.valueOf(effect.error()), method(effect.method()))));
		}
		this.sources.orderedStream().forEach((source) -> {
			for (ParkedWorkSource.Item item : source.parked()) {
				entries.add(new Entry(source.prefix() + "-" + item.number(), item.what(), null, item.error(), item.at(),
						item.attempts(), item.whatToDo()));
			}
		});
		entries.sort(Comparator.comparing(Entry::at).reversed());
		return entries;
	}

	/**
	 * Arms parked work again: a job runs from the top (its done effects stay done, its
	 * failed ones are tried again); an effect is cleared and its job runs again.
	 * @param ids entry ids ({@code J-12}, {@code E-40}), or {@code all}
	 * @param by the admin
	 * @return what was armed, empty entries that were not parked
	 */
	@Transactional
	public Retried retry(List<String> ids, String by) {
		Instant now = this.clock.instant();
		List<String> wanted = new ArrayList<>();
		if (ids.size() == 1 && "all".equalsIgnoreCase(ids.get(0))) {
			list().forEach((e) -> wanted.add(e.id()));
		}
		else {
			ids.forEach((id) -> wanted.add(id.toUpperCase(java.util.Locale.ROOT)));
		}
		Set<Long> start = new LinkedHashSet<>();
		List<String> armed = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (String id : wanted) {
			Long number = number(id);
			if (number != null && id.startsWith("J-") && this.jobs.rearm(number, now)) {
				armed.add(id);
				start.add(number);
			}
			else if (number != null && id.startsWith("E-")) {
				Optional<Long> job = this.effects.clear(number);
				if (job.isPresent()) {
					this.jobs.runAgain(job.get(), now);
					armed.add(id);
					start.add(job.get());
				}
				else {
					unknown.add(id);
				}
			}
			else if (number != null && retryElsewhere(id, number, by)) {
				armed.add(id);
			}
			else {
				unknown.add(id);
			}
		}
		if (!armed.isEmpty()) {
			this.events.publishEvent(new ParkedWorkRetried(by, String.join(" ", armed)));
			this.runner.startSoon(start);
		}
		return new Retried(armed, unknown);
	}

	private boolean retryElsewhere(String id, long number, String by) {
		String prefix = id.substring(0, 1);
		if (prefix.equals("J") || prefix.equals("E")) {
			return false;
		}
		return this.sources.orderedStream()
			.filter((source) -> source.prefix().equals(prefix))
			.findFirst()
			.map((source) -> source.retry(number, by))
			.orElse(false);
	}

	private static @Nullable Long number(String id) {
		if (id.length() < 3 || id.charAt(1) != '-') {
			return null;
		}
		try {
			return Long.parseLong(id.substring(2));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static io.violet.slack.SlackMethod method(String name) {
		for (io.violet.slack.SlackMethod method : io.violet.slack.SlackMethod.values()) {
			if (method.method().equals(name)) {
				return method;
			}
		}
		return io.violet.slack.SlackMethod.AUTH_TEST;
	}

	/**
	 * One dead letter.
	 *
	 * @param id {@code J-12}, {@code E-40}, or another module's ({@code T-7})
	 * @param what what the work is ({@link io.violet.slack.SlackWork#describe})
	 * @param effect for an effect, its method and key
	 * @param error what went wrong
	 * @param at when
	 * @param attempts runs of its job
	 * @param whatToDo what an admin can do
	 */
	record Entry(String id, String what, @Nullable String effect, String error, Instant at, int attempts,
			String whatToDo) {
	}

	/**
	 * The outcome of a retry.
	 *
	 * @param armed entries armed again
	 * @param unknown ids that were not parked
	 */
	record Retried(List<String> armed, List<String> unknown) {
	}

}
