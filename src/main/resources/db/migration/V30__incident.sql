-- AI incidents and drills. The id is the one database-wide incident number.
CREATE TABLE incident
(
  id                      BIGINT        NOT NULL AUTO_INCREMENT,
  type_key                VARCHAR(40)   NOT NULL,
  severity                VARCHAR(10)   NOT NULL,
  status                  VARCHAR(20)   NOT NULL,
  title                   VARCHAR(500)  NOT NULL,
  description             VARCHAR(2000) NULL,
  private_room            BOOLEAN       NOT NULL,
  personal_data           BOOLEAN       NOT NULL,
  drill                   BOOLEAN       NOT NULL,
  session_key             VARCHAR(64)   NULL,
  report_key              VARCHAR(255)  NULL,
  initiative_key          VARCHAR(40)   NULL,
  initiative_text         VARCHAR(300)  NULL,
  initiative_high_risk    BOOLEAN       NOT NULL,
  evidence_link           VARCHAR(1000) NULL,
  evidence_quote          VARCHAR(1000) NULL,
  reporter                VARCHAR(32)   NOT NULL,
  commander               VARCHAR(32)   NULL,
  scribe                  VARCHAR(32)   NULL,
  liaison                 VARCHAR(32)   NULL,
  declared_at             TIMESTAMP(6)  NOT NULL,
  aware_at                TIMESTAMP(6)  NOT NULL,
  contained_at            TIMESTAMP(6)  NULL,
  resolved_at             TIMESTAMP(6)  NULL,
  closed_at               TIMESTAMP(6)  NULL,
  archive_due_at          TIMESTAMP(6)  NULL,
  archived                BOOLEAN       NOT NULL,
  channel_name            VARCHAR(80)   NULL,
  channel_attempts        INT           NOT NULL,
  channel_id              VARCHAR(32)   NULL,
  setup_step              VARCHAR(20)   NOT NULL,
  setup_problem           VARCHAR(300)  NULL,
  summary_ts              VARCHAR(32)   NULL,
  clocks_ts               VARCHAR(32)   NULL,
  announcement_ts         VARCHAR(32)   NULL,
  checklist_pinned_at     TIMESTAMP(6)  NULL,
  next_status_reminder_at TIMESTAMP(6)  NULL,
  status_reminders_due    INT           NOT NULL,
  status_reminders_sent   INT           NOT NULL,
  postmortem_summary      VARCHAR(2000) NULL,
  postmortem_root_cause   VARCHAR(2000) NULL,
  postmortem_followups    VARCHAR(2000) NULL,
  postmortem_ts           VARCHAR(32)   NULL,
  postmortem_uploaded     BOOLEAN       NOT NULL,
  version                 BIGINT        NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY incident_one_channel (channel_id),
  UNIQUE KEY incident_one_drill_per_session (session_key),
  UNIQUE KEY incident_one_per_report (report_key),
  INDEX incident_by_status (status)
);

-- Who belongs to a war room: invited by Violet (with the outcome) or added later.
CREATE TABLE incident_member
(
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  incident_id BIGINT      NOT NULL,
  user_id     VARCHAR(32) NOT NULL,
  reason      VARCHAR(200) NOT NULL,
  invite      VARCHAR(20) NOT NULL,
  problem     VARCHAR(100) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY incident_member_once (incident_id, user_id),
  CONSTRAINT incident_member_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
);

-- The war room's checklist, copied from the playbook when the incident is declared.
CREATE TABLE incident_checklist_item
(
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  incident_id BIGINT       NOT NULL,
  position    INT          NOT NULL,
  phase       VARCHAR(100) NOT NULL,
  text        VARCHAR(500) NOT NULL,
  refs        VARCHAR(300) NOT NULL,
  done_by     VARCHAR(32)  NULL,
  done_at     TIMESTAMP(6) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY incident_item_position (incident_id, position),
  CONSTRAINT incident_item_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
);

-- The timeline: every change and note, in order.
CREATE TABLE incident_timeline_entry
(
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  incident_id BIGINT        NOT NULL,
  occurred_at TIMESTAMP(6)  NOT NULL,
  actor       VARCHAR(32)   NOT NULL,
  text        VARCHAR(3000) NOT NULL,
  PRIMARY KEY (id),
  INDEX incident_timeline_by_incident (incident_id, occurred_at),
  CONSTRAINT incident_timeline_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
);

-- Regulatory clocks; deadlines follow the incident's "became aware at" time.
CREATE TABLE incident_clock
(
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  incident_id     BIGINT       NOT NULL,
  kind            VARCHAR(40)  NOT NULL,
  variant         VARCHAR(40)  NOT NULL,
  state           VARCHAR(20)  NOT NULL,
  decided_by      VARCHAR(32)  NULL,
  decided_at      TIMESTAMP(6) NULL,
  reminders_due   INT          NOT NULL,
  reminders_sent  INT          NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY incident_clock_once (incident_id, kind),
  CONSTRAINT incident_clock_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
);
