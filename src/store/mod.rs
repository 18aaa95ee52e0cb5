//! The secret-store port, modelled on AWS Secrets Manager (the richest of the four
//! stores): a secret has versions, and the staging labels `current`, `previous` and
//! `pending` point at versions. Implementations: `db` (sealed in the backend, the
//! default and always the home of mboctl's own `mboctl/` keys), `keyring` (Secret
//! Service), `vault` (KV v2) and `aws` (Secrets Manager). Metadata every store shares —
//! type, rotator, rotation dates, policies — lives in the backend (`meta.rs`).

pub mod aws;
pub mod db;
pub mod keyring;
pub mod meta;
pub mod vault;

/// The store kinds, as `--secret-store` names them.
pub const KINDS: &[&str] = &["db", "keyring", "vault", "aws"];

pub fn aws_config(settings: &crate::config::Settings) -> aws::AwsConfig {
    aws::AwsConfig {
        region: settings.get("aws.region"),
        endpoint_url: settings.get("aws.endpoint_url"),
        prefix: settings.get("aws.prefix").unwrap_or_default(),
    }
}

pub fn vault_config(settings: &crate::config::Settings) -> vault::VaultConfig {
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    vault::VaultConfig {
        addr: env("VAULT_ADDR").or_else(|| settings.get("vault.addr")),
        mount: settings.get("vault.mount").unwrap_or_else(|| "secret".into()),
        prefix: settings.get("vault.prefix").unwrap_or_default(),
        namespace: env("VAULT_NAMESPACE").or_else(|| settings.get("vault.namespace")),
        token: env("VAULT_TOKEN").map(SecretString::from),
        role_id: env("VAULT_ROLE_ID").or_else(|| settings.get("vault.role_id")),
        secret_id: env("VAULT_SECRET_ID").map(SecretString::from),
    }
}

/// Open the installation's store (not `db`, which the context builds itself).
pub fn open(
    kind: &str,
    settings: &crate::config::Settings,
    backend: std::sync::Arc<dyn crate::backend::Backend>,
    auditor: std::sync::Arc<crate::audit::auditor::Auditor>,
) -> Result<std::sync::Arc<dyn SecretStore>> {
    match kind {
        "aws" => Ok(std::sync::Arc::new(aws::AwsStore::new(aws_config(settings), backend, auditor)?)),
        "vault" => {
            Ok(std::sync::Arc::new(vault::VaultStore::new(vault_config(settings), Some(backend), Some(auditor))?))
        }
        other => Err(Error::config(format!("the '{other}' secret store is not available in this build"))),
    }
}

/// Can a store of this kind be reached with what is configured? Checked by `init` before
/// anything is written (exit 7 when not).
pub fn probe(kind: &str, settings: &crate::config::Settings) -> Result<()> {
    match kind {
        "db" => Ok(()),
        "aws" => aws::probe(&aws_config(settings)),
        "vault" => vault::VaultStore::new(vault_config(settings), None, None)?.ping(),
        "keyring" => keyring::probe("probe"),
        other => Err(Error::config(format!("the '{other}' secret store is not available in this build"))),
    }
}

use crate::backend::Tx;
use crate::clock::Micros;
use crate::error::{Error, Result};
use secrecy::SecretString;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
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
    pub fn parse(s: &str) -> Result<Stage> {
        match s {
            "current" => Ok(Stage::Current),
            "previous" => Ok(Stage::Previous),
            "pending" => Ok(Stage::Pending),
            _ => Err(Error::usage_hint(format!("unknown stage '{s}'"), "use current, previous or pending")),
        }
    }
}

/// One stored version of a secret.
pub struct Versioned {
    pub version: String,
    pub created_at: Option<Micros>,
    pub value: SecretString,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct VersionInfo {
    pub version: String,
    pub created_at: Option<String>,
    pub stages: Vec<Stage>,
}

/// Runs in a backend transaction: for `db` the same one as the change; for outside
/// stores right after the outside call succeeded (the result event).
pub type Hook<'a> = &'a mut dyn FnMut(&mut dyn Tx) -> Result<()>;

pub trait SecretStore: Send + Sync {
    fn kind(&self) -> &'static str;
    /// Can the store be reached with the credentials at hand? (exit 7 when not)
    fn ping(&self) -> Result<()>;
    /// The version a stage points at, with its value.
    fn get(&self, name: &str, stage: Stage) -> Result<Option<Versioned>>;
    /// Store `value` as `version`, labelled `pending`. Idempotent for the same version.
    /// A secret that does not exist yet is created.
    fn put_pending(&self, name: &str, version: &str, value: &SecretString, hook: Hook<'_>) -> Result<()>;
    /// Move `current` to `version` (the old current becomes `previous`), drop `pending`.
    /// Idempotent: a version that is already current only loses `pending`.
    fn promote(&self, name: &str, version: &str, hook: Hook<'_>) -> Result<()>;
    /// Drop the `pending` label (and the pending value where the store keeps it apart).
    fn drop_pending(&self, name: &str) -> Result<()>;
    /// Every version still held, newest first, with its labels.
    fn versions(&self, name: &str) -> Result<Vec<VersionInfo>>;
    fn delete(&self, name: &str, hook: Hook<'_>) -> Result<()>;
    /// Before a new secret is created: anything in the store that would get in the way
    /// (AWS keeps deleted secrets for a recovery window).
    fn check_new(&self, _name: &str) -> Result<()> {
        Ok(())
    }
}

/// A new version id: a UUID v4 (valid as an AWS `ClientRequestToken`, 32–64 chars).
pub fn new_version_id() -> Result<String> {
    let mut b = crate::crypto::random_bytes::<16>()?;
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = hex::encode(b);
    Ok(format!("{}-{}-{}-{}-{}", &h[0..8], &h[8..12], &h[12..16], &h[16..20], &h[20..32]))
}

/// Secret names: `[a-z0-9][a-z0-9._-]*` segments joined by `/`, at most 256 characters,
/// optionally `NAME#key` for one key of a JSON-object secret.
pub fn parse_name(full: &str) -> Result<(String, Option<String>)> {
    let (name, key) = match full.split_once('#') {
        Some((n, k)) => (n, Some(k)),
        None => (full, None),
    };
    let seg_ok = |s: &str| {
        s.bytes().next().is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            && s.bytes().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || b"._-".contains(&c))
    };
    let ok = !name.is_empty() && name.len() <= 256 && name.split('/').all(seg_ok) && !name.ends_with(".pending");
    if !ok {
        return Err(Error::usage_hint(
            format!("invalid secret name '{}'", full.escape_default()),
            "use lowercase segments [a-z0-9][a-z0-9._-]* joined by '/', at most 256 characters (optionally NAME#key)",
        ));
    }
    if let Some(k) = key
        && (k.is_empty() || k.len() > 128 || !k.bytes().all(|c| c.is_ascii_alphanumeric() || b"._-".contains(&c)))
    {
        return Err(Error::usage_hint(
            format!("invalid key '{k}' in '{full}'"),
            "keys use letters, digits, '.', '_' and '-'",
        ));
    }
    Ok((name.to_string(), key.map(String::from)))
}

pub const RESERVED_MBOCTL: &str = "mboctl/";

/// The largest value accepted (AWS Secrets Manager's limit for a SecretString).
pub const MAX_VALUE: usize = 65_536;

pub fn check_size(v: &SecretString) -> Result<()> {
    use secrecy::ExposeSecret;
    if v.expose_secret().len() > MAX_VALUE {
        return Err(Error::usage(format!("the value is larger than {MAX_VALUE} bytes")));
    }
    Ok(())
}
pub const RESERVED_OAUTH: &str = "oauth/";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(parse_name("mbo/production/api-keys").unwrap(), ("mbo/production/api-keys".into(), None));
        assert_eq!(
            parse_name("mbo/production/api-keys#google_ads_refresh_token").unwrap().1.as_deref(),
            Some("google_ads_refresh_token")
        );
        for bad in ["", "/a", "a/", "A", "a//b", "-a", "a b", "x.pending", "a#", "a#b c"] {
            assert!(parse_name(bad).is_err(), "{bad}");
        }
        assert!(parse_name(&"a".repeat(257)).is_err());
        let v = new_version_id().unwrap();
        assert_eq!(v.len(), 36);
        assert_eq!(&v[14..15], "4");
    }
}
