-- Durable Slack work (io.violet.slack.jobs): one row per keyed job, submitted in the
-- transaction of the change that asked for it (an outbox).
CREATE TABLE slack_job
(
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  job_key      VARCHAR(255)  NOT NULL,
  type         VARCHAR(100)  NOT NULL,
  subject      VARCHAR(255)  NOT NULL,
  -- PENDING, RUNNING, DONE or PARKED
  state        VARCHAR(10)   NOT NULL,
  -- refresh work runs again when asked again; a request while it runs sets rerun
  refresh      BOOLEAN       NOT NULL,
  rerun        BOOLEAN       NOT NULL DEFAULT FALSE,
  -- runs started, and transient failures counted against the cap
  attempts     INT           NOT NULL DEFAULT 0,
  failures     INT           NOT NULL DEFAULT 0,
  not_before   TIMESTAMP(6)  NOT NULL,
  -- the Quartz scheduler instance id of the node running it
  claimed_by   VARCHAR(200)  NULL,
  claimed_at   TIMESTAMP(6)  NULL,
  last_error   VARCHAR(1000) NULL,
  what_to_do   VARCHAR(1000) NULL,
  created_at   TIMESTAMP(6)  NOT NULL,
  updated_at   TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY slack_job_by_key (job_key),
  INDEX slack_job_due (state, not_before)
);

-- The recorded outcome of each keyed effect (a post, a DM, an invite, a pin, an upload…).
CREATE TABLE slack_effect
(
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  effect_key    VARCHAR(255)  NOT NULL,
  job_id        BIGINT        NOT NULL,
  method        VARCHAR(64)   NOT NULL,
  -- DONE or FAILED; a FAILED one that an admin should see is parked
  state         VARCHAR(10)   NOT NULL,
  parked        BOOLEAN       NOT NULL DEFAULT FALSE,
  effect_values VARCHAR(2000) NULL,
  error         VARCHAR(255)  NULL,
  created_at    TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY slack_effect_by_key (effect_key),
  INDEX slack_effect_by_job (job_id),
  INDEX slack_effect_parked (parked)
);

-- The staleness and resubmission queries of the event publication registry filter by
-- status.
CREATE INDEX EVENT_PUBLICATION_BY_STATUS_IDX ON EVENT_PUBLICATION (STATUS, PUBLICATION_DATE);

-- Completed publications move here (spring.modulith.events.completion-mode=archive) and
-- are purged after violet.events.completed-retention. Spring Modulith's MariaDB DDL
-- (schema v2, archive).
CREATE TABLE EVENT_PUBLICATION_ARCHIVE
(
  ID                     VARCHAR(36)   NOT NULL,
  LISTENER_ID            VARCHAR(512)  NOT NULL,
  EVENT_TYPE             VARCHAR(512)  NOT NULL,
  SERIALIZED_EVENT       VARCHAR(4000) NOT NULL,
  PUBLICATION_DATE       TIMESTAMP(6)  NOT NULL,
  COMPLETION_DATE        TIMESTAMP(6)  DEFAULT NULL NULL,
  STATUS                 VARCHAR(20),
  COMPLETION_ATTEMPTS    INT,
  LAST_RESUBMISSION_DATE TIMESTAMP(6),
  PRIMARY KEY (ID),
  INDEX EVENT_PUBLICATION_ARCHIVE_BY_COMPLETION_DATE_IDX (COMPLETION_DATE)
);

-- Publications completed before this release stay completed; move them out of the way.
INSERT INTO EVENT_PUBLICATION_ARCHIVE
SELECT ID, LISTENER_ID, EVENT_TYPE, SERIALIZED_EVENT, PUBLICATION_DATE, COMPLETION_DATE, 'COMPLETED',
       COMPLETION_ATTEMPTS, LAST_RESUBMISSION_DATE
FROM EVENT_PUBLICATION
WHERE COMPLETION_DATE IS NOT NULL;
DELETE FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NOT NULL;
