//! Lockouts (CLI.md): 10 failed passwords or 5 failed codes (TOTP or backup) within 15
//! minutes lock that factor for 15 minutes.

use crate::backend::Tx;
use crate::clock::{MINUTE, Micros};
use crate::error::Result;
use crate::params;

pub const WINDOW: Micros = 15 * MINUTE;
pub const DURATION: Micros = 15 * MINUTE;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Factor {
    Password,
    Code,
}

impl Factor {
    pub fn as_str(self) -> &'static str {
        match self {
            Factor::Password => "password",
            Factor::Code => "code",
        }
    }
    pub fn threshold(self) -> i64 {
        match self {
            Factor::Password => 10,
            Factor::Code => 5,
        }
    }
}

/// The end of an active lockout, if any.
pub fn locked_until(tx: &mut dyn Tx, user_id: &str, f: Factor, now: Micros) -> Result<Option<Micros>> {
    let r = tx.query_opt(
        "SELECT until FROM lockouts WHERE user_id = ? AND factor = ? AND until > ?",
        &params![user_id, f.as_str(), now],
    )?;
    r.map(|r| r.i64("until")).transpose()
}

/// Record a failure; returns the lockout end when this failure triggers one.
pub fn record_failure(tx: &mut dyn Tx, user_id: &str, f: Factor, now: Micros) -> Result<Option<Micros>> {
    tx.exec("INSERT INTO auth_failures (user_id, factor, at) VALUES (?, ?, ?)", &params![user_id, f.as_str(), now])?;
    tx.exec("DELETE FROM auth_failures WHERE at < ?", &params![now - WINDOW])?;
    let n = tx
        .query_one(
            "SELECT count(*) AS n FROM auth_failures WHERE user_id = ? AND factor = ? AND at > ?",
            &params![user_id, f.as_str(), now - WINDOW],
        )?
        .i64("n")?;
    if n >= f.threshold() {
        let until = now + DURATION;
        tx.exec(
            "INSERT INTO lockouts (user_id, factor, until) VALUES (?, ?, ?) \
             ON CONFLICT (user_id, factor) DO UPDATE SET until = excluded.until",
            &params![user_id, f.as_str(), until],
        )?;
        tx.exec("DELETE FROM auth_failures WHERE user_id = ? AND factor = ?", &params![user_id, f.as_str()])?;
        return Ok(Some(until));
    }
    Ok(None)
}

pub fn clear_failures(tx: &mut dyn Tx, user_id: &str, f: Factor) -> Result<()> {
    tx.exec("DELETE FROM auth_failures WHERE user_id = ? AND factor = ?", &params![user_id, f.as_str()])?;
    Ok(())
}
