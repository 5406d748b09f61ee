-- Reviews an initiative needs, one per kind.
CREATE TABLE review
(
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  initiative_key VARCHAR(20)   NOT NULL,
  kind           VARCHAR(30)   NOT NULL,
  reason         VARCHAR(1000) NOT NULL,
  state          VARCHAR(20)   NOT NULL,
  requested_by   VARCHAR(32)   NOT NULL,
  requested_at   TIMESTAMP(6)  NOT NULL,
  nudge_at       TIMESTAMP(6)  NOT NULL,
  due_at         TIMESTAMP(6)  NOT NULL,
  approved_at    TIMESTAMP(6)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY review_once_per_kind (initiative_key, kind),
  INDEX review_open_by_due (state, nudge_at)
);

-- One sign-off per role a review requires.
CREATE TABLE review_signoff
(
  id         BIGINT        NOT NULL AUTO_INCREMENT,
  review_id  BIGINT        NOT NULL,
  role_key   VARCHAR(40)   NOT NULL,
  state      VARCHAR(20)   NOT NULL,
  decided_by VARCHAR(32)   NULL,
  decided_at TIMESTAMP(6)  NULL,
  reason     VARCHAR(3000) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY review_signoff_once (review_id, role_key),
  CONSTRAINT review_signoff_review FOREIGN KEY (review_id) REFERENCES review (id)
);

-- Reminders already queued (nudges, escalations, overdue notes): at most one each.
CREATE TABLE review_reminder
(
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  review_id  BIGINT       NOT NULL,
  kind       VARCHAR(20)  NOT NULL,
  recipient  VARCHAR(32)  NOT NULL,
  queued_at  TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY review_reminder_once (review_id, kind, recipient),
  CONSTRAINT review_reminder_review FOREIGN KEY (review_id) REFERENCES review (id)
);
