//! The `db` secret store: versions and staging labels as rows in the backend
//! (`secret_values`, `secret_labels`), values sealed with AES-256-GCM bound to
//! `secret:<name>:<version>`. Every change commits in the same transaction as its audit
//! event (the hook). The `*_in` functions run inside a caller's transaction.

use super::{Hook, SecretStore, Stage, VersionInfo, Versioned};
use crate::audit::auditor::Auditor;
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
    auditor: Arc<Auditor>,
}

fn context(name: &str, version: &str) -> String {
    format!("secret:{name}:{version}")
}

fn set_label(tx: &mut dyn Tx, name: &str, stage: Stage, version: &str) -> Result<()> {
    tx.exec(
        "INSERT INTO secret_labels (name, stage, version) VALUES (?, ?, ?) \
         ON CONFLICT (name, stage) DO UPDATE SET version = excluded.version",
        &params![name, stage.as_str(), version],
    )?;
    Ok(())
}

fn label(tx: &mut dyn Tx, name: &str, stage: Stage) -> Result<Option<String>> {
    tx.query_opt("SELECT version FROM secret_labels WHERE name = ? AND stage = ?", &params![name, stage.as_str()])?
        .map(|r| r.str("version"))
        .transpose()
}

/// Versions with no label are deprecated: removed (as AWS may do).
fn drop_unlabelled(tx: &mut dyn Tx, name: &str) -> Result<()> {
    tx.exec(
        "DELETE FROM secret_values WHERE name = ? AND version NOT IN (SELECT version FROM secret_labels WHERE name = ?)",
        &params![name, name],
    )?;
    Ok(())
}

impl DbStore {
    pub fn new(backend: Arc<dyn Backend>, sealer: Arc<Sealer>, auditor: Arc<Auditor>) -> Self {
        DbStore { backend, sealer, auditor }
    }

    pub fn get_in(tx: &mut dyn Tx, sealer: &Sealer, name: &str, stage: Stage) -> Result<Option<Versioned>> {
        let Some(v) = label(tx, name, stage)? else {
            return Ok(None);
        };
        Self::get_version_in(tx, sealer, name, &v)
    }

    pub fn get_version_in(tx: &mut dyn Tx, sealer: &Sealer, name: &str, version: &str) -> Result<Option<Versioned>> {
        let r = tx.query_opt(
            "SELECT created_at, sealed FROM secret_values WHERE name = ? AND version = ?",
            &params![name, version],
        )?;
        let Some(r) = r else { return Ok(None) };
        let sealed = r.opt_blob("sealed")?.ok_or_else(|| Error::Backend("sealed value missing".into()))?;
        let plain = sealer.open(&context(name, version), &sealed)?;
        let value = String::from_utf8(plain.to_vec()).map_err(|_| Error::Backend("secret is not UTF-8".into()))?;
        Ok(Some(Versioned {
            version: version.to_string(),
            created_at: Some(r.i64("created_at")?),
            value: SecretString::from(value),
        }))
    }

    pub fn put_pending_in(
        tx: &mut dyn Tx,
        sealer: &Sealer,
        name: &str,
        version: &str,
        value: &SecretString,
    ) -> Result<()> {
        let exists = tx
            .query_opt("SELECT version FROM secret_values WHERE name = ? AND version = ?", &params![name, version])?
            .is_some();
        if !exists {
            let sealed = sealer.seal(&context(name, version), value.expose_secret().as_bytes())?;
            tx.exec(
                "INSERT INTO secret_values (name, version, created_at, key_version, sealed) VALUES (?, ?, ?, ?, ?)",
                &params![name, version, clock::now(), KEY_VERSION as i64, sealed],
            )?;
        }
        set_label(tx, name, Stage::Pending, version)
    }

    pub fn promote_in(tx: &mut dyn Tx, name: &str, version: &str) -> Result<()> {
        if tx
            .query_opt("SELECT version FROM secret_values WHERE name = ? AND version = ?", &params![name, version])?
            .is_none()
        {
            return Err(Error::not_found(format!("secret '{name}' has no version {version}")));
        }
        if let Some(cur) = label(tx, name, Stage::Current)?
            && cur != version
        {
            set_label(tx, name, Stage::Previous, &cur)?;
        }
        set_label(tx, name, Stage::Current, version)?;
        tx.exec("DELETE FROM secret_labels WHERE name = ? AND stage = 'pending'", &params![name])?;
        drop_unlabelled(tx, name)
    }

    pub fn delete_in(tx: &mut dyn Tx, name: &str) -> Result<()> {
        tx.exec("DELETE FROM secret_labels WHERE name = ?", &params![name])?;
        tx.exec("DELETE FROM secret_values WHERE name = ?", &params![name])?;
        Ok(())
    }
}

impl SecretStore for DbStore {
    fn kind(&self) -> &'static str {
        "db"
    }

    fn ping(&self) -> Result<()> {
        backend::read(self.backend.as_ref(), |tx| tx.query_one("SELECT 1 AS one", &[]).map(|_| ()))
    }

    fn get(&self, name: &str, stage: Stage) -> Result<Option<Versioned>> {
        backend::read(self.backend.as_ref(), |tx| Self::get_in(tx, &self.sealer, name, stage))
    }

    fn put_pending(&self, name: &str, version: &str, value: &SecretString, hook: Hook<'_>) -> Result<()> {
        self.auditor.write(self.backend.as_ref(), |tx| {
            Self::put_pending_in(tx, &self.sealer, name, version, value)?;
            hook(tx)
        })
    }

    fn promote(&self, name: &str, version: &str, hook: Hook<'_>) -> Result<()> {
        self.auditor.write(self.backend.as_ref(), |tx| {
            Self::promote_in(tx, name, version)?;
            hook(tx)
        })
    }

    fn drop_pending(&self, name: &str) -> Result<()> {
        backend::write(self.backend.as_ref(), |tx| {
            tx.exec("DELETE FROM secret_labels WHERE name = ? AND stage = 'pending'", &params![name])?;
            drop_unlabelled(tx, name)
        })
    }

    fn versions(&self, name: &str) -> Result<Vec<VersionInfo>> {
        backend::read(self.backend.as_ref(), |tx| {
            let rows = tx.query(
                "SELECT v.version, v.created_at, l.stage FROM secret_values v \
                 LEFT JOIN secret_labels l ON l.name = v.name AND l.version = v.version \
                 WHERE v.name = ? ORDER BY v.created_at DESC, v.version",
                &params![name],
            )?;
            let mut out: Vec<VersionInfo> = Vec::new();
            for r in rows {
                let version = r.str("version")?;
                let stage = r.opt_str("stage")?.map(|s| Stage::parse(&s)).transpose()?;
                match out.iter_mut().find(|v| v.version == version) {
                    Some(v) => v.stages.extend(stage),
                    None => out.push(VersionInfo {
                        version,
                        created_at: Some(clock::rfc3339(r.i64("created_at")?)),
                        stages: stage.into_iter().collect(),
                    }),
                }
            }
            Ok(out)
        })
    }

    fn delete(&self, name: &str, hook: Hook<'_>) -> Result<()> {
        self.auditor.write(self.backend.as_ref(), |tx| {
            Self::delete_in(tx, name)?;
            hook(tx)
        })
    }
}
