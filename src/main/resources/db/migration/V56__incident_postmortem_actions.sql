-- The follow-up actions of a post-mortem draft, one row each, so that the commander can
-- confirm each one as a tracked follow-up (whose key is kept here).
CREATE TABLE incident_postmortem_action
(
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  incident_id   BIGINT       NOT NULL,
  position      INT          NOT NULL,
  text          VARCHAR(500) NOT NULL,
  owner_id      VARCHAR(32)  NULL,
  follow_up_key VARCHAR(20)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY incident_postmortem_action_position (incident_id, position)
);
