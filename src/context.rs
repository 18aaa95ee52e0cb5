//! The context every command runs in: resolved settings, the printer, and — opened only
//! when a command needs it — the installation (master key, backend, sealer, audit chain,
//! session file). It also resolves the acting operator and enforces permissions, writing
//! `PERMISSION_DENIED` on refusal.

use crate::audit::auditor::Auditor;
use crate::audit::event::{ActorInfo, EventDraft};
use crate::audit::head::HeadFile;
use crate::backend::{self, Backend, Tx, meta, sqlite::Sqlite};
use crate::clock;
use crate::config::{Settings, env};
use crate::crypto::keys::{MasterKey, SubKey, label};
use crate::crypto::keystore::{self, KeySource};
use crate::crypto::seal::Sealer;
use crate::error::{Error, Result};
use crate::identity::session::{self, SessionFile, SigningKey};
use crate::identity::users::{self, User};
use crate::output::Printer;
use crate::store::{SecretStore, Stage, db::DbStore};
use secrecy::{ExposeSecret, SecretString};
use std::io::{BufRead, IsTerminal};
use std::sync::Arc;

pub const SESSION_KEY: &str = "mboctl/session-key";

/// An opened installation.
pub struct Installation {
    pub id: String,
    pub key: MasterKey,
    pub key_source: KeySource,
    pub backend: Arc<dyn Backend>,
    pub sealer: Arc<Sealer>,
    pub auditor: Arc<Auditor>,
    pub token_key: SubKey,
    pub session_file: SessionFile,
    session_sealer: Sealer,
    /// The `db` store (always the home of mboctl's own keys).
    pub db_store: Arc<dyn SecretStore>,
    /// The store chosen at init, recorded in the backend.
    pub store_kind: String,
    store_cache: std::sync::OnceLock<Arc<dyn SecretStore>>,
}

impl Installation {
    pub fn session_sealer(&self) -> &Sealer {
        &self.session_sealer
    }
}

/// Who is acting.
#[derive(Debug, Clone)]
pub struct Actor {
    pub user: User,
    pub permissions: Vec<String>,
    pub sid: Option<String>,
    pub token_id: Option<String>,
}

impl Actor {
    pub fn info(&self) -> ActorInfo {
        ActorInfo {
            user_id: Some(self.user.id.clone()),
            username: Some(self.user.username.clone()),
            role: Some(self.user.role.clone()),
            subject: Some(self.user.id.clone()),
        }
    }
    pub fn has(&self, p: &str) -> bool {
        self.permissions.iter().any(|x| x == p)
    }
}

pub struct Context {
    pub settings: Settings,
    pub printer: Printer,
    inst: Option<Installation>,
}

impl Context {
    pub fn new(settings: Settings) -> Self {
        let printer = Printer { format: settings.output, color: settings.color };
        Context { settings, printer, inst: None }
    }

    /// Build the installation from an id, key and backend (used by `open` and `init`).
    pub fn attach(&mut self, id: String, key: MasterKey, key_source: KeySource, backend: Arc<dyn Backend>) {
        let sealer = Arc::new(Sealer::new(&key.derive(label::SEAL)));
        let auditor = Arc::new(Auditor::new(key.derive(label::AUDIT), HeadFile::new(&self.settings.keys_dir(), &id)));
        let db_store: Arc<dyn SecretStore> = Arc::new(DbStore::new(backend.clone(), sealer.clone(), auditor.clone()));
        let inst = Installation {
            db_store,
            store_kind: "db".into(),
            store_cache: std::sync::OnceLock::new(),
            auditor,
            token_key: key.derive(label::TOKEN_HASH),
            session_sealer: Sealer::new(&key.derive(label::SESSION_FILE)),
            session_file: SessionFile::new(&self.settings.state_dir, &id),
            id,
            key,
            key_source,
            backend,
            sealer,
        };
        self.inst = Some(inst);
    }

    /// Open the initialised installation: installation id, master key, backend; verify
    /// the key-check value before anything is written (wrong key: exit 3).
    pub fn open(&mut self) -> Result<&Installation> {
        if self.inst.is_none() {
            let path = self.settings.sqlite_path()?;
            let data_dir = path.parent().map(|p| p.to_path_buf()).unwrap_or_else(|| self.settings.data_dir.clone());
            let id = keystore::read_installation_id(&data_dir)?.ok_or_else(|| {
                Error::config_hint(
                    format!("mboctl is not initialised in {}", data_dir.display()),
                    "run `mboctl init` (or pass --data-dir / --profile for another installation)",
                )
            })?;
            let (key, source) = keystore::load(&self.settings.keys_dir(), &data_dir, &id)?;
            let db = Sqlite::open(&path, &key, false)?;
            let (stored_id, check) =
                backend::read(&db, |tx| Ok((meta::get(tx, meta::INSTALLATION_ID)?, meta::get(tx, meta::KEY_CHECK)?)))?;
            if stored_id.as_deref() != Some(id.as_str()) || check.as_deref() != Some(key.key_check().as_str()) {
                return Err(Error::config_hint(
                    "the master key or installation id does not match this backend",
                    "check MBOCTL_MASTER_KEY and --data-dir",
                ));
            }
            let recorded = backend::read(&db, |tx| meta::get(tx, meta::SECRET_STORE))?.unwrap_or_else(|| "db".into());
            if let Some(asked) = &self.settings.secret_store
                && *asked != recorded
            {
                return Err(Error::config_hint(
                    format!("this installation keeps its secrets in the '{recorded}' store, not '{asked}'"),
                    "omit --secret-store / MBOCTL_SECRET_STORE (the store is chosen at init and recorded in the backend)",
                ));
            }
            tracing::debug!(installation = %id, backend = %db.location(), key = %source.describe(), secret_store = %recorded, "opened installation");
            self.attach(id, key, source, Arc::new(db));
            if let Some(i) = self.inst.as_mut() {
                i.store_kind = recorded;
            }
        }
        self.inst.as_ref().ok_or_else(|| Error::Backend("installation not opened".into()))
    }

    /// The store a secret lives in: `mboctl/` names in `db`, the rest in the store chosen
    /// at init.
    pub fn store_for(&self, name: &str) -> Result<Arc<dyn SecretStore>> {
        let inst = self.inst()?;
        if name.starts_with(crate::store::RESERVED_MBOCTL) {
            return Ok(inst.db_store.clone());
        }
        self.store()
    }

    pub fn store(&self) -> Result<Arc<dyn SecretStore>> {
        let inst = self.inst()?;
        if inst.store_kind == "db" {
            return Ok(inst.db_store.clone());
        }
        if let Some(s) = inst.store_cache.get() {
            return Ok(s.clone());
        }
        let s: Arc<dyn SecretStore> = if inst.store_kind == "keyring" {
            Arc::new(crate::store::keyring::KeyringStore::new(
                &inst.id,
                Some(inst.backend.clone()),
                Some(inst.auditor.clone()),
            ))
        } else {
            crate::store::open(&inst.store_kind, &self.settings, inst.backend.clone(), inst.auditor.clone())?
        };
        let _ = inst.store_cache.set(s.clone());
        Ok(s)
    }

    pub fn inst(&self) -> Result<&Installation> {
        self.inst.as_ref().ok_or_else(|| Error::Backend("installation not opened".into()))
    }

    /// Run a write transaction; the audit head file moves forward after it commits.
    pub fn write<T>(&self, f: impl FnOnce(&mut dyn Tx) -> Result<T>) -> Result<T> {
        let inst = self.inst()?;
        inst.auditor.write(inst.backend.as_ref(), f)
    }

    pub fn read<T>(&self, f: impl FnOnce(&mut dyn Tx) -> Result<T>) -> Result<T> {
        backend::read(self.inst()?.backend.as_ref(), f)
    }

    /// Append an audit event inside the current write transaction (fail closed: if this
    /// fails, the transaction — and so the change — is rolled back).
    pub fn audit(&self, tx: &mut dyn Tx, draft: EventDraft) -> Result<()> {
        self.inst()?.auditor.append(tx, &draft)
    }

    /// Record a standalone event (its own transaction).
    pub fn record(&self, draft: EventDraft) -> Result<()> {
        self.write(|tx| self.audit(tx, draft))
    }

    /// The session-key versions valid for verification (current, then previous).
    pub fn session_keys(&self, tx: &mut dyn Tx) -> Result<Vec<SigningKey>> {
        let inst = self.inst()?;
        let mut keys = Vec::new();
        if let Some(v) = DbStore::get_in(tx, &inst.sealer, SESSION_KEY, Stage::Current)? {
            keys.push(SigningKey { kid: v.version, secret: v.value });
        }
        // `previous` verifies only for one session lifetime plus leeway after a rotation:
        // sessions issued before it keep working until they expire, older keys never.
        let rotated = crate::store::meta::get(tx, SESSION_KEY)?.and_then(|m| m.last_rotated_at);
        let window = session::LIFETIME + session::LEEWAY_SECONDS as i64 * crate::clock::SECOND;
        if rotated.is_some_and(|r| clock::now() < r + window)
            && let Some(v) = DbStore::get_in(tx, &inst.sealer, SESSION_KEY, Stage::Previous)?
        {
            keys.push(SigningKey { kid: v.version, secret: v.value });
        }
        if keys.is_empty() {
            return Err(Error::config_hint("the internal session key is missing", "re-run `mboctl init`"));
        }
        Ok(keys)
    }

    fn token_from_env() -> Option<SecretString> {
        std::env::var(env::TOKEN)
            .ok()
            .filter(|t| !t.trim().is_empty())
            .map(|t| SecretString::from(t.trim().to_string()))
    }

    /// Resolve the operator: `MBOCTL_TOKEN` (service token or session token) wins over the
    /// stored session. Authorisation always comes from the backend's current state.
    pub fn authenticate(&mut self) -> Result<Actor> {
        self.open()?;
        let inst = self.inst()?;
        let not_logged_in = || Error::auth_hint("not logged in", "run `mboctl login` or set MBOCTL_TOKEN");
        let from_env = Self::token_from_env();
        let token_in_env = from_env.is_some();
        let token = match from_env {
            Some(t) => t,
            None => inst.session_file.load(inst.session_sealer())?.ok_or_else(not_logged_in)?,
        };
        let now = clock::now();
        let token_key = &inst.token_key;
        let resolved = self.read(|tx| {
            let t = token.expose_secret();
            let (user_id, sid, token_id) = if t.starts_with("mbt_") {
                let h = crate::commands::user::hash_service_token(token_key, t);
                let r = tx
                    .query_opt(
                        "SELECT id, user_id, expires_at, revoked_at FROM service_tokens WHERE token_hash = ?",
                        &crate::params![h],
                    )?
                    .ok_or_else(|| Error::auth("the service token is not valid"))?;
                if r.opt_i64("revoked_at")?.is_some() || r.i64("expires_at")? <= now {
                    return Err(Error::auth("the service token is expired or revoked"));
                }
                (r.str("user_id")?, None, Some(r.str("id")?))
            } else {
                let keys = self.session_keys(tx)?;
                let claims = session::verify(t, &keys)?;
                let r = tx
                    .query_opt(
                        "SELECT user_id, expires_at, revoked_at FROM sessions WHERE sid = ?",
                        &crate::params![claims.sid.clone()],
                    )?
                    .ok_or_else(|| Error::auth_hint("the session no longer exists", "run `mboctl login`"))?;
                if r.opt_i64("revoked_at")?.is_some() {
                    return Err(Error::auth_hint("the session was ended", "run `mboctl login`"));
                }
                if r.i64("expires_at")? <= now {
                    return Err(Error::auth_hint("the session has expired", "run `mboctl login`"));
                }
                let uid = r.str("user_id")?;
                if uid != claims.sub {
                    return Err(Error::auth("the session token is invalid"));
                }
                (uid, Some(claims.sid), None)
            };
            let user = users::by_id(tx, &user_id)?.ok_or_else(|| Error::auth("the account no longer exists"))?;
            if !user.is_active(now) {
                return Err(Error::auth(format!(
                    "the account '{}' is {}",
                    user.username,
                    if user.status == "active" { "expired" } else { "disabled" }
                )));
            }
            let permissions = users::role_permissions(tx, &user.role)?;
            Ok(Actor { user, permissions, sid, token_id })
        });
        match resolved {
            Ok(a) => {
                tracing::debug!(user_id = %a.user.id, role = %a.user.role, via = if a.token_id.is_some() { "service token" } else { "session" }, "authenticated");
                Ok(a)
            }
            Err(Error::Auth { msg, .. }) if token_in_env => {
                Err(Error::auth_hint(msg, "MBOCTL_TOKEN is set and wins over a stored session: fix or unset it"))
            }
            Err(e) => Err(e),
        }
    }

    /// Authenticate and require a permission; a refusal is recorded as
    /// `PERMISSION_DENIED` and exits 4.
    pub fn require(&mut self, permission: &str, command: &str) -> Result<Actor> {
        let actor = self.authenticate()?;
        self.check(actor, permission, command)
    }

    /// `require` for an operator already authenticated.
    pub fn check(&self, actor: Actor, permission: &str, command: &str) -> Result<Actor> {
        if actor.has(permission) {
            return Ok(actor);
        }
        let draft = EventDraft::new("PERMISSION_DENIED")
            .actor(&actor.info())
            .resource("command", command)
            .action("deny")
            .permission(permission);
        self.record(draft)?;
        Err(Error::auth_hint(
            format!(
                "permission denied: '{command}' needs {permission}, which role '{}' does not hold",
                actor.user.role
            ),
            "ask an admin for a role that grants it",
        ))
    }

    /// Ask for confirmation of a destructive action (or require --yes without a TTY).
    pub fn confirm(&self, action: &str) -> Result<()> {
        if self.settings.yes {
            return Ok(());
        }
        if self.settings.no_input {
            return Err(Error::needs_yes(action));
        }
        let ok = dialoguer::Confirm::new()
            .with_prompt(format!("{action}?"))
            .default(false)
            .wait_for_newline(true)
            .interact()
            .map_err(|e| Error::usage(format!("prompt failed: {e}")))?;
        if ok { Ok(()) } else { Err(Error::usage("cancelled")) }
    }

    /// A password from stdin (`--password-stdin`), or a no-echo prompt on a terminal.
    /// Never from argv.
    pub fn read_password(&self, from_stdin: bool, prompt: &str) -> Result<SecretString> {
        if from_stdin {
            return read_stdin_line("password");
        }
        if !self.can_prompt() {
            return Err(Error::needs_input("a password", "--password-stdin"));
        }
        prompt_secret(prompt)
    }

    /// A new password for `username`: from stdin, or prompted on a terminal, checked
    /// against the rules before it is asked a second time (three tries).
    pub fn read_new_password(&self, from_stdin: bool, prompt: &str, username: &str) -> Result<SecretString> {
        if from_stdin {
            let p = read_stdin_line("password")?;
            crate::identity::password::validate(&p, username)?;
            return Ok(p);
        }
        if !self.can_prompt() {
            return Err(Error::needs_input("a password", "--password-stdin"));
        }
        let mut last_err = None;
        for _ in 0..3 {
            let first = prompt_secret(prompt)?;
            if let Err(e) = crate::identity::password::validate(&first, username) {
                eprintln!("{e}");
                last_err = Some(e);
                continue;
            }
            let again = prompt_secret("Repeat")?;
            if first.expose_secret() != again.expose_secret() {
                eprintln!("the passwords do not match");
                last_err = Some(Error::usage("the passwords do not match"));
                continue;
            }
            return Ok(first);
        }
        Err(last_err.unwrap_or_else(|| Error::usage("no password given")))
    }

    pub fn can_prompt(&self) -> bool {
        !self.settings.no_input && std::io::stderr().is_terminal()
    }
}

fn prompt_secret(prompt: &str) -> Result<SecretString> {
    rpassword::prompt_password(format!("{prompt}: "))
        .map(SecretString::from)
        .map_err(|e| Error::usage(format!("cannot read password: {e}")))
}

/// The first line of stdin, trailing newline removed.
pub fn read_stdin_line(what: &str) -> Result<SecretString> {
    let mut line = zeroize::Zeroizing::new(String::new());
    std::io::stdin().lock().read_line(&mut line).map_err(|e| match e.kind() {
        std::io::ErrorKind::InvalidData => Error::usage(format!("the {what} on stdin is not UTF-8 text")),
        _ => Error::Io(e),
    })?;
    let v = line.trim_end_matches(['\n', '\r']).to_string();
    if v.is_empty() {
        return Err(Error::usage_hint(
            format!("no {what} on stdin"),
            format!("pipe the {what} as the first line of stdin"),
        ));
    }
    Ok(SecretString::from(v))
}
