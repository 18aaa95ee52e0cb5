//! The embedded default: one SQLCipher 4 file (`mboctl.db`), WAL, `secure_delete`, writers
//! serialised by `BEGIN IMMEDIATE` with a busy timeout, so two processes can write at once
//! safely. The database key is the HKDF sub-key `mboctl/sqlite/v1` given as a raw key.

use super::{Backend, LockGuard, Row, Tx, TxFn, Value};
use crate::crypto::keys::MasterKey;
use crate::error::{Error, Result};
use rusqlite::{Connection, OpenFlags, TransactionBehavior, types::ValueRef};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Ordered migrations: (version, SQL). Applied in one write transaction each.
const MIGRATIONS: &[(i64, &str)] = &[
    (1, include_str!("migrations/sqlite/0001_init.sql")),
    (2, include_str!("migrations/sqlite/0002_secrets.sql")),
    (3, include_str!("migrations/sqlite/0003_journal_action.sql")),
    (4, include_str!("migrations/sqlite/0004_journal_target.sql")),
];

pub struct Sqlite {
    path: PathBuf,
    conn: Mutex<Connection>,
}

impl Sqlite {
    /// Open (and with `create`, create) the encrypted database. A wrong key is detected
    /// by the first read and reported as a configuration error (exit 3) before anything
    /// is written.
    pub fn open(path: &Path, key: &MasterKey, create: bool) -> Result<Self> {
        if !create && !path.exists() {
            return Err(Error::config_hint(
                format!("no mboctl database at {}", path.display()),
                "run `mboctl init` first, or point --data-dir/--backend at an initialised one",
            ));
        }
        let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        if create {
            flags |= OpenFlags::SQLITE_OPEN_CREATE;
        }
        let conn = Connection::open_with_flags(path, flags)
            .map_err(|e| Error::config(format!("cannot open {}: {e}", path.display())))?;
        // SQLCipher logs "hmac check failed" to stderr on a wrong key; we report it ourselves.
        let _ = conn.execute_batch("PRAGMA cipher_log_level = NONE;");
        conn.execute_batch(&format!("PRAGMA key = {};", key.sqlcipher_key().as_str()))
            .map_err(|_| Error::config("cannot apply the database key"))?;
        // SQLCipher sets its default log level (WARN, to stderr) when the key activates
        // the codec; silence it after that, so dependencies stay quiet.
        let _ = conn.execute_batch("PRAGMA cipher_log_level = NONE;");
        let cipher: Option<String> = conn.query_row("PRAGMA cipher_version", [], |r| r.get(0)).ok();
        if cipher.is_none() {
            return Err(Error::config_hint(
                "this build is linked against plain SQLite, not SQLCipher; refusing to store data unencrypted",
                "rebuild without LIBSQLITE3_SYS_USE_PKG_CONFIG",
            ));
        }
        conn.busy_timeout(Duration::from_secs(15))?;
        if let Err(e) = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0)) {
            return Err(match e {
                rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::NotADatabase => {
                    Error::config_hint(
                        format!("{} cannot be decrypted: wrong master key", path.display()),
                        "check MBOCTL_MASTER_KEY or the key file for this installation",
                    )
                }
                other => Error::from(other),
            });
        }
        conn.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA secure_delete = ON; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;",
        )?;
        let db = Sqlite { path: path.to_path_buf(), conn: Mutex::new(conn) };
        db.migrate()?;
        Ok(db)
    }

    fn migrate(&self) -> Result<()> {
        let mut conn = self.lock()?;
        let current: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        let latest = MIGRATIONS.last().map(|m| m.0).unwrap_or(0);
        if current > latest {
            return Err(Error::config_hint(
                format!("database schema v{current} is newer than this mboctl understands (v{latest})"),
                "upgrade mboctl",
            ));
        }
        if current == latest {
            return Ok(());
        }
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Re-read inside the lock: another process may have migrated meanwhile.
        let current: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        for (v, sql) in MIGRATIONS.iter().filter(|(v, _)| *v > current) {
            tx.execute_batch(sql)?;
            tx.execute_batch(&format!("PRAGMA user_version = {v};"))?;
        }
        tx.commit()?;
        Ok(())
    }

    fn lock(&self) -> Result<std::sync::MutexGuard<'_, Connection>> {
        self.conn.lock().map_err(|_| Error::Backend("connection mutex poisoned".into()))
    }
}

struct SqliteTx<'a>(&'a rusqlite::Transaction<'a>);

fn to_sql(v: &Value) -> rusqlite::types::Value {
    use rusqlite::types::Value as V;
    match v {
        Value::Null => V::Null,
        Value::Int(i) => V::Integer(*i),
        Value::Real(f) => V::Real(*f),
        Value::Text(s) => V::Text(s.clone()),
        Value::Blob(b) => V::Blob(b.clone()),
    }
}

impl Tx for SqliteTx<'_> {
    fn exec(&mut self, sql: &str, params: &[Value]) -> Result<u64> {
        let mut stmt = self.0.prepare_cached(sql)?;
        let p: Vec<_> = params.iter().map(to_sql).collect();
        Ok(stmt.execute(rusqlite::params_from_iter(p))? as u64)
    }

    fn query(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Row>> {
        let mut stmt = self.0.prepare_cached(sql)?;
        let columns: Arc<Vec<String>> = Arc::new(stmt.column_names().iter().map(|s| s.to_string()).collect());
        let p: Vec<_> = params.iter().map(to_sql).collect();
        let n = columns.len();
        let mut rows = stmt.query(rusqlite::params_from_iter(p))?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let mut values = Vec::with_capacity(n);
            for i in 0..n {
                values.push(match r.get_ref(i)? {
                    ValueRef::Null => Value::Null,
                    ValueRef::Integer(i) => Value::Int(i),
                    ValueRef::Real(f) => Value::Real(f),
                    ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
                    ValueRef::Blob(b) => Value::Blob(b.to_vec()),
                });
            }
            out.push(Row { columns: columns.clone(), values });
        }
        Ok(out)
    }
}

impl Backend for Sqlite {
    fn kind(&self) -> &'static str {
        "sqlite"
    }

    fn location(&self) -> String {
        format!("sqlite://{}", self.path.display())
    }

    fn read(&self, f: &mut TxFn<'_>) -> Result<()> {
        let mut conn = self.lock()?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Deferred)?;
        f(&mut SqliteTx(&tx))?;
        tx.commit()?;
        Ok(())
    }

    /// A file lock in `<data dir>/locks/`: released by the OS when the process dies, so a
    /// killed rotation never leaves a stale lock behind.
    fn try_lock(&self, name: &str) -> Result<Option<LockGuard>> {
        let dir = self.path.with_file_name("locks");
        crate::config::ensure_private_dir(&dir)?;
        let file = dir.join(format!("{}.lock", &hex::encode(crate::crypto::sha256(name.as_bytes()))[..32]));
        let f = std::fs::OpenOptions::new().create(true).truncate(false).write(true).open(&file)?;
        match f.try_lock() {
            Ok(()) => Ok(Some(LockGuard::new(f))),
            Err(std::fs::TryLockError::WouldBlock) => Ok(None),
            Err(std::fs::TryLockError::Error(e)) => Err(e.into()),
        }
    }

    fn write(&self, f: &mut TxFn<'_>) -> Result<()> {
        let mut conn = self.lock()?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        f(&mut SqliteTx(&tx))?; // on error the transaction is dropped: rolled back
        tx.commit()?;
        Ok(())
    }
}
