//! The `keyring` store: the OS keyring through the `keyring` crate, Secret Service only
//! (persistent: gnome-keyring, KWallet, KeePassXC). Kernel keyutils keyrings are
//! memory-only and lost on reboot, so they are never used for secrets: where no Secret
//! Service answers, the store is refused with a clear message. Each secret is one entry
//! holding a small versioned document `{versions: [{id, created_at, value}], current,
//! previous, pending}`; the list of names lives in the backend's metadata.

use super::{Hook, SecretStore, Stage, VersionInfo, Versioned};
use crate::audit::auditor::Auditor;
use crate::backend::Backend;
use crate::clock;
use crate::error::{Error, Result};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use zeroize::Zeroizing;

#[derive(Serialize, Deserialize, Default)]
struct Doc {
    versions: Vec<DocVersion>,
    current: Option<String>,
    previous: Option<String>,
    pending: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct DocVersion {
    id: String,
    created_at: i64,
    value: String,
}

impl Drop for DocVersion {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.value);
    }
}

pub struct KeyringStore {
    installation: String,
    backend: Option<Arc<dyn Backend>>,
    auditor: Option<Arc<Auditor>>,
}

fn unavailable(e: impl std::fmt::Display) -> Error {
    Error::external_hint(
        format!("no persistent OS keyring (Secret Service) answers: {e}"),
        "unlock your desktop keyring (gnome-keyring, KWallet); memory-only kernel keyrings are not used for secrets",
    )
}

impl KeyringStore {
    pub fn new(installation: &str, backend: Option<Arc<dyn Backend>>, auditor: Option<Arc<Auditor>>) -> Self {
        KeyringStore { installation: installation.to_string(), backend, auditor }
    }

    fn entry(&self, name: &str) -> Result<keyring::Entry> {
        let cred = keyring::secret_service::SsCredential::new_with_target(
            None,
            "mboctl-secrets",
            &format!("{}/{name}", self.installation),
        )
        .map_err(unavailable)?;
        Ok(keyring::Entry::new_with_credential(Box::new(cred)))
    }

    fn load(&self, name: &str) -> Result<Option<Doc>> {
        match self.entry(name)?.get_password() {
            Ok(s) => {
                let s = Zeroizing::new(s);
                serde_json::from_str(&s)
                    .map(Some)
                    .map_err(|_| Error::Backend(format!("keyring entry for {name} is malformed")))
            }
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(unavailable(e)),
        }
    }

    fn save(&self, name: &str, doc: &Doc) -> Result<()> {
        let s = Zeroizing::new(serde_json::to_string(doc)?);
        self.entry(name)?.set_password(&s).map_err(unavailable)
    }

    fn hook(&self, hook: Hook<'_>) -> Result<()> {
        match (&self.auditor, &self.backend) {
            (Some(a), Some(b)) => a.write(b.as_ref(), hook),
            _ => Err(Error::Backend("the keyring store was opened without a backend".into())),
        }
    }
}

fn version<'a>(doc: &'a Doc, id: &Option<String>) -> Option<&'a DocVersion> {
    let id = id.as_ref()?;
    doc.versions.iter().find(|v| &v.id == id)
}

fn prune(doc: &mut Doc) {
    let keep = [doc.current.clone(), doc.previous.clone(), doc.pending.clone()];
    doc.versions.retain(|v| keep.iter().any(|k| k.as_deref() == Some(v.id.as_str())));
}

impl SecretStore for KeyringStore {
    fn kind(&self) -> &'static str {
        "keyring"
    }

    fn ping(&self) -> Result<()> {
        self.load("__mboctl-ping").map(|_| ())
    }

    fn get(&self, name: &str, stage: Stage) -> Result<Option<Versioned>> {
        let Some(doc) = self.load(name)? else { return Ok(None) };
        let id = match stage {
            Stage::Current => &doc.current,
            Stage::Previous => &doc.previous,
            Stage::Pending => &doc.pending,
        };
        Ok(version(&doc, id).map(|v| Versioned {
            version: v.id.clone(),
            created_at: Some(v.created_at),
            value: SecretString::from(v.value.clone()),
        }))
    }

    fn put_pending(&self, name: &str, id: &str, value: &SecretString, hook: Hook<'_>) -> Result<()> {
        let mut doc = self.load(name)?.unwrap_or_default();
        if !doc.versions.iter().any(|v| v.id == id) {
            doc.versions.push(DocVersion {
                id: id.into(),
                created_at: clock::now(),
                value: value.expose_secret().to_string(),
            });
        }
        if doc.current.is_none() {
            doc.current = Some(id.into()); // a new secret's first version is current
        } else if doc.current.as_deref() != Some(id) {
            doc.pending = Some(id.into());
        }
        prune(&mut doc);
        self.save(name, &doc)?;
        self.hook(hook)
    }

    fn promote(&self, name: &str, id: &str, hook: Hook<'_>) -> Result<()> {
        let mut doc = self.load(name)?.ok_or_else(|| Error::not_found(format!("no keyring entry for {name}")))?;
        if !doc.versions.iter().any(|v| v.id == id) {
            return Err(Error::not_found(format!("{name} has no version {id}")));
        }
        if doc.current.as_deref() != Some(id) {
            doc.previous = doc.current.take();
            doc.current = Some(id.into());
        }
        doc.pending = None;
        prune(&mut doc);
        self.save(name, &doc)?;
        self.hook(hook)
    }

    fn drop_pending(&self, name: &str) -> Result<()> {
        if let Some(mut doc) = self.load(name)? {
            doc.pending = None;
            prune(&mut doc);
            self.save(name, &doc)?;
        }
        Ok(())
    }

    fn versions(&self, name: &str) -> Result<Vec<VersionInfo>> {
        let Some(doc) = self.load(name)? else { return Ok(Vec::new()) };
        let mut out: Vec<(i64, VersionInfo)> = doc
            .versions
            .iter()
            .map(|v| {
                let mut stages = Vec::new();
                for (s, l) in
                    [(Stage::Current, &doc.current), (Stage::Previous, &doc.previous), (Stage::Pending, &doc.pending)]
                {
                    if l.as_deref() == Some(v.id.as_str()) {
                        stages.push(s);
                    }
                }
                (
                    v.created_at,
                    VersionInfo { version: v.id.clone(), created_at: Some(clock::rfc3339(v.created_at)), stages },
                )
            })
            .collect();
        out.sort_by_key(|x| std::cmp::Reverse(x.0));
        Ok(out.into_iter().map(|x| x.1).collect())
    }

    fn delete(&self, name: &str, hook: Hook<'_>) -> Result<()> {
        match self.entry(name)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => {}
            Err(e) => return Err(unavailable(e)),
        }
        self.hook(hook)
    }
}

/// `init --secret-store keyring`: the Secret Service must answer, and a value written
/// now must be readable by a new process (proof that it is not a per-process keyring).
pub fn probe(installation_hint: &str) -> Result<()> {
    let s = KeyringStore::new(installation_hint, None, None);
    let e = s.entry("__mboctl-probe")?;
    let token = hex::encode(crate::crypto::random_bytes::<16>()?);
    e.set_password(&token).map_err(unavailable)?;
    let exe = std::env::current_exe()?;
    let out = std::process::Command::new(exe)
        .args(["__keyring-read", &format!("{installation_hint}/__mboctl-probe")])
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .output()?;
    let _ = e.delete_credential();
    let want = hex::encode(crate::crypto::sha256(token.as_bytes()));
    if out.status.success() && String::from_utf8_lossy(&out.stdout).trim() == want {
        Ok(())
    } else {
        Err(Error::external_hint(
            "the OS keyring did not give a value back to a new process: it is not a persistent Secret Service keyring",
            "use a desktop session with gnome-keyring or KWallet unlocked, or another --secret-store",
        ))
    }
}

/// For the hidden `__keyring-read USER` command: the SHA-256 of an entry's value.
pub fn read_check(user: &str) -> Result<String> {
    let cred =
        keyring::secret_service::SsCredential::new_with_target(None, "mboctl-secrets", user).map_err(unavailable)?;
    let v = keyring::Entry::new_with_credential(Box::new(cred)).get_password().map_err(unavailable)?;
    Ok(hex::encode(crate::crypto::sha256(v.as_bytes())))
}
