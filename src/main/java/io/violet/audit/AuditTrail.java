package io.violet.audit;

import java.time.Clock;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit trail. Entries are never changed or deleted.
 */
@Service
public class AuditTrail {

	private static final int DETAILS_MAX = 4000;

	/** Entries read at once while streaming: bounded memory for any length of trail. */
	private static final int CHUNK = 500;

	private final AuditEntryRepository entries;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	AuditTrail(AuditEntryRepository entries, Clock clock, JdbcTemplate jdbc) {
		this.entries = entries;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/**
	 * Records a state change Violet made on its own, in the caller's transaction when
	 * there is one.
	 * @param actor who did it, usually {@link Actor#VIOLET}
	 * @param action what happened, e.g. {@code training.reminder-dropped}
	 * @param subject what it happened to, e.g. {@code session:S-12}
	 * @param details more, e.g. the reason; may be null
	 */
	@Transactional
	public void record(Actor actor, String action, String subject, @Nullable String details) {
		record(actor.id(), action, subject, details);
	}

	/**
	 * Records a state change, in the caller's transaction when there is one.
	 * @param actor the Slack user id who did it ({@link Actor#VIOLET}'s id for the bot)
	 * @param action what happened, e.g. {@code role.assigned}
	 * @param subject what it happened to, e.g. {@code role:legal}
	 * @param details more, e.g. the reason; may be null
	 */
	@Transactional
	public void record(String actor, String action, String subject, @Nullable String details) {
		String cut = (details == null || details.length() <= DETAILS_MAX) ? details
				: details.substring(0, DETAILS_MAX - 1) + "…";
		this.entries.save(new AuditEntry(this.clock.instant(), actor, action, subject, cut));
	}

	/**
	 * One page of the trail, most recent first.
	 * @param since the earliest time to include, or null for all
	 * @param page the page, from 0
	 * @param size entries per page
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public Page recent(@Nullable Instant since, int page, int size) {
		var request = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "occurredAt", "id"));
		var result = (since != null) ? this.entries.findByOccurredAtGreaterThanEqual(since, request)
				: this.entries.findAll(request);
		return new Page(result.getContent().stream().map(AuditEntry::toRecord).toList(), page, result.getTotalPages(),
				result.getTotalElements());
	}

	/**
	 * Every entry about a subject, oldest first.
	 * @param subject the subject, e.g. {@code incident:7}
	 * @return the entries
	 */
	@Transactional(readOnly = true)
	public List<AuditRecord> about(String subject) {
		return this.entries.findBySubjectOrderByOccurredAtAscIdAsc(subject).stream().map(AuditEntry::toRecord).toList();
	}

	/**
	 * Hands every entry that a query selects to a consumer, oldest first, reading a few
	 * hundred at a time so that a long trail never sits in memory at once (exports).
	 * @param query which entries
	 * @param consumer what to do with each
	 * @return how many there were
	 */
	public long forEach(Query query, Consumer<AuditRecord> consumer) {
		StringBuilder where = new StringBuilder("id > ?");
		List<Object> parameters = new ArrayList<>();
		if (query.since() != null) {
			where.append(" AND occurred_at >= ?");
			parameters.add(Timestamp.from(query.since()));
		}
		List<String> about = new ArrayList<>();
		for (String subject : query.subjects()) {
			about.add("subject = ?");
			parameters.add(subject);
		}
		for (String prefix : query.subjectPrefixes()) {
			about.add("subject LIKE ? ESCAPE '!'");
			parameters.add(prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
		}
		if (!about.isEmpty()) {
			where.append(" AND (").append(String.join(" OR ", about)).append(')');
		}
		String sql = "SELECT id, occurred_at, actor, action, subject, details FROM audit_entry WHERE " + where
				+ " ORDER BY id LIMIT " + CHUNK;
		long after = 0;
		long count = 0;
		while (true) {
			List<Object> arguments = new ArrayList<>();
			arguments.add(after);
			arguments.addAll(parameters);
			List<AuditRecord> chunk = this.jdbc.query(sql, (rs, n) -> new AuditRecord(rs.getLong(1),
					rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)),
					arguments.toArray());
			chunk.forEach(consumer);
			count += chunk.size();
			if (chunk.size() < CHUNK) {
				return count;
			}
			after = chunk.get(chunk.size() - 1).id();
		}
	}

	/**
	 * Which entries to read: those since a time (or all), about some subjects or subjects
	 * starting with some prefixes (or about anything when both are empty).
	 *
	 * @param since the earliest time, or null for all
	 * @param subjects exact subjects, e.g. {@code initiative:AI-7}
	 * @param subjectPrefixes subject prefixes, e.g. {@code review:AI-7/}
	 */
	public record Query(@Nullable Instant since, Set<String> subjects, Set<String> subjectPrefixes) {

		public Query {
			subjects = Set.copyOf(subjects);
			subjectPrefixes = Set.copyOf(subjectPrefixes);
		}

		public static Query since(@Nullable Instant since) {
			return new Query(since, Set.of(), Set.of());
		}

	}

	/**
	 * A page of entries.
	 *
	 * @param entries the entries on this page
	 * @param page the page number, from 0
	 * @param pages how many pages there are
	 * @param total how many entries there are
	 */
	public record Page(List<AuditRecord> entries, int page, int pages, long total) {

	}

}
