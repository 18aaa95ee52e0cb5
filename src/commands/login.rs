//! `login`, `logout`, `whoami`, `recover`. Login order (CLI.md): the password first (no
//! MFA information before it passes); then a TOTP or backup code for a user with
//! confirmed MFA; inline enrolment for a user whose role requires MFA; lockouts per
//! factor; a session row and a sealed session token on success.

use super::mfa;
use crate::audit::event::{ActorInfo, EventDraft};
use crate::cli::{LoginArgs, RecoverArgs};
use crate::clock;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::identity::lockout::{self, Factor};
use crate::identity::users::{self, MfaState, User};
use crate::identity::{password, rbac, session, totp};
use crate::output::Outcome;
use secrecy::ExposeSecret;
use serde_json::json;
use zeroize::Zeroizing;

fn actor_of(u: &User) -> ActorInfo {
    ActorInfo {
        user_id: Some(u.id.clone()),
        username: Some(u.username.clone()),
        role: Some(u.role.clone()),
        subject: Some(u.id.clone()),
    }
}

/// Who a login attempt is about: the user's id when the name exists, else the name
/// (its own data subject, so it can be erased like a person's data).
struct Attempt {
    actor: ActorInfo,
    /// Key for lockouts: the user id, or `login:<name>` for names that match no user.
    lock_key: String,
}

impl Attempt {
    fn of(name: &str, user: Option<&User>) -> Attempt {
        match user {
            Some(u) => Attempt { actor: actor_of(u), lock_key: u.id.clone() },
            None => {
                let subject = format!("login:{name}");
                Attempt {
                    actor: ActorInfo {
                        user_id: None,
                        username: Some(name.into()),
                        role: None,
                        subject: Some(subject.clone()),
                    },
                    lock_key: subject,
                }
            }
        }
    }

    fn event(&self, reason: &str) -> EventDraft {
        let mut d =
            EventDraft::new("LOGIN_FAILURE").actor(&self.actor).action("login").new_value(json!({"reason": reason}));
        d.resource = Some("user".into());
        d.resource_id = Some(self.actor.user_id.clone().unwrap_or_else(|| self.lock_key.clone()));
        d.target_subject = self.actor.subject.clone();
        d
    }
}

fn default_login_name() -> String {
    users::normalise_username(&std::env::var("USER").unwrap_or_else(|_| "admin".into()))
}

pub fn login(ctx: &mut Context, a: LoginArgs) -> Result<Outcome> {
    let code = a.code.as_deref().map(totp::normalise_code).transpose()?;
    let name = match a.name {
        Some(n) => n,
        None if ctx.can_prompt() => dialoguer::Input::<String>::new()
            .with_prompt("Username")
            .default(default_login_name())
            .interact_text()
            .map_err(|e| Error::usage(format!("prompt failed: {e}")))?,
        None => default_login_name(),
    };
    users::validate_username(&name)?;
    let pw = ctx.read_password(a.password_stdin, &format!("Password for {name}"))?;
    ctx.open()?;
    let now = clock::now();
    let user = ctx.read(|tx| users::by_name(tx, &name))?;
    let attempt = Attempt::of(&name, user.as_ref());
    let bad = || Error::auth("invalid username or password");

    if let Some(until) = ctx.read(|tx| lockout::locked_until(tx, &attempt.lock_key, Factor::Password, now))? {
        ctx.record(attempt.event("locked"))?;
        return Err(Error::auth_hint(
            format!("password login for '{name}' is locked until {}", clock::rfc3339(until)),
            "wait, or ask an admin; repeated failures are recorded",
        ));
    }
    // Service accounts and unknown names are checked against a dummy hash, so neither
    // timing nor the message tells them apart from a wrong password.
    let hash = user.as_ref().filter(|u| !u.service).and_then(|u| u.password_hash.clone());
    let ok = password::verify(hash.as_deref().unwrap_or(password::dummy_hash()), &pw) && hash.is_some();
    drop(pw);
    if !ok {
        let reason = match &user {
            None => "unknown user",
            Some(u) if u.service => "service account",
            Some(_) => "bad password",
        };
        ctx.write(|tx| {
            let until = lockout::record_failure(tx, &attempt.lock_key, Factor::Password, now)?;
            ctx.audit(tx, attempt.event(reason))?;
            if let Some(u) = until {
                let mut d = EventDraft::new("ACCOUNT_LOCKED")
                    .actor(&attempt.actor)
                    .action("lock")
                    .new_value(json!({"factor": "password", "until": clock::rfc3339(u)}));
                d.resource = Some("user".into());
                d.resource_id = Some(attempt.actor.user_id.clone().unwrap_or_else(|| attempt.lock_key.clone()));
                d.target_subject = attempt.actor.subject.clone();
                ctx.audit(tx, d)?;
            }
            Ok(())
        })?;
        return Err(bad());
    }
    let Some(user) = user else { return Err(bad()) };
    if !user.is_active(now) {
        ctx.record(attempt.event("disabled"))?;
        return Err(Error::auth_hint(
            format!("the account '{name}' is disabled"),
            "ask an admin to run `mboctl user enable`",
        ));
    }
    let backup = a.backup_code.map(Zeroizing::new);
    complete(ctx, &user, code, backup, a.print_token)
}

/// Used by `init` on a terminal: the password was just set, confirm MFA with the first
/// code and log in.
pub fn finish_login_interactive(ctx: &mut Context, name: &str, code: &str) -> Result<Outcome> {
    let code = totp::normalise_code(code)?;
    let user = ctx.read(|tx| users::find(tx, name))?;
    complete(ctx, &user, Some(code), None, false)
}

/// Everything after the password: MFA, then the session.
fn complete(
    ctx: &mut Context,
    user: &User,
    mut code: Option<Zeroizing<String>>,
    backup: Option<Zeroizing<String>>,
    print_token: bool,
) -> Result<Outcome> {
    let now = clock::now();
    let actor = actor_of(user);
    let attempt = Attempt::of(&user.username, Some(user));
    let perms = ctx.read(|tx| users::role_permissions(tx, &user.role))?;
    let required = rbac::requires_mfa(&user.role, &perms);
    let needs_code = user.mfa == MfaState::Enrolled;
    let enrol = !needs_code && required;

    if (needs_code || enrol) && code.is_none() && backup.is_none() {
        if enrol {
            let uid = user.id.clone();
            let seed = ctx.write(|tx| mfa::ensure_pending(tx, &ctx.inst()?.sealer, &uid))?;
            let uri = totp::otpauth_uri(&seed, &user.username);
            if ctx.can_prompt() {
                mfa::show_enrolment(&seed, &uri, "Your role requires MFA.");
            } else {
                ctx.record(attempt.event("mfa enrollment required"))?;
                return Ok(Outcome::record(&json!({
                    "user": user.username,
                    "status": "mfa_enrollment_required",
                    "otpauth_uri": uri.as_str(),
                }))?
                .with_code(crate::error::code::AUTH)
                .with_note(format!(
                    "MFA enrolment required: add the otpauth URI to your authenticator, then run `mboctl login {} --password-stdin --code CODE`",
                    user.username
                )));
            }
        }
        if ctx.can_prompt() {
            let prompt =
                if enrol { "Code from your authenticator" } else { "Code from your authenticator (or a backup code)" };
            let c: String = dialoguer::Input::new()
                .with_prompt(prompt)
                .interact_text()
                .map_err(|e| Error::usage(format!("prompt failed: {e}")))?;
            code = Some(totp::normalise_code(&c)?);
        } else {
            ctx.record(attempt.event("mfa code required"))?;
            return Err(Error::auth_hint("MFA code required", "pass --code CODE or --backup-code CODE"));
        }
    }

    let uid = user.id.clone();
    let username = user.username.clone();
    let role = user.role.clone();
    let result = ctx.write(|tx| {
        let inst = ctx.inst()?;
        let mut backup_codes = None;
        if needs_code || enrol || code.is_some() || backup.is_some() {
            if let Some(u) = lockout::locked_until(tx, &uid, Factor::Code, now)? {
                return Ok(Err(Error::auth(format!("MFA for '{username}' is locked until {}", clock::rfc3339(u)))));
            }
            let row = mfa::load(tx, &inst.sealer, &uid)?;
            let (accepted, kind) = match (&code, &backup, &row.seed, &row.pending) {
                (Some(c), _, Some(seed), _) => (mfa::accept_code(tx, &uid, seed, c, now)?, "totp"),
                (None, Some(b), Some(_), _) => {
                    (mfa::accept_backup_code(tx, &inst.token_key, &uid, b, now)?, "backup_code")
                }
                (Some(c), _, None, Some(pending)) => {
                    let ok = mfa::accept_code(tx, &uid, pending, c, now)?;
                    if ok {
                        let codes = mfa::confirm(tx, &inst.token_key, &uid)?;
                        ctx.audit(
                            tx,
                            EventDraft::new("MFA_ENROLLED")
                                .actor(&actor)
                                .user_resource(&uid)
                                .action("confirm")
                                .new_value(json!({"via": "login", "replaced": false})),
                        )?;
                        backup_codes = Some(codes);
                    }
                    (ok, "totp")
                }
                _ => (false, "none"),
            };
            if !accepted {
                mfa::record_code_failure(ctx, tx, &actor, &uid, kind)?;
                ctx.audit(tx, attempt.event("bad mfa code"))?;
                return Ok(Err(Error::auth_hint(
                    "the MFA code is not valid (or was already used)",
                    "use the current code from your authenticator, or a backup code",
                )));
            }
            lockout::clear_failures(tx, &uid, Factor::Code)?;
        }
        lockout::clear_failures(tx, &uid, Factor::Password)?;
        let (sid, exp) = session::create_row(tx, &uid, now)?;
        tx.exec("UPDATE users SET last_login_at = ? WHERE id = ?", &crate::params![now, uid.clone()])?;
        ctx.audit(
            tx,
            EventDraft::new("LOGIN_SUCCESS")
                .actor(&actor)
                .resource("session", &sid)
                .action("login")
                .new_value(json!({"mfa": needs_code || enrol})),
        )?;
        let keys = ctx.session_keys(tx)?;
        let token = session::sign(&keys[0], &session::claims_for(&sid, &uid, now, exp))?;
        Ok(Ok((token, exp, backup_codes)))
    })?;
    let (token, exp, backup_codes) = result?;
    let inst = ctx.inst()?;
    inst.session_file.save(inst.session_sealer(), &token)?;
    let mut out = json!({
        "user": username,
        "user_id": uid,
        "role": role,
        "session_expires_at": clock::rfc3339(exp),
    });
    if print_token {
        out["token"] = json!(token.expose_secret());
    }
    let mut note = None;
    if let Some(codes) = backup_codes {
        out["backup_codes"] = mfa::codes_json(&codes);
        note = Some("MFA enrolled. Store these backup codes somewhere safe: they are shown only once");
    }
    let o = Outcome::record(&out)?;
    Ok(match note {
        Some(n) => o.with_note(n),
        None => o,
    })
}

pub fn logout(ctx: &mut Context) -> Result<Outcome> {
    let actor = ctx.authenticate()?;
    let Some(sid) = actor.sid.clone() else {
        return Err(Error::usage_hint(
            "a service token has no session to end",
            "revoke it with `mboctl user token revoke`",
        ));
    };
    ctx.write(|tx| {
        tx.exec(
            "UPDATE sessions SET revoked_at = ?, revoked_reason = 'logout' WHERE sid = ? AND revoked_at IS NULL",
            &crate::params![clock::now(), sid.clone()],
        )?;
        ctx.audit(tx, EventDraft::new("LOGOUT").actor(&actor.info()).resource("session", &sid).action("logout"))
    })?;
    let inst = ctx.inst()?;
    if std::env::var(crate::config::env::TOKEN).is_err() {
        inst.session_file.remove()?;
    }
    Outcome::record(&json!({"user": actor.user.username, "logged_out": true}))
}

pub fn whoami(ctx: &mut Context) -> Result<Outcome> {
    let actor = ctx.authenticate()?;
    let exp = match &actor.sid {
        Some(sid) => ctx
            .read(|tx| tx.query_opt("SELECT expires_at FROM sessions WHERE sid = ?", &crate::params![sid.clone()]))?
            .map(|r| r.i64("expires_at"))
            .transpose()?
            .map(clock::rfc3339),
        None => None,
    };
    Outcome::record(&json!({
        "user": actor.user.username,
        "user_id": actor.user.id,
        "role": actor.user.role,
        "permissions": actor.permissions,
        "mfa": actor.user.mfa.as_str(),
        "service": actor.user.service,
        "session_expires_at": exp,
    }))
}

/// Break-glass: needs the master key in `MBOCTL_MASTER_KEY` (not just the key file), and
/// `--yes`. Resets NAME's MFA and sets a new password from stdin.
pub fn recover(ctx: &mut Context, a: RecoverArgs) -> Result<Outcome> {
    users::validate_username(&a.name)?;
    if !a.password_stdin && !ctx.can_prompt() {
        return Err(Error::needs_input("a new password", "--password-stdin"));
    }
    if ctx.settings.no_input && !ctx.settings.yes {
        return Err(Error::needs_yes(&format!("recover '{}' (break-glass)", a.name)));
    }
    if std::env::var(crate::config::env::MASTER_KEY).map(|v| v.trim().is_empty()).unwrap_or(true) {
        return Err(Error::auth_hint(
            "recover needs the master key itself",
            "set MBOCTL_MASTER_KEY to this installation's master key",
        ));
    }
    ctx.open()?;
    let user = ctx.read(|tx| users::find(tx, &a.name))?;
    if user.service {
        return Err(Error::usage("service accounts have no password or MFA to recover"));
    }
    ctx.confirm(&format!("reset MFA and password of '{}' (break-glass recovery)", a.name))?;
    let pw = ctx.read_new_password(a.password_stdin, "New password", &a.name)?;
    let hash = password::hash(&pw)?;
    drop(pw);
    let perms = ctx.read(|tx| users::role_permissions(tx, &user.role))?;
    ctx.write(|tx| {
        mfa::clear(tx, &user.id)?;
        tx.exec(
            "UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ?",
            &crate::params![hash.clone(), clock::now(), user.id.clone()],
        )?;
        tx.exec("DELETE FROM lockouts WHERE user_id = ?", &crate::params![user.id.clone()])?;
        let system = ActorInfo { user_id: None, username: Some("break-glass".into()), role: None, subject: None };
        let n = users::revoke_sessions(tx, &user.id, "break-glass recovery")?;
        ctx.audit(
            tx,
            EventDraft::new("BREAK_GLASS_RECOVERY")
                .actor(&system)
                .user_resource(&user.id)
                .action("recover")
                .new_value(json!({"mfa": "reset", "password": "changed", "sessions_ended": n, "severity": "critical"})),
        )
    })?;
    let note = if rbac::requires_mfa(&user.role, &perms) {
        "recovered: log in with the new password; MFA enrolment will be required again"
    } else {
        "recovered: log in with the new password"
    };
    Ok(Outcome::record(&json!({"user": user.username, "mfa": "none", "password_changed": true}))?.with_note(note))
}
