//! `user …` and `can`. Users have immutable `usr_…` ids; service accounts hold only the
//! permissions a non-MFA identity may (read plus a few for cron); the last active admin
//! is protected; role changes, disabling and removal end sessions at once; nobody can
//! grant a role holding permissions they do not hold themselves.

use crate::audit::event::{ActorInfo, EventDraft};
use crate::backend::Tx;
use crate::cli::{CanArgs, PasswdArgs, TokenCmd, UserAddArgs, UserCmd, UserListArgs};
use crate::clock::{self, DAY};
use crate::context::{Actor, Context};
use crate::crypto::{self, keys::SubKey};
use crate::error::{Error, Result};
use crate::identity::users::{self, MfaState, User};
use crate::identity::{password, rbac};
use crate::output::Outcome;
use crate::params;
use secrecy::SecretString;
use serde_json::json;

const LIST_COLUMNS: [&str; 9] =
    ["user_id", "username", "role", "status", "service", "mfa", "email", "created_at", "last_login_at"];

pub fn hash_service_token(key: &SubKey, token: &str) -> String {
    hex::encode(crypto::hmac_sha256(key.bytes(), &[b"service-token\0", token.as_bytes()]))
}

/// Record that a user's sessions were ended (when there were any).
pub fn session_event(
    ctx: &Context,
    tx: &mut dyn Tx,
    actor: &ActorInfo,
    user_id: &str,
    n: u64,
    reason: &str,
) -> Result<()> {
    if n == 0 {
        return Ok(());
    }
    ctx.audit(
        tx,
        EventDraft::new("SESSION_REVOKED")
            .actor(actor)
            .user_resource(user_id)
            .action("revoke")
            .new_value(json!({"sessions": n, "reason": reason})),
    )
}

fn end_sessions(ctx: &Context, tx: &mut dyn Tx, actor: &ActorInfo, user_id: &str, reason: &str) -> Result<u64> {
    let n = users::revoke_sessions(tx, user_id, reason)?;
    session_event(ctx, tx, actor, user_id, n, reason)?;
    Ok(n)
}

pub fn run(ctx: &mut Context, cmd: UserCmd) -> Result<Outcome> {
    match cmd {
        UserCmd::Add(a) => add(ctx, a),
        UserCmd::List(a) => list(ctx, a),
        UserCmd::Show { name } => show(ctx, &name),
        UserCmd::SetRole { name, role } => set_role(ctx, &name, &role),
        UserCmd::Disable { name } => set_status(ctx, &name, false),
        UserCmd::Enable { name } => set_status(ctx, &name, true),
        UserCmd::Remove { name } => remove(ctx, &name),
        UserCmd::Passwd(a) => passwd(ctx, a),
        UserCmd::Token(TokenCmd::Create { name, ttl }) => token_create(ctx, &name, ttl.as_deref()),
        UserCmd::Token(TokenCmd::Revoke { name, token_id }) => token_revoke(ctx, &name, &token_id),
        UserCmd::Review => review(ctx),
    }
}

fn check_service_role(role: &str, perms: &[String]) -> Result<()> {
    let bad: Vec<&String> = perms.iter().filter(|p| !rbac::allowed_for_service(p)).collect();
    if !bad.is_empty() {
        return Err(Error::usage_hint(
            format!(
                "role '{role}' holds {} which a service account may not hold",
                bad.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
            ),
            "service accounts may hold read permissions plus secrets:rotate, oauth:refresh, check:run, check:attest, audit:manage",
        ));
    }
    Ok(())
}

/// Nobody grants what they do not hold: a `users:manage` holder who is not an admin
/// cannot hand out (or take) admin rights. Refusals are recorded like any denial.
pub fn ensure_grantable(ctx: &Context, actor: &Actor, perms: &[String], command: &str) -> Result<()> {
    let missing: Vec<&String> = perms.iter().filter(|p| !actor.has(p)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    let list = missing.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ");
    ctx.record(
        EventDraft::new("PERMISSION_DENIED")
            .actor(&actor.info())
            .resource("command", command)
            .action("deny")
            .permission(missing[0])
            .new_value(json!({"reason": "grant exceeds own permissions", "missing": list})),
    )?;
    Err(Error::auth_hint(
        format!("permission denied: '{command}' would grant {list}, which you do not hold yourself"),
        "ask an admin",
    ))
}

fn validate_email(e: &str) -> Result<()> {
    let ok = e.len() <= 254
        && !e.chars().any(|c| c.is_whitespace() || c.is_control())
        && e.split_once('@')
            .is_some_and(|(l, d)| !l.is_empty() && d.contains('.') && !d.starts_with('.') && !d.ends_with('.'));
    if ok {
        Ok(())
    } else {
        Err(Error::usage_hint(format!("invalid email '{}'", e.escape_default()), "use name@example.com"))
    }
}

fn add(ctx: &mut Context, a: UserAddArgs) -> Result<Outcome> {
    users::validate_username(&a.name)?;
    rbac::validate_role_name(&a.role)
        .map_err(|_| Error::not_found_hint(format!("no role '{}'", a.role), "see `mboctl role list`"))?;
    if let Some(e) = &a.email {
        validate_email(e)?;
    }
    let expires = a.expires.as_deref().map(clock::parse_duration).transpose()?;
    let actor = ctx.require("users:manage", "user add")?;
    let perms = ctx.read(|tx| users::role_permissions(tx, &a.role))?;
    ensure_grantable(ctx, &actor, &perms, "user add")?;
    if a.service {
        check_service_role(&a.role, &perms)?;
    }
    if ctx.read(|tx| users::by_name(tx, &a.name))?.is_some() {
        return Err(Error::conflict_hint(format!("user '{}' already exists", a.name), "see `mboctl user show`"));
    }
    let mut generated: Option<String> = None;
    let hash = if a.service {
        None
    } else {
        let pw = if a.generate_password {
            let p = crate::identity::backup_codes::generate()?
                .iter()
                .take(4)
                .map(|c| c.as_str().to_string())
                .collect::<Vec<_>>()
                .join("-");
            generated = Some(p.clone());
            SecretString::from(p)
        } else {
            ctx.read_new_password(a.password_stdin, &format!("Password for {}", a.name), &a.name)?
        };
        Some(password::hash(&pw)?)
    };
    let now = clock::now();
    let user_id = ctx.write(|tx| {
        let uid = users::insert(
            tx,
            &users::NewUser {
                username: &a.name,
                email: a.email.as_deref(),
                role: &a.role,
                service: a.service,
                password_hash: hash.clone(),
                expires_at: expires.map(|d| now + d),
            },
        )?;
        ctx.audit(
            tx,
            EventDraft::new("USER_CREATED")
                .actor(&actor.info())
                .user_resource(&uid)
                .action("create")
                .new_value(json!({"username": a.name, "role": a.role, "service": a.service, "email": a.email})),
        )?;
        Ok(uid)
    })?;
    let user = ctx.read(|tx| users::find(tx, &user_id))?;
    let mut v = serde_json::to_value(user.view())?;
    v["mfa_required"] = json!(!a.service && rbac::requires_mfa(&a.role, &perms));
    let mut out = Outcome::record(&v)?;
    if let Some(p) = generated {
        v["password"] = json!(p);
        out = Outcome::record(&v)?.with_note("the generated password is shown only once");
    }
    Ok(out)
}

fn list(ctx: &mut Context, a: UserListArgs) -> Result<Outcome> {
    let stale = a.stale.as_deref().map(clock::parse_duration).transpose()?;
    ctx.require("users:read", "user list")?;
    if let Some(r) = &a.role {
        ctx.read(|tx| users::role_permissions(tx, r))?;
    }
    let now = clock::now();
    let all = ctx.read(users::all)?;
    let items: Vec<_> = all
        .iter()
        .filter(|u| a.role.as_ref().is_none_or(|r| &u.role == r))
        .filter(|u| a.mfa.as_ref().is_none_or(|m| u.mfa.as_str() == m))
        .filter(|u| a.status.as_ref().is_none_or(|s| &u.status == s))
        .filter(|u| stale.is_none_or(|d| u.last_login_at.unwrap_or(u.created_at) < now - d))
        .map(User::view)
        .collect();
    Outcome::list(LIST_COLUMNS.to_vec(), &items)
}

fn show(ctx: &mut Context, name: &str) -> Result<Outcome> {
    ctx.require("users:read", "user show")?;
    let (u, perms, tokens) = ctx.read(|tx| {
        let u = users::find(tx, name)?;
        let perms = users::role_permissions(tx, &u.role)?;
        let tokens = tx.query(
            "SELECT id, created_at, expires_at, revoked_at FROM service_tokens WHERE user_id = ? ORDER BY created_at",
            &params![u.id.clone()],
        )?;
        let tokens: Vec<_> = tokens
            .iter()
            .map(|r| -> Result<serde_json::Value> {
                Ok(json!({
                    "token_id": r.str("id")?,
                    "created_at": clock::rfc3339(r.i64("created_at")?),
                    "expires_at": clock::rfc3339(r.i64("expires_at")?),
                    "revoked": r.opt_i64("revoked_at")?.is_some(),
                }))
            })
            .collect::<Result<_>>()?;
        Ok((u, perms, tokens))
    })?;
    let mut v = serde_json::to_value(u.view())?;
    v["permissions"] = json!(perms);
    v["mfa_required"] = json!(!u.service && rbac::requires_mfa(&u.role, &perms));
    if u.service {
        v["tokens"] = json!(tokens);
    }
    Outcome::record(&v)
}

fn set_role(ctx: &mut Context, name: &str, role: &str) -> Result<Outcome> {
    let actor = ctx.require("users:manage", "user set-role")?;
    let (target, perms, old_perms) = ctx.read(|tx| {
        let u = users::find(tx, name)?;
        let p = users::role_permissions(tx, role)?;
        let old = users::role_permissions(tx, &u.role)?;
        Ok((u, p, old))
    })?;
    // Granting a role, or taking one away, needs every permission involved.
    ensure_grantable(ctx, &actor, &perms, "user set-role")?;
    ensure_grantable(ctx, &actor, &old_perms, "user set-role")?;
    let u = ctx.write(|tx| {
        let u = users::find(tx, &target.id)?;
        if u.role == role {
            return Ok(u);
        }
        if u.service {
            check_service_role(role, &perms)?;
        }
        if u.role == "admin" {
            users::protect_last_admin(tx, &u, "demote")?;
        }
        tx.exec("UPDATE users SET role = ? WHERE id = ?", &params![role, u.id.clone()])?;
        ctx.audit(
            tx,
            EventDraft::new("ROLE_CHANGED")
                .actor(&actor.info())
                .user_resource(&u.id)
                .action("set-role")
                .old(json!({"role": u.role}))
                .new_value(json!({"role": role})),
        )?;
        end_sessions(ctx, tx, &actor.info(), &u.id, "role changed")?;
        Ok(u)
    })?;
    let after = ctx.read(|tx| users::find(tx, &u.id))?;
    let mut v = serde_json::to_value(after.view())?;
    v["old_role"] = json!(u.role);
    v["mfa_required"] = json!(!after.service && rbac::requires_mfa(role, &perms));
    Outcome::record(&v)
}

fn set_status(ctx: &mut Context, name: &str, enable: bool) -> Result<Outcome> {
    let cmd = if enable { "user enable" } else { "user disable" };
    let actor = ctx.require("users:manage", cmd)?;
    let target = ctx.read(|tx| users::find(tx, name))?;
    let perms = ctx.read(|tx| users::role_permissions(tx, &target.role))?;
    ensure_grantable(ctx, &actor, &perms, cmd)?;
    if !enable {
        ctx.confirm(&format!("disable user '{}' (ends their sessions)", target.username))?;
    }
    let u = ctx.write(|tx| {
        let u = users::find(tx, &target.id)?;
        let want = if enable { "active" } else { "disabled" };
        if u.status == want {
            return Ok(u);
        }
        if !enable {
            users::protect_last_admin(tx, &u, "disable")?;
        }
        tx.exec("UPDATE users SET status = ? WHERE id = ?", &params![want, u.id.clone()])?;
        let ev = if enable { "USER_ENABLED" } else { "USER_DISABLED" };
        ctx.audit(
            tx,
            EventDraft::new(ev)
                .actor(&actor.info())
                .user_resource(&u.id)
                .action(if enable { "enable" } else { "disable" })
                .old(json!({"status": u.status}))
                .new_value(json!({"status": want})),
        )?;
        if !enable {
            end_sessions(ctx, tx, &actor.info(), &u.id, "user disabled")?;
        }
        Ok(u)
    })?;
    let after = ctx.read(|tx| users::find(tx, &u.id))?;
    Outcome::record(&after.view())
}

fn remove(ctx: &mut Context, name: &str) -> Result<Outcome> {
    let actor = ctx.require("users:manage", "user remove")?;
    let target = ctx.read(|tx| users::find(tx, name))?;
    let perms = ctx.read(|tx| users::role_permissions(tx, &target.role))?;
    ensure_grantable(ctx, &actor, &perms, "user remove")?;
    ctx.confirm(&format!("remove user '{}' ({})", target.username, target.role))?;
    let u = ctx.write(|tx| {
        let u = users::find(tx, &target.id)?;
        users::protect_last_admin(tx, &u, "remove")?;
        end_sessions(ctx, tx, &actor.info(), &u.id, "user removed")?;
        for t in ["backup_codes", "mfa", "service_tokens", "lockouts", "auth_failures"] {
            tx.exec(&format!("DELETE FROM {t} WHERE user_id = ?"), &params![u.id.clone()])?;
        }
        tx.exec("DELETE FROM users WHERE id = ?", &params![u.id.clone()])?;
        ctx.audit(
            tx,
            EventDraft::new("USER_REMOVED")
                .actor(&actor.info())
                .user_resource(&u.id)
                .action("remove")
                .old(json!({"username": u.username, "role": u.role})),
        )?;
        Ok(u)
    })?;
    Outcome::record(&json!({"user_id": u.id, "username": u.username, "removed": true}))
}

fn passwd(ctx: &mut Context, a: PasswdArgs) -> Result<Outcome> {
    let me = ctx.authenticate()?;
    let own = a.name.as_ref().is_none_or(|n| *n == me.user.username || *n == me.user.id);
    let actor: Actor = if own { me } else { ctx.check(me, "users:manage", "user passwd")? };
    let target = a.name.clone().unwrap_or_else(|| actor.user.username.clone());
    let u = ctx.read(|tx| users::find(tx, &target))?;
    if u.service {
        return Err(Error::usage_hint("service accounts have no password", "use `mboctl user token create`"));
    }
    if !own {
        let perms = ctx.read(|tx| users::role_permissions(tx, &u.role))?;
        ensure_grantable(ctx, &actor, &perms, "user passwd")?;
    }
    if own {
        // Changing your own password proves you know the current one: a session left
        // open on a terminal is not enough to take the account over.
        let current = ctx.read_password(a.password_stdin, "Current password")?;
        let ok = u.password_hash.as_deref().is_some_and(|h| password::verify(h, &current));
        if !ok {
            let now = clock::now();
            ctx.write(|tx| {
                crate::identity::lockout::record_failure(tx, &u.id, crate::identity::lockout::Factor::Password, now)?;
                ctx.audit(
                    tx,
                    EventDraft::new("LOGIN_FAILURE")
                        .actor(&actor.info())
                        .user_resource(&u.id)
                        .action("passwd")
                        .new_value(json!({"reason": "bad current password"})),
                )
            })?;
            return Err(Error::auth("the current password is not correct"));
        }
    }
    let pw = ctx.read_new_password(a.password_stdin, &format!("New password for {}", u.username), &u.username)?;
    let hash = password::hash(&pw)?;
    drop(pw);
    let keep = if own { actor.sid.clone() } else { None };
    let ended = ctx.write(|tx| {
        tx.exec(
            "UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ?",
            &params![hash.clone(), clock::now(), u.id.clone()],
        )?;
        ctx.audit(tx, EventDraft::new("PASSWORD_CHANGED").actor(&actor.info()).user_resource(&u.id).action("passwd"))?;
        // Every other session of the account ends (yours, when it is your own, stays).
        let n = tx.exec(
            "UPDATE sessions SET revoked_at = ?, revoked_reason = 'password changed' WHERE user_id = ? AND revoked_at IS NULL AND sid <> ?",
            &params![clock::now(), u.id.clone(), keep.clone().unwrap_or_default()],
        )?;
        session_event(ctx, tx, &actor.info(), &u.id, n, "password changed")?;
        Ok(n)
    })?;
    Outcome::record(&json!({"user": u.username, "password_changed": true, "sessions_ended": ended}))
}

fn token_create(ctx: &mut Context, name: &str, ttl: Option<&str>) -> Result<Outcome> {
    let ttl = clock::parse_duration(ttl.unwrap_or("90d"))?;
    let actor = ctx.require("users:manage", "user token create")?;
    let u = ctx.read(|tx| users::find(tx, name))?;
    if !u.service {
        return Err(Error::conflict_hint(
            format!("'{name}' is not a service account"),
            "tokens are for accounts added with `user add NAME --role ROLE --service`",
        ));
    }
    let now = clock::now();
    if !u.is_active(now) {
        return Err(Error::conflict(format!("the service account '{name}' is disabled or expired")));
    }
    let id = crypto::random_id("tok")?;
    let secret =
        base64::Engine::encode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, crypto::random_bytes::<32>()?);
    let token = zeroize::Zeroizing::new(format!("mbt_{}_{secret}", &id[4..]));
    let hash = hash_service_token(&ctx.inst()?.token_key, &token);
    let exp = (now + ttl).min(u.expires_at.unwrap_or(i64::MAX));
    ctx.write(|tx| {
        tx.exec(
            "INSERT INTO service_tokens (id, user_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
            &params![id.clone(), u.id.clone(), hash.clone(), now, exp],
        )?;
        ctx.audit(
            tx,
            EventDraft::new("TOKEN_CREATED")
                .actor(&actor.info())
                .user_resource(&u.id)
                .action("create")
                .new_value(json!({"token_id": id, "expires_at": clock::rfc3339(exp)})),
        )
    })?;
    Outcome::record(
        &json!({"user": u.username, "token_id": id, "token": token.as_str(), "expires_at": clock::rfc3339(exp)}),
    )
    .map(|o| o.with_note("the token is shown only once: store it now (use it as MBOCTL_TOKEN)"))
}

fn token_revoke(ctx: &mut Context, name: &str, token_id: &str) -> Result<Outcome> {
    let actor = ctx.require("users:manage", "user token revoke")?;
    ctx.write(|tx| {
        let u = users::find(tx, name)?;
        let n = tx.exec(
            "UPDATE service_tokens SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL",
            &params![clock::now(), token_id, u.id.clone()],
        )?;
        if n == 0 {
            return Err(Error::not_found_hint(
                format!("no active token '{token_id}' for '{name}'"),
                format!("see `mboctl user show {name}`"),
            ));
        }
        ctx.audit(
            tx,
            EventDraft::new("TOKEN_REVOKED")
                .actor(&actor.info())
                .user_resource(&u.id)
                .action("revoke")
                .old(json!({"token_id": token_id})),
        )
    })?;
    Outcome::record(&json!({"user": name, "token_id": token_id, "revoked": true}))
}

/// The monthly access review: every account with its role, MFA, last login and what
/// needs attention.
fn review(ctx: &mut Context) -> Result<Outcome> {
    let actor = ctx.require("users:manage", "user review")?;
    let now = clock::now();
    let (all, perms) = ctx.read(|tx| {
        let all = users::all(tx)?;
        let mut perms = std::collections::HashMap::new();
        for u in &all {
            if !perms.contains_key(&u.role) {
                perms.insert(u.role.clone(), users::role_permissions(tx, &u.role)?);
            }
        }
        Ok((all, perms))
    })?;
    let mut items = Vec::new();
    for u in &all {
        let p = perms.get(&u.role).cloned().unwrap_or_default();
        let mut findings = Vec::new();
        if !u.service && rbac::requires_mfa(&u.role, &p) && u.mfa != MfaState::Enrolled {
            findings.push("mfa required but not enrolled");
        }
        if u.status == "active" && u.last_login_at.unwrap_or(u.created_at) < now - 90 * DAY && !u.service {
            findings.push("no login for 90 days");
        }
        if u.expires_at.is_some_and(|e| e <= now) {
            findings.push("expired");
        }
        let mut v = serde_json::to_value(u.view())?;
        v["findings"] = json!(findings);
        items.push(v);
    }
    ctx.record(
        EventDraft::new("CHECK_ATTESTED").actor(&actor.info()).resource("check", "ops.access-review").action("attest")
            .new_value(json!({"accounts": items.len(), "with_findings": items.iter().filter(|i| i["findings"].as_array().is_some_and(|f| !f.is_empty())).count()})),
    )?;
    let mut cols = LIST_COLUMNS.to_vec();
    cols.push("findings");
    Outcome::list(cols, &items)
}

pub fn can(ctx: &mut Context, a: CanArgs) -> Result<Outcome> {
    rbac::validate_permission(&a.permission)?;
    ctx.require("users:read", "can")?;
    let (u, perms) = ctx.read(|tx| {
        let u = users::find(tx, &a.user)?;
        let p = users::role_permissions(tx, &u.role)?;
        Ok((u, p))
    })?;
    let active = u.is_active(clock::now());
    let yes = active && perms.contains(&a.permission);
    let out = Outcome::text(
        if yes { "yes" } else { "no" },
        json!({"user": u.username, "user_id": u.id, "permission": a.permission, "allowed": yes, "role": u.role, "active": active}),
    );
    Ok(if yes { out } else { out.with_code(crate::error::code::FAILURE) })
}
