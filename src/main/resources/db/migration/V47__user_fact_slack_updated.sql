-- When Slack last changed the user (the user object's "updated"): user_change events and
-- users.info answers may arrive out of order, and an older one never undoes a newer one
-- (a profile read that was under way when the deactivation arrived).
ALTER TABLE user_fact
  ADD COLUMN slack_updated BIGINT NULL;
