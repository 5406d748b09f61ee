package io.violet.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit trail. Entries are never changed or deleted.
 */
@Service
public class AuditTrail {

	private static final int DETAILS_MAX = 4000;

	private final AuditEntries entries;

	private final Clock clock;

	AuditTrail(AuditEntries entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/**
	 * Records a state change, in the caller's transaction when there is one.
	 * @param actor the Slack user id who did it, or {@code violet} for the bot itself
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
