package io.violet.teaming;

import java.util.List;
import java.util.Optional;

import io.violet.initiative.Initiatives;
import io.violet.teaming.internal.SessionReader;
import io.violet.teaming.internal.SessionView;
import io.violet.teaming.internal.FindingDecisions;

import org.springframework.stereotype.Service;

/**
 * The teaming module's facade for other modules: an initiative's findings and derived
 * threats, and closing a finding (e.g. when the follow-up that tracks it is done). Every
 * raised finding is announced as {@link FindingRaised}, every closed one as
 * {@link FindingResolved}.
 */
@Service
public class Teaming {

	private final FindingDecisions decisions;

	private final SessionReader reader;

	private final Initiatives initiatives;

	Teaming(FindingDecisions decisions, SessionReader reader, Initiatives initiatives) {
		this.decisions = decisions;
		this.reader = reader;
		this.initiatives = initiatives;
	}

	/**
	 * An initiative's findings, from every session.
	 * @param initiativeKey e.g. {@code AI-7}, any case
	 * @return the findings by number, empty for an unknown initiative
	 */
	public List<Finding> findings(String initiativeKey) {
		return this.reader.findings(initiativeKey);
	}

	/**
	 * One finding.
	 * @param initiativeKey e.g. {@code AI-7}
	 * @param number its number ({@code VT-3} is 3)
	 * @return the finding, or empty
	 */
	public Optional<Finding> finding(String initiativeKey, int number) {
		return findings(initiativeKey).stream().filter((f) -> f.number() == number).findFirst();
	}

	/**
	 * The attack techniques an initiative is exposed to, from its current attributes and
	 * ML-BOM, with MITRE ATLAS and OWASP ids.
	 * @param initiativeKey e.g. {@code AI-7}
	 * @return the threats, empty for an unknown initiative
	 */
	public List<Threat> threats(String initiativeKey) {
		return this.initiatives.details(initiativeKey).map(this.reader::threats).orElse(List.of());
	}

	/**
	 * Where the initiative's latest violet-team session stands.
	 * @param initiativeKey e.g. {@code AI-7}
	 * @return the status, or empty when it never had a session
	 */
	public Optional<SessionStatus> status(String initiativeKey) {
		return this.reader.latest(initiativeKey).map(Teaming::status);
	}

	/**
	 * Closes a finding with a mitigation note, as {@code /violet teaming resolve} does:
	 * only the finding's owner and Violet admins may. Audited; announced as
	 * {@link FindingResolved}; the violet-team review is signed off when this was the
	 * last high or critical finding and every lens has answered.
	 * @param initiativeKey e.g. {@code AI-7}
	 * @param number the finding's number
	 * @param by who closes it (Slack user id)
	 * @param mitigation what was done, plain text, 1 to 2,000 characters
	 * @return what happened
	 */
	public Resolution resolve(String initiativeKey, int number, String by, String mitigation) {
		return this.decisions.resolve(initiativeKey, number, by, mitigation);
	}

	private static SessionStatus status(SessionView view) {
		return new SessionStatus(view.key(), view.id(), view.open(), (int) view.answeredLenses(), view.lenses().size(),
				view.unowned().stream().map((l) -> l.lens()).toList(), view.openFindings().size(), view.gateHeld());
	}

	/**
	 * A session's state in figures.
	 *
	 * @param initiativeKey the initiative
	 * @param sessionId the session
	 * @param open whether some lens has not answered yet
	 * @param lensesAnswered how many lenses answered
	 * @param lenses how many lenses there are
	 * @param unowned lenses nobody could be asked to answer
	 * @param openFindings findings of the session still open
	 * @param gateHeld whether a high or critical finding is open
	 */
	public record SessionStatus(String initiativeKey, long sessionId, boolean open, int lensesAnswered, int lenses,
			List<Lens> unowned, int openFindings, boolean gateHeld) {

	}

}
