-- AI initiatives. The key shown to users is "AI-" followed by the id.
CREATE TABLE initiative
(
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  name              VARCHAR(2000) NOT NULL,
  description       VARCHAR(3000) NOT NULL,
  owner_id          VARCHAR(32)   NOT NULL,
  risk_tier         VARCHAR(20)   NOT NULL,
  stage             VARCHAR(20)   NOT NULL,
  personal_data     BOOLEAN       NOT NULL,
  third_party_model BOOLEAN       NOT NULL,
  affects_people    BOOLEAN       NOT NULL,
  employment        BOOLEAN       NOT NULL,
  genai             BOOLEAN       NOT NULL,
  customer_facing   BOOLEAN       NOT NULL,
  eu_market         BOOLEAN       NOT NULL,
  created_by        VARCHAR(32)   NOT NULL,
  created_at        TIMESTAMP(6)  NOT NULL,
  updated_at        TIMESTAMP(6)  NOT NULL,
  -- the thread's parent message; empty until Slack accepted it
  channel_id        VARCHAR(32)   NULL,
  thread_ts         VARCHAR(32)   NULL,
  -- set while one node posts the parent, so that no other node posts a second one
  anchor_claimed_at TIMESTAMP(6)  NULL,
  PRIMARY KEY (id),
  INDEX initiative_by_owner (owner_id),
  INDEX initiative_by_stage (stage)
);

-- Every message Violet sends about an initiative (thread replies and direct messages),
-- written in the transaction that caused it and delivered afterwards, exactly once per key.
CREATE TABLE initiative_message
(
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  initiative_id BIGINT       NOT NULL,
  message_key   VARCHAR(200) NOT NULL,
  recipient     VARCHAR(32)  NULL,
  text          MEDIUMTEXT   NOT NULL,
  buttons       VARCHAR(4000) NOT NULL,
  created_at    TIMESTAMP(6) NOT NULL,
  claimed_at    TIMESTAMP(6) NULL,
  posted_at     TIMESTAMP(6) NULL,
  channel_id    VARCHAR(32)  NULL,
  ts            VARCHAR(32)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY initiative_message_once (initiative_id, message_key),
  INDEX initiative_message_pending (initiative_id, posted_at)
);
