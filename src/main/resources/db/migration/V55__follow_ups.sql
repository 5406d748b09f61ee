-- Follow-up items: from incidents, post-mortems, reviews sent back, violet-team findings
-- and by hand. The key shown to people is "F-" + id. source_key makes every way of
-- creating one safe to repeat (a redelivered command, a resubmitted event).
CREATE TABLE follow_up
(
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  text             VARCHAR(2000) NOT NULL,
  owner_id         VARCHAR(32)   NOT NULL,
  severity         VARCHAR(10)   NOT NULL,
  due_on           DATE          NULL,
  done             BOOLEAN       NOT NULL,
  source           VARCHAR(20)   NOT NULL,
  source_key       VARCHAR(255)  NOT NULL,
  origin           VARCHAR(300)  NULL,
  incident_id      BIGINT        NULL,
  private_incident BOOLEAN       NOT NULL,
  initiative_key   VARCHAR(40)   NULL,
  created_by       VARCHAR(64)   NOT NULL,
  created_at       TIMESTAMP(6)  NOT NULL,
  assigned_at      TIMESTAMP(6)  NOT NULL,
  snoozed_until    TIMESTAMP(6)  NULL,
  closed_by        VARCHAR(64)   NULL,
  closed_at        TIMESTAMP(6)  NULL,
  close_note       VARCHAR(2000) NULL,
  tracker_kind     VARCHAR(10)   NULL,
  tracker_ref      VARCHAR(64)   NULL,
  tracker_url      VARCHAR(500)  NULL,
  tracker_closed   BOOLEAN       NULL,
  version          BIGINT        NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY follow_up_source (source_key),
  UNIQUE KEY follow_up_tracker (tracker_kind, tracker_ref),
  INDEX follow_up_by_owner (owner_id, done),
  INDEX follow_up_by_initiative (initiative_key, done),
  INDEX follow_up_by_incident (incident_id),
  INDEX follow_up_by_due (done, due_on)
);

-- Reminders queued for follow-ups (a nudge before the due date, the owner's overdue
-- notice, an escalation, a snoozed reminder), one row per follow-up, kind, recipient and
-- date, so that a restart or a second node never repeats one.
CREATE TABLE follow_up_reminder
(
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  follow_up_id BIGINT       NOT NULL,
  kind         VARCHAR(20)  NOT NULL,
  recipient    VARCHAR(32)  NOT NULL,
  for_date     DATE         NOT NULL,
  queued_at    TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY follow_up_reminder_once (follow_up_id, kind, recipient, for_date)
);
