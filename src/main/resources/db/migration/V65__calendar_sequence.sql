-- The revision of a session's calendar entry (iCalendar SEQUENCE): raised whenever the
-- session changes or is cancelled, so calendar clients replace what they imported.
ALTER TABLE training_session
  ADD COLUMN calendar_sequence INT NOT NULL DEFAULT 0;
