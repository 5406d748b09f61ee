package io.violet.insights.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.violet.VioletSettings;
import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.directory.RoleHolders;
import io.violet.followup.FollowUpCounts;
import io.violet.insights.InsightsQuery;
import io.violet.insights.TeamHealth;
import io.violet.review.ReviewAsk;
import io.violet.review.ReviewTimings;
import io.violet.review.SignoffTiming;

import org.springframework.stereotype.Component;

/**
 * Team health: roles with one owner or none, roles whose backups were asked more than
 * their owners, and the reviews waiting for each person.
 */
@Component
public class TeamInsights {

	static final int SHOWN = 20;

	private final Directory directory;

	private final ReviewTimings reviews;

	private final VioletSettings violet;

	private final FollowUpCounts followUps;

	private final Clock clock;

	TeamInsights(Directory directory, ReviewTimings reviews, FollowUpCounts followUps, VioletSettings violet,
			Clock clock) {
		this.followUps = followUps;
		this.clock = clock;
		this.directory = directory;
		this.reviews = reviews;
		this.violet = violet;
	}

	/**
	 * Team health for a period.
	 * @param query the period (for the asks) and a role to narrow to
	 * @param named whether the viewer may see who is loaded
	 * @return the figures
	 */
	public TeamHealth compute(InsightsQuery query, boolean named) {
		Instant start = query.since().atStartOfDay(this.violet.timezone()).toInstant();
		// pending sign-offs only: "since now" leaves every decision out
		return compute(query, named, this.directory.all(), this.reviews.asksSince(start),
				this.reviews.pendingOrDecidedSince(this.clock.instant()),
				this.followUps.openPerOwner(this.violet.today(this.clock)));
	}

	TeamHealth compute(InsightsQuery query, boolean named, Map<Role, RoleHolders> holders, List<ReviewAsk> asks,
			List<SignoffTiming> signoffs, List<FollowUpCounts.OwnerLoad> followUps) {
		List<Role> unowned = new ArrayList<>();
		List<Role> single = new ArrayList<>();
		for (Role role : Role.values()) {
			RoleHolders h = holders.getOrDefault(role, new RoleHolders(role, List.of(), List.of()));
			if (!query.covers(role)) {
				continue;
			}
			if (h.owners().isEmpty()) {
				unowned.add(role);
			}
			else if (h.owners().size() == 1) {
				single.add(role);
			}
		}
		Map<Role, int[]> asked = new EnumMap<>(Role.class);
		for (ReviewAsk ask : asks) {
			for (Role role : ask.roles()) {
				if (!query.covers(role)) {
					continue;
				}
				RoleHolders h = holders.get(role);
				if (h == null) {
					continue;
				}
				if (ask.kind() == ReviewAsk.Kind.NUDGE && h.owners().contains(ask.recipient())) {
					asked.computeIfAbsent(role, (r) -> new int[2])[0]++;
				}
				else if (ask.kind() == ReviewAsk.Kind.ESCALATION && h.backups().contains(ask.recipient())) {
					asked.computeIfAbsent(role, (r) -> new int[2])[1]++;
				}
			}
		}
		List<TeamHealth.RoleAsks> roleAsks = new ArrayList<>();
		asked.forEach((role, counts) -> roleAsks.add(new TeamHealth.RoleAsks(role, counts[0], counts[1])));
		Map<String, Set<Long>> waiting = new HashMap<>();
		for (SignoffTiming s : signoffs) {
			if (s.decision() != SignoffTiming.Decision.PENDING || !s.reviewOpen() || !query.covers(s.role())) {
				continue;
			}
			RoleHolders h = holders.get(s.role());
			if (h == null) {
				continue;
			}
			for (String owner : h.owners()) {
				waiting.computeIfAbsent(owner, (o) -> new HashSet<>()).add(s.reviewId());
			}
		}
		// with a role, the follow-ups of that role's owners only
		Set<String> ofRole = new HashSet<>();
		if (query.role() != null && holders.get(query.role()) != null) {
			ofRole.addAll(holders.get(query.role()).owners());
		}
		Map<String, Integer> owned = new HashMap<>();
		for (FollowUpCounts.OwnerLoad load : followUps) {
			if (query.role() == null || ofRole.contains(load.ownerId())) {
				owned.put(load.ownerId(), load.open());
			}
		}
		Set<String> people = new HashSet<>(waiting.keySet());
		people.addAll(owned.keySet());
		List<TeamHealth.PersonLoad> loads = people.stream()
			.map((p) -> new TeamHealth.PersonLoad(p, waiting.getOrDefault(p, Set.of()).size(),
					owned.getOrDefault(p, 0)))
			.sorted(Comparator.comparingInt((TeamHealth.PersonLoad l) -> -l.total())
				.thenComparing((l) -> String.valueOf(l.userId())))
			.limit(SHOWN)
			.map((l) -> named ? l : new TeamHealth.PersonLoad(null, l.reviews(), l.followUps()))
			.toList();
		return new TeamHealth(unowned, single, roleAsks, loads, people.size(), named);
	}

}
