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
import io.violet.incident.Incident;
import io.violet.incident.IncidentEvents;
import io.violet.incident.IncidentRole;
import io.violet.incident.IncidentType;
import io.violet.incident.RegulatoryClock;
import io.violet.incident.Report;
import io.violet.initiative.InitiativeCatalog;
import io.violet.initiative.InitiativeSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Declares incidents (and opens drill rooms): checks the report, stores the incident with
 * its commander, invitees, checklist and regulatory clocks in one transaction, and tells
 * the Slack side to set up its room.
 */
@Service
public class IncidentDeclarations {

	static final int TITLE_MAX = 500;

	static final int TEXT_MAX = 2000;

	static final int QUOTE_MAX = 1000;

	private final IncidentRepository incidents;

	private final WarRoomRecords rows;

	private final RegulatoryClockRepository clocks;

	private final Playbooks playbooks;

	private final InviteRules inviteRules;

	private final Directory directory;

	private final ObjectProvider<InitiativeCatalog> catalog;

	private final IncidentChanges changes;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final IncidentSettings settings;

	private final VioletSettings violet;

	private final Clock clock;

	IncidentDeclarations(IncidentRepository incidents, WarRoomRecords rows, RegulatoryClockRepository clocks,
			Playbooks playbooks, InviteRules inviteRules, Directory directory,
			ObjectProvider<InitiativeCatalog> catalog, IncidentChanges changes, AuditTrail audit,
			ApplicationEventPublisher events, IncidentSettings settings, VioletSettings violet, Clock clock) {
		this.incidents = incidents;
		this.rows = rows;
		this.clocks = clocks;
		this.playbooks = playbooks;
		this.inviteRules = inviteRules;
		this.directory = directory;
		this.catalog = catalog;
		this.changes = changes;
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
	public Optional<ReportProblem> problemWith(Report report) {
		if (report.title().isBlank()) {
			return Optional.of(ReportProblem.of(ReportProblem.Kind.NO_TITLE));
		}
		if (report.title().length() > TITLE_MAX) {
			return Optional
				.of(new ReportProblem(ReportProblem.Kind.TITLE_TOO_LONG, report.title().length(), TITLE_MAX, ""));
		}
		if (report.description() != null && report.description().length() > TEXT_MAX) {
			return Optional.of(new ReportProblem(ReportProblem.Kind.DESCRIPTION_TOO_LONG, report.description().length(),
					TEXT_MAX, ""));
		}
		if (report.initiativeKey() != null) {
			InitiativeCatalog found = this.catalog.getIfAvailable();
			if (found != null && found.find(report.initiativeKey()).isEmpty()) {
				return Optional
					.of(new ReportProblem(ReportProblem.Kind.UNKNOWN_INITIATIVE, 0, 0, report.initiativeKey()));
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
		incident.warRoom().tryChannelName(ChannelNames.of(incident, this.violet.timezone(), 1));
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
		this.changes.addTimeline(incident, stored.reporter(), (drill ? "Drill opened" : "Declared") + ": "
				+ incident.type().key() + ", " + incident.severity().key() + ", \"" + incident.title() + "\"");
		this.audit.record(stored.reporter(), drill ? "incident.drill-opened" : "incident.declared",
				IncidentChanges.subject(incident),
				incident.type().key() + " " + incident.severity().key() + (incident.privateRoom() ? " private" : ""));
		this.events.publishEvent(new IncidentEvents.IncidentDeclared(id));
		return incident;
	}

	/**
	 * Records the link of a report's evidence message, found after the report was
	 * acknowledged; an incident that has one keeps it.
	 * @param incident the incident
	 * @param link the message's permalink
	 */
	@Transactional
	public void linkEvidence(long incident, String link) {
		this.incidents.findById(incident).ifPresent((found) -> found.linkEvidence(IncidentChanges.cut(link, 1000)));
	}

	/**
	 * The initiative a report or an incident names, when the catalog knows it.
	 */
	Optional<InitiativeSummary> initiative(@Nullable String key) {
		InitiativeCatalog found = this.catalog.getIfAvailable();
		return (key == null || found == null) ? Optional.empty() : found.find(key);
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
				(report.description() != null) ? IncidentChanges.cut(report.description(), TEXT_MAX) : null,
				report.privateRoom(), report.personalData(), key,
				(text != null && !text.isBlank()) ? IncidentChanges.cut(text.strip(), 300) : null,
				(report.evidenceLink() != null) ? IncidentChanges.cut(report.evidenceLink(), 1000) : null,
				(report.evidenceQuote() != null) ? IncidentChanges.cut(report.evidenceQuote(), QUOTE_MAX) : null,
				report.reporter(), report.reportKey());
	}

}
