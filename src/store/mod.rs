//! The secret-store port, modelled on AWS Secrets Manager (the richest of the four
//! planned stores): a secret has versions, and the staging labels `current`, `previous`
//! and `pending` point at versions. `db` (sealed in the backend) is the default and the
//! home of mboctl's internal keys; keyring, Vault KV v2 and AWS follow with the secrets
//! issue behind the same trait.

pub mod db;

use crate::error::Result;
use secrecy::SecretString;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Current,
    Previous,
    Pending,
}

impl Stage {
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Current => "current",
            Stage::Previous => "previous",
            Stage::Pending => "pending",
        }
    }
}

/// One stored version of a secret.
pub struct Versioned {
    pub version: String,
    pub created_at: i64,
    pub value: SecretString,
}

pub trait SecretStore: Send + Sync {
    fn kind(&self) -> &'static str;
    /// The version a stage points at, with its value.
    fn get(&self, name: &str, stage: Stage) -> Result<Option<Versioned>>;
    /// Store a new version under `pending` (replacing an older pending label).
    fn put_pending(
        &self,
        name: &str,
        secret_type: &str,
        version: &str,
        value: &SecretString,
    ) -> Result<()>;
    /// Move `current` to `version` (the old current becomes `previous`), drop `pending`.
    fn promote(&self, name: &str, version: &str) -> Result<()>;
}
