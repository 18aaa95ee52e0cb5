//! `mfa` commands, and the MFA steps `login` and `init` share: pending enrolment (the
//! seed stays the same until confirmed or reset), code checks with single-use steps
//! (atomic compare-and-set of the last accepted step), backup codes, lockouts.

use crate::audit::event::{ActorInfo, EventDraft};
use crate::backend::Tx;
use crate::cli::{BackupCodesCmd, MfaCmd};
use crate::clock::{self, Micros};
use crate::context::Context;
use crate::crypto::keys::SubKey;
use crate::crypto::seal::Sealer;
use crate::error::{Error, Result};
use crate::identity::lockout::{self, Factor};
use crate::identity::users::{self, MfaState};
use crate::identity::{backup_codes, totp};
use crate::output::Outcome;
use crate::params;
use serde_json::json;
use zeroize::Zeroizing;

fn seal_ctx(user_id: &str) -> String {
    format!("mfa:{user_id}")
}

pub struct MfaRow {
    pub seed: Option<Zeroizing<Vec<u8>>>,
    pub pending: Option<Zeroizing<Vec<u8>>>,
}

pub fn load(tx: &mut dyn Tx, sealer: &Sealer, user_id: &str) -> Result<MfaRow> {
    let r = tx.query_opt("SELECT seed_sealed, pending_sealed FROM mfa WHERE user_id = ?", &params![user_id])?;
    let mut row = MfaRow { seed: None, pending: None };
    if let Some(r) = r {
        if let Some(s) = r.opt_blob("seed_sealed")? {
            row.seed = Some(sealer.open(&seal_ctx(user_id), &s)?);
        }
        if let Some(s) = r.opt_blob("pending_sealed")? {
            row.pending = Some(sealer.open(&seal_ctx(user_id), &s)?);
        }
    }
    Ok(row)
}

/// The pending seed, created if there is none (stable until confirmed or reset).
pub fn ensure_pending(tx: &mut dyn Tx, sealer: &Sealer, user_id: &str) -> Result<Zeroizing<Vec<u8>>> {
    if let Some(p) = load(tx, sealer, user_id)?.pending {
        return Ok(p);
    }
    new_pending(tx, sealer, user_id)
}

/// Replace any pending seed with a new one.
pub fn new_pending(tx: &mut dyn Tx, sealer: &Sealer, user_id: &str) -> Result<Zeroizing<Vec<u8>>> {
    let seed = totp::new_seed()?;
    let sealed = sealer.seal(&seal_ctx(user_id), &seed)?;
    tx.exec(
        "INSERT INTO mfa (user_id, pending_sealed, pending_since) VALUES (?, ?, ?) \
         ON CONFLICT (user_id) DO UPDATE SET pending_sealed = excluded.pending_sealed, pending_since = excluded.pending_since",
        &params![user_id, sealed, clock::now()],
    )?;
    Ok(seed)
}

/// Accept a TOTP code for `seed` once: the matching step must be later than the last
/// accepted one, set atomically.
pub fn accept_code(tx: &mut dyn Tx, user_id: &str, seed: &[u8], code: &str, now: Micros) -> Result<bool> {
    let Some(step) = totp::matching_step(seed, code, now)? else {
        return Ok(false);
    };
    tx.exec("INSERT INTO mfa (user_id) VALUES (?) ON CONFLICT (user_id) DO NOTHING", &params![user_id])?;
    let n = tx.exec(
        "UPDATE mfa SET last_step = ? WHERE user_id = ? AND (last_step IS NULL OR last_step < ?)",
        &params![step, user_id, step],
    )?;
    Ok(n == 1)
}

/// Use a backup code once.
pub fn accept_backup_code(tx: &mut dyn Tx, key: &SubKey, user_id: &str, code: &str, now: Micros) -> Result<bool> {
    let h = backup_codes::hash(key, user_id, code);
    let n = tx.exec(
        "UPDATE backup_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL",
        &params![now, user_id, h],
    )?;
    Ok(n == 1)
}

/// Replace a user's backup codes with ten new ones, returned once.
pub fn regenerate_codes(tx: &mut dyn Tx, key: &SubKey, user_id: &str) -> Result<Vec<Zeroizing<String>>> {
    let codes = backup_codes::generate()?;
    tx.exec("DELETE FROM backup_codes WHERE user_id = ?", &params![user_id])?;
    for c in &codes {
        tx.exec(
            "INSERT INTO backup_codes (user_id, code_hash) VALUES (?, ?)",
            &params![user_id, backup_codes::hash(key, user_id, c)],
        )?;
    }
    Ok(codes)
}

/// Make the pending seed the confirmed one and issue backup codes.
pub fn confirm(tx: &mut dyn Tx, key: &SubKey, user_id: &str) -> Result<Vec<Zeroizing<String>>> {
    tx.exec(
        "UPDATE mfa SET seed_sealed = pending_sealed, pending_sealed = NULL, pending_since = NULL, enrolled_at = ? WHERE user_id = ?",
        &params![clock::now(), user_id],
    )?;
    regenerate_codes(tx, key, user_id)
}

pub fn backup_codes_left(tx: &mut dyn Tx, user_id: &str) -> Result<i64> {
    tx.query_one("SELECT count(*) AS n FROM backup_codes WHERE user_id = ? AND used_at IS NULL", &params![user_id])?
        .i64("n")
}

/// Record a failed code (and a lockout when it trips); to be committed even though the
/// command then fails.
pub fn record_code_failure(
    ctx: &Context,
    tx: &mut dyn Tx,
    actor: &ActorInfo,
    user_id: &str,
    kind: &str,
) -> Result<Option<Micros>> {
    let until = lockout::record_failure(tx, user_id, Factor::Code, clock::now())?;
    ctx.audit(
        tx,
        EventDraft::new("MFA_CHALLENGE_FAILED")
            .actor(actor)
            .user_resource(user_id)
            .action("verify")
            .new_value(json!({"factor": kind})),
    )?;
    if let Some(u) = until {
        ctx.audit(
            tx,
            EventDraft::new("ACCOUNT_LOCKED")
                .actor(actor)
                .user_resource(user_id)
                .action("lock")
                .new_value(json!({"factor": "code", "until": clock::rfc3339(u)})),
        )?;
    }
    Ok(until)
}

pub fn codes_json(codes: &[Zeroizing<String>]) -> serde_json::Value {
    json!(codes.iter().map(|c| c.as_str().to_string()).collect::<Vec<_>>())
}

/// Show a new seed on a terminal: the QR code, and the key for manual entry.
pub fn show_enrolment(seed: &[u8], uri: &str, intro: &str) {
    match totp::qr_terminal(uri) {
        Some(qr) => eprintln!("{intro} Scan this with your authenticator app (issuer {}):\n{qr}", totp::ISSUER),
        None => eprintln!("{intro}"),
    }
    eprintln!("or enter this key manually (SHA1, 6 digits, 30 s): {}", totp::base32(seed).as_str());
}

pub fn run(ctx: &mut Context, cmd: MfaCmd) -> Result<Outcome> {
    match cmd {
        MfaCmd::Enroll { code } => enroll(ctx, code.as_deref()),
        MfaCmd::Confirm { code } => confirm_cmd(ctx, &code),
        MfaCmd::Status { name } => status(ctx, name),
        MfaCmd::BackupCodes(BackupCodesCmd::Regenerate { code }) => regenerate(ctx, &code),
        MfaCmd::Reset { name } => reset(ctx, &name),
    }
}

/// Re-authenticate with a current TOTP code (single-use, counts towards the lockout).
fn reauth(ctx: &Context, actor: &crate::context::Actor, code: &str) -> Result<()> {
    let code = totp::normalise_code(code)?;
    let uid = actor.user.id.clone();
    let info = actor.info();
    let now = clock::now();
    ctx.write(|tx| {
        let inst = ctx.inst()?;
        if let Some(u) = lockout::locked_until(tx, &uid, Factor::Code, now)? {
            return Ok(Err(Error::auth(format!("MFA is locked until {}", clock::rfc3339(u)))));
        }
        let row = load(tx, &inst.sealer, &uid)?;
        let Some(seed) = row.seed else {
            return Ok(Err(Error::conflict("MFA is not enrolled")));
        };
        if accept_code(tx, &uid, &seed, &code, now)? {
            lockout::clear_failures(tx, &uid, Factor::Code)?;
            Ok(Ok(()))
        } else {
            record_code_failure(ctx, tx, &info, &uid, "totp")?;
            Ok(Err(Error::auth_hint(
                "the code is not valid (or was already used)",
                "use the current code from your authenticator",
            )))
        }
    })?
}

fn enroll(ctx: &mut Context, code: Option<&str>) -> Result<Outcome> {
    let actor = ctx.authenticate()?;
    if actor.user.service {
        return Err(Error::usage("service accounts cannot enrol in MFA"));
    }
    if actor.user.mfa == MfaState::Enrolled {
        let Some(code) = code else {
            return Err(Error::usage_hint(
                "MFA is already enrolled: replacing it needs a code from your current authenticator",
                "pass --code CODE (or ask an admin for `mboctl mfa reset`)",
            ));
        };
        reauth(ctx, &actor, code)?;
    }
    let uid = actor.user.id.clone();
    let seed = ctx.write(|tx| new_pending(tx, &ctx.inst()?.sealer, &uid))?;
    let uri = totp::otpauth_uri(&seed, &actor.user.username);
    let shown = ctx.can_prompt();
    if shown {
        show_enrolment(&seed, &uri, "New MFA seed.");
    }
    let how = if shown {
        "scan the QR code or add the otpauth URI to your authenticator"
    } else {
        "add the otpauth URI to your authenticator"
    };
    Ok(Outcome::record(&json!({"pending": true, "state": actor.user.mfa.as_str(), "otpauth_uri": uri.as_str()}))?
        .with_note(format!("{how}, then run `mboctl mfa confirm --code CODE`")))
}

fn confirm_cmd(ctx: &mut Context, code: &str) -> Result<Outcome> {
    let code = totp::normalise_code(code)?;
    let actor = ctx.authenticate()?;
    let uid = actor.user.id.clone();
    let info = actor.info();
    let now = clock::now();
    let replacing = actor.user.mfa == MfaState::Enrolled;
    let res = ctx.write(|tx| {
        let inst = ctx.inst()?;
        if let Some(u) = lockout::locked_until(tx, &uid, Factor::Code, now)? {
            return Ok(Err(Error::auth(format!("MFA is locked until {}", clock::rfc3339(u)))));
        }
        let row = load(tx, &inst.sealer, &uid)?;
        let Some(pending) = row.pending else {
            return Ok(Err(Error::conflict_hint("there is no pending MFA enrolment", "run `mboctl mfa enroll` first")));
        };
        if !accept_code(tx, &uid, &pending, &code, now)? {
            record_code_failure(ctx, tx, &info, &uid, "totp")?;
            return Ok(Err(Error::auth_hint(
                "the code is not valid (or was already used)",
                "use a code generated from the new seed",
            )));
        }
        let codes = confirm(tx, &inst.token_key, &uid)?;
        ctx.audit(
            tx,
            EventDraft::new("MFA_ENROLLED")
                .actor(&info)
                .user_resource(&uid)
                .action("confirm")
                .new_value(json!({"via": "mfa confirm", "replaced": replacing})),
        )?;
        Ok(Ok(codes))
    })?;
    let codes = res?;
    Ok(Outcome::record(&json!({"state": "enrolled", "backup_codes": codes_json(&codes)}))?
        .with_note("store these backup codes somewhere safe: they are shown only once"))
}

fn status(ctx: &mut Context, name: Option<String>) -> Result<Outcome> {
    let me = ctx.authenticate()?;
    let actor = match &name {
        Some(n) if *n != me.user.username && *n != me.user.id => ctx.check(me, "users:read", "mfa status")?,
        _ => me,
    };
    let target = name.unwrap_or_else(|| actor.user.username.clone());
    let (user, left, perms) = ctx.read(|tx| {
        let u = users::find(tx, &target)?;
        let left = backup_codes_left(tx, &u.id)?;
        let perms = users::role_permissions(tx, &u.role)?;
        Ok((u, left, perms))
    })?;
    Outcome::record(&json!({
        "user": user.username,
        "state": user.mfa.as_str(),
        "backup_codes_left": if user.mfa == MfaState::Enrolled { left } else { 0 },
        "required": !user.service && crate::identity::rbac::requires_mfa(&user.role, &perms),
    }))
}

fn regenerate(ctx: &mut Context, code: &str) -> Result<Outcome> {
    let actor = ctx.authenticate()?;
    if actor.user.mfa != MfaState::Enrolled {
        return Err(Error::conflict_hint("MFA is not enrolled", "run `mboctl mfa enroll` first"));
    }
    reauth(ctx, &actor, code)?;
    let uid = actor.user.id.clone();
    let codes = ctx.write(|tx| {
        let codes = regenerate_codes(tx, &ctx.inst()?.token_key, &uid)?;
        ctx.audit(
            tx,
            EventDraft::new("BACKUP_CODES_REGENERATED").actor(&actor.info()).user_resource(&uid).action("regenerate"),
        )?;
        Ok(codes)
    })?;
    Ok(Outcome::record(&json!({"backup_codes": codes_json(&codes)}))?
        .with_note("store these backup codes somewhere safe: they are shown only once; the old ones no longer work"))
}

/// Clear a user's MFA (seed, pending, codes); returns how many sessions were ended.
pub fn clear(tx: &mut dyn Tx, user_id: &str) -> Result<u64> {
    tx.exec("DELETE FROM mfa WHERE user_id = ?", &params![user_id])?;
    tx.exec("DELETE FROM backup_codes WHERE user_id = ?", &params![user_id])?;
    tx.exec("DELETE FROM lockouts WHERE user_id = ? AND factor = 'code'", &params![user_id])?;
    users::revoke_sessions(tx, user_id, "mfa reset")
}

fn reset(ctx: &mut Context, name: &str) -> Result<Outcome> {
    let actor = ctx.require("users:manage", "mfa reset")?;
    let user = ctx.read(|tx| users::find(tx, name))?;
    if user.service {
        return Err(Error::usage("service accounts have no MFA"));
    }
    let perms = ctx.read(|tx| users::role_permissions(tx, &user.role))?;
    super::user::ensure_grantable(ctx, &actor, &perms, "mfa reset")?;
    ctx.confirm(&format!("reset MFA of '{}' (state: {})", user.username, user.mfa.as_str()))?;
    let ended = ctx.write(|tx| {
        let n = clear(tx, &user.id)?;
        ctx.audit(
            tx,
            EventDraft::new("MFA_RESET")
                .actor(&actor.info())
                .user_resource(&user.id)
                .action("reset")
                .old(json!({"state": user.mfa.as_str()}))
                .new_value(json!({"state": "none"})),
        )?;
        super::user::session_event(ctx, tx, &actor.info(), &user.id, n, "mfa reset")?;
        Ok(n)
    })?;
    Outcome::record(&json!({"user": user.username, "state": "none", "sessions_ended": ended}))
}
