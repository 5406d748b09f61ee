-- Inbound deliveries already handled: Slack redelivers events and a retry may reach another replica.
CREATE TABLE inbound_delivery
(
  delivery_key VARCHAR(255) NOT NULL,
  received_at  TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (delivery_key)
);

-- The append-only audit trail.
CREATE TABLE audit_entry
(
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  occurred_at TIMESTAMP(6)  NOT NULL,
  actor       VARCHAR(64)   NOT NULL,
  action      VARCHAR(100)  NOT NULL,
  subject     VARCHAR(200)  NOT NULL,
  details     VARCHAR(4000) NULL,
  PRIMARY KEY (id),
  INDEX audit_entry_by_time (occurred_at)
);

-- Role directory: owners (first is primary) and backups of each role.
CREATE TABLE role_member
(
  id        BIGINT      NOT NULL AUTO_INCREMENT,
  role_key  VARCHAR(40) NOT NULL,
  user_id   VARCHAR(32) NOT NULL,
  kind      VARCHAR(10) NOT NULL,
  position  INT         NOT NULL,
  added_at  TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY role_member_unique (role_key, user_id, kind),
  INDEX role_member_by_user (user_id)
);

-- What Violet knows about Slack users, so that an ack never waits on Slack.
CREATE TABLE user_fact
(
  user_id     VARCHAR(32)  NOT NULL,
  time_zone   VARCHAR(64)  NULL,
  workspace_admin BOOLEAN  NOT NULL,
  deactivated BOOLEAN      NOT NULL,
  bot         BOOLEAN      NOT NULL,
  restricted  BOOLEAN      NOT NULL,
  refreshed_at TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (user_id)
);
