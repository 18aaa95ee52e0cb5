-- The name a rotation was asked for (NAME or NAME#key), so a resumed run finishes that.
ALTER TABLE rotation_journal ADD COLUMN target TEXT;
