-- mboctl schema v1. Times are INTEGER microseconds since the Unix epoch (UTC).
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE roles (
    name        TEXT PRIMARY KEY,
    builtin     INTEGER NOT NULL,
    permissions TEXT NOT NULL,            -- JSON array of permission names
    description TEXT,
    created_at  INTEGER NOT NULL
);

CREATE TABLE users (
    id                  TEXT PRIMARY KEY,  -- usr_…, immutable
    username            TEXT NOT NULL UNIQUE,
    email               TEXT,
    role                TEXT NOT NULL REFERENCES roles(name),
    status              TEXT NOT NULL,     -- active | disabled
    service             INTEGER NOT NULL,
    password_hash       TEXT,              -- Argon2id PHC string; NULL for service accounts
    expires_at          INTEGER,           -- service accounts
    created_at          INTEGER NOT NULL,
    last_login_at       INTEGER,
    password_changed_at INTEGER
);

CREATE TABLE mfa (
    user_id        TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    seed_sealed    BLOB,                   -- confirmed TOTP seed (sealed)
    pending_sealed BLOB,                   -- pending enrolment seed (sealed)
    last_step      INTEGER,                -- last accepted TOTP step (replay protection)
    enrolled_at    INTEGER,
    pending_since  INTEGER
);

CREATE TABLE backup_codes (
    user_id   TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at   INTEGER,
    PRIMARY KEY (user_id, code_hash)
);

CREATE TABLE auth_failures (
    user_id TEXT NOT NULL,
    factor  TEXT NOT NULL,                 -- password | code
    at      INTEGER NOT NULL
);
CREATE INDEX auth_failures_user ON auth_failures (user_id, factor, at);

CREATE TABLE lockouts (
    user_id TEXT NOT NULL,
    factor  TEXT NOT NULL,
    until   INTEGER NOT NULL,
    PRIMARY KEY (user_id, factor)
);

CREATE TABLE sessions (
    sid            TEXT PRIMARY KEY,
    user_id        TEXT NOT NULL,
    created_at     INTEGER NOT NULL,
    expires_at     INTEGER NOT NULL,
    revoked_at     INTEGER,
    revoked_reason TEXT
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE service_tokens (
    id         TEXT PRIMARY KEY,           -- tok_…
    user_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,       -- keyed SHA-256
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked_at INTEGER,
    last_used_at INTEGER
);

-- Secret store `db`: versions and staging labels as rows, values sealed.
CREATE TABLE secrets (
    name            TEXT PRIMARY KEY,
    type            TEXT NOT NULL,
    rotator         TEXT,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    last_rotated_at INTEGER
);
CREATE TABLE secret_versions (
    name        TEXT NOT NULL REFERENCES secrets(name) ON DELETE CASCADE,
    version     TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    key_version INTEGER NOT NULL,
    sealed      BLOB NOT NULL,
    PRIMARY KEY (name, version)
);
CREATE TABLE secret_stages (
    name    TEXT NOT NULL REFERENCES secrets(name) ON DELETE CASCADE,
    stage   TEXT NOT NULL,                 -- current | previous | pending
    version TEXT NOT NULL,
    PRIMARY KEY (name, stage)
);

-- Rotation journal (create/set/test/finish), used by the rotation engine.
CREATE TABLE rotation_journal (
    name       TEXT PRIMARY KEY,
    token      TEXT NOT NULL,              -- pending version id / ClientRequestToken
    step       TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    error      TEXT
);

-- Audit trail. Personal fields are entered into the chain as commitments under a
-- per-subject salt (audit_subjects) so erasure can remove plaintext and salt while
-- `audit verify` keeps passing.
CREATE TABLE audit_subjects (
    subject    TEXT PRIMARY KEY,
    salt       BLOB,
    created_at INTEGER NOT NULL,
    erased_at  INTEGER
);

CREATE TABLE audit_events (
    seq            INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    ts             INTEGER NOT NULL,
    category       TEXT NOT NULL,
    event_type     TEXT NOT NULL,
    user_id        TEXT,
    username       TEXT,
    user_role      TEXT,
    ip_address     TEXT,
    user_agent     TEXT,
    resource       TEXT,
    resource_id    TEXT,
    action         TEXT,
    old_value      TEXT,                   -- JSON
    new_value      TEXT,                   -- JSON
    ai_initiated   INTEGER NOT NULL DEFAULT 0,
    ai_confidence  REAL,
    ai_reasoning   TEXT,
    permission     TEXT,
    actor_subject  TEXT,
    target_subject TEXT,
    commitments    TEXT NOT NULL,          -- JSON {field: hex HMAC(subject salt, value)}
    digest         TEXT NOT NULL,
    prev_link      TEXT NOT NULL,
    link           TEXT NOT NULL,
    pruned_at      INTEGER
);
CREATE INDEX audit_events_ts ON audit_events (ts);
CREATE INDEX audit_events_type ON audit_events (event_type, ts);
CREATE INDEX audit_events_user ON audit_events (user_id, ts);
