package io.violet.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
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
 * An AI incident (or drill) and the state of its war room. Updates write only the columns
 * that changed, so that a reminder being recorded and a setup step being recorded at the
 * same moment never undo each other.
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

	private @Nullable String description;

	@Column(name = "private_room")
	private boolean privateRoom;

	private boolean personalData;

	private boolean drill;

	private @Nullable String sessionKey;

	private @Nullable String reportKey;

	private @Nullable String initiativeKey;

	private @Nullable String initiativeText;

	private boolean initiativeHighRisk;

	private @Nullable String evidenceLink;

	private @Nullable String evidenceQuote;

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

	private @Nullable String channelName;

	private int channelAttempts;

	private @Nullable String channelId;

	@Enumerated(EnumType.STRING)
	private SetupStep setupStep;

	private @Nullable String setupProblem;

	private @Nullable String lastTopic;

	private @Nullable String summaryTs;

	private @Nullable String clocksTs;

	private @Nullable String announcementTs;

	private @Nullable Instant checklistPinnedAt;

	private @Nullable Instant nextStatusReminderAt;

	private int statusRemindersDue;

	private int statusRemindersSent;

	private @Nullable String postmortemSummary;

	private @Nullable String postmortemRootCause;

	private @Nullable String postmortemFollowups;

	private @Nullable String postmortemTs;

	private boolean postmortemUploaded;

	private long version;

	protected Incident() {
		this.typeKey = "";
		this.severity = Severity.SEV4;
		this.status = IncidentStatus.INVESTIGATING;
		this.title = "";
		this.reporter = "";
		this.declaredAt = Instant.EPOCH;
		this.awareAt = Instant.EPOCH;
		this.setupStep = SetupStep.DECLARED;
	}

	public Incident(Report report, boolean drill, @Nullable String sessionKey, Instant now) {
		this.typeKey = report.type().key();
		this.severity = report.severity();
		this.status = IncidentStatus.INVESTIGATING;
		this.title = report.title();
		this.description = report.description();
		this.privateRoom = report.privateRoom();
		this.personalData = report.personalData();
		this.drill = drill;
		this.sessionKey = sessionKey;
		this.reportKey = report.reportKey();
		this.initiativeKey = report.initiativeKey();
		this.initiativeText = report.initiativeText();
		this.evidenceLink = report.evidenceLink();
		this.evidenceQuote = report.evidenceQuote();
		this.reporter = report.reporter();
		this.declaredAt = now;
		this.awareAt = now;
		this.setupStep = SetupStep.DECLARED;
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
		return Optional.ofNullable(this.description);
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
		return this.reportKey != null && this.reportKey.startsWith("view:");
	}

	public Optional<String> initiativeKey() {
		return Optional.ofNullable(this.initiativeKey);
	}

	public Optional<String> initiativeText() {
		return Optional.ofNullable(this.initiativeText);
	}

	public boolean initiativeHighRisk() {
		return this.initiativeHighRisk;
	}

	/**
	 * Records the evidence message's link when the report came without one (Slack gave it
	 * only after the report was acknowledged).
	 * @param link the permalink
	 * @return whether it was recorded (false when the incident has one already)
	 */
	public boolean linkEvidence(String link) {
		if (this.evidenceLink != null) {
			return false;
		}
		this.evidenceLink = link;
		return true;
	}

	public Optional<String> evidenceLink() {
		return Optional.ofNullable(this.evidenceLink);
	}

	public Optional<String> evidenceQuote() {
		return Optional.ofNullable(this.evidenceQuote);
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
		return Optional.ofNullable(this.channelName);
	}

	public int channelAttempts() {
		return this.channelAttempts;
	}

	public Optional<String> channelId() {
		return Optional.ofNullable(this.channelId);
	}

	public SetupStep setupStep() {
		return this.setupStep;
	}

	public Optional<String> setupProblem() {
		return Optional.ofNullable(this.setupProblem);
	}

	public Optional<String> lastTopic() {
		return Optional.ofNullable(this.lastTopic);
	}

	public Optional<String> summaryTs() {
		return Optional.ofNullable(this.summaryTs);
	}

	public Optional<String> clocksTs() {
		return Optional.ofNullable(this.clocksTs);
	}

	public Optional<String> announcementTs() {
		return Optional.ofNullable(this.announcementTs);
	}

	public Optional<Instant> checklistPinnedAt() {
		return Optional.ofNullable(this.checklistPinnedAt);
	}

	public int statusRemindersDue() {
		return this.statusRemindersDue;
	}

	public int statusRemindersSent() {
		return this.statusRemindersSent;
	}

	public Optional<String> postmortemSummary() {
		return Optional.ofNullable(this.postmortemSummary);
	}

	public Optional<String> postmortemRootCause() {
		return Optional.ofNullable(this.postmortemRootCause);
	}

	public Optional<String> postmortemFollowups() {
		return Optional.ofNullable(this.postmortemFollowups);
	}

	public Optional<String> postmortemTs() {
		return Optional.ofNullable(this.postmortemTs);
	}

	public boolean postmortemUploaded() {
		return this.postmortemUploaded;
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
		this.initiativeKey = key;
		this.initiativeHighRisk = highRisk;
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
			this.nextStatusReminderAt = null;
		}
		else {
			this.resolvedAt = null;
		}
	}

	public void scheduleStatusReminder(@Nullable Instant at) {
		this.nextStatusReminderAt = (this.status == IncidentStatus.RESOLVED) ? null : at;
	}

	public Optional<Instant> nextStatusReminderAt() {
		return Optional.ofNullable(this.nextStatusReminderAt);
	}

	public void statusReminderDue(Instant next) {
		this.statusRemindersDue++;
		this.nextStatusReminderAt = next;
	}

	public void markStatusRemindersSent() {
		this.statusRemindersSent = this.statusRemindersDue;
	}

	public void becameAwareAt(Instant at) {
		this.awareAt = at;
	}

	public void tryChannelName(String name) {
		this.channelName = name;
		this.channelAttempts++;
	}

	public void channelCreated(String channelId, String name) {
		this.channelId = channelId;
		this.channelName = name;
		advanceTo(SetupStep.CHANNEL);
	}

	public void advanceTo(SetupStep step) {
		if (step.ordinal() > this.setupStep.ordinal() || this.setupStep == SetupStep.FAILED) {
			this.setupStep = step;
		}
		if (step == SetupStep.DONE) {
			this.setupProblem = null;
		}
	}

	public void setupFailed(String problem) {
		this.setupStep = SetupStep.FAILED;
		this.setupProblem = problem;
	}

	public void topicSet(String topic) {
		this.lastTopic = topic;
	}

	public void summaryPosted(String ts) {
		this.summaryTs = ts;
	}

	public void checklistPinned(Instant at) {
		if (this.checklistPinnedAt == null) {
			this.checklistPinnedAt = at;
		}
	}

	public void clocksPosted(String ts) {
		this.clocksTs = ts;
	}

	public void announced(String ts) {
		this.announcementTs = ts;
	}

	public void resolve(String summary, String rootCause, String followups, Instant now) {
		this.postmortemSummary = summary;
		this.postmortemRootCause = rootCause;
		this.postmortemFollowups = followups;
		changeStatus(IncidentStatus.RESOLVED, now);
	}

	public void postmortemPosted(String ts) {
		this.postmortemTs = ts;
	}

	public void markPostmortemUploaded() {
		this.postmortemUploaded = true;
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
