-- incident.version was never an optimistic lock (no @Version) and nothing reads it:
-- updates write only the columns that changed, which is what keeps concurrent changes
-- to one incident apart.
ALTER TABLE incident DROP COLUMN version;
