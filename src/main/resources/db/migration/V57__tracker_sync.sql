-- What each follow-up's tracker issue still has to catch up with: a durable queue, one
-- row per follow-up ("make the issue match the follow-up"), so that a tracker outage only
-- delays the sync. A change while a sync runs raises the generation, so that the run
-- does not mark the newer change done. Rows that keep failing are parked for admins.
CREATE TABLE tracker_sync
(
  follow_up_id     BIGINT       NOT NULL,
  generation       BIGINT       NOT NULL,
  pending          BOOLEAN      NOT NULL,
  parked           BOOLEAN      NOT NULL,
  attempts         INT          NOT NULL,
  not_before       TIMESTAMP(6) NOT NULL,
  claimed_until    TIMESTAMP(6) NULL,
  create_attempted BOOLEAN      NOT NULL,
  last_error       VARCHAR(500) NULL,
  updated_at       TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (follow_up_id),
  INDEX tracker_sync_due (pending, parked, not_before)
);
