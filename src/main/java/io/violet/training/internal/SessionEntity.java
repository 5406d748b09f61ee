package io.violet.training.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.violet.directory.Role;
import io.violet.training.AgendaItem;
import io.violet.training.Session;
import io.violet.training.SessionKind;
import io.violet.training.SessionPlan;
import io.violet.training.SessionStatus;
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

@Entity
// only the columns a transaction changed are written: the card or tracker job, a
// listener and a command change different columns of the same row at once
@DynamicUpdate
@Table(name = "training_session")
public class SessionEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SessionKind kind;

	@Column(name = "topic_key")
	private @Nullable String topicKey;

	@Column(nullable = false)
	private String title;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	@Column(name = "ends_at", nullable = false)
	private Instant endsAt;

	@Column(nullable = false)
	private String zone;

	@Column
	private @Nullable String recurrence;

	@Column(name = "series_id")
	private @Nullable Long seriesId;

	@Column(nullable = false)
	private String roles;

	@Column(name = "all_staff", nullable = false)
	private boolean allStaff;

	@Column(name = "incident_type")
	private @Nullable String incidentType;

	@Column(nullable = false)
	private String organiser;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SessionStatus status;

	@Column(name = "calendar_token", nullable = false)
	private String calendarToken;

	@Column(name = "tracker_channel")
	private @Nullable String trackerChannel;

	@Column(name = "tracker_ts")
	private @Nullable String trackerTs;

	@Column(name = "drill_incident_id")
	private @Nullable Long drillIncidentId;

	@Column(name = "drill_channel")
	private @Nullable String drillChannel;

	@Column
	private @Nullable String note;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "calendar_sequence", nullable = false)
	private int calendarSequence;

	// JSON, null for sessions that never had an agenda; kept as text so that Hibernate's
	// dirty check compares strings and never writes a row it only read
	@Column
	private @Nullable String agenda;

	@Column(name = "agenda_revision", nullable = false)
	private long agendaRevision;

	protected SessionEntity() {
		this.kind = SessionKind.TRAINING;
		this.title = "";
		this.startsAt = Instant.EPOCH;
		this.endsAt = Instant.EPOCH;
		this.zone = "UTC";
		this.roles = "";
		this.organiser = "";
		this.status = SessionStatus.SCHEDULED;
		this.calendarToken = "";
		this.createdAt = Instant.EPOCH;
	}

	public SessionEntity(SessionPlan plan, Instant startsAt, Instant endsAt, String calendarToken, Instant now) {
		this.kind = plan.kind();
		this.topicKey = plan.topicKey();
		this.title = plan.title();
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.zone = plan.zone().getId();
		this.recurrence = (plan.recurrence() != null) ? plan.recurrence().key() : null;
		this.roles = plan.roles().stream().map(Role::key).collect(Collectors.joining(","));
		this.allStaff = plan.allStaff();
		this.incidentType = plan.incidentType();
		this.organiser = plan.organiser();
		this.status = SessionStatus.SCHEDULED;
		this.calendarToken = calendarToken;
		this.createdAt = now;
	}

	/**
	 * The next occurrence of this session's series.
	 */
	public SessionEntity nextOccurrence(Instant startsAt, Instant endsAt, String calendarToken, Instant now) {
		SessionEntity next = new SessionEntity();
		next.kind = this.kind;
		next.topicKey = this.topicKey;
		next.title = this.title;
		next.startsAt = startsAt;
		next.endsAt = endsAt;
		next.zone = this.zone;
		next.recurrence = this.recurrence;
		next.seriesId = seriesId();
		next.roles = this.roles;
		next.allStaff = this.allStaff;
		next.incidentType = this.incidentType;
		next.organiser = this.organiser;
		next.status = SessionStatus.SCHEDULED;
		next.calendarToken = calendarToken;
		next.createdAt = now;
		return next;
	}

	public void startSeries() {
		if (this.recurrence != null && this.seriesId == null) {
			this.seriesId = this.id;
		}
	}

	public long id() {
		return (this.id != null) ? this.id : 0L;
	}

	public long seriesId() {
		return (this.seriesId != null) ? this.seriesId : id();
	}

	public boolean repeats() {
		return this.recurrence != null;
	}

	public Instant startsAt() {
		return this.startsAt;
	}

	public String organiser() {
		return this.organiser;
	}

	public SessionStatus status() {
		return this.status;
	}

	public boolean isScheduled() {
		return this.status == SessionStatus.SCHEDULED;
	}

	public void cancel() {
		this.status = SessionStatus.CANCELLED;
		this.calendarSequence++;
	}

	public int calendarSequence() {
		return this.calendarSequence;
	}

	/**
	 * Takes the agenda of a revision newer than the one held; a new agenda is a new
	 * revision of the calendar entry too.
	 * @return whether the agenda reads differently now
	 */
	boolean agenda(List<AgendaItem> items, long revision) {
		if (revision <= this.agendaRevision) {
			return false;
		}
		this.agendaRevision = revision;
		if (agenda().equals(items)) {
			return false;
		}
		this.agenda = AgendaJson.write(items);
		this.calendarSequence++;
		return true;
	}

	public Instant endsAt() {
		return this.endsAt;
	}

	public void drillOpened(long incidentId, String channelId) {
		this.status = SessionStatus.DRILL_OPENED;
		this.drillIncidentId = incidentId;
		this.drillChannel = channelId;
		this.note = null;
	}

	public void drillNotOpenable(String why) {
		this.status = SessionStatus.DRILL_NOT_OPENABLE;
		this.note = why;
	}

	public Optional<String> tracker() {
		return Optional.ofNullable(this.trackerTs).map((ts) -> this.trackerChannel + " " + ts);
	}

	public void trackedAt(String channel, String ts) {
		this.trackerChannel = channel;
		this.trackerTs = ts;
	}

	@Nullable String trackerChannel() {
		return this.trackerChannel;
	}

	@Nullable String trackerTs() {
		return this.trackerTs;
	}

	@Nullable String drillChannel() {
		return this.drillChannel;
	}

	public Session toSession() {
		List<Role> roleList = this.roles.isEmpty() ? List.of()
				: Arrays.stream(this.roles.split(",")).map(Role::fromKey).flatMap(Optional::stream).toList();
		return new Session(id(), this.kind, this.topicKey, this.title, this.startsAt, this.endsAt, ZoneId.of(this.zone),
				this.recurrence, roleList, this.allStaff, this.incidentType, this.organiser, this.status,
				this.calendarToken, this.note, agenda());
	}

	private List<AgendaItem> agenda() {
		return AgendaJson.read(this.agenda);
	}

}
