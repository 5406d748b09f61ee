-- Roles kept equal to a Slack user group: `role sync <role> @group` remembers the group,
-- subteam_members_changed and the daily reconcile follow it, `role unsync` forgets it.
CREATE TABLE role_sync
(
  role_key    VARCHAR(40)  NOT NULL,
  user_group  VARCHAR(32)  NOT NULL,
  synced_by   VARCHAR(32)  NOT NULL,
  since       TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (role_key),
  INDEX role_sync_by_group (user_group)
);
