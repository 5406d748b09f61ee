package io.violet.training;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import io.violet.audit.Actor;
import io.violet.audit.AuditTrail;
import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.directory.RoleAssigned;
import io.violet.directory.RoleHolders;
import io.violet.directory.UserFact;
import io.violet.directory.UserFacts;
import io.violet.directory.UserFactsSource;
import io.violet.training.internal.Deliveries;
import io.violet.training.internal.DeliveryKind;
import io.violet.training.internal.TrainingSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is due and overdue for which topic, the weekly digest, and topics that become due
 * on an event (human oversight when someone becomes an ai-operator).
 */
@Service
public class Compliance {

	private final JdbcTemplate jdbc;

	private final Catalog catalog;

	private final Directory directory;

	private final UserFacts userFacts;

	private final UserFactsSource slackUsers;

	private final Deliveries deliveries;

	private final AuditTrail audit;

	private final TrainingSettings settings;

	private final Clock clock;

	Compliance(JdbcTemplate jdbc, Catalog catalog, Directory directory, UserFacts userFacts, UserFactsSource slackUsers,
			Deliveries deliveries, AuditTrail audit, TrainingSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.directory = directory;
		this.userFacts = userFacts;
		this.slackUsers = slackUsers;
		this.deliveries = deliveries;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Each topic a user must take, with their last completion and whether it is overdue.
	 * @param userId the user
	 * @return the topics, overdue first
	 */
	@Transactional(readOnly = true)
	public List<TopicStatus> statusOf(String userId) {
		return statuses(this.catalog.all(), this.directory.rolesOf(userId), lastCompletions(userId),
				requirements(userId));
	}

	/**
	 * The status of every owner of a role.
	 * @param role the role
	 * @return per user, their topics
	 */
	@Transactional(readOnly = true)
	public Map<String, List<TopicStatus>> statusOfRole(Role role) {
		Map<String, List<TopicStatus>> all = new java.util.LinkedHashMap<>();
		for (String user : this.directory.holders(role).owners()) {
			all.put(user, statusOf(user));
		}
		return all;
	}

	/**
	 * Everyone who is overdue for something: all staff as last seen, role owners, and
	 * people a topic became due for.
	 * @return user id → overdue topics
	 */
	@Transactional(readOnly = true)
	public Map<String, List<TopicStatus>> overdue() {
		Map<String, List<TopicStatus>> overdue = new TreeMap<>();
		for (Standing standing : standings()) {
			List<TopicStatus> late = standing.topics().stream().filter(TopicStatus::overdue).toList();
			if (!late.isEmpty()) {
				overdue.put(standing.userId(), late);
			}
		}
		return overdue;
	}

	/**
	 * Where everyone stands with every topic they must take: all staff as last seen, role
	 * owners and backups, and people a topic became due for. Three queries, whatever the
	 * number of people.
	 * @return one standing per person, by user id
	 */
	@Transactional(readOnly = true)
	public List<Standing> standings() {
		Set<String> people = new java.util.TreeSet<>(roster());
		Map<String, Set<Role>> roles = new HashMap<>();
		for (RoleHolders holders : this.directory.all().values()) {
			for (String owner : holders.everyone()) {
				people.add(owner);
				roles.computeIfAbsent(owner, (u) -> new LinkedHashSet<>()).add(holders.role());
			}
		}
		Map<String, Map<String, Instant>> completions = new HashMap<>();
		this.jdbc.query(
				"SELECT user_id, topic_key, MAX(completed_at) FROM training_completion WHERE topic_key IS NOT NULL GROUP BY user_id, topic_key",
				(rs) -> {
					completions.computeIfAbsent(rs.getString(1), (u) -> new HashMap<>())
						.put(rs.getString(2), rs.getTimestamp(3).toInstant());
				});
		Map<String, Map<String, Instant>> required = new HashMap<>();
		this.jdbc.query("SELECT user_id, topic_key, due_since FROM training_requirement", (rs) -> {
			people.add(rs.getString(1));
			required.computeIfAbsent(rs.getString(1), (u) -> new HashMap<>())
				.put(rs.getString(2), rs.getTimestamp(3).toInstant());
		});
		// the catalog once for everyone, not once per person
		List<Topic> topics = this.catalog.all();
		List<Standing> standings = new ArrayList<>(people.size());
		for (String user : people) {
			Set<Role> held = roles.getOrDefault(user, Set.of());
			standings.add(new Standing(user, Set.copyOf(held), statuses(topics, held,
					completions.getOrDefault(user, Map.of()), required.getOrDefault(user, Map.of()))));
		}
		return standings;
	}

	/**
	 * Refreshes the list of all staff from Slack (paginated, bots and deactivated users
	 * left out) or from the configured user group.
	 * @return how many people are on it
	 */
	public int refreshRoster() {
		List<String> staff = allStaff();
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.update("DELETE FROM training_roster WHERE refreshed_at < ?", now);
		this.jdbc.batchUpdate(
				"INSERT INTO training_roster (user_id, refreshed_at) VALUES (?, ?) "
						+ "ON DUPLICATE KEY UPDATE refreshed_at = VALUES(refreshed_at)",
				staff.stream().map((u) -> new Object[] { u, now }).toList());
		return staff.size();
	}

	/**
	 * All staff, asked from Slack.
	 * @return active humans (guests included), or the configured group's members
	 */
	public List<String> allStaff() {
		if (!this.settings.allStaffGroup().isBlank()) {
			return this.slackUsers.groupMembers(this.settings.allStaffGroup().trim())
				.orElseThrow(() -> new IllegalStateException(
						"The all-staff user group " + this.settings.allStaffGroup() + " is unknown to Slack"));
		}
		return this.userFacts.refreshAll().stream().map(UserFact::userId).toList();
	}

	/**
	 * The weekly digest: refreshes all staff, then queues one reminder per overdue person
	 * for this ISO week (queuing twice in one week changes nothing).
	 * @return how many were queued
	 */
	public int queueDigest() {
		refreshRoster();
		Map<String, List<TopicStatus>> overdue = overdue();
		Instant now = this.clock.instant();
		String week = now.atZone(ZoneOffset.UTC).get(IsoFields.WEEK_BASED_YEAR) + "-W"
				+ now.atZone(ZoneOffset.UTC).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
		int queued = this.deliveries.queue(DeliveryKind.DIGEST, null, overdue.keySet(), week);
		this.audit.record(Actor.VIOLET, "training.digest-queued", "training:digest",
				week + ": " + queued + " reminders for " + overdue.size() + " overdue people");
		return queued;
	}

	@ApplicationModuleListener
	void onRoleAssigned(RoleAssigned event) {
		if (event.backup()) {
			return;
		}
		for (Topic topic : this.catalog.all()) {
			if (topic.dueOnJoining() && !topic.allStaff() && topic.roles().contains(event.role())) {
				becameDue(event.userId(), topic, "became " + event.role().key());
			}
		}
	}

	@Transactional
	void becameDue(String userId, Topic topic, String reason) {
		int added = this.jdbc.update(
				"INSERT IGNORE INTO training_requirement (user_id, topic_key, due_since, reason) VALUES (?, ?, ?, ?)",
				userId, topic.key(), Timestamp.from(this.clock.instant()), reason);
		if (added > 0) {
			this.audit.record(Actor.VIOLET, "training.due", "topic:" + topic.key(),
					"due for " + userId + ": " + reason);
			this.deliveries.queue(DeliveryKind.DUE, null, List.of(userId), topic.key());
		}
	}

	private List<String> roster() {
		return this.jdbc.queryForList("SELECT user_id FROM training_roster", String.class);
	}

	private Map<String, Instant> lastCompletions(String userId) {
		Map<String, Instant> last = new HashMap<>();
		this.jdbc.query(
				"SELECT topic_key, MAX(completed_at) FROM training_completion WHERE user_id = ? AND topic_key IS NOT NULL GROUP BY topic_key",
				(rs) -> {
					last.put(rs.getString(1), rs.getTimestamp(2).toInstant());
				}, userId);
		return last;
	}

	private Map<String, Instant> requirements(String userId) {
		Map<String, Instant> due = new HashMap<>();
		this.jdbc.query("SELECT topic_key, due_since FROM training_requirement WHERE user_id = ?", (rs) -> {
			due.put(rs.getString(1), rs.getTimestamp(2).toInstant());
		}, userId);
		return due;
	}

	private List<TopicStatus> statuses(List<Topic> topics, Set<Role> roles, Map<String, Instant> completions,
			Map<String, Instant> required) {
		Instant now = this.clock.instant();
		List<TopicStatus> result = new ArrayList<>();
		for (Topic topic : topics) {
			boolean inAudience = topic.allStaff() || topic.roles().stream().anyMatch(roles::contains)
					|| required.containsKey(topic.key());
			if (!inAudience) {
				continue;
			}
			Instant last = completions.get(topic.key());
			Instant dueBy = (last != null) ? last.atZone(ZoneOffset.UTC).plus(topic.cadence().period()).toInstant()
					: null;
			Instant dueSince = required.get(topic.key());
			boolean overdue = (last == null) || dueBy.isBefore(now) || (dueSince != null && last.isBefore(dueSince));
			result.add(new TopicStatus(topic, last, dueBy, overdue));
		}
		result.sort(
				java.util.Comparator.comparing((TopicStatus s) -> !s.overdue()).thenComparing((s) -> s.topic().key()));
		return result;
	}

	/**
	 * Where one person stands with the topics they must take.
	 *
	 * @param userId the person
	 * @param roles the roles they own or back up
	 * @param topics each topic they must take, overdue first
	 */
	public record Standing(String userId, Set<Role> roles, List<TopicStatus> topics) {

	}

	/**
	 * Where a person stands with one topic.
	 *
	 * @param topic the topic
	 * @param lastCompleted when they last completed it, null when never
	 * @param dueBy when it must be repeated, null when never completed
	 * @param overdue whether it is overdue now
	 */
	public record TopicStatus(Topic topic, @Nullable Instant lastCompleted, @Nullable Instant dueBy, boolean overdue) {

		public Optional<Instant> last() {
			return Optional.ofNullable(this.lastCompleted);
		}

	}

}
