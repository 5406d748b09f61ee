package io.violet.teaming.internal;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.violet.directory.Role;
import io.violet.initiative.InitiativeDetails;
import io.violet.teaming.Finding;
import io.violet.teaming.Lens;
import io.violet.teaming.Severity;
import io.violet.teaming.Threat;
import org.jspecify.annotations.Nullable;

/**
 * Everything a session's card, summary and {@code teaming show} render: facts only.
 *
 * @param id the session
 * @param initiative its initiative
 * @param open whether it is still open
 * @param startedBy who started it
 * @param startedAt when
 * @param dueAt when the lenses are due
 * @param completedAt when every lens had answered, or null
 * @param meetAt the workshop's start, or null
 * @param workshopKey the workshop session (e.g. {@code S-12}) once scheduled, or null
 * @param workshopProblem why the workshop could not be scheduled, or null
 * @param lenses every lens, in order
 * @param findings the findings raised in this session, by number
 * @param threats the derived threat list, current
 * @param version the state's version (see {@link TeamingSession#version()})
 * @param cardChannel the session card's channel, null until posted
 * @param cardTs the session card's ts, null until posted
 */
public record SessionView(long id, InitiativeDetails initiative, boolean open, String startedBy, Instant startedAt,
		Instant dueAt, @Nullable Instant completedAt, @Nullable Instant meetAt, @Nullable String workshopKey,
		@Nullable String workshopProblem, List<LensView> lenses, List<Finding> findings, List<Threat> threats,
		int version, @Nullable String cardChannel, @Nullable String cardTs) {

	public String key() {
		return this.initiative.key();
	}

	public long answeredLenses() {
		return this.lenses.stream().filter(LensView::answered).count();
	}

	public List<LensView> unowned() {
		return this.lenses.stream().filter((l) -> l.participants().isEmpty()).toList();
	}

	public List<LensView> pending() {
		return this.lenses.stream().filter((l) -> !l.answered()).toList();
	}

	public List<Finding> openFindings() {
		return this.findings.stream().filter(Finding::open).toList();
	}

	/**
	 * Open findings by severity, most severe first (severities without any left out).
	 * @return counts
	 */
	public Map<Severity, Long> openBySeverity() {
		Map<Severity, Long> counts = new EnumMap<>(Severity.class);
		for (Severity severity : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW)) {
			long n = openFindings().stream().filter((f) -> f.severity() == severity).count();
			if (n > 0) {
				counts.put(severity, n);
			}
		}
		return counts;
	}

	public boolean gateHeld() {
		return openFindings().stream().anyMatch((f) -> f.severity().holdsTheGate());
	}

	/**
	 * Everyone taking part, once each.
	 * @return user ids, in lens order
	 */
	public Set<String> participants() {
		Set<String> all = new LinkedHashSet<>();
		this.lenses.forEach((l) -> l.participants().forEach((p) -> all.add(p.userId())));
		return all;
	}

	/**
	 * One lens as the card shows it.
	 *
	 * @param lens the lens
	 * @param state where its answers stand
	 * @param questions how many questions it asks
	 * @param given how many have an answer (draft or final)
	 * @param participants who answers it
	 * @param answeredBy who submitted it, or null
	 * @param answeredAt when, or null
	 */
	public record LensView(Lens lens, LensSheet.State state, int questions, int given,
			List<ParticipantView> participants, @Nullable String answeredBy, @Nullable Instant answeredAt) {

		public boolean answered() {
			return this.state == LensSheet.State.ANSWERED;
		}

	}

	/**
	 * A participant.
	 *
	 * @param userId the user
	 * @param role the role they answer as
	 * @param how how they came to answer
	 */
	public record ParticipantView(String userId, Role role, Participant.How how) {

	}

}
