-- A pipeline's reports land in the audit trail as "pipeline:<name>" (up to 73 characters for
-- the 64 a name may have), so actors get room for them.
ALTER TABLE audit_entry MODIFY actor VARCHAR(100) NOT NULL;

-- A pipeline token may be limited to some initiatives (comma-separated keys); NULL means any.
ALTER TABLE scan_token ADD COLUMN initiatives VARCHAR(1000) NULL;
