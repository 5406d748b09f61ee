-- Training catalog: built-in topics (seeded in V21) and topics admins add.
CREATE TABLE training_topic
(
  topic_key   VARCHAR(40)   NOT NULL,
  title       VARCHAR(150)  NOT NULL,
  description VARCHAR(1000) NOT NULL,
  -- "all-staff" or role keys separated by commas
  audience    VARCHAR(400)  NOT NULL,
  cadence     VARCHAR(20)   NOT NULL,
  -- due as soon as someone joins the audience (e.g. becomes an ai-operator)
  due_on_joining BOOLEAN    NOT NULL,
  source      VARCHAR(300)  NOT NULL,
  built_in    BOOLEAN       NOT NULL,
  updated_at  TIMESTAMP(6)  NOT NULL,
  updated_by  VARCHAR(32)   NOT NULL,
  PRIMARY KEY (topic_key)
);

-- Sessions: trainings, workshops and drills alike; the id is the n of S-n.
CREATE TABLE training_session
(
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  kind           VARCHAR(10)   NOT NULL,
  topic_key      VARCHAR(40)   NULL,
  title          VARCHAR(200)  NOT NULL,
  starts_at      TIMESTAMP(6)  NOT NULL,
  ends_at        TIMESTAMP(6)  NOT NULL,
  zone           VARCHAR(64)   NOT NULL,
  recurrence     VARCHAR(20)   NULL,
  series_id      BIGINT        NULL,
  roles          VARCHAR(400)  NOT NULL,
  all_staff      BOOLEAN       NOT NULL,
  incident_type  VARCHAR(40)   NULL,
  organiser      VARCHAR(32)   NOT NULL,
  status         VARCHAR(20)   NOT NULL,
  calendar_token VARCHAR(64)   NOT NULL,
  tracker_channel VARCHAR(32)  NULL,
  tracker_ts     VARCHAR(32)   NULL,
  drill_incident_id BIGINT     NULL,
  drill_channel  VARCHAR(32)   NULL,
  note           VARCHAR(300)  NULL,
  created_at     TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY training_session_occurrence (series_id, starts_at),
  INDEX training_session_by_start (starts_at)
);

-- Who is invited to a session and what they answered.
CREATE TABLE training_invitation
(
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  session_id  BIGINT       NOT NULL,
  user_id     VARCHAR(32)  NOT NULL,
  rsvp        VARCHAR(10)  NOT NULL,
  answered_at TIMESTAMP(6) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY training_invitation_unique (session_id, user_id),
  INDEX training_invitation_by_user (user_id)
);

-- One message to one person (invite, reminder, cancellation, digest): pending until
-- sent or failed; the dedupe key makes every message exist at most once.
CREATE TABLE training_delivery
(
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  dedupe_key  VARCHAR(120) NOT NULL,
  kind        VARCHAR(20)  NOT NULL,
  session_id  BIGINT       NULL,
  user_id     VARCHAR(32)  NOT NULL,
  status      VARCHAR(10)  NOT NULL,
  attempts    INT          NOT NULL,
  reason      VARCHAR(200) NULL,
  channel_id  VARCHAR(32)  NULL,
  message_ts  VARCHAR(32)  NULL,
  created_at  TIMESTAMP(6) NOT NULL,
  claimed_at  TIMESTAMP(6) NULL,
  sent_at     TIMESTAMP(6) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY training_delivery_once (dedupe_key),
  INDEX training_delivery_by_status (status, id),
  INDEX training_delivery_by_session (session_id, user_id)
);

-- Completions: the evidence an auditor asks for (EU AI Act Art. 4).
CREATE TABLE training_completion
(
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  session_id   BIGINT       NOT NULL,
  topic_key    VARCHAR(40)  NULL,
  title        VARCHAR(200) NOT NULL,
  user_id      VARCHAR(32)  NOT NULL,
  completed_at TIMESTAMP(6) NOT NULL,
  recorded_by  VARCHAR(32)  NOT NULL,
  how          VARCHAR(12)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY training_completion_once (session_id, user_id),
  INDEX training_completion_by_user (user_id, topic_key)
);

-- Topics that became due for someone on an event (an ai-operator assignment).
CREATE TABLE training_requirement
(
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  user_id    VARCHAR(32)  NOT NULL,
  topic_key  VARCHAR(40)  NOT NULL,
  due_since  TIMESTAMP(6) NOT NULL,
  reason     VARCHAR(200) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY training_requirement_once (user_id, topic_key)
);

-- The last known list of all staff (active humans), for overdue lists without Slack.
CREATE TABLE training_roster
(
  user_id      VARCHAR(32)  NOT NULL,
  refreshed_at TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (user_id)
);
