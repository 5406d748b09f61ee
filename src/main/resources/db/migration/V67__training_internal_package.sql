-- The training module's jobs and listeners moved from io.violet.training to
-- io.violet.training.internal. Quartz stores each job's class name and the event
-- publication registry each listener's id: the sessions' stored reminder, drill and
-- series jobs, and the publications a previous release left unfinished, name the
-- classes that now do that work.
UPDATE QRTZ_JOB_DETAILS
SET JOB_CLASS_NAME = CONCAT('io.violet.training.internal.', SUBSTRING(JOB_CLASS_NAME, 20))
WHERE JOB_CLASS_NAME LIKE 'io.violet.training.TrainingJobs$%';

UPDATE EVENT_PUBLICATION
SET LISTENER_ID = CONCAT('io.violet.training.internal.', SUBSTRING(LISTENER_ID, 20))
WHERE COMPLETION_DATE IS NULL
  AND (LISTENER_ID LIKE 'io.violet.training.RoleOwnerInvitations.%'
    OR LISTENER_ID LIKE 'io.violet.training.AllStaffInvitations.%'
    OR LISTENER_ID LIKE 'io.violet.training.WorkshopRequests.%');
