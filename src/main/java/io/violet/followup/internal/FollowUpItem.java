package io.violet.followup.internal;

import java.time.Instant;
import java.time.LocalDate;

import io.violet.followup.FollowUp;
import io.violet.followup.FollowUpSeverity;
import io.violet.followup.FollowUpSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/**
 * A follow-up item. State changes go through its methods; the version guards against two
 * people (or a person and a tracker's webhook) changing it at the same moment.
 */
@Entity
@DynamicUpdate
@Table(name = "follow_up")
public class FollowUpItem {

	/** A follow-up's text holds this much. */
	public static final int TEXT_MAX = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, length = TEXT_MAX)
	private String text;

	@Column(name = "owner_id", nullable = false)
	private String ownerId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FollowUpSeverity severity;

	@Column(name = "due_on")
	private @Nullable LocalDate dueOn;

	@Column(nullable = false)
	private boolean done;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FollowUpSource source;

	@Column(name = "source_key", nullable = false)
	private String sourceKey;

	private @Nullable String origin;

	@Column(name = "incident_id")
	private @Nullable Long incidentId;

	@Column(name = "private_incident", nullable = false)
	private boolean privateIncident;

	@Column(name = "initiative_key")
	private @Nullable String initiativeKey;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "assigned_at", nullable = false)
	private Instant assignedAt;

	@Column(name = "snoozed_until")
	private @Nullable Instant snoozedUntil;

	@Column(name = "closed_by")
	private @Nullable String closedBy;

	@Column(name = "closed_at")
	private @Nullable Instant closedAt;

	@Column(name = "close_note", length = TEXT_MAX)
	private @Nullable String closeNote;

	@Column(name = "tracker_kind")
	private @Nullable String trackerKind;

	@Column(name = "tracker_ref")
	private @Nullable String trackerRef;

	@Column(name = "tracker_url")
	private @Nullable String trackerUrl;

	@Column(name = "tracker_closed")
	private @Nullable Boolean trackerClosed;

	@Version
	private long version;

	protected FollowUpItem() {
		this.text = "";
		this.ownerId = "";
		this.severity = FollowUpSeverity.MEDIUM;
		this.source = FollowUpSource.MANUAL;
		this.sourceKey = "";
		this.createdBy = "";
		this.createdAt = Instant.EPOCH;
		this.assignedAt = Instant.EPOCH;
	}

	FollowUpItem(String text, String ownerId, FollowUpSeverity severity, @Nullable LocalDate dueOn,
			FollowUpSource source, String sourceKey, @Nullable String origin, @Nullable Long incidentId,
			boolean privateIncident, @Nullable String initiativeKey, String createdBy, Instant now) {
		this.origin = origin;
		this.text = text;
		this.ownerId = ownerId;
		this.severity = severity;
		this.dueOn = dueOn;
		this.source = source;
		this.sourceKey = sourceKey;
		this.incidentId = incidentId;
		this.privateIncident = privateIncident;
		this.initiativeKey = initiativeKey;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.assignedAt = now;
	}

	public long id() {
		if (this.id == null) {
			throw new IllegalStateException("Follow-up not saved yet");
		}
		return this.id;
	}

	public String key() {
		return FollowUp.keyOf(id());
	}

	public String ownerId() {
		return this.ownerId;
	}

	public boolean done() {
		return this.done;
	}

	public @Nullable LocalDate dueOn() {
		return this.dueOn;
	}

	public FollowUpSeverity severity() {
		return this.severity;
	}

	public FollowUpSource source() {
		return this.source;
	}

	public String sourceKey() {
		return this.sourceKey;
	}

	public @Nullable Long incidentId() {
		return this.incidentId;
	}

	public boolean privateIncident() {
		return this.privateIncident;
	}

	public @Nullable String initiativeKey() {
		return this.initiativeKey;
	}

	public String text() {
		return this.text;
	}

	public Instant assignedAt() {
		return this.assignedAt;
	}

	public @Nullable Instant snoozedUntil() {
		return this.snoozedUntil;
	}

	public @Nullable Instant closedAt() {
		return this.closedAt;
	}

	public @Nullable String trackerRef() {
		return this.trackerRef;
	}

	public @Nullable String trackerKind() {
		return this.trackerKind;
	}

	/**
	 * Whether the tracker's issue is known to be closed; null before it exists.
	 * @return the issue's last known state
	 */
	public @Nullable Boolean trackerClosed() {
		return this.trackerClosed;
	}

	void close(String by, @Nullable String note, Instant now) {
		this.done = true;
		this.closedBy = by;
		this.closedAt = now;
		this.closeNote = note;
		this.snoozedUntil = null;
	}

	void reopen() {
		this.done = false;
		this.closedBy = null;
		this.closedAt = null;
		this.closeNote = null;
	}

	void reassign(String ownerId, Instant now) {
		this.ownerId = ownerId;
		this.assignedAt = now;
		this.snoozedUntil = null;
	}

	void changeDue(@Nullable LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	void snoozeUntil(Instant until) {
		this.snoozedUntil = until;
	}

	void snoozeEnded() {
		this.snoozedUntil = null;
	}

	/**
	 * Records the issue the follow-up is mirrored to.
	 * @param kind the tracker
	 * @param reference the issue's key or number
	 * @param url its address
	 * @param closed whether it is closed
	 */
	public void linkTracker(String kind, String reference, String url, boolean closed) {
		this.trackerKind = kind;
		this.trackerRef = reference;
		this.trackerUrl = url;
		this.trackerClosed = closed;
	}

	/**
	 * Records the tracker issue's state as last seen.
	 * @param closed whether it is closed
	 */
	public void trackerState(boolean closed) {
		this.trackerClosed = closed;
	}

	public FollowUp view() {
		FollowUp.TrackerIssue tracker = (this.trackerKind != null && this.trackerRef != null)
				? new FollowUp.TrackerIssue(this.trackerKind, this.trackerRef,
						(this.trackerUrl != null) ? this.trackerUrl : "")
				: null;
		return new FollowUp(key(), this.text, this.ownerId, this.severity, this.dueOn, this.done, this.source,
				this.origin, this.incidentId, this.privateIncident, this.initiativeKey, this.createdBy, this.createdAt,
				this.closedBy, this.closedAt, this.closeNote, tracker);
	}

}
