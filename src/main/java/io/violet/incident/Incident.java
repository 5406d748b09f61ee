package io.violet.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/**
 * An AI incident (or drill): what was reported, who holds its roles, its status and
 * times, and, as parts kept in the same row, the state of its war room, its status
 * reminders and its post-mortem. Updates write only the columns that changed, so that a
 * reminder being recorded and a setup step being recorded at the same moment never undo
 * each other.
 */
@Entity
@DynamicUpdate
@Table(name = "incident")
public class Incident {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "type_key")
	private String typeKey;

	@Enumerated(EnumType.STRING)
	private Severity severity;

	@Enumerated(EnumType.STRING)
	private IncidentStatus status;

	private String title;

	@Column(name = "private_room")
	private boolean privateRoom;

	private boolean personalData;

	private boolean drill;

	private @Nullable String sessionKey;

	private String reporter;

	private @Nullable String commander;

	private @Nullable String scribe;

	private @Nullable String liaison;

	private Instant declaredAt;

	private Instant awareAt;

	private @Nullable Instant containedAt;

	private @Nullable Instant resolvedAt;

	private @Nullable Instant closedAt;

	private @Nullable Instant archiveDueAt;

	private boolean archived;

	@Embedded
	private ReportDetails details = new ReportDetails();

	@Embedded
	private WarRoom warRoom = new WarRoom();

	@Embedded
	private StatusReminderSchedule reminders = new StatusReminderSchedule();

	@Embedded
	private PostMortem postMortem = new PostMortem();

	protected Incident() {
		this.typeKey = "";
		this.severity = Severity.SEV4;
		this.status = IncidentStatus.INVESTIGATING;
		this.title = "";
		this.reporter = "";
		this.declaredAt = Instant.EPOCH;
		this.awareAt = Instant.EPOCH;
	}

	public Incident(Report report, boolean drill, @Nullable String sessionKey, Instant now) {
		this.typeKey = report.type().key();
		this.severity = report.severity();
		this.status = IncidentStatus.INVESTIGATING;
		this.title = report.title();
		this.privateRoom = report.privateRoom();
		this.personalData = report.personalData();
		this.drill = drill;
		this.sessionKey = sessionKey;
		this.details = new ReportDetails(report);
		this.reporter = report.reporter();
		this.declaredAt = now;
		this.awareAt = now;
	}

	public long id() {
		return (this.id != null) ? this.id : 0L;
	}

	public IncidentType type() {
		return IncidentType.fromKey(this.typeKey).orElse(IncidentType.OTHER);
	}

	public Severity severity() {
		return this.severity;
	}

	public IncidentStatus status() {
		return this.status;
	}

	public String title() {
		return this.title;
	}

	public Optional<String> description() {
		return Optional.ofNullable(this.details.description());
	}

	public boolean privateRoom() {
		return this.privateRoom;
	}

	public boolean personalData() {
		return this.personalData;
	}

	public boolean drill() {
		return this.drill;
	}

	public Optional<String> sessionKey() {
		return Optional.ofNullable(this.sessionKey);
	}

	/**
	 * Whether the report came from a modal (its reporter gets the confirmation by direct
	 * message once the room exists).
	 * @return true for modal reports
	 */
	public boolean reportedInModal() {
		return this.details.fromModal();
	}

	public Optional<String> initiativeKey() {
		return Optional.ofNullable(this.details.initiativeKey());
	}

	public Optional<String> initiativeText() {
		return Optional.ofNullable(this.details.initiativeText());
	}

	public boolean initiativeHighRisk() {
		return this.details.initiativeHighRisk();
	}

	/**
	 * Records the evidence message's link when the report came without one (Slack gave it
	 * only after the report was acknowledged).
	 * @param link the permalink
	 * @return whether it was recorded (false when the incident has one already)
	 */
	public boolean linkEvidence(String link) {
		return this.details.linkEvidence(link);
	}

	public Optional<String> evidenceLink() {
		return Optional.ofNullable(this.details.evidenceLink());
	}

	public Optional<String> evidenceQuote() {
		return Optional.ofNullable(this.details.evidenceQuote());
	}

	public String reporter() {
		return this.reporter;
	}

	public Optional<String> commander() {
		return Optional.ofNullable(this.commander);
	}

	public Optional<String> holder(IncidentRole role) {
		return Optional.ofNullable(switch (role) {
			case COMMANDER -> this.commander;
			case SCRIBE -> this.scribe;
			case LIAISON -> this.liaison;
		});
	}

	public Instant declaredAt() {
		return this.declaredAt;
	}

	public Instant awareAt() {
		return this.awareAt;
	}

	public Optional<Instant> containedAt() {
		return Optional.ofNullable(this.containedAt);
	}

	public Optional<Instant> resolvedAt() {
		return Optional.ofNullable(this.resolvedAt);
	}

	public Optional<Instant> closedAt() {
		return Optional.ofNullable(this.closedAt);
	}

	public Optional<Instant> archiveDueAt() {
		return Optional.ofNullable(this.archiveDueAt);
	}

	public boolean archived() {
		return this.archived;
	}

	public Optional<String> channelName() {
		return Optional.ofNullable(this.warRoom.channelName());
	}

	public int channelAttempts() {
		return this.warRoom.channelAttempts();
	}

	public Optional<String> channelId() {
		return Optional.ofNullable(this.warRoom.channelId());
	}

	/**
	 * The war room's setup state, which the module's setup advances as Slack confirms
	 * each step.
	 * @return the war room part of this incident
	 */
	public WarRoom warRoom() {
		return this.warRoom;
	}

	public SetupStep setupStep() {
		return this.warRoom.setupStep();
	}

	public Optional<String> setupProblem() {
		return Optional.ofNullable(this.warRoom.setupProblem());
	}

	public Optional<String> lastTopic() {
		return Optional.ofNullable(this.warRoom.lastTopic());
	}

	public Optional<String> summaryTs() {
		return Optional.ofNullable(this.warRoom.summaryTs());
	}

	public Optional<String> clocksTs() {
		return Optional.ofNullable(this.warRoom.clocksTs());
	}

	public Optional<String> announcementTs() {
		return Optional.ofNullable(this.warRoom.announcementTs());
	}

	public Optional<Instant> checklistPinnedAt() {
		return Optional.ofNullable(this.warRoom.checklistPinnedAt());
	}

	public int statusRemindersDue() {
		return this.reminders.due();
	}

	public int statusRemindersSent() {
		return this.reminders.sent();
	}

	public Optional<String> postmortemSummary() {
		return Optional.ofNullable(this.postMortem.summary());
	}

	public Optional<String> postmortemRootCause() {
		return Optional.ofNullable(this.postMortem.rootCause());
	}

	public Optional<String> postmortemFollowups() {
		return Optional.ofNullable(this.postMortem.followups());
	}

	public Optional<String> postmortemTs() {
		return Optional.ofNullable(this.postMortem.ts());
	}

	public boolean postmortemUploaded() {
		return this.postMortem.uploaded();
	}

	public boolean open() {
		return this.closedAt == null && !this.archived;
	}

	/**
	 * The label people see, e.g. {@code #12} or {@code DRILL #12}.
	 * @return the label
	 */
	public String label() {
		return (this.drill ? "DRILL #" : "#") + id();
	}

	public void linkInitiative(String key, boolean highRisk) {
		this.details.linkInitiative(key, highRisk);
	}

	public void assign(IncidentRole role, @Nullable String userId) {
		switch (role) {
			case COMMANDER -> this.commander = userId;
			case SCRIBE -> this.scribe = userId;
			case LIAISON -> this.liaison = userId;
		}
	}

	public void changeSeverity(Severity severity) {
		this.severity = severity;
	}

	public void changeStatus(IncidentStatus status, Instant now) {
		this.status = status;
		if (status == IncidentStatus.CONTAINED && this.containedAt == null) {
			this.containedAt = now;
		}
		if (status == IncidentStatus.RESOLVED) {
			if (this.containedAt == null) {
				this.containedAt = now;
			}
			this.resolvedAt = now;
			this.reminders.schedule(null);
		}
		else {
			this.resolvedAt = null;
		}
	}

	public void scheduleStatusReminder(@Nullable Instant at) {
		this.reminders.schedule((this.status == IncidentStatus.RESOLVED) ? null : at);
	}

	public void statusReminderDue(Instant next) {
		this.reminders.cameDue(next);
	}

	public void markStatusRemindersSent() {
		this.reminders.markSent();
	}

	public void becameAwareAt(Instant at) {
		this.awareAt = at;
	}

	public void resolve(String summary, String rootCause, String followups, Instant now) {
		this.postMortem.write(summary, rootCause, followups);
		changeStatus(IncidentStatus.RESOLVED, now);
	}

	public void postmortemPosted(String ts) {
		this.postMortem.posted(ts);
	}

	public void markPostmortemUploaded() {
		this.postMortem.markUploaded();
	}

	public void close(Instant now, Duration archiveDelay) {
		this.closedAt = now;
		this.archiveDueAt = now.plus(archiveDelay);
	}

	public void reopen() {
		this.closedAt = null;
		this.archiveDueAt = null;
		if (this.status == IncidentStatus.RESOLVED) {
			this.status = IncidentStatus.INVESTIGATING;
			this.resolvedAt = null;
		}
	}

	public void archiveRequested() {
		this.archiveDueAt = null;
	}

	public void archivedNow() {
		this.archived = true;
	}

}
