-- The incident module's Slack work became Slack jobs. Work the previous release left
-- unfinished (its event publications name listeners that no longer exist) is queued as
-- the jobs that now do it; their keys are those the release's code uses.

-- war rooms not set up yet
INSERT IGNORE INTO slack_job (job_key, type, subject, state, refresh, not_before, created_at, updated_at)
SELECT CONCAT('incident.setup:', id), 'incident.setup', CAST(id AS CHAR), 'PENDING', FALSE, NOW(6), NOW(6), NOW(6)
FROM incident
WHERE setup_step NOT IN ('DONE', 'FAILED');

-- war rooms whose setup failed: parked, so that an admin can retry them once fixed
INSERT IGNORE INTO slack_job (job_key, type, subject, state, refresh, not_before, last_error, what_to_do,
                              created_at, updated_at)
SELECT CONCAT('incident.setup:', id), 'incident.setup', CAST(id AS CHAR), 'PARKED', FALSE, NOW(6),
       LEFT(COALESCE(setup_problem, 'setup failed'), 1000), 'Fix the cause, then retry: the room is opened and set up.',
       NOW(6), NOW(6)
FROM incident
WHERE setup_step = 'FAILED';

-- status reminders counted as due but not sent
INSERT IGNORE INTO slack_job (job_key, type, subject, state, refresh, not_before, created_at, updated_at)
SELECT CONCAT('incident.status-reminder:', id, ':', status_reminders_due), 'incident.status-reminder',
       CONCAT(id, ':', status_reminders_due), 'PENDING', FALSE, NOW(6), NOW(6), NOW(6)
FROM incident
WHERE status_reminders_due > status_reminders_sent AND channel_id IS NOT NULL;

-- clock reminders counted as due but not sent
INSERT IGNORE INTO slack_job (job_key, type, subject, state, refresh, not_before, created_at, updated_at)
SELECT CONCAT('incident.clock-reminder:', id, ':', reminders_due), 'incident.clock-reminder',
       CONCAT(id, ':', reminders_due), 'PENDING', FALSE, NOW(6), NOW(6), NOW(6)
FROM incident_clock
WHERE reminders_due > reminders_sent AND state = 'RUNNING';

-- post-mortems asked for but not uploaded
INSERT IGNORE INTO slack_job (job_key, type, subject, state, refresh, not_before, created_at, updated_at)
SELECT CONCAT('incident.postmortem-publish:', id), 'incident.postmortem-publish', CAST(id AS CHAR), 'PENDING', FALSE, NOW(6),
       NOW(6), NOW(6)
FROM incident
WHERE resolved_at IS NOT NULL AND postmortem_summary IS NOT NULL AND postmortem_uploaded = FALSE
  AND channel_id IS NOT NULL;

-- closed rooms whose archiving was asked for (the ticker cleared their due time)
INSERT IGNORE INTO slack_job (job_key, type, subject, state, refresh, not_before, created_at, updated_at)
SELECT CONCAT('incident.archive:', id, ':', FLOOR(UNIX_TIMESTAMP(closed_at) * 1000)), 'incident.archive',
       CAST(id AS CHAR), 'PENDING', FALSE, NOW(6), NOW(6), NOW(6)
FROM incident
WHERE closed_at IS NOT NULL AND archive_due_at IS NULL AND archived = FALSE;

-- and the publications of the listeners that did it before
DELETE FROM EVENT_PUBLICATION WHERE LISTENER_ID LIKE 'io.violet.incident.slack.%';
