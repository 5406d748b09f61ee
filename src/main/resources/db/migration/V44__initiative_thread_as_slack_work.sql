-- The initiative thread is delivered by one durable Slack job per initiative; its effects
-- are keyed by the thread's generation (a fresh parent after Slack lost the thread is a
-- new generation) and the card is redrawn when the version asked for is newer than the
-- one drawn.
ALTER TABLE initiative
  ADD COLUMN thread_generation INT    NOT NULL DEFAULT 0,
  ADD COLUMN card_version      BIGINT NOT NULL DEFAULT 0,
  ADD COLUMN card_drawn        BIGINT NOT NULL DEFAULT 0;
