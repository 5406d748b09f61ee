-- One row per weekly digest, claimed by the instance whose job fired first: the ISO week
-- is the key, so a digest goes out once per week however many replicas run and however
-- many fire times were missed. The headline numbers are kept for next week's "what
-- changed".
CREATE TABLE insights_digest
(
  week            VARCHAR(10)  NOT NULL,
  period_from     DATE         NOT NULL,
  period_to       DATE         NOT NULL,
  claimed_at      TIMESTAMP(6) NOT NULL,
  reviews_open    INT          NOT NULL,
  reviews_overdue INT          NOT NULL,
  training_ratio  DOUBLE       NOT NULL,
  overdue_people  INT          NOT NULL,
  incidents_open  INT          NOT NULL,
  PRIMARY KEY (week)
);

-- The App Home chart, rendered when the figures change and served to Slack by its
-- unguessable token from any replica.
CREATE TABLE insights_image
(
  token      VARCHAR(64)  NOT NULL,
  png        MEDIUMBLOB   NOT NULL,
  created_at TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (token),
  INDEX insights_image_by_age (created_at)
);
