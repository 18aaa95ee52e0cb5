-- Secret metadata for every store, per-type policies.
ALTER TABLE secrets ADD COLUMN store TEXT NOT NULL DEFAULT 'db';
CREATE TABLE secret_policies (
    type   TEXT PRIMARY KEY,
    period INTEGER                          -- microseconds; NULL = no scheduled rotation
);
-- The db store's versions no longer depend on the metadata row (other stores have none).
CREATE TABLE secret_values (
    name        TEXT NOT NULL,
    version     TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    key_version INTEGER NOT NULL,
    sealed      BLOB NOT NULL,
    PRIMARY KEY (name, version)
);
CREATE TABLE secret_labels (
    name    TEXT NOT NULL,
    stage   TEXT NOT NULL,
    version TEXT NOT NULL,
    PRIMARY KEY (name, stage)
);
INSERT INTO secret_values SELECT name, version, created_at, key_version, sealed FROM secret_versions;
INSERT INTO secret_labels SELECT name, stage, version FROM secret_stages;
DROP TABLE secret_stages;
DROP TABLE secret_versions;
