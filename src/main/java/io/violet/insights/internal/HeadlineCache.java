package io.violet.insights.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.violet.VioletSettings;
import io.violet.directory.Role;
import io.violet.incident.IncidentTimings;
import io.violet.incident.Severity;
import io.violet.insights.Headline;
import io.violet.insights.InsightsQuery;
import io.violet.insights.ReviewFigures;
import io.violet.insights.TrainingFigures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The headline figures, computed in the background on every instance and kept, so that
 * App Home views and Prometheus scrapes read them instead of computing anything.
 */
@Component
public class HeadlineCache implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(HeadlineCache.class);

	private final ReviewInsights reviews;

	private final TrainingInsights trainings;

	private final IncidentTimings incidents;

	private final InsightsSettings settings;

	private final VioletSettings violet;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AtomicReference<Headline> current = new AtomicReference<>();

	private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor((r) -> {
		Thread thread = new Thread(r, "insights-refresh");
		thread.setDaemon(true);
		return thread;
	});

	HeadlineCache(ReviewInsights reviews, TrainingInsights trainings, IncidentTimings incidents,
			InsightsSettings settings, VioletSettings violet, ApplicationEventPublisher events, Clock clock) {
		this.reviews = reviews;
		this.trainings = trainings;
		this.incidents = incidents;
		this.settings = settings;
		this.violet = violet;
		this.events = events;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		long every = Math.max(1000, this.settings.refresh().toMillis());
		this.refresher.scheduleWithFixedDelay(() -> {
			try {
				refresh();
			}
			catch (RuntimeException ex) {
				log.warn("Could not refresh the insights headline: {}", ex.getMessage());
			}
		}, 0, every, TimeUnit.MILLISECONDS);
	}

	@Override
	public void destroy() {
		this.refresher.shutdownNow();
	}

	/**
	 * The figures as last computed.
	 * @return them, empty before the first computation finished
	 */
	public Optional<Headline> current() {
		return Optional.ofNullable(this.current.get());
	}

	/**
	 * The figures as last computed, computing them now if that never happened.
	 * @return the figures
	 */
	public Headline get() {
		Headline known = this.current.get();
		return (known != null) ? known : refresh();
	}

	/**
	 * Computes the figures now and keeps them.
	 * @return the figures
	 */
	public synchronized Headline refresh() {
		Headline headline = compute();
		this.current.set(headline);
		this.events.publishEvent(new HeadlineRefreshed(headline));
		return headline;
	}

	/**
	 * Computes the figures without keeping them.
	 * @return the figures
	 */
	public Headline compute() {
		LocalDate today = this.violet.today(this.clock);
		InsightsQuery now = new InsightsQuery(today, null);
		ReviewFigures review = this.reviews.compute(now);
		Map<Role, Integer> pending = new EnumMap<>(Role.class);
		Map<Role, Integer> overdue = new EnumMap<>(Role.class);
		review.byRole().forEach((r) -> {
			pending.put(r.role(), r.pending());
			overdue.put(r.role(), r.overdue());
		});
		TrainingFigures training = this.trainings.compute(now);
		Map<Role, Double> completion = new EnumMap<>(Role.class);
		int required = 0;
		int done = 0;
		for (TrainingFigures.RoleCompletion role : training.byRole()) {
			if (role.required() > 0) {
				completion.put(role.role(), role.ratio());
			}
		}
		for (TrainingFigures.TopicCompletion topic : training.byTopic()) {
			required += topic.required();
			done += topic.done();
		}
		Map<Severity, Integer> open = IncidentInsights
			.openBySeverity(this.incidents.declaredSinceOrOpen(this.clock.instant()));
		return new Headline(this.clock.instant(), review.openNow(), review.overdueNow(), pending, overdue, completion,
				(required == 0) ? 1.0 : (double) done / required, training.overduePeople(), open);
	}

	/**
	 * Published within the module after each refresh, e.g. to redraw the App Home chart.
	 *
	 * @param headline the new figures
	 */
	public record HeadlineRefreshed(Headline headline) {

	}

}
