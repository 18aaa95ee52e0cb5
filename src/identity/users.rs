//! Users, roles and service tokens as rows in the backend. Users have an immutable id
//! (`usr_…`) and a username (lowercase letters, digits, `.`, `_`, `-`, 1–64 characters).

use crate::backend::{Row, Tx};
use crate::clock::{self, Micros};
use crate::error::{Error, Result};
use crate::params;
use serde::Serialize;

pub fn validate_username(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name.bytes().next().is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && name.bytes().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || b"._-".contains(&c));
    if ok {
        Ok(())
    } else {
        Err(Error::usage_hint(
            format!("invalid username '{}'", name.escape_debug()),
            "use 1-64 characters: lowercase letters, digits, '.', '_' or '-', starting with a letter or digit",
        ))
    }
}

/// Normalise an OS user name into a valid username (for `init`'s default).
pub fn normalise_username(raw: &str) -> String {
    let s: String = raw
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || "._-".contains(c) { c } else { '-' })
        .take(64)
        .collect();
    if s.is_empty() { "admin".into() } else { s }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MfaState {
    None,
    Pending,
    Enrolled,
}

impl MfaState {
    pub fn as_str(self) -> &'static str {
        match self {
            MfaState::None => "none",
            MfaState::Pending => "pending",
            MfaState::Enrolled => "enrolled",
        }
    }
}

/// A user as stored (the password hash never leaves this module's callers' scope).
#[derive(Clone)]
pub struct User {
    pub id: String,
    pub username: String,
    pub email: Option<String>,
    pub role: String,
    pub status: String,
    pub service: bool,
    pub password_hash: Option<String>,
    pub expires_at: Option<Micros>,
    pub created_at: Micros,
    pub last_login_at: Option<Micros>,
    pub mfa: MfaState,
}

impl std::fmt::Debug for User {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("User").field("id", &self.id).field("username", &self.username).finish_non_exhaustive()
    }
}

/// What `user list/show -o json` prints.
#[derive(Debug, Serialize)]
pub struct UserView {
    pub user_id: String,
    pub username: String,
    pub role: String,
    pub status: String,
    pub service: bool,
    pub mfa: MfaState,
    pub email: Option<String>,
    pub created_at: String,
    pub last_login_at: Option<String>,
    pub expires_at: Option<String>,
}

impl User {
    pub fn view(&self) -> UserView {
        UserView {
            user_id: self.id.clone(),
            username: self.username.clone(),
            role: self.role.clone(),
            status: self.status.clone(),
            service: self.service,
            mfa: self.mfa,
            email: self.email.clone(),
            created_at: clock::rfc3339(self.created_at),
            last_login_at: self.last_login_at.map(clock::rfc3339),
            expires_at: self.expires_at.map(clock::rfc3339),
        }
    }

    pub fn is_active(&self, now: Micros) -> bool {
        self.status == "active" && self.expires_at.is_none_or(|e| e > now)
    }
}

const SELECT: &str = "SELECT u.*, \
    CASE WHEN m.seed_sealed IS NOT NULL THEN 'enrolled' WHEN m.pending_sealed IS NOT NULL THEN 'pending' ELSE 'none' END AS mfa_state \
    FROM users u LEFT JOIN mfa m ON m.user_id = u.id";

fn from_row(r: &Row) -> Result<User> {
    Ok(User {
        id: r.str("id")?,
        username: r.str("username")?,
        email: r.opt_str("email")?,
        role: r.str("role")?,
        status: r.str("status")?,
        service: r.bool("service")?,
        password_hash: r.opt_str("password_hash")?,
        expires_at: r.opt_i64("expires_at")?,
        created_at: r.i64("created_at")?,
        last_login_at: r.opt_i64("last_login_at")?,
        mfa: match r.str("mfa_state")?.as_str() {
            "enrolled" => MfaState::Enrolled,
            "pending" => MfaState::Pending,
            _ => MfaState::None,
        },
    })
}

pub fn by_name(tx: &mut dyn Tx, name: &str) -> Result<Option<User>> {
    tx.query_opt(&format!("{SELECT} WHERE u.username = ?"), &params![name])?.map(|r| from_row(&r)).transpose()
}

pub fn by_id(tx: &mut dyn Tx, id: &str) -> Result<Option<User>> {
    tx.query_opt(&format!("{SELECT} WHERE u.id = ?"), &params![id])?.map(|r| from_row(&r)).transpose()
}

/// A user named by username or `usr_…` id; exit 5 when absent.
pub fn find(tx: &mut dyn Tx, name_or_id: &str) -> Result<User> {
    let u = if name_or_id.starts_with("usr_") { by_id(tx, name_or_id)? } else { by_name(tx, name_or_id)? };
    u.ok_or_else(|| Error::not_found_hint(format!("no user '{name_or_id}'"), "see `mboctl user list`"))
}

pub fn all(tx: &mut dyn Tx) -> Result<Vec<User>> {
    tx.query(&format!("{SELECT} ORDER BY u.username"), &[])?.iter().map(from_row).collect()
}

pub fn any_admin(tx: &mut dyn Tx) -> Result<bool> {
    Ok(tx.query_opt("SELECT id FROM users WHERE role = 'admin' AND service = 0 LIMIT 1", &[])?.is_some())
}

/// Active human admins other than `except`.
pub fn other_active_admins(tx: &mut dyn Tx, except: &str) -> Result<i64> {
    tx.query_one(
        "SELECT count(*) AS n FROM users WHERE role = 'admin' AND service = 0 AND status = 'active' AND id <> ?",
        &params![except],
    )?
    .i64("n")
}

/// Refuse when `u` is the last active admin (exit 6).
pub fn protect_last_admin(tx: &mut dyn Tx, u: &User, what: &str) -> Result<()> {
    if u.role == "admin" && !u.service && u.status == "active" && other_active_admins(tx, &u.id)? == 0 {
        return Err(Error::conflict_hint(
            format!("cannot {what} '{}': it is the last active admin", u.username),
            "add or enable another admin first",
        ));
    }
    Ok(())
}

pub struct NewUser<'a> {
    pub username: &'a str,
    pub email: Option<&'a str>,
    pub role: &'a str,
    pub service: bool,
    pub password_hash: Option<String>,
    pub expires_at: Option<Micros>,
}

pub fn insert(tx: &mut dyn Tx, n: &NewUser<'_>) -> Result<String> {
    if by_name(tx, n.username)?.is_some() {
        return Err(Error::conflict(format!("user '{}' already exists", n.username)));
    }
    let id = crate::crypto::random_id("usr")?;
    let now = clock::now();
    tx.exec(
        "INSERT INTO users (id, username, email, role, status, service, password_hash, expires_at, created_at, password_changed_at) \
         VALUES (?, ?, ?, ?, 'active', ?, ?, ?, ?, ?)",
        &params![id.clone(), n.username, n.email, n.role, n.service, n.password_hash.clone(), n.expires_at, now, now],
    )?;
    Ok(id)
}

/// A role's permissions; exit 5 when the role does not exist.
pub fn role_permissions(tx: &mut dyn Tx, role: &str) -> Result<Vec<String>> {
    let r = tx
        .query_opt("SELECT permissions FROM roles WHERE name = ?", &params![role])?
        .ok_or_else(|| Error::not_found_hint(format!("no role '{role}'"), "see `mboctl role list`"))?;
    Ok(serde_json::from_str(&r.str("permissions")?)?)
}

/// End every live session of a user (role change, disable, remove, MFA reset).
pub fn revoke_sessions(tx: &mut dyn Tx, user_id: &str, reason: &str) -> Result<u64> {
    tx.exec(
        "UPDATE sessions SET revoked_at = ?, revoked_reason = ? WHERE user_id = ? AND revoked_at IS NULL",
        &params![clock::now(), reason, user_id],
    )
}

/// Seed the built-in roles (idempotent).
pub fn seed_roles(tx: &mut dyn Tx) -> Result<()> {
    use super::rbac;
    for r in rbac::BUILTIN_ROLES {
        let perms = rbac::builtin_permissions(r).unwrap_or_default();
        tx.exec(
            "INSERT INTO roles (name, builtin, permissions, description, created_at) VALUES (?, 1, ?, ?, ?) \
             ON CONFLICT (name) DO UPDATE SET permissions = excluded.permissions",
            &params![*r, serde_json::to_string(&perms)?, rbac::builtin_description(r), clock::now()],
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames() {
        assert!(validate_username("alice").is_ok());
        assert!(validate_username("a.b_c-1").is_ok());
        assert!(validate_username("Alice").is_err());
        assert!(validate_username("").is_err());
        assert!(validate_username("bad name").is_err());
        assert!(validate_username(".").is_err());
        assert!(validate_username("..").is_err());
        assert!(validate_username("-x").is_err());
        assert!(validate_username(&"a".repeat(65)).is_err());
        assert_eq!(normalise_username("John Smith"), "john-smith");
    }
}
