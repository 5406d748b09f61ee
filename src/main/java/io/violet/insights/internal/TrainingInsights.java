package io.violet.insights.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.violet.directory.Role;
import io.violet.insights.InsightsQuery;
import io.violet.insights.TrainingFigures;
import io.violet.training.Catalog;
import io.violet.training.Compliance;
import io.violet.training.Topic;

import org.springframework.stereotype.Component;

/**
 * Training completion now: per role, the share of the topics its holders must take for it
 * that they have done and are not due again; per topic, the same over everyone who must
 * take it. Overdue people are counted, never named.
 */
@Component
public class TrainingInsights {

	private final Compliance compliance;

	private final Catalog catalog;

	TrainingInsights(Compliance compliance, Catalog catalog) {
		this.compliance = compliance;
		this.catalog = catalog;
	}

	/**
	 * Training completion, as of now.
	 * @param query a role to narrow to (the period does not apply: completion is a state)
	 * @return the figures
	 */
	public TrainingFigures compute(InsightsQuery query) {
		return compute(query, this.compliance.standings());
	}

	TrainingFigures compute(InsightsQuery query, List<Compliance.Standing> standings) {
		int[][] byRole = new int[Role.values().length][4];
		Map<String, int[]> byTopic = new LinkedHashMap<>();
		for (Topic topic : this.catalog.all()) {
			byTopic.put(topic.key(), new int[2]);
		}
		int people = 0;
		int overduePeople = 0;
		for (Compliance.Standing standing : standings) {
			if (query.role() != null && !standing.roles().contains(query.role())) {
				continue;
			}
			boolean counted = false;
			boolean late = false;
			for (Compliance.TopicStatus status : standing.topics()) {
				if (query.role() != null && !appliesTo(status.topic(), query.role())) {
					continue;
				}
				counted = true;
				late |= status.overdue();
				int[] topic = byTopic.computeIfAbsent(status.topic().key(), (k) -> new int[2]);
				topic[0]++;
				topic[1] += status.overdue() ? 0 : 1;
			}
			people += counted ? 1 : 0;
			overduePeople += late ? 1 : 0;
			for (Role role : standing.roles()) {
				if (!query.covers(role)) {
					continue;
				}
				int[] counts = byRole[role.ordinal()];
				counts[0]++;
				boolean roleLate = false;
				for (Compliance.TopicStatus status : standing.topics()) {
					if (appliesTo(status.topic(), role)) {
						counts[1]++;
						counts[2] += status.overdue() ? 0 : 1;
						roleLate |= status.overdue();
					}
				}
				counts[3] += roleLate ? 1 : 0;
			}
		}
		List<TrainingFigures.RoleCompletion> roles = new ArrayList<>();
		for (Role role : Role.values()) {
			int[] counts = byRole[role.ordinal()];
			if (counts[0] > 0 && query.covers(role)) {
				roles.add(new TrainingFigures.RoleCompletion(role, counts[0], counts[1], counts[2], counts[3]));
			}
		}
		Map<String, String> titles = new LinkedHashMap<>();
		this.catalog.all().forEach((t) -> titles.put(t.key(), t.title()));
		List<TrainingFigures.TopicCompletion> topics = new ArrayList<>();
		byTopic.forEach((key, counts) -> {
			if (counts[0] > 0) {
				topics
					.add(new TrainingFigures.TopicCompletion(key, titles.getOrDefault(key, key), counts[0], counts[1]));
			}
		});
		return new TrainingFigures(roles, topics, people, overduePeople);
	}

	/**
	 * Whether holding a role is a reason to take a topic: the topic is for all staff or
	 * names the role in its audience.
	 */
	static boolean appliesTo(Topic topic, Role role) {
		return topic.allStaff() || topic.roles().contains(role);
	}

}
