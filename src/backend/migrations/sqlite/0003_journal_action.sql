-- Whether an interrupted journal entry is a rotation or a rollback.
ALTER TABLE rotation_journal ADD COLUMN action TEXT NOT NULL DEFAULT 'rotate';
