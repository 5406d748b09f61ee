-- A workshop's agenda, set by the module that asked for it (a violet-team session's open
-- findings): the items as JSON, and the revision they came with, so that an older
-- revision handled late never replaces a newer one.
ALTER TABLE training_session
  ADD COLUMN agenda MEDIUMTEXT NULL,
  ADD COLUMN agenda_revision BIGINT NOT NULL DEFAULT 0;

-- The event that carries an agenda holds every open finding's text (up to 2,000
-- characters each): the registry's 4,000 characters would refuse it, and with it the
-- transaction that published it.
ALTER TABLE EVENT_PUBLICATION
  MODIFY SERIALIZED_EVENT MEDIUMTEXT NOT NULL;
