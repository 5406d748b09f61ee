package io.violet.audit;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail as CSV ({@code /violet audit export}): every entry since a day, oldest
 * first, streamed so that a long trail never sits in memory. An export is itself an entry
 * of the trail.
 */
@Service
public class AuditExport {

	private final AuditTrail trail;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AuditExport(AuditTrail trail, ApplicationEventPublisher events, Clock clock) {
		this.trail = trail;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records an export request and announces it as {@link Requested}.
	 * @param userId the admin who asked (checked by the caller)
	 * @param since the earliest entry, or null for the whole trail
	 * @return the request
	 */
	@Transactional
	public Requested request(String userId, @Nullable Instant since) {
		Requested request = new Requested(userId, since, this.clock.instant());
		this.trail.record(userId, "audit.exported", "audit", "CSV of the audit trail"
				+ ((since != null) ? " since " + since : "") + ", delivered by direct message");
		this.events.publishEvent(request);
		return request;
	}

	/**
	 * Writes the entries as CSV (RFC 4180, a header row, times in UTC).
	 * @param since the earliest entry, or null for all
	 * @param out where it goes (left open)
	 * @return how many entries were written
	 * @throws IOException when the output fails
	 */
	public long writeCsv(@Nullable Instant since, Writer out) throws IOException {
		CSVPrinter csv = new CSVPrinter(out,
				CSVFormat.RFC4180.builder()
					.setHeader("id", "occurred_at", "actor", "action", "subject", "details")
					.get());
		long count = this.trail.forEach(AuditTrail.Query.since(since), (entry) -> {
			try {
				csv.printRecord(entry.id(), entry.occurredAt(), entry.actor(), entry.action(), entry.subject(),
						(entry.details() != null) ? entry.details() : "");
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		csv.flush();
		return count;
	}

	/**
	 * An export was asked for.
	 *
	 * @param userId who asked
	 * @param since the earliest entry, or null for all
	 * @param requestedAt when
	 */
	public record Requested(String userId, @Nullable Instant since, Instant requestedAt) {

		/**
		 * The request as a job's subject.
		 * @return {@code <user>:<since millis or ->:<requested millis>}
		 */
		public String subject() {
			return this.userId + ":" + ((this.since != null) ? Long.toString(this.since.toEpochMilli()) : "-") + ":"
					+ this.requestedAt.toEpochMilli();
		}

		public static Requested of(String subject) {
			String[] parts = subject.split(":", 3);
			return new Requested(parts[0], parts[1].equals("-") ? null : Instant.ofEpochMilli(Long.parseLong(parts[1])),
					Instant.ofEpochMilli(Long.parseLong(parts[2])));
		}

	}

}
