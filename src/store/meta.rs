//! Secret metadata shared by every store, in the backend: type, rotator, where it is
//! stored, when it was created and last rotated; rotation policies per type; the
//! rotation journal.

use crate::backend::{Row, Tx};
use crate::clock::{self, DAY, Micros};
use crate::error::{Error, Result};
use crate::params;
use serde::Serialize;

pub const TYPES: &[&str] = &["api_key", "db_password", "jwt_secret", "oauth_token", "generic"];

pub fn validate_type(t: &str) -> Result<()> {
    if TYPES.contains(&t) {
        Ok(())
    } else {
        Err(Error::usage_hint(format!("unknown secret type '{t}'"), format!("use one of: {}", TYPES.join(", "))))
    }
}

/// The default rotator of a type (CLI.md).
pub fn default_rotator(t: &str) -> Option<&'static str> {
    match t {
        "api_key" => Some("manual"),
        "db_password" => Some("postgres"),
        "jwt_secret" => Some("jwt"),
        "oauth_token" => Some("oauth"),
        _ => None,
    }
}

/// The default policy of a type.
pub fn default_period(t: &str) -> Option<Micros> {
    match t {
        "api_key" | "db_password" => Some(90 * DAY),
        "jwt_secret" => Some(180 * DAY),
        _ => None,
    }
}

#[derive(Debug, Clone)]
pub struct SecretMeta {
    pub name: String,
    pub secret_type: String,
    pub rotator: Option<String>,
    pub store: String,
    pub created_at: Micros,
    pub updated_at: Micros,
    pub last_rotated_at: Option<Micros>,
}

fn from_row(r: &Row) -> Result<SecretMeta> {
    Ok(SecretMeta {
        name: r.str("name")?,
        secret_type: r.str("type")?,
        rotator: r.opt_str("rotator")?,
        store: r.str("store")?,
        created_at: r.i64("created_at")?,
        updated_at: r.i64("updated_at")?,
        last_rotated_at: r.opt_i64("last_rotated_at")?,
    })
}

pub fn get(tx: &mut dyn Tx, name: &str) -> Result<Option<SecretMeta>> {
    tx.query_opt("SELECT * FROM secrets WHERE name = ?", &params![name])?.map(|r| from_row(&r)).transpose()
}

pub fn find(tx: &mut dyn Tx, name: &str) -> Result<SecretMeta> {
    get(tx, name)?.ok_or_else(|| Error::not_found_hint(format!("no secret '{name}'"), "see `mboctl secret list`"))
}

pub fn all(tx: &mut dyn Tx) -> Result<Vec<SecretMeta>> {
    tx.query("SELECT * FROM secrets ORDER BY name", &[])?.iter().map(from_row).collect()
}

pub fn upsert(tx: &mut dyn Tx, name: &str, secret_type: &str, rotator: Option<&str>, store: &str) -> Result<()> {
    let now = clock::now();
    tx.exec(
        "INSERT INTO secrets (name, type, rotator, store, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) \
         ON CONFLICT (name) DO UPDATE SET type = excluded.type, rotator = excluded.rotator, updated_at = excluded.updated_at",
        &params![name, secret_type, rotator, store, now, now],
    )?;
    Ok(())
}

pub fn mark_rotated(tx: &mut dyn Tx, name: &str, at: Micros) -> Result<()> {
    tx.exec("UPDATE secrets SET last_rotated_at = ?, updated_at = ? WHERE name = ?", &params![at, at, name])?;
    Ok(())
}

pub fn remove(tx: &mut dyn Tx, name: &str) -> Result<()> {
    tx.exec("DELETE FROM rotation_journal WHERE name = ?", &params![name])?;
    tx.exec("DELETE FROM secrets WHERE name = ?", &params![name])?;
    Ok(())
}

/// The rotation period of a type: a stored policy, else the default.
pub fn period(tx: &mut dyn Tx, t: &str) -> Result<Option<Micros>> {
    match tx.query_opt("SELECT period FROM secret_policies WHERE type = ?", &params![t])? {
        Some(r) => r.opt_i64("period"),
        None => Ok(default_period(t)),
    }
}

pub fn set_period(tx: &mut dyn Tx, t: &str, period: Option<Micros>) -> Result<Option<Micros>> {
    let old = self::period(tx, t)?;
    tx.exec(
        "INSERT INTO secret_policies (type, period) VALUES (?, ?) ON CONFLICT (type) DO UPDATE SET period = excluded.period",
        &params![t, period],
    )?;
    Ok(old)
}

/// Due-ness of a secret.
#[derive(Debug, Clone, Serialize)]
pub struct Due {
    pub next_due_at: Option<Micros>,
    pub overdue: bool,
}

pub fn due(tx: &mut dyn Tx, m: &SecretMeta, now: Micros) -> Result<Due> {
    let Some(p) = period(tx, &m.secret_type)? else {
        return Ok(Due { next_due_at: None, overdue: false });
    };
    let next = m.last_rotated_at.unwrap_or(m.created_at) + p;
    Ok(Due { next_due_at: Some(next), overdue: now >= next })
}

/// Format a period for output (`90d`).
pub fn fmt_period(p: Option<Micros>) -> Option<String> {
    p.map(|p| {
        for (unit, n) in [("d", DAY), ("h", 3600 * clock::SECOND), ("m", clock::MINUTE)] {
            if p % n == 0 {
                return format!("{}{unit}", p / n);
            }
        }
        format!("{}s", p / clock::SECOND)
    })
}

/// The rotation journal: where an interrupted rotation resumes.
#[derive(Debug, Clone)]
pub struct Journal {
    pub token: String,
    pub step: String,
    /// `rotate` or `rollback`.
    pub action: String,
    /// What was asked for: `NAME` or `NAME#key`.
    pub target: String,
}

pub fn journal(tx: &mut dyn Tx, name: &str) -> Result<Option<Journal>> {
    tx.query_opt("SELECT token, step, action, target FROM rotation_journal WHERE name = ?", &params![name])?
        .map(|r| {
            Ok(Journal {
                token: r.str("token")?,
                step: r.str("step")?,
                action: r.str("action")?,
                target: r.opt_str("target")?.unwrap_or_else(|| name.to_string()),
            })
        })
        .transpose()
}

/// Start a journal entry (the version id is fixed from here on).
pub fn journal_start(tx: &mut dyn Tx, name: &str, token: &str, action: &str, target: &str) -> Result<()> {
    let now = clock::now();
    tx.exec(
        "INSERT INTO rotation_journal (name, token, step, started_at, updated_at, action, target) VALUES (?, ?, 'create', ?, ?, ?, ?)",
        &params![name, token, now, now, action, target],
    )?;
    Ok(())
}

pub fn journal_set(tx: &mut dyn Tx, name: &str, token: &str, step: &str, error: Option<&str>) -> Result<()> {
    let now = clock::now();
    tx.exec(
        "INSERT INTO rotation_journal (name, token, step, started_at, updated_at, error) VALUES (?, ?, ?, ?, ?, ?) \
         ON CONFLICT (name) DO UPDATE SET token = excluded.token, step = excluded.step, updated_at = excluded.updated_at, error = excluded.error",
        &params![name, token, step, now, now, error],
    )?;
    Ok(())
}

pub fn journal_clear(tx: &mut dyn Tx, name: &str) -> Result<()> {
    tx.exec("DELETE FROM rotation_journal WHERE name = ?", &params![name])?;
    Ok(())
}
