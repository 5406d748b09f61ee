-- Violet-team sessions: every stakeholder lens convened on one initiative.
-- open_key is the initiative's key while the session is open and NULL once complete, so
-- that an initiative has at most one open session even when two starts race.
CREATE TABLE teaming_session
(
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  initiative_key   VARCHAR(20)  NOT NULL,
  open_key         VARCHAR(20)  NULL,
  state            VARCHAR(12)  NOT NULL,
  started_by       VARCHAR(32)  NOT NULL,
  started_at       TIMESTAMP(6) NOT NULL,
  due_at           TIMESTAMP(6) NOT NULL,
  nudge_at         TIMESTAMP(6) NOT NULL,
  completed_at     TIMESTAMP(6) NULL,
  meet_local       VARCHAR(16)  NULL,
  meet_zone        VARCHAR(64)  NULL,
  workshop_key     VARCHAR(20)  NULL,
  workshop_problem VARCHAR(500) NULL,
  card_channel     VARCHAR(32)  NULL,
  card_ts          VARCHAR(32)  NULL,
  version          INT          NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY teaming_session_open (open_key),
  KEY teaming_session_initiative (initiative_key),
  KEY teaming_session_due (state, nudge_at)
);

-- One sheet of questions per lens; questions holds the selected question ids in order.
CREATE TABLE teaming_lens
(
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  session_id  BIGINT       NOT NULL,
  lens        VARCHAR(12)  NOT NULL,
  state       VARCHAR(12)  NOT NULL,
  questions   TEXT         NOT NULL,
  answered_by VARCHAR(32)  NULL,
  answered_at TIMESTAMP(6) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY teaming_lens_once (session_id, lens),
  CONSTRAINT teaming_lens_session FOREIGN KEY (session_id) REFERENCES teaming_session (id)
);

-- Who answers a lens: the primary (or a backup) of one of its roles, and people added.
CREATE TABLE teaming_participant
(
  id         BIGINT      NOT NULL AUTO_INCREMENT,
  session_id BIGINT      NOT NULL,
  lens       VARCHAR(12) NOT NULL,
  user_id    VARCHAR(32) NOT NULL,
  role_key   VARCHAR(30) NOT NULL,
  how        VARCHAR(12) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY teaming_participant_once (session_id, lens, user_id),
  CONSTRAINT teaming_participant_session FOREIGN KEY (session_id) REFERENCES teaming_session (id)
);

-- One answer per question of a lens; draft until the lens is submitted complete.
CREATE TABLE teaming_answer
(
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  lens_id     BIGINT        NOT NULL,
  question_id VARCHAR(60)   NOT NULL,
  verdict     VARCHAR(16)   NOT NULL,
  severity    VARCHAR(10)   NULL,
  text        VARCHAR(3000) NULL,
  answered_by VARCHAR(32)   NOT NULL,
  answered_at TIMESTAMP(6)  NOT NULL,
  is_final    BOOLEAN       NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY teaming_answer_once (lens_id, question_id),
  CONSTRAINT teaming_answer_lens FOREIGN KEY (lens_id) REFERENCES teaming_lens (id)
);

-- Findings, numbered per initiative (F-1, F-2 …) across its sessions.
CREATE TABLE teaming_finding
(
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  session_id     BIGINT        NOT NULL,
  initiative_key VARCHAR(20)   NOT NULL,
  number         INT           NOT NULL,
  lens           VARCHAR(12)   NOT NULL,
  question_id    VARCHAR(60)   NOT NULL,
  severity       VARCHAR(10)   NOT NULL,
  text           VARCHAR(3000) NOT NULL,
  raised_by      VARCHAR(32)   NOT NULL,
  raised_at      TIMESTAMP(6)  NOT NULL,
  owner          VARCHAR(32)   NOT NULL,
  due_on         DATE          NULL,
  state          VARCHAR(12)   NOT NULL,
  resolved_by    VARCHAR(32)   NULL,
  resolved_at    TIMESTAMP(6)  NULL,
  mitigation     VARCHAR(3000) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY teaming_finding_number (initiative_key, number),
  KEY teaming_finding_session (session_id),
  KEY teaming_finding_owner (owner, state),
  CONSTRAINT teaming_finding_session_fk FOREIGN KEY (session_id) REFERENCES teaming_session (id)
);

-- Reminders queued for pending lenses (nudge, escalation, overdue note), each once.
CREATE TABLE teaming_reminder
(
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  session_id BIGINT       NOT NULL,
  lens       VARCHAR(12)  NOT NULL,
  kind       VARCHAR(12)  NOT NULL,
  recipient  VARCHAR(32)  NOT NULL,
  queued_at  TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY teaming_reminder_once (session_id, lens, kind, recipient)
);
