package io.violet.incident.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.violet.VioletSettings;
import io.violet.audit.AuditTrail;
import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.directory.RoleHolders;
import io.violet.incident.ChecklistItem;
import io.violet.incident.Incident;
import io.violet.incident.IncidentEvents;
import io.violet.incident.IncidentFollowUps;
import io.violet.incident.IncidentRole;
import io.violet.incident.IncidentStatus;
import io.violet.incident.IncidentType;
import io.violet.incident.PostMortemAction;
import io.violet.incident.RegulatoryClock;
import io.violet.incident.Report;
import io.violet.incident.Severity;
import io.violet.incident.TimelineEntry;
import io.violet.initiative.InitiativeCatalog;
import io.violet.initiative.InitiativeSummary;
import io.violet.slack.Mrkdwn;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Declares incidents and applies what people do to them. Every change is in the timeline
 * and the audit trail; Slack follows through events.
 */
@Service
public class IncidentService {

	static final int TITLE_MAX = 500;

	static final int TEXT_MAX = 2000;

	static final int QUOTE_MAX = 1000;

	static final int TIMELINE_MAX = 3000;

	static final int ACTION_MAX = 500;

	private static final String NOT_IN_ROOM = ":no_entry: This incident is private: only the people in its war room"
			+ " (as Slack last told Violet; if you just joined, try again in a moment)";

	private final IncidentRepository incidents;

	private final IncidentMemberRepository members;

	private final ChecklistItemRepository items;

	private final WarRoomRecords rows;

	private final TimelineEntryRepository timeline;

	private final RegulatoryClockRepository clocks;

	private final PostMortemActionRepository actions;

	private final ObjectProvider<IncidentFollowUps> followUps;

	private final Playbooks playbooks;

	private final InviteRules inviteRules;

	private final Directory directory;

	private final ObjectProvider<InitiativeCatalog> catalog;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final IncidentSettings settings;

	private final VioletSettings violet;

	private final Clock clock;

	private final RoomMembership membership;

	IncidentService(IncidentRepository incidents, IncidentMemberRepository members, ChecklistItemRepository items,
			WarRoomRecords rows, TimelineEntryRepository timeline, RegulatoryClockRepository clocks,
			PostMortemActionRepository actions, ObjectProvider<IncidentFollowUps> followUps, Playbooks playbooks,
			InviteRules inviteRules, Directory directory, ObjectProvider<InitiativeCatalog> catalog, AuditTrail audit,
			ApplicationEventPublisher events, IncidentSettings settings, VioletSettings violet, Clock clock,
			RoomMembership membership) {
		this.membership = membership;
		this.actions = actions;
		this.followUps = followUps;
		this.incidents = incidents;
		this.members = members;
		this.items = items;
		this.rows = rows;
		this.timeline = timeline;
		this.clocks = clocks;
		this.playbooks = playbooks;
		this.inviteRules = inviteRules;
		this.directory = directory;
		this.catalog = catalog;
		this.audit = audit;
		this.events = events;
		this.settings = settings;
		this.violet = violet;
		this.clock = clock;
	}

	/**
	 * Whether initiatives can be picked from a catalog (otherwise they are free text).
	 * @return true when the initiative module is present
	 */
	public boolean hasInitiativeCatalog() {
		return this.catalog.getIfAvailable() != null;
	}

	/**
	 * Active initiatives for the report modal's picker.
	 * @return the initiatives, empty without a catalog
	 */
	public List<InitiativeSummary> activeInitiatives() {
		InitiativeCatalog found = this.catalog.getIfAvailable();
		return (found != null) ? found.active() : List.of();
	}

	/**
	 * Checks a report before anything is stored.
	 * @param report the report
	 * @return the problem, or empty when it is fine
	 */
	public Optional<String> problemWith(Report report) {
		if (report.title().isBlank()) {
			return Optional.of("Give the incident a title.");
		}
		if (report.title().length() > TITLE_MAX) {
			return Optional.of("The title is " + report.title().length() + " characters long; keep it under "
					+ TITLE_MAX + " and put the details in *what happened*.");
		}
		if (report.description() != null && report.description().length() > TEXT_MAX) {
			return Optional.of("*What happened* can hold " + TEXT_MAX + " characters.");
		}
		if (report.initiativeKey() != null) {
			InitiativeCatalog found = this.catalog.getIfAvailable();
			if (found != null && found.find(report.initiativeKey()).isEmpty()) {
				return Optional.of("There is no initiative `" + Mrkdwn.escapeAndTruncate(report.initiativeKey(), 40)
						+ "`; see `/violet initiative list`.");
			}
		}
		return Optional.empty();
	}

	/**
	 * Declares an incident; a report delivered again returns the incident it opened.
	 * @param report a report without problems
	 * @return the incident
	 */
	@Transactional
	public Incident declare(Report report) {
		if (report.reportKey() != null) {
			Optional<Incident> earlier = this.incidents.findByReportKey(report.reportKey());
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		return open(report, false, null, List.of());
	}

	@Transactional
	Incident open(Report report, boolean drill, @Nullable String sessionKey, List<String> participants) {
		Instant now = this.clock.instant();
		Report stored = fit(report);
		Incident incident = new Incident(stored, drill, sessionKey, now);
		Optional<InitiativeSummary> initiative = initiative(stored.initiativeKey());
		initiative.ifPresent((i) -> incident.linkInitiative(i.key(), i.highRisk()));
		// every role's holders in one read: the commander and the invite table need them
		Map<Role, RoleHolders> holders = this.directory.all();
		holders.get(Role.INCIDENT_COMMANDER).primary().ifPresent((c) -> incident.assign(IncidentRole.COMMANDER, c));
		incident.scheduleStatusReminder(now.plus(this.settings.statusReminder(incident.severity())));
		this.incidents.saveAndFlush(incident);
		long id = incident.id();
		// the room's first name needs only the id: recorded now as the first try, setup
		// asks Slack for it without a transaction of its own
		incident.tryChannelName(ChannelNames.of(incident, this.violet.timezone(), 1));
		Map<String, String> people = this.inviteRules.required(incident,
				initiative.map(InitiativeSummary::ownerId).orElse(null),
				initiative.map(InitiativeSummary::employment).orElse(false), holders);
		participants.forEach((p) -> people.putIfAbsent(p, "drill participant"));
		this.rows.pendingMembers(id, people);
		this.rows.checklist(id, this.playbooks.of(incident.type()).steps());
		if (incident.type() == IncidentType.DATA_LEAKAGE || incident.personalData()) {
			this.clocks.save(new RegulatoryClock(id, RegulatoryClock.GDPR, "standard"));
		}
		if (incident.initiativeHighRisk()) {
			this.clocks.save(new RegulatoryClock(id, RegulatoryClock.AI_ACT, "standard"));
		}
		addTimeline(incident, stored.reporter(), (drill ? "Drill opened" : "Declared") + ": " + incident.type().key()
				+ ", " + incident.severity().key() + ", \"" + incident.title() + "\"");
		this.audit.record(stored.reporter(), drill ? "incident.drill-opened" : "incident.declared", subject(incident),
				incident.type().key() + " " + incident.severity().key() + (incident.privateRoom() ? " private" : ""));
		this.events.publishEvent(new IncidentEvents.IncidentDeclared(id));
		return incident;
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
		Incident found = get(incident);
		if (!mayManage(found, by)) {
			return notAllowed("change the status");
		}
		if (found.status() == status) {
			return Outcome.done(found.label() + " already is *" + status.key() + "*.");
		}
		found.changeStatus(status, this.clock.instant());
		found.scheduleStatusReminder(this.clock.instant().plus(this.settings.statusReminder(found.severity())));
		changed(found, by, "incident.status", "Status → " + status.key());
		return Outcome.done(":white_check_mark: " + found.label() + " is now *" + status.key() + "*.");
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
		Incident found = get(incident);
		if (!mayManage(found, by)) {
			return notAllowed("resolve it");
		}
		found.resolve(cut(summary, TEXT_MAX), cut(rootCause, TEXT_MAX), cut(followups, TEXT_MAX), this.clock.instant());
		replaceActions(incident, actions);
		changed(found, by, "incident.resolved", "Resolved");
		this.events.publishEvent(new IncidentEvents.PostMortemRequested(incident));
		return Outcome.done(":white_check_mark: " + found.label() + " is resolved; the post-mortem draft follows.");
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
	 * Confirms a post-mortem action: it becomes a tracked follow-up owned by its owner.
	 * @param actionId the action
	 * @param by who confirms (the commander, security-architect owners, admins)
	 * @return the outcome, with the follow-up's key when tracked
	 */
	@Transactional
	public IncidentFollowUps.Tracked trackAction(long actionId, String by) {
		PostMortemAction action = this.actions.findById(actionId)
			.orElseThrow(() -> new IllegalArgumentException("No post-mortem action " + actionId));
		Incident incident = get(action.incidentId());
		if (action.followUpKey().isPresent()) {
			return new IncidentFollowUps.Tracked(IncidentFollowUps.Outcome.ALREADY_TRACKED, action.followUpKey().get());
		}
		if (!mayManage(incident, by)) {
			return new IncidentFollowUps.Tracked(IncidentFollowUps.Outcome.NOT_ALLOWED, "");
		}
		if (action.ownerId().isEmpty()) {
			return new IncidentFollowUps.Tracked(IncidentFollowUps.Outcome.NO_OWNER, "");
		}
		IncidentFollowUps tracking = this.followUps.getIfAvailable();
		if (tracking == null) {
			return new IncidentFollowUps.Tracked(IncidentFollowUps.Outcome.NOT_AVAILABLE, "");
		}
		IncidentFollowUps.Tracked tracked = tracking.track(new IncidentFollowUps.Action(incident.id(), action.text(),
				action.ownerId().get(), null, by, "postmortem-action:" + action.id()));
		if (tracked.tracked()) {
			action.tracked(tracked.key());
			addTimeline(incident, by, "Follow-up " + tracked.key() + " tracked from the post-mortem: " + action.text()
					+ " — owner <@" + action.ownerId().get() + ">");
			this.audit.record(by, "incident.followup-confirmed", subject(incident),
					tracked.key() + " from post-mortem action " + action.position());
			this.events.publishEvent(new IncidentEvents.PostMortemChanged(incident.id()));
		}
		return tracked;
	}

	/**
	 * Tracks a follow-up typed in the war room ({@code /violet incident follow-up}).
	 * Anyone in the room may add one, as they may add a note.
	 * @param incident the incident
	 * @param text what is to be done
	 * @param ownerId who does it
	 * @param due when it is due, or null
	 * @param by who asks
	 * @param sourceKey what makes the request unique (its command's trigger)
	 * @return the outcome, with the follow-up's key when tracked
	 */
	@Transactional
	public IncidentFollowUps.Tracked addFollowUp(long incident, String text, String ownerId,
			java.time.@Nullable LocalDate due, String by, String sourceKey) {
		Incident found = get(incident);
		IncidentFollowUps tracking = this.followUps.getIfAvailable();
		if (tracking == null) {
			return new IncidentFollowUps.Tracked(IncidentFollowUps.Outcome.NOT_AVAILABLE, "");
		}
		if (found.privateRoom()) {
			this.membership.typedInRoom(found, by);
		}
		else {
			joined(incident, by);
		}
		IncidentFollowUps.Tracked tracked = tracking
			.track(new IncidentFollowUps.Action(incident, text.strip(), ownerId, due, by, sourceKey));
		if (tracked.outcome() == IncidentFollowUps.Outcome.TRACKED) {
			addTimeline(found, by, "Follow-up " + tracked.key() + ": " + cut(text.strip(), 500) + " — owner <@"
					+ ownerId + ">" + ((due != null) ? ", due " + due : ""));
			this.events.publishEvent(new IncidentEvents.PostMortemChanged(incident));
		}
		return tracked;
	}

	/**
	 * Tells the incident that one of its follow-ups changed (done, reopened, reassigned),
	 * so that its post-mortem draft shows the current counts.
	 * @param incident the incident
	 */
	@Transactional
	public void followUpsChanged(long incident) {
		if (this.incidents.existsById(incident)) {
			this.events.publishEvent(new IncidentEvents.PostMortemChanged(incident));
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

	@Transactional
	public Outcome changeSeverity(long incident, Severity severity, String by) {
		Incident found = get(incident);
		if (!mayManage(found, by)) {
			return notAllowed("change the severity");
		}
		if (found.severity() == severity) {
			return Outcome.done(found.label() + " already is *" + severity.key() + "*.");
		}
		found.changeSeverity(severity);
		found.scheduleStatusReminder(this.clock.instant().plus(this.settings.statusReminder(severity)));
		Optional<InitiativeSummary> initiative = initiative(found.initiativeKey().orElse(null));
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
		changed(found, by, "incident.severity", "Severity → " + severity.key());
		if (added > 0) {
			this.events.publishEvent(new IncidentEvents.InvitesPending(incident));
		}
		return Outcome.done(":white_check_mark: " + found.label() + " is now *" + severity.key() + "*"
				+ ((added > 0) ? "; inviting " + added + " more " + ((added == 1) ? "person" : "people") : "") + ".");
	}

	@Transactional
	public Outcome assignRole(long incident, IncidentRole role, String userId, String by) {
		Incident found = get(incident);
		if (!mayManage(found, by)) {
			return notAllowed("change the roles");
		}
		found.assign(role, userId);
		boolean newMember = this.members.findByIncidentIdAndUserId(incident, userId).isEmpty();
		if (newMember) {
			this.members.save(new IncidentMember(incident, userId, role.key(), IncidentMember.Invite.PENDING));
			this.events.publishEvent(new IncidentEvents.InvitesPending(incident));
		}
		changed(found, by, "incident.role", role.key() + " → <@" + userId + ">");
		return Outcome
			.done(":white_check_mark: " + Mrkdwn.user(userId) + " is now " + role.key() + " of " + found.label() + ".");
	}

	/**
	 * Adds a note typed in the room ({@code /violet incident note}). Only the room's
	 * members can type in a private channel, so a note there also records its author as
	 * in the room.
	 * @param incident the incident
	 * @param text the note
	 * @param by who typed it
	 * @return the outcome
	 */
	@Transactional
	public Outcome note(long incident, String text, String by) {
		Incident found = get(incident);
		if (text.isBlank()) {
			return Outcome.refused("Write the note after `note`.");
		}
		if (found.privateRoom()) {
			this.membership.typedInRoom(found, by);
		}
		else {
			joined(incident, by);
		}
		addTimeline(found, by, "Note: " + cut(text, TIMELINE_MAX - 10));
		this.audit.record(by, "incident.note", subject(found), cut(text, 500));
		return Outcome.done(":memo: Added to the timeline of " + found.label() + ".");
	}

	@Transactional
	public Outcome tick(long itemId, boolean done, String by) {
		ChecklistItem item = this.items.findById(itemId).orElseThrow();
		Incident found = get(item.incidentId());
		if (!fromTheRoom(found, by)) {
			// the box the user clicked shows the stored state again
			this.events.publishEvent(new IncidentEvents.IncidentUpdated(found.id()));
			return Outcome.refused(NOT_IN_ROOM + " can tick its checklist.");
		}
		if (item.done() == done) {
			return Outcome.done("Already " + (done ? "done" : "open") + ".");
		}
		if (done) {
			item.tick(by, this.clock.instant());
		}
		else {
			item.untick();
		}
		joined(found.id(), by);
		changed(found, by, "incident.checklist", (done ? "Done: " : "Reopened: ") + item.text());
		return Outcome.done("");
	}

	@Transactional
	public Outcome decideClock(long clockId, RegulatoryClock.State state, String by) {
		RegulatoryClock found = this.clocks.findById(clockId).orElseThrow();
		Incident incident = get(found.incidentId());
		if (!mayDecideClock(incident, by)) {
			return Outcome.refused("Only legal, the commander, security-architect owners and admins can settle a "
					+ "regulatory clock.");
		}
		if (found.state() == state) {
			return Outcome.done("Already recorded.");
		}
		found.decide(state, by, this.clock.instant());
		changed(incident, by, "incident.clock",
				this.settings.clock(found.ruleKey()).title() + " → " + (state == RegulatoryClock.State.DONE ? "notified"
						: state == RegulatoryClock.State.RUNNING ? "running again" : "not applicable"));
		return Outcome.done("");
	}

	@Transactional
	public Outcome changeClockVariant(long clockId, String variant, String by) {
		RegulatoryClock found = this.clocks.findById(clockId).orElseThrow();
		Incident incident = get(found.incidentId());
		if (!mayDecideClock(incident, by)) {
			return Outcome.refused("Only legal, the commander, security-architect owners and admins can change a "
					+ "regulatory clock.");
		}
		if (!List.of("standard", "widespread", "death").contains(variant)
				|| !RegulatoryClock.AI_ACT.equals(found.kind()) || found.variant().equals(variant)) {
			return Outcome.done("");
		}
		found.changeVariant(variant);
		changed(incident, by, "incident.clock", this.settings.clock(found.ruleKey()).title() + " applies");
		return Outcome.done("");
	}

	@Transactional
	public Outcome becameAwareAt(long incident, Instant at, String by) {
		Incident found = get(incident);
		if (!mayDecideClock(found, by)) {
			return Outcome.refused("Only legal, the commander, security-architect owners and admins can move the "
					+ "\"became aware at\" time.");
		}
		if (at.isAfter(this.clock.instant())) {
			return Outcome.refused("\"Became aware at\" cannot be in the future.");
		}
		found.becameAwareAt(at);
		changed(found, by, "incident.aware-at", "Became aware at moved to " + at);
		return Outcome.done("");
	}

	@Transactional
	public Outcome close(long incident, String by) {
		Incident found = get(incident);
		if (!mayManage(found, by)) {
			return notAllowed("close it");
		}
		if (found.closedAt().isPresent()) {
			return Outcome.done(found.label() + " is already closed.");
		}
		if (found.status() != IncidentStatus.RESOLVED) {
			return Outcome.refused("Resolve " + found.label() + " first: `/violet incident status resolved`.");
		}
		found.close(this.clock.instant(), this.settings.archiveDelay());
		changed(found, by, "incident.closed", "Closed; the room is archived " + found.archiveDueAt().orElseThrow());
		return Outcome.done(":lock: " + found.label() + " is closed. The room is archived "
				+ Mrkdwn.date(found.archiveDueAt().orElseThrow()) + " unless someone types `/violet incident reopen`.");
	}

	@Transactional
	public Outcome reopen(long incident, String by) {
		Incident found = get(incident);
		if (!mayManage(found, by)) {
			return notAllowed("reopen it");
		}
		if (found.archived()) {
			return Outcome.refused(found.label() + " is already archived; declare a new incident and link this one.");
		}
		if (found.closedAt().isEmpty() && found.status() != IncidentStatus.RESOLVED) {
			return Outcome.done(found.label() + " is open.");
		}
		found.reopen();
		found.scheduleStatusReminder(this.clock.instant().plus(this.settings.statusReminder(found.severity())));
		changed(found, by, "incident.reopened", "Reopened");
		return Outcome.done(":unlock: " + found.label() + " is open again; it will not be archived.");
	}

	/**
	 * Records the link of a report's evidence message, found after the report was
	 * acknowledged; an incident that has one keeps it.
	 * @param incident the incident
	 * @param link the message's permalink
	 */
	@Transactional
	public void linkEvidence(long incident, String link) {
		this.incidents.findById(incident).ifPresent((found) -> found.linkEvidence(cut(link, 1000)));
	}

	/**
	 * Adds a Slack message to the timeline (the "Add to timeline" shortcut).
	 * @param incident the incident
	 * @param author who wrote the message
	 * @param text its text
	 * @param permalink its link
	 * @param by who added it
	 */
	@Transactional
	public Outcome addMessage(long incident, String author, String text, String permalink, String by) {
		Incident found = get(incident);
		if (!fromTheRoom(found, by)) {
			return Outcome.refused(NOT_IN_ROOM + " can add to its timeline.");
		}
		joined(incident, by);
		addTimeline(found, by, "Message by <@" + author + ">: " + cut(text, 2000) + " (" + permalink + ")");
		this.audit.record(by, "incident.timeline", subject(found), permalink);
		return Outcome.done(":memo: Added the message to the timeline of " + found.label() + ".");
	}

	/**
	 * Whether someone may act on a war room's own messages: anyone for a room the whole
	 * workspace can read, only its members for a private one.
	 */
	private boolean fromTheRoom(Incident incident, String user) {
		return !incident.privateRoom() || this.membership.inRoom(incident.id(), user);
	}

	/**
	 * Who may change status, severity and roles, resolve, close and reopen: the
	 * commander, security-architect owners and admins.
	 * @param incident the incident
	 * @param user the user
	 * @return whether they may
	 */
	public boolean mayManage(Incident incident, String user) {
		return incident.commander().map(user::equals).orElse(false)
				|| this.directory.holders(Role.SECURITY_ARCHITECT).owners().contains(user)
				|| this.directory.isAdmin(user);
	}

	boolean mayDecideClock(Incident incident, String user) {
		return mayManage(incident, user) || this.directory.holders(Role.LEGAL).everyone().contains(user);
	}

	Optional<InitiativeSummary> initiative(@Nullable String key) {
		InitiativeCatalog found = this.catalog.getIfAvailable();
		return (key == null || found == null) ? Optional.empty() : found.find(key);
	}

	private void joined(long incident, String user) {
		if (this.members.findByIncidentIdAndUserId(incident, user).isEmpty()) {
			this.members.save(new IncidentMember(incident, user, "joined", IncidentMember.Invite.JOINED));
		}
	}

	private void changed(Incident incident, String by, String action, String what) {
		addTimeline(incident, by, what);
		this.audit.record(by, action, subject(incident), cut(what, 500));
		this.events.publishEvent(new IncidentEvents.IncidentUpdated(incident.id()));
	}

	void addTimeline(Incident incident, String actor, String text) {
		this.timeline.save(new TimelineEntry(incident.id(), this.clock.instant(), actor, cut(text, TIMELINE_MAX)));
	}

	Incident get(long id) {
		return this.incidents.findById(id).orElseThrow(() -> new IllegalArgumentException("No incident " + id));
	}

	private Report fit(Report report) {
		InitiativeCatalog found = this.catalog.getIfAvailable();
		String key = report.initiativeKey();
		String text = report.initiativeText();
		if (key != null && found == null) {
			// without the initiative module the key is kept as what the reporter typed
			text = key;
			key = null;
		}
		else if (key != null) {
			key = found.find(key).map(InitiativeSummary::key).orElse(null);
		}
		return new Report(report.type(), report.severity(), report.title().strip(),
				(report.description() != null) ? cut(report.description(), TEXT_MAX) : null, report.privateRoom(),
				report.personalData(), key, (text != null && !text.isBlank()) ? cut(text.strip(), 300) : null,
				(report.evidenceLink() != null) ? cut(report.evidenceLink(), 1000) : null,
				(report.evidenceQuote() != null) ? cut(report.evidenceQuote(), QUOTE_MAX) : null, report.reporter(),
				report.reportKey());
	}

	private static Outcome notAllowed(String what) {
		return Outcome.refused(":no_entry: Only the incident's commander, security-architect owners and Violet admins "
				+ "can " + what + ".");
	}

	static String subject(Incident incident) {
		return "incident:" + incident.id();
	}

	static String cut(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
