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

fn failure(ctx: &Context, actor: &ActorInfo, name: &str, reason: &str) -> Result<()> {
    ctx.record(
        EventDraft::new("LOGIN_FAILURE")
            .actor(actor)
            .resource("login", name)
            .action("login")
            .new_value(json!({"reason": reason})),
    )
}

pub fn login(ctx: &mut Context, a: LoginArgs) -> Result<Outcome> {
    let name = match a.name {
        Some(n) => n,
        None if ctx.can_prompt() => dialoguer::Input::<String>::new()
            .with_prompt("Username")
            .interact_text()
            .map_err(|e| Error::usage(format!("prompt failed: {e}")))?,
        None => return Err(Error::needs_input("a username", "the NAME argument")),
    };
    users::validate_username(&name)?;
    let pw = ctx.read_password(a.password_stdin, "Password", false)?;
    ctx.open()?;
    let now = clock::now();
    let user = ctx.read(|tx| users::by_name(tx, &name))?;
    let bad = || Error::auth("invalid username or password");
    let Some(user) = user else {
        let _ = password::verify(password::dummy_hash(), &pw); // equal timing
        let anon = ActorInfo {
            user_id: None,
            username: Some(name.clone()),
            role: None,
            subject: Some(format!("login:{name}")),
        };
        failure(ctx, &anon, &name, "unknown user")?;
        return Err(bad());
    };
    let actor = actor_of(&user);
    if user.service {
        failure(ctx, &actor, &name, "service account")?;
        return Err(Error::auth_hint(
            "service accounts cannot log in",
            "use a service token in MBOCTL_TOKEN",
        ));
    }
    if let Some(until) =
        ctx.read(|tx| lockout::locked_until(tx, &user.id, Factor::Password, now))?
    {
        failure(ctx, &actor, &name, "locked")?;
        return Err(Error::auth(format!(
            "password login for '{name}' is locked until {}",
            clock::rfc3339(until)
        )));
    }
    let ok = user
        .password_hash
        .as_deref()
        .is_some_and(|h| password::verify(h, &pw));
    drop(pw);
    if !ok {
        ctx.write(|tx| {
            let until = lockout::record_failure(tx, &user.id, Factor::Password, now)?;
            ctx.audit(
                tx,
                EventDraft::new("LOGIN_FAILURE")
                    .actor(&actor)
                    .resource("login", &name)
                    .action("login")
                    .new_value(json!({"reason": "bad password"})),
            )?;
            if let Some(u) = until {
                ctx.audit(
                    tx,
                    EventDraft::new("ACCOUNT_LOCKED")
                        .actor(&actor)
                        .user_resource(&user.id)
                        .action("lock")
                        .new_value(json!({"factor": "password", "until": clock::rfc3339(u)})),
                )?;
            }
            Ok(())
        })?;
        return Err(bad());
    }
    if !user.is_active(now) {
        failure(ctx, &actor, &name, "disabled")?;
        return Err(Error::auth(format!("the account '{name}' is disabled")));
    }
    let code = a.code.map(Zeroizing::new);
    let backup = a.backup_code.map(Zeroizing::new);
    complete(ctx, &user, code, backup)
}

/// Used by `init` on a terminal: the password was just set, confirm MFA with the first
/// code and log in.
pub fn finish_login_interactive(ctx: &mut Context, name: &str, code: &str) -> Result<Outcome> {
    let user = ctx.read(|tx| users::find(tx, name))?;
    complete(
        ctx,
        &user,
        Some(Zeroizing::new(code.trim().to_string())),
        None,
    )
}

/// Everything after the password: MFA, then the session.
fn complete(
    ctx: &mut Context,
    user: &User,
    mut code: Option<Zeroizing<String>>,
    backup: Option<Zeroizing<String>>,
) -> Result<Outcome> {
    let now = clock::now();
    let actor = actor_of(user);
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
                if let Some(qr) = totp::qr_terminal(&uri) {
                    eprintln!(
                        "Your role requires MFA. Scan this with your authenticator app:\n{qr}"
                    );
                }
                eprintln!("or enter the key manually: {}", uri.as_str());
            } else {
                failure(ctx, &actor, &user.username, "mfa enrollment required")?;
                return Ok(Outcome::record(&json!({
                    "user": user.username,
                    "status": "mfa_enrollment_required",
                    "otpauth_uri": uri.as_str(),
                }))?
                .with_code(crate::error::code::AUTH)
                .with_note("MFA enrolment required: add the otpauth URI to your authenticator, then log in again with --code CODE"));
            }
        }
        if ctx.can_prompt() {
            let c: String = dialoguer::Input::new()
                .with_prompt("Code from your authenticator (or a backup code)")
                .interact_text()
                .map_err(|e| Error::usage(format!("prompt failed: {e}")))?;
            code = Some(Zeroizing::new(c));
        } else {
            failure(ctx, &actor, &user.username, "mfa code required")?;
            return Err(Error::auth_hint(
                "MFA code required",
                "pass --code CODE or --backup-code CODE",
            ));
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
                return Ok(Err(Error::auth(format!(
                    "MFA for '{username}' is locked until {}",
                    clock::rfc3339(u)
                ))));
            }
            let row = mfa::load(tx, &inst.sealer, &uid)?;
            let (accepted, kind) = match (&code, &backup, &row.seed, &row.pending) {
                (Some(c), _, Some(seed), _) => (mfa::accept_code(tx, &uid, seed, c, now)?, "totp"),
                (None, Some(b), Some(_), _) => (
                    mfa::accept_backup_code(tx, &inst.token_key, &uid, b, now)?,
                    "backup_code",
                ),
                (Some(c), _, None, Some(pending)) => {
                    let ok = mfa::accept_code(tx, &uid, pending, c, now)?;
                    if ok {
                        let codes = mfa::confirm(tx, &inst.token_key, &uid)?;
                        ctx.audit(
                            tx,
                            EventDraft::new("MFA_ENROLLED")
                                .actor(&actor)
                                .user_resource(&uid)
                                .action("confirm"),
                        )?;
                        backup_codes = Some(codes);
                    }
                    (ok, "totp")
                }
                _ => (false, "none"),
            };
            if !accepted {
                mfa::record_code_failure(ctx, tx, &actor, &uid, kind)?;
                ctx.audit(
                    tx,
                    EventDraft::new("LOGIN_FAILURE")
                        .actor(&actor)
                        .resource("login", &username)
                        .action("login")
                        .new_value(json!({"reason": "bad mfa code"})),
                )?;
                return Ok(Err(Error::auth(
                    "the MFA code is not valid (or was already used)",
                )));
            }
            lockout::clear_failures(tx, &uid, Factor::Code)?;
        }
        lockout::clear_failures(tx, &uid, Factor::Password)?;
        let (sid, exp) = session::create_row(tx, &uid, now)?;
        tx.exec(
            "UPDATE users SET last_login_at = ? WHERE id = ?",
            &crate::params![now, uid.clone()],
        )?;
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
    let mut outcome_note = None;
    if let Some(codes) = backup_codes {
        out["backup_codes"] = mfa::codes_json(&codes);
        outcome_note =
            Some("MFA enrolled. Store these backup codes somewhere safe: they are shown only once");
    }
    let o = Outcome::record(&out)?;
    Ok(match outcome_note {
        Some(n) => o.with_note(n),
        None => o,
    })
}

pub fn logout(ctx: &mut Context) -> Result<Outcome> {
    let actor = ctx.authenticate()?;
    let Some(sid) = actor.sid.clone() else {
        return Err(Error::usage(
            "a service token has no session to end; revoke it with `mboctl user token revoke`",
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
            .read(|tx| {
                tx.query_opt(
                    "SELECT expires_at FROM sessions WHERE sid = ?",
                    &crate::params![sid.clone()],
                )
            })?
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
    if std::env::var(crate::config::env::MASTER_KEY)
        .map(|v| v.trim().is_empty())
        .unwrap_or(true)
    {
        return Err(Error::auth_hint(
            "recover needs the master key itself",
            "set MBOCTL_MASTER_KEY to this installation's master key",
        ));
    }
    if !a.password_stdin && !ctx.can_prompt() {
        return Err(Error::needs_input("a new password", "--password-stdin"));
    }
    ctx.confirm(&format!(
        "reset MFA and password of '{}' (break-glass recovery)",
        a.name
    ))?;
    let pw = ctx.read_password(a.password_stdin, "New password", true)?;
    password::validate(&pw, &a.name)?;
    let hash = password::hash(&pw)?;
    drop(pw);
    ctx.open()?;
    let user = ctx.write(|tx| {
        let u = users::find(tx, &a.name)?;
        if u.service {
            return Err(Error::usage(
                "service accounts have no password or MFA to recover",
            ));
        }
        mfa::clear(tx, &u.id)?;
        tx.exec(
            "UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ?",
            &crate::params![hash.clone(), clock::now(), u.id.clone()],
        )?;
        tx.exec(
            "DELETE FROM lockouts WHERE user_id = ?",
            &crate::params![u.id.clone()],
        )?;
        let system = ActorInfo {
            user_id: None,
            username: Some("break-glass".into()),
            role: None,
            subject: None,
        };
        ctx.audit(
            tx,
            EventDraft::new("BREAK_GLASS_RECOVERY")
                .actor(&system)
                .user_resource(&u.id)
                .action("recover")
                .new_value(json!({"mfa": "reset", "password": "changed", "severity": "critical"})),
        )?;
        Ok(u)
    })?;
    Ok(
        Outcome::record(&json!({"user": user.username, "mfa": "none", "password_changed": true}))?
            .with_note(
                "recovered: log in with the new password; MFA enrolment will be required again",
            ),
    )
}
