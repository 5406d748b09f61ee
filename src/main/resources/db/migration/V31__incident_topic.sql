-- The topic Violet last set, so that an unchanged topic is not set again (Slack posts a
-- "set the channel topic" line each time).
ALTER TABLE incident ADD COLUMN last_topic VARCHAR(300) NULL;
