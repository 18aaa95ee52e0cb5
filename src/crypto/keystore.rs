//! Where the master key lives. Order on open: `MBOCTL_MASTER_KEY` (hex or base64) >
//! the key file `$XDG_CONFIG_HOME/mboctl/keys/<installation-id>.key`. The key file is
//! created once with `O_EXCL` and mode 0600 in a 0700 directory outside the data dir, and
//! checked on every open through the opened descriptor (owner, mode, no symlink, parent
//! not writable by others).
//!
//! The installation id is needed to find the key before the encrypted database can be
//! read, so it is also kept in a plain sidecar file `installation-id` beside `mboctl.db`
//! (not secret); the database's own copy is compared after opening.

use super::keys::MasterKey;
use crate::config::{ensure_private_dir, env};
use crate::error::{Error, Result};
use std::io::{Read, Write};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

/// Where the key in use came from (shown by `init` as `master_key`, never the key).
#[derive(Debug, Clone)]
pub enum KeySource {
    Env,
    File(PathBuf),
    /// The Secret Service (a persistent OS keyring), proven readable by a new process.
    Keyring,
}

impl KeySource {
    pub fn describe(&self) -> String {
        match self {
            KeySource::Env => format!("env:{}", env::MASTER_KEY),
            KeySource::File(p) => format!("file:{}", p.display()),
            KeySource::Keyring => "keyring:secret-service".to_string(),
        }
    }
}

/// The sidecar line that records a keyring-held master key (not secret).
const KEYRING_MARK: &str = "master-key: keyring";

fn keyring_entry(installation_id: &str) -> Result<keyring::Entry> {
    // Secret Service only: kernel keyutils keyrings are memory-only and never the home
    // of a master key.
    let cred = keyring::secret_service::SsCredential::new_with_target(
        None,
        "mboctl",
        &format!("master-key/{installation_id}"),
    )
    .map_err(|e| Error::config(format!("OS keyring unavailable: {e}")))?;
    Ok(keyring::Entry::new_with_credential(Box::new(cred)))
}

/// Store the key in the Secret Service. The caller must prove it with a read-back from
/// a new process (`prove_keyring`) before relying on it.
pub fn keyring_store(installation_id: &str, key: &MasterKey) -> Result<()> {
    keyring_entry(installation_id)?
        .set_password(key.to_hex().as_str())
        .map_err(|e| Error::config(format!("cannot store the master key in the OS keyring: {e}")))
}

pub fn keyring_load(installation_id: &str) -> Result<MasterKey> {
    let v = keyring_entry(installation_id)?.get_password().map_err(|e| {
        Error::config_hint(
            format!("the master key is kept in the OS keyring (Secret Service), which cannot be read: {e}"),
            format!("unlock your keyring, or set {}", env::MASTER_KEY),
        )
    })?;
    let v = zeroize::Zeroizing::new(v);
    MasterKey::parse(&v)
}

pub fn keyring_delete(installation_id: &str) {
    if let Ok(e) = keyring_entry(installation_id) {
        let _ = e.delete_credential();
    }
}

/// Ask a fresh process (this binary, hidden subcommand) to read the key back and print
/// its key-check value: proof that the keyring outlives this process.
pub fn prove_keyring(installation_id: &str, key: &MasterKey) -> bool {
    let Ok(exe) = std::env::current_exe() else {
        return false;
    };
    let out = std::process::Command::new(exe)
        .args(["__keyring-probe", installation_id])
        .env_remove(env::MASTER_KEY)
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .output();
    matches!(out, Ok(o) if o.status.success() && String::from_utf8_lossy(&o.stdout).trim() == key.key_check())
}

/// Whether this installation's key is recorded as living in the keyring.
pub fn uses_keyring(data_dir: &Path) -> bool {
    std::fs::read_to_string(sidecar_path(data_dir)).is_ok_and(|s| s.lines().any(|l| l.trim() == KEYRING_MARK))
}

pub fn mark_keyring(data_dir: &Path) -> Result<()> {
    let p = sidecar_path(data_dir);
    let mut f = std::fs::OpenOptions::new().append(true).open(&p)?;
    writeln!(f, "{KEYRING_MARK}")?;
    f.sync_all()?;
    Ok(())
}

pub fn key_file_path(keys_dir: &Path, installation_id: &str) -> PathBuf {
    keys_dir.join(format!("{installation_id}.key"))
}

pub fn sidecar_path(data_dir: &Path) -> PathBuf {
    data_dir.join("installation-id")
}

pub fn valid_installation_id(id: &str) -> bool {
    id.starts_with("ins_") && id.len() <= 64 && id[4..].bytes().all(|c| c.is_ascii_hexdigit())
}

pub fn read_installation_id(data_dir: &Path) -> Result<Option<String>> {
    match std::fs::read_to_string(sidecar_path(data_dir)) {
        Ok(s) => {
            let id = s.lines().next().unwrap_or("").trim().to_string();
            if !valid_installation_id(&id) {
                return Err(Error::config(format!(
                    "{} does not hold a valid installation id",
                    sidecar_path(data_dir).display()
                )));
            }
            Ok(Some(id))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::config(format!("cannot read installation id: {e}"))),
    }
}

pub fn write_installation_id(data_dir: &Path, id: &str) -> Result<()> {
    ensure_private_dir(data_dir)?;
    let p = sidecar_path(data_dir);
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&p)
        .map_err(|e| Error::config(format!("cannot create {}: {e}", p.display())))?;
    writeln!(f, "{id}")?;
    f.sync_all()?;
    Ok(())
}

/// The key from the environment, if set.
pub fn from_env() -> Result<Option<MasterKey>> {
    match std::env::var(env::MASTER_KEY) {
        Ok(v) if !v.trim().is_empty() => MasterKey::parse(&v).map(Some),
        _ => Ok(None),
    }
}

/// Load the master key for an installation: environment, then key file, then (if the
/// installation recorded it) the OS keyring.
pub fn load(keys_dir: &Path, data_dir: &Path, installation_id: &str) -> Result<(MasterKey, KeySource)> {
    if let Some(k) = from_env()? {
        return Ok((k, KeySource::Env));
    }
    if uses_keyring(data_dir) && !key_file_path(keys_dir, installation_id).exists() {
        return Ok((keyring_load(installation_id)?, KeySource::Keyring));
    }
    let path = key_file_path(keys_dir, installation_id);
    match read_key_file(&path) {
        Ok(k) => Ok((k, KeySource::File(path))),
        Err(Error::NotFound { .. }) => Err(Error::config_hint(
            format!("no master key found for installation {installation_id}"),
            format!("set {} or restore the key file {}", env::MASTER_KEY, path.display()),
        )),
        Err(e) => Err(e),
    }
}

fn read_key_file(path: &Path) -> Result<MasterKey> {
    let mut f = match std::fs::OpenOptions::new().read(true).custom_flags(libc::O_NOFOLLOW).open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::not_found(format!("{} not found", path.display())));
        }
        Err(e) if e.raw_os_error() == Some(libc::ELOOP) => {
            return Err(Error::config(format!("{} is a symlink; refusing to use it", path.display())));
        }
        Err(e) => {
            return Err(Error::config(format!("cannot open {}: {e}", path.display())));
        }
    };
    let md = f.metadata()?;
    // SAFETY: geteuid has no preconditions and cannot fail.
    let uid = unsafe { libc::geteuid() };
    if md.uid() != uid {
        return Err(Error::config_hint(
            format!("{} is owned by uid {}, not by you", path.display(), md.uid()),
            "the key file must belong to the user running mboctl",
        ));
    }
    if md.permissions().mode() & 0o077 != 0 || !md.is_file() {
        return Err(Error::config_hint(
            format!("{} is accessible by group or others", path.display()),
            format!("chmod 600 {}", path.display()),
        ));
    }
    if let Some(parent) = path.parent() {
        let pm = std::fs::metadata(parent)?;
        if pm.permissions().mode() & 0o022 != 0 {
            return Err(Error::config_hint(
                format!("{} is writable by group or others", parent.display()),
                format!("chmod 700 {}", parent.display()),
            ));
        }
    }
    let mut text = zeroize::Zeroizing::new(String::new());
    f.read_to_string(&mut text)?;
    let body: String = text.lines().filter(|l| !l.starts_with('#')).collect::<Vec<_>>().join("");
    let body = zeroize::Zeroizing::new(body);
    MasterKey::parse(&body)
}

/// Create the key file once (O_EXCL, 0600). Never overwrites an existing file.
pub fn create_key_file(keys_dir: &Path, installation_id: &str, key: &MasterKey) -> Result<PathBuf> {
    ensure_private_dir(keys_dir)?;
    let md = std::fs::metadata(keys_dir)?;
    if md.permissions().mode() & 0o022 != 0 {
        return Err(Error::config_hint(
            format!("{} is writable by group or others", keys_dir.display()),
            format!("chmod 700 {}", keys_dir.display()),
        ));
    }
    let path = key_file_path(keys_dir, installation_id);
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .custom_flags(libc::O_NOFOLLOW)
        .open(&path)
        .map_err(|e| Error::config(format!("cannot create key file {}: {e}", path.display())))?;
    let body = zeroize::Zeroizing::new(format!(
        "# mboctl master key for installation {installation_id}. Whoever holds it holds everything.\n{}\n",
        key.to_hex().as_str()
    ));
    f.write_all(body.as_bytes())?;
    f.sync_all()?;
    if let Ok(d) = std::fs::File::open(keys_dir) {
        let _ = d.sync_all();
    }
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_file_roundtrip_and_mode_check() {
        let dir = tempfile::tempdir().unwrap();
        let keys = dir.path().join("keys");
        let k = MasterKey::generate().unwrap();
        let p = create_key_file(&keys, "ins_00ff", &k).unwrap();
        assert_eq!(std::fs::metadata(&p).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(std::fs::metadata(&keys).unwrap().permissions().mode() & 0o777, 0o700);
        let back = read_key_file(&p).unwrap();
        assert_eq!(back.key_check(), k.key_check());
        assert!(create_key_file(&keys, "ins_00ff", &k).is_err(), "never overwritten");
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert!(matches!(read_key_file(&p), Err(Error::Config { .. })));
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).unwrap();
        let link = keys.join("ins_link.key");
        std::os::unix::fs::symlink(&p, &link).unwrap();
        assert!(matches!(read_key_file(&link), Err(Error::Config { .. })));
    }
}
