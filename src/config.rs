//! Layered settings: built-in defaults < config file (top level, then `[profiles.NAME]`)
//! < environment < flags. clap resolves flag-vs-environment for the global flags (each
//! flag names its variable once, in cli.rs); this module fills what is still unset from
//! the config file and then from defaults, and works out the XDG paths.

use crate::cli::GlobalArgs;
use crate::error::{Error, Result};
use crate::output::Format;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// Every environment variable mboctl reads, named once.
pub mod env {
    pub const CONFIG: &str = "MBOCTL_CONFIG";
    pub const PROFILE: &str = "MBOCTL_PROFILE";
    pub const DATA_DIR: &str = "MBOCTL_DATA_DIR";
    pub const BACKEND: &str = "MBOCTL_BACKEND";
    pub const SECRET_STORE: &str = "MBOCTL_SECRET_STORE";
    pub const OUTPUT: &str = "MBOCTL_OUTPUT";
    pub const NO_INPUT: &str = "MBOCTL_NO_INPUT";
    pub const LOG: &str = "MBOCTL_LOG";
    pub const MASTER_KEY: &str = "MBOCTL_MASTER_KEY";
    pub const KEY_STORE: &str = "MBOCTL_KEY_STORE";
    pub const TOKEN: &str = "MBOCTL_TOKEN";
    pub const NO_COLOR: &str = "NO_COLOR";
    pub const SSH_CLIENT: &str = "SSH_CLIENT";
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone)]
pub struct Settings {
    pub profile: String,
    pub config_path: PathBuf,
    pub config_dir: PathBuf,
    pub data_dir: PathBuf,
    pub state_dir: PathBuf,
    pub backend_url: String,
    pub secret_store: Option<String>,
    pub output: Format,
    pub no_input: bool,
    pub yes: bool,
    pub color: bool,
    /// The merged config table (top level overlaid with the profile), for later features.
    pub file: toml::Table,
}

fn home() -> PathBuf {
    std::env::var_os("HOME").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("/"))
}

fn xdg(var: &str, fallback: &str) -> PathBuf {
    match std::env::var_os(var) {
        Some(v) if Path::new(&v).is_absolute() => PathBuf::from(v),
        _ => home().join(fallback),
    }
}

pub fn default_config_dir() -> PathBuf {
    xdg("XDG_CONFIG_HOME", ".config").join("mboctl")
}

fn valid_profile(p: &str) -> bool {
    !p.is_empty() && p.len() <= 64 && p.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
}

/// Read the config file and overlay the profile table on the top level.
fn load_file(path: &Path, explicit: bool, profile: &str) -> Result<toml::Table> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !explicit => {
            return Ok(toml::Table::new());
        }
        Err(e) => {
            return Err(Error::config_hint(
                format!("cannot read config file {}: {e}", path.display()),
                "check --config / MBOCTL_CONFIG",
            ));
        }
    };
    let mut top: toml::Table = text.parse().map_err(|e: toml::de::Error| {
        Error::config_hint(
            format!("invalid config file {}: {}", path.display(), e.message()),
            "fix the TOML syntax (see `mboctl --help` for the keys)",
        )
    })?;
    const KNOWN: &[&str] = &[
        "backend",
        "secret_store",
        "data_dir",
        "output",
        "vault",
        "aws",
        "oauth",
        "token",
        "check",
        "incident",
        "profiles",
    ];
    for k in top.keys().filter(|k| !KNOWN.contains(&k.as_str())) {
        tracing::warn!("unknown key '{k}' in {} (ignored)", path.display());
    }
    let profiles = top.remove("profiles");
    if let Some(toml::Value::Table(mut profiles)) = profiles
        && let Some(toml::Value::Table(p)) = profiles.remove(profile)
    {
        for (k, v) in p {
            top.insert(k, v);
        }
    } else if profile != "default" {
        return Err(Error::config_hint(
            format!("profile '{profile}' is not defined in {}", path.display()),
            format!("add a [profiles.{profile}] table or choose another --profile"),
        ));
    }
    Ok(top)
}

fn file_str(t: &toml::Table, key: &str) -> Result<Option<String>> {
    match t.get(key) {
        None => Ok(None),
        Some(toml::Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(Error::config(format!("config key '{key}' must be a string"))),
    }
}

impl Settings {
    pub fn resolve(g: &GlobalArgs) -> Result<Settings> {
        let profile = g.profile.clone().unwrap_or_else(|| "default".to_string());
        if !valid_profile(&profile) {
            return Err(Error::usage_hint(
                format!("invalid profile name '{profile}'"),
                "use letters, digits, '-' and '_'",
            ));
        }
        let config_dir = default_config_dir();
        let (config_path, explicit) = match &g.config {
            Some(p) => (p.clone(), true),
            None => (config_dir.join("config.toml"), false),
        };
        let file = load_file(&config_path, explicit, &profile)?;

        let data_dir = match &g.data_dir {
            Some(d) => d.clone(),
            None => match file_str(&file, "data_dir")? {
                Some(d) => PathBuf::from(d),
                None => xdg("XDG_DATA_HOME", ".local/share").join("mboctl").join(&profile),
            },
        };
        let backend_url = match g.backend.clone().or(file_str(&file, "backend")?) {
            Some(b) => b,
            None => format!("sqlite://{}", data_dir.join("mboctl.db").display()),
        };
        let secret_store = g.secret_store.clone().or(file_str(&file, "secret_store")?);
        if let Some(s) = &secret_store
            && !["db", "keyring", "vault", "aws"].contains(&s.as_str())
        {
            return Err(Error::usage_hint(
                format!("unknown secret store '{s}'"),
                "use one of: db, keyring, vault, aws",
            ));
        }
        let output = match g.output {
            Some(o) => o,
            None => match file_str(&file, "output")? {
                Some(o) => o.parse().map_err(|e: String| Error::config(e))?,
                None => Format::Table,
            },
        };
        let no_input = g.no_input || !std::io::stdin().is_terminal();
        let color = match Color::from(g.color) {
            Color::Always => true,
            Color::Never => false,
            Color::Auto => {
                std::env::var_os(env::NO_COLOR).is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
            }
        };
        Ok(Settings {
            profile,
            config_path,
            config_dir: config_dir.clone(),
            data_dir,
            state_dir: xdg("XDG_STATE_HOME", ".local/state").join("mboctl"),
            backend_url,
            secret_store,
            output,
            no_input,
            yes: g.yes,
            color,
            file,
        })
    }

    /// A config value by dotted path (`aws.endpoint_url`): the environment variable
    /// `MBOCTL_<PATH>` with `__` for nesting (`MBOCTL_AWS__ENDPOINT_URL`) wins over the
    /// config file (profile overlaid on top level).
    pub fn get(&self, path: &str) -> Option<String> {
        let var = format!("MBOCTL_{}", path.to_ascii_uppercase().replace('.', "__").replace('-', "_"));
        if let Ok(v) = std::env::var(&var) {
            return Some(v);
        }
        let mut cur: Option<&toml::Value> = None;
        for (i, part) in path.split('.').enumerate() {
            cur = if i == 0 { self.file.get(part) } else { cur?.get(part) };
        }
        match cur? {
            toml::Value::String(s) => Some(s.clone()),
            other => Some(other.to_string()),
        }
    }

    /// The directory holding master-key files and audit heads.
    pub fn keys_dir(&self) -> PathBuf {
        self.config_dir.join("keys")
    }

    /// The SQLite path when the backend is embedded.
    pub fn sqlite_path(&self) -> Result<PathBuf> {
        if let Some(p) = self.backend_url.strip_prefix("sqlite://") {
            return Ok(PathBuf::from(p));
        }
        if self.backend_url.starts_with("postgres://") || self.backend_url.starts_with("postgresql://") {
            return Err(Error::config_hint(
                "the PostgreSQL backend is not available in this build yet",
                "use the embedded default (omit --backend) until PostgreSQL support lands",
            ));
        }
        Err(Error::usage_hint(
            format!("unsupported backend URL scheme in '{}'", redact_url(&self.backend_url)),
            "use sqlite://PATH or postgres://…",
        ))
    }
}

/// Remove a password from a URL for messages.
pub fn redact_url(url: &str) -> String {
    if let Some((scheme, rest)) = url.split_once("://")
        && let Some((creds, host)) = rest.split_once('@')
    {
        let user = creds.split(':').next().unwrap_or("");
        return format!("{scheme}://{user}:***@{host}");
    }
    url.to_string()
}

/// Create a directory (and parents) with mode 0700.
pub fn ensure_private_dir(dir: &Path) -> Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    if !dir.exists() {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(|e| Error::config(format!("cannot create directory {}: {e}", dir.display())))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts_passwords() {
        assert_eq!(redact_url("postgres://mbo:s3cret@db/x"), "postgres://mbo:***@db/x");
        assert_eq!(redact_url("sqlite:///tmp/a.db"), "sqlite:///tmp/a.db");
    }

    #[test]
    fn nested_keys_from_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.toml");
        std::fs::write(&p, "[aws]\nregion = \"eu-west-1\"\n[profiles.prod.aws]\nregion = \"us-east-1\"\n").unwrap();
        let mk = |profile: &str| Settings {
            profile: profile.into(),
            config_path: p.clone(),
            config_dir: dir.path().into(),
            data_dir: dir.path().into(),
            state_dir: dir.path().into(),
            backend_url: String::new(),
            secret_store: None,
            output: Format::Table,
            no_input: true,
            yes: false,
            color: false,
            file: load_file(&p, true, profile).unwrap(),
        };
        assert_eq!(mk("default").get("aws.region").as_deref(), Some("eu-west-1"));
        assert_eq!(mk("prod").get("aws.region").as_deref(), Some("us-east-1"));
        assert_eq!(mk("default").get("vault.addr"), None);
    }

    #[test]
    fn profile_overlays_top_level() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.toml");
        std::fs::write(&p, "backend = \"sqlite:///a\"\n[profiles.prod]\nbackend = \"sqlite:///b\"\n").unwrap();
        let t = load_file(&p, true, "prod").unwrap();
        assert_eq!(t.get("backend").unwrap().as_str(), Some("sqlite:///b"));
        let t = load_file(&p, true, "default").unwrap();
        assert_eq!(t.get("backend").unwrap().as_str(), Some("sqlite:///a"));
        assert!(load_file(&p, true, "nope").is_err());
    }
}
