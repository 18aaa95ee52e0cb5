//! The `db` secret store: versions and staging labels as rows in the backend, values
//! sealed with AES-256-GCM bound to `secret:<name>:<version>`. The `*_in` functions run
//! inside a caller's transaction so a secret change and its audit event commit together.

use super::{SecretStore, Stage, Versioned};
use crate::backend::{self, Backend, Tx};
use crate::clock;
use crate::crypto::keys::KEY_VERSION;
use crate::crypto::seal::Sealer;
use crate::error::{Error, Result};
use crate::params;
use secrecy::{ExposeSecret, SecretString};
use std::sync::Arc;

pub struct DbStore {
    backend: Arc<dyn Backend>,
    sealer: Arc<Sealer>,
}

fn context(name: &str, version: &str) -> String {
    format!("secret:{name}:{version}")
}

impl DbStore {
    pub fn new(backend: Arc<dyn Backend>, sealer: Arc<Sealer>) -> Self {
        DbStore { backend, sealer }
    }

    pub fn get_in(
        tx: &mut dyn Tx,
        sealer: &Sealer,
        name: &str,
        stage: Stage,
    ) -> Result<Option<Versioned>> {
        let r = tx.query_opt(
            "SELECT v.version, v.created_at, v.sealed FROM secret_stages s \
             JOIN secret_versions v ON v.name = s.name AND v.version = s.version \
             WHERE s.name = ? AND s.stage = ?",
            &params![name, stage.as_str()],
        )?;
        let Some(r) = r else { return Ok(None) };
        let version = r.str("version")?;
        let sealed = r
            .opt_blob("sealed")?
            .ok_or_else(|| Error::Backend("sealed value missing".into()))?;
        let plain = sealer.open(&context(name, &version), &sealed)?;
        let value = String::from_utf8(plain.to_vec())
            .map_err(|_| Error::Backend("secret is not UTF-8".into()))?;
        Ok(Some(Versioned {
            version,
            created_at: r.i64("created_at")?,
            value: SecretString::from(value),
        }))
    }

    pub fn put_pending_in(
        tx: &mut dyn Tx,
        sealer: &Sealer,
        name: &str,
        secret_type: &str,
        version: &str,
        value: &SecretString,
    ) -> Result<()> {
        let now = clock::now();
        tx.exec(
            "INSERT INTO secrets (name, type, created_at, updated_at) VALUES (?, ?, ?, ?) \
             ON CONFLICT (name) DO UPDATE SET updated_at = excluded.updated_at",
            &params![name, secret_type, now, now],
        )?;
        let sealed = sealer.seal(&context(name, version), value.expose_secret().as_bytes())?;
        tx.exec(
            "INSERT INTO secret_versions (name, version, created_at, key_version, sealed) VALUES (?, ?, ?, ?, ?)",
            &params![name, version, now, KEY_VERSION as i64, sealed],
        )?;
        tx.exec(
            "INSERT INTO secret_stages (name, stage, version) VALUES (?, 'pending', ?) \
             ON CONFLICT (name, stage) DO UPDATE SET version = excluded.version",
            &params![name, version],
        )?;
        Ok(())
    }

    pub fn promote_in(tx: &mut dyn Tx, name: &str, version: &str) -> Result<()> {
        let cur = tx.query_opt(
            "SELECT version FROM secret_stages WHERE name = ? AND stage = 'current'",
            &params![name],
        )?;
        if let Some(cur) = cur {
            let cur = cur.str("version")?;
            if cur == version {
                return Ok(()); // already finished: idempotent
            }
            tx.exec(
                "INSERT INTO secret_stages (name, stage, version) VALUES (?, 'previous', ?) \
                 ON CONFLICT (name, stage) DO UPDATE SET version = excluded.version",
                &params![name, cur],
            )?;
        }
        tx.exec(
            "INSERT INTO secret_stages (name, stage, version) VALUES (?, 'current', ?) \
             ON CONFLICT (name, stage) DO UPDATE SET version = excluded.version",
            &params![name, version],
        )?;
        tx.exec(
            "DELETE FROM secret_stages WHERE name = ? AND stage = 'pending'",
            &params![name],
        )?;
        tx.exec(
            "UPDATE secrets SET last_rotated_at = ?, updated_at = ? WHERE name = ?",
            &params![clock::now(), clock::now(), name],
        )?;
        Ok(())
    }
}

impl SecretStore for DbStore {
    fn kind(&self) -> &'static str {
        "db"
    }

    fn get(&self, name: &str, stage: Stage) -> Result<Option<Versioned>> {
        backend::read(self.backend.as_ref(), |tx| {
            Self::get_in(tx, &self.sealer, name, stage)
        })
    }

    fn put_pending(
        &self,
        name: &str,
        secret_type: &str,
        version: &str,
        value: &SecretString,
    ) -> Result<()> {
        backend::write(self.backend.as_ref(), |tx| {
            Self::put_pending_in(tx, &self.sealer, name, secret_type, version, value)
        })
    }

    fn promote(&self, name: &str, version: &str) -> Result<()> {
        backend::write(self.backend.as_ref(), |tx| {
            Self::promote_in(tx, name, version)
        })
    }
}
