//! `init`: zero-config on the embedded default. Validates every input first (nothing is
//! written on bad input), then creates, in crash-safe order: the master key (key file,
//! O_EXCL), the installation id sidecar, the encrypted database and its schema, the
//! internal keys, and the first admin with a pending MFA enrolment. Re-running after a
//! crash resumes; once an admin exists it refuses (exit 6).

use crate::audit::event::{ActorInfo, EventDraft};
use crate::backend::{self, meta, sqlite::Sqlite};
use crate::cli::{InitArgs, KeyStore};
use crate::clock;
use crate::context::{Context, SESSION_KEY};
use crate::crypto::keys::MasterKey;
use crate::crypto::keystore::{self, KeySource};
use crate::crypto::{self};
use crate::error::{Error, Result};
use crate::identity::{password, totp, users};
use crate::output::Outcome;
use crate::store::db::DbStore;
use secrecy::SecretString;
use serde_json::json;
use std::sync::Arc;

/// Put the master key in the Secret Service and prove a new process can read it back;
/// otherwise remove it again and say why.
fn keyring_home(id: &str, key: &MasterKey) -> std::result::Result<(), String> {
    keystore::keyring_store(id, key).map_err(|e| e.to_string())?;
    if keystore::prove_keyring(id, key) {
        Ok(())
    } else {
        keystore::keyring_delete(id);
        Err("the OS keyring did not return the master key to a new process (not persistent or not unlocked)".into())
    }
}

pub fn new_internal_key() -> Result<SecretString> {
    Ok(SecretString::from(hex::encode(crypto::random_bytes::<32>()?)))
}

pub fn run(ctx: &mut Context, a: InitArgs) -> Result<Outcome> {
    // 1. Inputs first.
    let admin = match &a.admin {
        Some(n) => n.clone(),
        None => users::normalise_username(&std::env::var("USER").unwrap_or_else(|_| "admin".into())),
    };
    users::validate_username(&admin)?;
    let store_kind = ctx.settings.secret_store.clone().unwrap_or_else(|| "db".into());
    let path = ctx.settings.sqlite_path()?;
    let data_dir = path.parent().map(|p| p.to_path_buf()).unwrap_or_else(|| ctx.settings.data_dir.clone());
    let keys_dir = ctx.settings.keys_dir();

    // 2. An existing installation: refuse if it has an admin, else resume.
    let existing_id = keystore::read_installation_id(&data_dir)?;
    if path.exists() && existing_id.is_none() {
        return Err(Error::config_hint(
            format!("{} exists but its installation-id file is missing", path.display()),
            "restore the installation-id file beside the database",
        ));
    }
    let resumed: Option<(String, MasterKey, KeySource)> = match &existing_id {
        Some(id) => match keystore::load(&keys_dir, &data_dir, id) {
            Ok((k, s)) => Some((id.clone(), k, s)),
            Err(e) if path.exists() => return Err(e),
            Err(_) => {
                // Died before the database was created and the key is gone: start over.
                std::fs::remove_file(keystore::sidecar_path(&data_dir))?;
                None
            }
        },
        None => None,
    };
    if let Some((id, key, _)) = &resumed
        && path.exists()
    {
        let db = Sqlite::open(&path, key, false)?;
        let has_admin = backend::read(&db, |tx| {
            if let Some(stored) = meta::get(tx, meta::INSTALLATION_ID)?
                && stored != *id
            {
                return Err(Error::config("the database belongs to another installation"));
            }
            users::any_admin(tx)
        })?;
        if has_admin {
            return Err(Error::conflict_hint(
                format!("mboctl is already initialised in {}", data_dir.display()),
                "use `mboctl login`; to start over, use another --data-dir or --profile",
            ));
        }
    }
    // The chosen store must be reachable before anything is written.
    crate::store::probe(&store_kind, &ctx.settings)?;
    let password = ctx.read_new_password(a.password_stdin, &format!("Password for {admin}"), &admin)?;
    let hash = password::hash(&password)?;
    drop(password);

    // 3. Key and installation id.
    let (id, key, source) = match resumed {
        Some(r) => r,
        None => {
            let id = format!("ins_{}", hex::encode(crypto::random_bytes::<8>()?));
            let (key, source) = match keystore::from_env()? {
                Some(k) => (k, KeySource::Env),
                None => {
                    let k = MasterKey::generate()?;
                    if a.key_store == KeyStore::Keyring {
                        match keyring_home(&id, &k) {
                            Ok(()) => (k, KeySource::Keyring),
                            Err(why) => {
                                eprintln!("note: {why}; keeping the master key in a key file instead");
                                let p = keystore::create_key_file(&keys_dir, &id, &k)?;
                                (k, KeySource::File(p))
                            }
                        }
                    } else {
                        let p = keystore::create_key_file(&keys_dir, &id, &k)?;
                        (k, KeySource::File(p))
                    }
                }
            };
            keystore::write_installation_id(&data_dir, &id)?;
            if matches!(source, KeySource::Keyring) {
                keystore::mark_keyring(&data_dir)?;
            }
            (id, key, source)
        }
    };

    // 4. Database, schema, settings, internal keys.
    crate::config::ensure_private_dir(&data_dir)?;
    let db = Arc::new(Sqlite::open(&path, &key, true)?);
    let key_check = key.key_check();
    ctx.attach(id.clone(), key, source.clone(), db);
    let sealer = ctx.inst()?.sealer.clone();
    ctx.write(|tx| {
        if meta::get(tx, meta::INSTALLATION_ID)?.is_none() {
            meta::set(tx, meta::INSTALLATION_ID, &id)?;
            meta::set(tx, meta::KEY_CHECK, &key_check)?;
            meta::set(tx, meta::SECRET_STORE, &store_kind)?;
            meta::set(tx, meta::CREATED_AT, &clock::rfc3339(clock::now()))?;
        }
        users::seed_roles(tx)?;
        if DbStore::get_in(tx, &sealer, SESSION_KEY, crate::store::Stage::Current)?.is_none() {
            let v = crate::store::new_version_id()?;
            DbStore::put_pending_in(tx, &sealer, SESSION_KEY, &v, &new_internal_key()?)?;
            DbStore::promote_in(tx, SESSION_KEY, &v)?;
            crate::store::meta::upsert(tx, SESSION_KEY, "jwt_secret", Some("jwt"), "db")?;
            crate::store::meta::mark_rotated(tx, SESSION_KEY, clock::now())?;
        }
        Ok(())
    })?;

    // 5. The first admin, with a pending MFA enrolment, and its audit event.
    let email = a.email.clone();
    let (user_id, seed) = ctx.write(|tx| {
        if users::any_admin(tx)? {
            return Err(Error::conflict("an admin already exists"));
        }
        let uid = users::insert(
            tx,
            &users::NewUser {
                username: &admin,
                email: email.as_deref(),
                role: "admin",
                service: false,
                password_hash: Some(hash.clone()),
                expires_at: None,
            },
        )?;
        let seed = super::mfa::ensure_pending(tx, &sealer, &uid)?;
        let actor = ActorInfo {
            user_id: Some(uid.clone()),
            username: Some(admin.clone()),
            role: Some("admin".into()),
            subject: Some(uid.clone()),
        };
        ctx.audit(
            tx,
            EventDraft::new("USER_CREATED")
                .actor(&actor)
                .user_resource(&uid)
                .action("create")
                .new_value(json!({"username": admin, "role": "admin", "service": false, "via": "init"})),
        )?;
        Ok((uid, seed))
    })?;
    let uri = totp::otpauth_uri(&seed, &admin);

    // 6. On a terminal: QR code and the first code at once.
    if ctx.can_prompt() {
        super::mfa::show_enrolment(&seed, &uri, &format!("Admin '{admin}' created; MFA is required."));
        let code: String = dialoguer::Input::new()
            .with_prompt("First code from the app")
            .interact_text()
            .map_err(|e| Error::usage(format!("prompt failed: {e}")))?;
        let out = super::login::finish_login_interactive(ctx, &admin, &code).map_err(|e| match e {
            Error::Auth { msg, .. } | Error::Usage { msg, .. } => Error::auth_hint(
                format!("{msg}; the installation is ready, MFA is not confirmed yet"),
                format!("finish with `mboctl login {admin}` (the same QR code / key is shown again)"),
            ),
            other => other,
        })?;
        return Ok(out.with_note(format!(
            "initialised installation {id}; master key stored at {} — back it up like a root credential",
            source.describe()
        )));
    }
    Ok(Outcome::record(&json!({
        "admin": admin,
        "user_id": user_id,
        "installation_id": id,
        "master_key": source.describe(),
        "otpauth_uri": uri.as_str(),
    }))?
    .with_note(format!(
        "add the otpauth URI to your authenticator app, then confirm MFA with `mboctl login {admin} --password-stdin --code CODE`"
    )))
}
