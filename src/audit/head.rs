//! The chain head (`seq`, `link`) remembered outside the database, next to the key file,
//! so that cutting off the newest events is detected. It carries a MAC under the audit
//! key; it is only ever moved forward, under a file lock.

use crate::clock;
use crate::config::ensure_private_dir;
use crate::crypto::{self, keys::SubKey};
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Head {
    pub seq: i64,
    pub link: String,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct SignedHead {
    pub installation_id: String,
    pub seq: i64,
    pub link: String,
    pub written_at: String,
    pub mac: String,
}

pub struct HeadFile {
    path: PathBuf,
    installation_id: String,
}

fn mac(key: &SubKey, id: &str, h: &Head) -> String {
    hex::encode(crypto::hmac_sha256(
        key.bytes(),
        &[b"mboctl audit head\0", id.as_bytes(), b"\0", &(h.seq as u64).to_be_bytes(), h.link.as_bytes()],
    ))
}

impl HeadFile {
    pub fn new(keys_dir: &Path, installation_id: &str) -> Self {
        HeadFile { path: keys_dir.join(format!("{installation_id}.head")), installation_id: installation_id.into() }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn sign(&self, key: &SubKey, h: &Head) -> SignedHead {
        SignedHead {
            installation_id: self.installation_id.clone(),
            seq: h.seq,
            link: h.link.clone(),
            written_at: clock::rfc3339(clock::now()),
            mac: mac(key, &self.installation_id, h),
        }
    }

    /// The remembered head, if any. A head whose MAC does not verify is an error: the
    /// file was altered.
    pub fn read_verified(&self, key: &SubKey) -> Result<Option<Head>> {
        let text = match std::fs::read_to_string(&self.path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => {
                return Err(Error::config(format!("cannot read {}: {e}", self.path.display())));
            }
        };
        let s: SignedHead =
            serde_json::from_str(&text).map_err(|_| Error::config(format!("{} is malformed", self.path.display())))?;
        let h = Head { seq: s.seq, link: s.link };
        if !crypto::ct_eq(mac(key, &self.installation_id, &h).as_bytes(), s.mac.as_bytes())
            || s.installation_id != self.installation_id
        {
            return Err(Error::config_hint(
                format!("the audit head {} does not verify under this installation's key", self.path.display()),
                "the file was altered or belongs to another installation",
            ));
        }
        Ok(Some(h))
    }

    /// Parse and check a signed head kept elsewhere (`audit head` output).
    pub fn parse_signed(&self, key: &SubKey, text: &str) -> Result<Head> {
        let s: SignedHead = serde_json::from_str(text)
            .map_err(|e| Error::usage(format!("the head file is not a signed head from `mboctl audit head`: {e}")))?;
        let h = Head { seq: s.seq, link: s.link };
        if s.installation_id != self.installation_id
            || !crypto::ct_eq(mac(key, &self.installation_id, &h).as_bytes(), s.mac.as_bytes())
        {
            return Err(Error::usage("the head file does not verify under this installation's key"));
        }
        Ok(h)
    }

    /// Move the head forward to `h` (never backwards), atomically.
    pub fn advance(&self, key: &SubKey, h: &Head) -> Result<()> {
        self.store(key, h, false)
    }

    /// Set the head to `h` even if it is behind the remembered one (`audit head --accept`).
    pub fn force(&self, key: &SubKey, h: &Head) -> Result<()> {
        self.store(key, h, true)
    }

    fn store(&self, key: &SubKey, h: &Head, force: bool) -> Result<()> {
        let dir = self.path.parent().unwrap_or(Path::new("."));
        ensure_private_dir(dir)?;
        let lock_path = self.path.with_extension("head.lock");
        let lock = std::fs::OpenOptions::new().create(true).truncate(false).write(true).mode(0o600).open(&lock_path)?;
        lock.lock()?;
        if !force
            && let Ok(Some(cur)) = self.read_verified(key)
            && cur.seq >= h.seq
        {
            return Ok(());
        }
        let tmp = self.path.with_extension(format!("head.tmp{}", std::process::id()));
        {
            let mut f = std::fs::OpenOptions::new().create(true).truncate(true).write(true).mode(0o600).open(&tmp)?;
            f.write_all(serde_json::to_string_pretty(&self.sign(key, h))?.as_bytes())?;
            f.sync_all()?;
        }
        std::fs::rename(&tmp, &self.path)?;
        Ok(())
    }
}
