//! The backend port: where the platform's security data lives (users, roles, sessions,
//! MFA state, audit, settings, internal keys, rotation journal). Two implementations are
//! planned: SQLite/SQLCipher (embedded default, `sqlite.rs`) and PostgreSQL (teams).
//!
//! The trait is deliberately small and SQL-level: a transaction runs portable SQL with `?`
//! placeholders and the values below. Domain code (`repo` functions in each module) is
//! written once against `Tx`; a PostgreSQL `Tx` only rewrites `?` into `$n`. A write
//! transaction is exclusive (SQLite `BEGIN IMMEDIATE`; advisory lock on PostgreSQL), which
//! is what serialises the audit-chain append across processes.

pub mod sqlite;

use crate::error::{Error, Result};

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

impl From<i64> for Value {
    fn from(v: i64) -> Self {
        Value::Int(v)
    }
}
impl From<bool> for Value {
    fn from(v: bool) -> Self {
        Value::Int(v as i64)
    }
}
impl From<f64> for Value {
    fn from(v: f64) -> Self {
        Value::Real(v)
    }
}
impl From<&str> for Value {
    fn from(v: &str) -> Self {
        Value::Text(v.to_string())
    }
}
impl From<String> for Value {
    fn from(v: String) -> Self {
        Value::Text(v)
    }
}
impl From<&String> for Value {
    fn from(v: &String) -> Self {
        Value::Text(v.clone())
    }
}
impl From<Vec<u8>> for Value {
    fn from(v: Vec<u8>) -> Self {
        Value::Blob(v)
    }
}
impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Self {
        v.map(Into::into).unwrap_or(Value::Null)
    }
}

/// `params![a, b, c]` → `[Value; 3]`.
#[macro_export]
macro_rules! params {
    () => { [] as [$crate::backend::Value; 0] };
    ($($v:expr),+ $(,)?) => { [$($crate::backend::Value::from($v)),+] };
}

/// One result row, with column names.
#[derive(Debug, Clone)]
pub struct Row {
    pub columns: std::sync::Arc<Vec<String>>,
    pub values: Vec<Value>,
}

impl Row {
    fn idx(&self, col: &str) -> Result<usize> {
        self.columns
            .iter()
            .position(|c| c == col)
            .ok_or_else(|| Error::Backend(format!("column {col} missing from result")))
    }
    pub fn value(&self, col: &str) -> Result<&Value> {
        Ok(&self.values[self.idx(col)?])
    }
    pub fn opt_i64(&self, col: &str) -> Result<Option<i64>> {
        match self.value(col)? {
            Value::Null => Ok(None),
            Value::Int(i) => Ok(Some(*i)),
            Value::Real(f) => Ok(Some(*f as i64)),
            other => Err(Error::Backend(format!("column {col}: expected integer, got {other:?}"))),
        }
    }
    pub fn i64(&self, col: &str) -> Result<i64> {
        self.opt_i64(col)?.ok_or_else(|| Error::Backend(format!("column {col} is NULL")))
    }
    pub fn bool(&self, col: &str) -> Result<bool> {
        Ok(self.i64(col)? != 0)
    }
    pub fn opt_f64(&self, col: &str) -> Result<Option<f64>> {
        match self.value(col)? {
            Value::Null => Ok(None),
            Value::Int(i) => Ok(Some(*i as f64)),
            Value::Real(f) => Ok(Some(*f)),
            _ => Err(Error::Backend(format!("column {col}: expected number"))),
        }
    }
    pub fn opt_str(&self, col: &str) -> Result<Option<String>> {
        match self.value(col)? {
            Value::Null => Ok(None),
            Value::Text(s) => Ok(Some(s.clone())),
            _ => Err(Error::Backend(format!("column {col}: expected text"))),
        }
    }
    pub fn str(&self, col: &str) -> Result<String> {
        self.opt_str(col)?.ok_or_else(|| Error::Backend(format!("column {col} is NULL")))
    }
    pub fn opt_blob(&self, col: &str) -> Result<Option<Vec<u8>>> {
        match self.value(col)? {
            Value::Null => Ok(None),
            Value::Blob(b) => Ok(Some(b.clone())),
            _ => Err(Error::Backend(format!("column {col}: expected blob"))),
        }
    }
}

/// A transaction. SQL uses `?` placeholders and portable types (INTEGER microseconds for
/// time, TEXT, BLOB, REAL).
pub trait Tx {
    fn exec(&mut self, sql: &str, params: &[Value]) -> Result<u64>;
    fn query(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Row>>;

    fn query_opt(&mut self, sql: &str, params: &[Value]) -> Result<Option<Row>> {
        Ok(self.query(sql, params)?.into_iter().next())
    }
    fn query_one(&mut self, sql: &str, params: &[Value]) -> Result<Row> {
        self.query_opt(sql, params)?.ok_or_else(|| Error::Backend("expected a row, found none".into()))
    }
}

pub type TxFn<'a> = dyn FnMut(&mut dyn Tx) -> Result<()> + 'a;

/// Holds a lock while alive.
pub struct LockGuard(#[allow(dead_code)] Box<dyn std::any::Any + Send>);

impl LockGuard {
    pub fn new<T: Send + 'static>(inner: T) -> Self {
        LockGuard(Box::new(inner))
    }
}

pub trait Backend: Send + Sync {
    /// `sqlite` or `postgres`.
    fn kind(&self) -> &'static str;
    /// Where it is, with any password removed (for messages and `check`).
    fn location(&self) -> String;
    /// A read-only snapshot.
    fn read(&self, f: &mut TxFn<'_>) -> Result<()>;
    /// An exclusive write transaction: committed if `f` returns Ok, rolled back otherwise.
    fn write(&self, f: &mut TxFn<'_>) -> Result<()>;
    /// A named lock held until the guard is dropped (or the process dies): `None` when
    /// another process holds it. Used for per-secret rotation locks.
    fn try_lock(&self, name: &str) -> Result<Option<LockGuard>>;
}

/// Run `f` in a read transaction and return its value.
pub fn read<T>(b: &dyn Backend, f: impl FnOnce(&mut dyn Tx) -> Result<T>) -> Result<T> {
    let mut f = Some(f);
    let mut out = None;
    b.read(&mut |tx| {
        let f = f.take().ok_or_else(|| Error::Backend("transaction retried".into()))?;
        out = Some(f(tx)?);
        Ok(())
    })?;
    out.ok_or_else(|| Error::Backend("transaction produced no result".into()))
}

/// Run `f` in a write transaction and return its value.
pub fn write<T>(b: &dyn Backend, f: impl FnOnce(&mut dyn Tx) -> Result<T>) -> Result<T> {
    let mut f = Some(f);
    let mut out = None;
    b.write(&mut |tx| {
        let f = f.take().ok_or_else(|| Error::Backend("transaction retried".into()))?;
        out = Some(f(tx)?);
        Ok(())
    })?;
    out.ok_or_else(|| Error::Backend("transaction produced no result".into()))
}

/// Settings and identity of the installation, stored in the `meta` table.
pub mod meta {
    use super::Tx;
    use crate::error::Result;

    pub const INSTALLATION_ID: &str = "installation_id";
    pub const KEY_CHECK: &str = "key_check";
    pub const SECRET_STORE: &str = "secret_store";
    pub const CREATED_AT: &str = "created_at";

    pub fn get(tx: &mut dyn Tx, key: &str) -> Result<Option<String>> {
        Ok(match tx.query_opt("SELECT value FROM meta WHERE key = ?", &crate::params![key])? {
            Some(r) => Some(r.str("value")?),
            None => None,
        })
    }

    pub fn set(tx: &mut dyn Tx, key: &str, value: &str) -> Result<()> {
        tx.exec(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            &crate::params![key, value],
        )?;
        Ok(())
    }
}
