package io.violet.incident.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.violet.incident.Incident;
import io.violet.incident.IncidentEvents;
import io.violet.incident.IncidentRole;
import io.violet.incident.IncidentStatus;
import io.violet.incident.PostMortemAction;
import io.violet.incident.Severity;
import io.violet.incident.internal.Outcome.Request;
import io.violet.incident.internal.Outcome.Result;
import io.violet.initiative.InitiativeSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An incident's life after its declaration, as its commander (or a security-architect
 * owner, or an admin) steers it: status, severity, roles, resolution with the post-mortem
 * facts, closing and reopening.
 */
@Service
public class IncidentLifecycle {

	static final int ACTION_MAX = 500;

	private final IncidentChanges changes;

	private final IncidentPermissions permissions;

	private final IncidentDeclarations declarations;

	private final InviteRules inviteRules;

	private final IncidentMemberRepository members;

	private final PostMortemActionRepository actions;

	private final ApplicationEventPublisher events;

	private final IncidentSettings settings;

	private final Clock clock;

	IncidentLifecycle(IncidentChanges changes, IncidentPermissions permissions, IncidentDeclarations declarations,
			InviteRules inviteRules, IncidentMemberRepository members, PostMortemActionRepository actions,
			ApplicationEventPublisher events, IncidentSettings settings, Clock clock) {
		this.changes = changes;
		this.permissions = permissions;
		this.declarations = declarations;
		this.inviteRules = inviteRules;
		this.members = members;
		this.actions = actions;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Changes the status; {@code resolved} goes through {@link #resolve}.
	 * @param incident the incident
	 * @param status the new status
	 * @param by who
	 * @return the outcome
	 */
	@Transactional
	public Outcome changeStatus(long incident, IncidentStatus status, String by) {
		Incident found = this.changes.get(incident);
		if (!this.permissions.mayManage(found, by)) {
			return Outcome.notAllowed(Request.STATUS, found);
		}
		if (found.status() == status) {
			return Outcome.of(Result.UNCHANGED, Request.STATUS, found, status.key());
		}
		found.changeStatus(status, this.clock.instant());
		found.scheduleStatusReminder(this.clock.instant().plus(this.settings.statusReminder(found.severity())));
		this.changes.changed(found, by, "incident.status", "Status → " + status.key());
		return Outcome.of(Result.DONE, Request.STATUS, found, status.key());
	}

	/**
	 * Resolves the incident with its post-mortem facts and posts the draft.
	 * @param incident the incident
	 * @param summary what happened
	 * @param rootCause why
	 * @param followups follow-up actions with their owners, one per line
	 * @param by who
	 * @return the outcome
	 */
	@Transactional
	public Outcome resolve(long incident, String summary, String rootCause, String followups, String by) {
		return resolve(incident, summary, rootCause, followups, List.of(), by);
	}

	/**
	 * Resolves the incident with its post-mortem facts and its follow-up actions, one per
	 * line, each of which the commander may then confirm as a tracked follow-up.
	 * @param incident the incident
	 * @param summary what happened
	 * @param rootCause why
	 * @param followups the actions as the post-mortem's text
	 * @param actions the same actions, one each
	 * @param by who
	 * @return the outcome
	 */
	@Transactional
	public Outcome resolve(long incident, String summary, String rootCause, String followups, List<ActionLine> actions,
			String by) {
		Incident found = this.changes.get(incident);
		if (!this.permissions.mayManage(found, by)) {
			return Outcome.notAllowed(Request.RESOLVE, found);
		}
		found.resolve(cut(summary, IncidentDeclarations.TEXT_MAX), cut(rootCause, IncidentDeclarations.TEXT_MAX),
				cut(followups, IncidentDeclarations.TEXT_MAX), this.clock.instant());
		replaceActions(incident, actions);
		this.changes.changed(found, by, "incident.resolved", "Resolved");
		this.events.publishEvent(new IncidentEvents.PostMortemRequested(incident));
		return Outcome.of(Result.DONE, Request.RESOLVE, found);
	}

	/**
	 * Resolving again (after a reopen) keeps the actions already tracked and replaces the
	 * others with the new ones.
	 */
	private void replaceActions(long incident, List<ActionLine> lines) {
		List<PostMortemAction> existing = this.actions.findByIncidentIdOrderByPositionAsc(incident);
		existing.stream().filter((a) -> a.followUpKey().isEmpty()).forEach(this.actions::delete);
		this.actions.flush();
		int position = existing.stream()
			.filter((a) -> a.followUpKey().isPresent())
			.mapToInt(PostMortemAction::position)
			.max()
			.orElse(0);
		for (ActionLine line : lines) {
			if (!line.text().isBlank()) {
				this.actions.save(new PostMortemAction(incident, ++position, cut(line.text().strip(), ACTION_MAX),
						line.ownerId()));
			}
		}
	}

	/**
	 * One follow-up action of the resolution modal.
	 *
	 * @param text what is to be done, as typed
	 * @param ownerId its owner, or null when none was picked
	 */
	public record ActionLine(String text, @Nullable String ownerId) {

	}

	/**
	 * Changes the severity and invites the people the new severity needs besides those
	 * already asked.
	 * @param incident the incident
	 * @param severity the new severity
	 * @param by who
	 * @return the outcome, with how many more people are invited
	 */
	@Transactional
	public Outcome changeSeverity(long incident, Severity severity, String by) {
		Incident found = this.changes.get(incident);
		if (!this.permissions.mayManage(found, by)) {
			return Outcome.notAllowed(Request.SEVERITY, found);
		}
		if (found.severity() == severity) {
			return Outcome.of(Result.UNCHANGED, Request.SEVERITY, found, severity.key());
		}
		found.changeSeverity(severity);
		found.scheduleStatusReminder(this.clock.instant().plus(this.settings.statusReminder(severity)));
		Optional<InitiativeSummary> initiative = this.declarations.initiative(found.initiativeKey().orElse(null));
		Map<String, String> people = this.inviteRules.required(found,
				initiative.map(InitiativeSummary::ownerId).orElse(null),
				initiative.map(InitiativeSummary::employment).orElse(false));
		int added = 0;
		for (Map.Entry<String, String> person : people.entrySet()) {
			if (this.members.findByIncidentIdAndUserId(incident, person.getKey()).isEmpty()) {
				this.members.save(new IncidentMember(incident, person.getKey(), person.getValue(),
						IncidentMember.Invite.PENDING));
				added++;
			}
		}
		this.changes.changed(found, by, "incident.severity", "Severity → " + severity.key());
		if (added > 0) {
			this.events.publishEvent(new IncidentEvents.InvitesPending(incident));
		}
		return new Outcome(Result.DONE, Request.SEVERITY, found.label(), severity.key(), "", added, null);
	}

	/**
	 * Gives someone a role, inviting them when they are not among the incident's people.
	 * @param incident the incident
	 * @param role the role
	 * @param userId who gets it
	 * @param by who
	 * @return the outcome
	 */
	@Transactional
	public Outcome assignRole(long incident, IncidentRole role, String userId, String by) {
		Incident found = this.changes.get(incident);
		if (!this.permissions.mayManage(found, by)) {
			return Outcome.notAllowed(Request.ROLE, found);
		}
		found.assign(role, userId);
		boolean newMember = this.members.findByIncidentIdAndUserId(incident, userId).isEmpty();
		if (newMember) {
			this.members.save(new IncidentMember(incident, userId, role.key(), IncidentMember.Invite.PENDING));
			this.events.publishEvent(new IncidentEvents.InvitesPending(incident));
		}
		this.changes.changed(found, by, "incident.role", role.key() + " → <@" + userId + ">");
		return new Outcome(Result.DONE, Request.ROLE, found.label(), userId, role.key(), 0, null);
	}

	/**
	 * Closes a resolved incident; its room is archived after the configured delay.
	 * @param incident the incident
	 * @param by who
	 * @return the outcome, with when the room is archived
	 */
	@Transactional
	public Outcome close(long incident, String by) {
		Incident found = this.changes.get(incident);
		if (!this.permissions.mayManage(found, by)) {
			return Outcome.notAllowed(Request.CLOSE, found);
		}
		if (found.closedAt().isPresent()) {
			return Outcome.of(Result.UNCHANGED, Request.CLOSE, found);
		}
		if (found.status() != IncidentStatus.RESOLVED) {
			return Outcome.of(Result.NOT_RESOLVED, Request.CLOSE, found);
		}
		found.close(this.clock.instant(), this.settings.archiveDelay());
		this.changes.changed(found, by, "incident.closed",
				"Closed; the room is archived " + found.archiveDueAt().orElseThrow());
		return new Outcome(Result.DONE, Request.CLOSE, found.label(), "", "", 0, found.archiveDueAt().orElseThrow());
	}

	/**
	 * Reopens a closed or resolved incident whose room is not archived yet.
	 * @param incident the incident
	 * @param by who
	 * @return the outcome
	 */
	@Transactional
	public Outcome reopen(long incident, String by) {
		Incident found = this.changes.get(incident);
		if (!this.permissions.mayManage(found, by)) {
			return Outcome.notAllowed(Request.REOPEN, found);
		}
		if (found.archived()) {
			return Outcome.of(Result.ARCHIVED, Request.REOPEN, found);
		}
		if (found.closedAt().isEmpty() && found.status() != IncidentStatus.RESOLVED) {
			return Outcome.of(Result.UNCHANGED, Request.REOPEN, found);
		}
		found.reopen();
		found.scheduleStatusReminder(this.clock.instant().plus(this.settings.statusReminder(found.severity())));
		this.changes.changed(found, by, "incident.reopened", "Reopened");
		return Outcome.of(Result.DONE, Request.REOPEN, found);
	}

	private static String cut(String text, int max) {
		return IncidentChanges.cut(text, max);
	}

}
