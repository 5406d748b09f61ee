-- Uses of commands that create Slack objects (channels, files, invitations), counted per
-- person over a sliding window by every replica alike; rows older than the window go on
-- the person's next use.
CREATE TABLE command_use
(
  id       BIGINT       NOT NULL AUTO_INCREMENT,
  user_id  VARCHAR(32)  NOT NULL,
  action   VARCHAR(40)  NOT NULL,
  used_at  TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  KEY command_use_by_user (user_id, action, used_at)
);
