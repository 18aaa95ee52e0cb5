//! `secret …`: values (from stdin only), versions and stages, policies, and rotation
//! through the engine. Values are never printed without `--reveal`, which is audited.

use crate::audit::event::EventDraft;
use crate::cli::{PolicyCmd, SecretCmd, SecretGenArgs, SecretRotateArgs, SetArgs};
use crate::clock;
use crate::context::{Actor, Context, read_stdin_line};
use crate::error::{Error, Result, code};
use crate::output::Outcome;
use crate::rotation::batch::{run_batch, summary_text};
use crate::rotation::engine::{Engine, Outcome as Rot, Request};
use crate::rotation::rotators::{RandomFormat, Spec, random_string};
use crate::store::{self, SecretStore, Stage, meta};
use secrecy::{ExposeSecret, SecretString};
use serde_json::json;
use std::sync::Arc;

pub fn run(ctx: &mut Context, cmd: SecretCmd) -> Result<Outcome> {
    match cmd {
        SecretCmd::Set(a) => set(ctx, a),
        SecretCmd::Get { name, stage, reveal } => get(ctx, &name, &stage, reveal),
        SecretCmd::List => list(ctx),
        SecretCmd::Status { due } => status(ctx, due),
        SecretCmd::History { name } => history(ctx, &name),
        SecretCmd::Delete { name } => delete(ctx, &name),
        SecretCmd::Rotate(a) => rotate(ctx, a),
        SecretCmd::Rollback { name } => rollback(ctx, &name),
        SecretCmd::Gen(a) => gen_value(a),
        SecretCmd::Policy(PolicyCmd::Show) => policy_show(ctx),
        SecretCmd::Policy(PolicyCmd::Set { secret_type, period }) => policy_set(ctx, &secret_type, &period),
    }
}

/// Check a value against its type before anything is stored.
fn validate_value(t: &str, v: &str) -> Result<()> {
    let bad = |what: &str, hint: &str| Err(Error::usage_hint(format!("invalid {t} value: {what}"), hint.to_string()));
    match t {
        "jwt_secret" if v.len() != 64 || !v.bytes().all(|b| b.is_ascii_hexdigit()) => {
            bad("expected 64 hex characters", "generate one with `mboctl secret gen --hex 32`")
        }
        "db_password" => {
            let j: serde_json::Value = match serde_json::from_str(v) {
                Ok(j) => j,
                Err(_) => {
                    return bad("not JSON", "give {\"engine\",\"host\",\"port\",\"dbname\",\"username\",\"password\"}");
                }
            };
            for k in ["engine", "host", "username", "password"] {
                if j.get(k).and_then(|x| x.as_str()).is_none_or(|x| x.trim().is_empty()) {
                    return bad(
                        &format!("'{k}' is missing"),
                        "give {\"engine\",\"host\",\"port\",\"dbname\",\"username\",\"password\"}",
                    );
                }
            }
            if !matches!(j["engine"].as_str(), Some("postgres" | "aurora-postgresql")) {
                return bad("engine must be postgres", "set \"engine\": \"postgres\"");
            }
            Ok(())
        }
        "oauth_token" if !serde_json::from_str::<serde_json::Value>(v).is_ok_and(|j| j.is_object()) => {
            bad("expected a JSON token set", "give the provider's token response as JSON")
        }
        _ if v.trim().is_empty() => bad("empty", "pipe the value on stdin"),
        _ => Ok(()),
    }
}

fn engine(ctx: &Context, actor: &Actor) -> Result<Engine> {
    let inst = ctx.inst()?;
    Ok(Engine {
        backend: inst.backend.clone(),
        auditor: inst.auditor.clone(),
        actor: actor.info(),
        store: ctx.store()?,
        db_store: inst.db_store.clone(),
    })
}

/// An outside store must be reachable before anything is tried (exit 7).
fn ping(s: &Arc<dyn SecretStore>) -> Result<()> {
    s.ping().map_err(|e| match e {
        Error::External { .. } => e,
        other => Error::external_hint(
            format!("the '{}' secret store is unreachable: {other}", s.kind()),
            "check its address and credentials",
        ),
    })
}

fn set(ctx: &mut Context, a: SetArgs) -> Result<Outcome> {
    let full = a.name.as_str();
    let t = a.secret_type.as_str();
    let (name, key) = store::parse_name(full)?;
    if name.starts_with(store::RESERVED_MBOCTL) {
        return Err(Error::usage_hint(
            format!("'{name}' is in the mboctl/ namespace, reserved for mboctl's own keys"),
            "rotate them with `mboctl secret rotate mboctl/session-key`",
        ));
    }
    meta::validate_type(t)?;
    if let Some(r) = &a.rotation {
        let spec = Spec::parse(r)?;
        if spec == Spec::Oauth && t != "oauth_token" {
            return Err(Error::usage("the oauth rotator is only for oauth_token secrets"));
        }
        if spec == Spec::Postgres && t != "db_password" {
            return Err(Error::usage("the postgres rotator is only for db_password secrets"));
        }
    }
    if !a.value_stdin {
        return Err(Error::usage_hint(
            "secret values are read from stdin only",
            "pass --value-stdin and pipe the value",
        ));
    }
    let value = read_stdin_line("value")?;
    store::check_size(&value)?;
    if key.is_none() {
        validate_value(t, value.expose_secret())?;
    }
    let actor = ctx.require("secrets:write", "secret set")?;
    let s = ctx.store_for(&name)?;
    ping(&s)?;
    ctx.inst()?.auditor.ready(ctx.inst()?.backend.as_ref())?;
    let (existing, journal) = ctx.read(|tx| Ok((meta::get(tx, &name)?, meta::journal(tx, &name)?)))?;
    if let Some(m) = &existing
        && m.secret_type != t
    {
        return Err(Error::conflict_hint(
            format!("'{name}' exists with type {}", m.secret_type),
            "delete it first to change its type",
        ));
    }
    if let Some(j) = &journal {
        if !a.force {
            return Err(Error::conflict_hint(
                format!("a {} of '{name}' was interrupted before '{}'", j.action, j.step),
                format!("finish it with `mboctl secret rotate {name}`, or pass --force to abandon it"),
            ));
        }
        // Abandoning it: its pending value goes, the journal with it.
        s.drop_pending(&name)?;
        ctx.write(|tx| meta::journal_clear(tx, &name))?;
    }
    if existing.is_none() {
        s.check_new(&name)?;
    }
    // The rotator stays what it was unless --rotation changes it.
    let rotator = a
        .rotation
        .clone()
        .or_else(|| existing.as_ref().and_then(|m| m.rotator.clone()))
        .or_else(|| meta::default_rotator(t).map(String::from));
    // NAME#key: the current JSON object with only that key replaced.
    let full_value = match &key {
        None => value,
        Some(k) => {
            let cur = s.get(&name, Stage::Current)?;
            let mut doc = match &cur {
                Some(c) => serde_json::from_str::<serde_json::Value>(c.value.expose_secret())
                    .ok()
                    .filter(|v| v.is_object())
                    .ok_or_else(|| Error::usage(format!("'{name}' does not hold a JSON object")))?,
                None => json!({}),
            };
            doc[k] = json!(value.expose_secret());
            SecretString::from(serde_json::to_string(&doc)?)
        }
    };
    store::check_size(&full_value)?;
    let version = store::new_version_id()?;
    let old = existing.as_ref().and_then(|_| s.get(&name, Stage::Current).ok().flatten()).map(|c| c.version);
    let kind = s.kind().to_string();
    s.put_pending(&name, &version, &full_value, &mut |tx| meta::upsert(tx, &name, t, rotator.as_deref(), &kind))?;
    s.promote(&name, &version, &mut |tx| {
        meta::mark_rotated(tx, &name, clock::now())?;
        ctx.audit(
            tx,
            EventDraft::new("SECRET_CREATED")
                .actor(&actor.info())
                .resource("secret", full)
                .action(if existing.is_some() { "update" } else { "create" })
                .old(json!({"version": old}))
                .new_value(json!({"version": version, "type": t, "rotator": rotator, "store": kind})),
        )
    })?;
    Outcome::record(&json!({"name": full, "type": t, "version": version, "store": s.kind(), "rotator": rotator}))
}

fn get(ctx: &mut Context, full: &str, stage: &str, reveal: bool) -> Result<Outcome> {
    let (name, key) = store::parse_name(full)?;
    let stage = Stage::parse(stage)?;
    let actor = if reveal {
        ctx.require("secrets:reveal", "secret get --reveal")?
    } else {
        ctx.require("secrets:read", "secret get")?
    };
    let m = ctx.read(|tx| meta::find(tx, &name))?;
    let s = ctx.store_for(&name)?;
    ping(&s)?;
    let v =
        s.get(&name, stage)?.ok_or_else(|| Error::not_found(format!("'{name}' has no {} version", stage.as_str())))?;
    let mut out = json!({"name": full, "type": m.secret_type, "version": v.version, "stage": stage.as_str()});
    if reveal {
        let value = match &key {
            None => v.value.expose_secret().to_string(),
            Some(k) => serde_json::from_str::<serde_json::Value>(v.value.expose_secret())
                .ok()
                .and_then(|d| d.get(k).map(|x| x.as_str().map(String::from).unwrap_or_else(|| x.to_string())))
                .ok_or_else(|| Error::not_found(format!("'{name}' has no key '{k}'")))?,
        };
        // Recorded before it is shown (fail closed).
        ctx.record(
            EventDraft::new("SECRET_READ")
                .actor(&actor.info())
                .resource("secret", full)
                .action("reveal")
                .new_value(json!({"version": v.version, "stage": stage.as_str()})),
        )?;
        out["value"] = json!(value);
    }
    Outcome::record(&out)
}

fn list(ctx: &mut Context) -> Result<Outcome> {
    ctx.require("secrets:read", "secret list")?;
    let all = ctx.read(meta::all)?;
    let items: Vec<_> = all
        .iter()
        .map(|m| {
            json!({
                "name": m.name, "type": m.secret_type, "store": m.store, "rotator": m.rotator,
                "created_at": clock::rfc3339(m.created_at), "updated_at": clock::rfc3339(m.updated_at),
            })
        })
        .collect();
    Outcome::list(vec!["name", "type", "store", "rotator", "created_at", "updated_at"], &items)
}

fn status(ctx: &mut Context, due_only: bool) -> Result<Outcome> {
    ctx.require("secrets:read", "secret status")?;
    let now = clock::now();
    let rows = ctx.read(|tx| {
        let mut out = Vec::new();
        for m in meta::all(tx)? {
            let d = meta::due(tx, &m, now)?;
            let j = meta::journal(tx, &m.name)?;
            out.push((m, d, j));
        }
        Ok(out)
    })?;
    let mut items = Vec::new();
    for (m, d, j) in rows {
        if due_only && !d.overdue {
            continue;
        }
        let s = ctx.store_for(&m.name)?;
        let current = s.get(&m.name, Stage::Current).ok().flatten().map(|v| v.version);
        let age_days = (now - m.last_rotated_at.unwrap_or(m.created_at)) / clock::DAY;
        items.push(json!({
            "name": m.name,
            "type": m.secret_type,
            "store": m.store,
            "current_version": current,
            "last_rotated_at": m.last_rotated_at.map(clock::rfc3339),
            "next_due_at": d.next_due_at.map(clock::rfc3339),
            "overdue": d.overdue,
            "rotator": m.rotator,
            "age_days": age_days,
            "rotation_in_progress": j.map(|j| j.step),
        }));
    }
    Outcome::list(vec!["name", "type", "rotator", "last_rotated_at", "next_due_at", "overdue"], &items)
}

fn history(ctx: &mut Context, full: &str) -> Result<Outcome> {
    let (name, _) = store::parse_name(full)?;
    ctx.require("secrets:read", "secret history")?;
    ctx.read(|tx| meta::find(tx, &name))?;
    let s = ctx.store_for(&name)?;
    ping(&s)?;
    let mut versions = s.versions(&name)?;
    // One order on every store: pending, current, previous, then unlabelled (newest first).
    let rank = |v: &store::VersionInfo| {
        [Stage::Pending, Stage::Current, Stage::Previous].iter().position(|s| v.stages.contains(s)).unwrap_or(3)
    };
    versions.sort_by_key(|v| rank(v));
    Outcome::list(vec!["version", "created_at", "stages"], &versions)
}

fn delete(ctx: &mut Context, full: &str) -> Result<Outcome> {
    let (name, key) = store::parse_name(full)?;
    if key.is_some() {
        return Err(Error::usage("delete takes a whole secret, not NAME#key"));
    }
    if name.starts_with(store::RESERVED_MBOCTL) {
        return Err(Error::usage(format!("'{name}' is one of mboctl's own keys and cannot be deleted")));
    }
    let actor = ctx.require("secrets:write", "secret delete")?;
    let m = ctx.read(|tx| meta::find(tx, &name))?;
    ctx.confirm(&format!("delete secret '{name}' and all its versions"))?;
    let s = ctx.store_for(&name)?;
    ping(&s)?;
    ctx.inst()?.auditor.ready(ctx.inst()?.backend.as_ref())?;
    s.delete(&name, &mut |tx| {
        meta::remove(tx, &name)?;
        ctx.audit(
            tx,
            EventDraft::new("SECRET_DELETED")
                .actor(&actor.info())
                .resource("secret", &name)
                .action("delete")
                .old(json!({"type": m.secret_type})),
        )
    })?;
    Outcome::record(&json!({"name": name, "deleted": true}))
}

fn rotate(ctx: &mut Context, a: SecretRotateArgs) -> Result<Outcome> {
    if a.names.is_empty() && !a.due && !a.all {
        return Err(Error::usage_hint("nothing to rotate", "name secrets, or pass --due or --all"));
    }
    if a.value_stdin && a.names.len() != 1 {
        return Err(Error::usage("--value-stdin takes the new value of exactly one named secret"));
    }
    for n in &a.names {
        let (base, _) = store::parse_name(n)?;
        if base.starts_with(store::RESERVED_OAUTH) {
            return Err(Error::usage_hint(
                format!("'{base}' holds OAuth tokens"),
                "rotate them with `mboctl oauth refresh`",
            ));
        }
    }
    if a.all && !a.dry_run {
        ctx.confirm("rotate every secret that has a rotator")?;
    }
    let actor = ctx.require("secrets:rotate", "secret rotate")?;
    let all = ctx.read(meta::all)?;
    let names: Vec<String> = if !a.names.is_empty() {
        for n in &a.names {
            let (base, _) = store::parse_name(n)?;
            if !all.iter().any(|m| m.name == base) {
                return Err(Error::not_found_hint(format!("no secret '{base}'"), "see `mboctl secret list`"));
            }
        }
        let mut seen = std::collections::HashSet::new();
        a.names.iter().filter(|n| seen.insert(n.as_str())).cloned().collect()
    } else {
        all.iter()
            .filter(|m| !m.name.starts_with(store::RESERVED_OAUTH))
            .filter(|m| !(a.all && m.name.starts_with(store::RESERVED_MBOCTL)))
            .filter(|m| m.rotator.is_some() && m.rotator.as_deref() != Some("oauth"))
            .map(|m| m.name.clone())
            .collect()
    };
    let eng = engine(ctx, &actor)?;
    let due_only = a.due && !a.force;
    if a.dry_run {
        let plans = names.iter().map(|n| eng.plan(n, due_only)).collect::<Result<Vec<_>>>()?;
        return Outcome::list(vec!["name", "action", "rotator", "reason"], &plans);
    }
    // The manual value, before anything starts.
    let mut manual = None;
    if a.names.len() == 1 {
        let (base, _) = store::parse_name(&a.names[0])?;
        let m = all.iter().find(|m| m.name == base).ok_or_else(|| Error::not_found(format!("no secret '{base}'")))?;
        if a.value_stdin && m.rotator.as_deref() != Some("manual") {
            return Err(Error::usage_hint(
                format!(
                    "'{base}' is rotated by '{}', which makes its own values",
                    m.rotator.as_deref().unwrap_or("nothing")
                ),
                "to store a value of your choosing use `mboctl secret set NAME --value-stdin`",
            ));
        }
        let interrupted = ctx.read(|tx| meta::journal(tx, &base))?.is_some();
        if m.rotator.as_deref() == Some("manual") && !interrupted {
            let value = if a.value_stdin {
                read_stdin_line("value")?
            } else if ctx.can_prompt() {
                SecretString::from(
                    rpassword::prompt_password(format!("New value for {base}: "))
                        .map_err(|e| Error::usage(format!("cannot read the value: {e}")))?,
                )
            } else {
                return Err(Error::needs_input("the new value of a manually rotated secret", "--value-stdin"));
            };
            store::check_size(&value)?;
            validate_value(&m.secret_type, value.expose_secret())?;
            // Choosing the new value is a write, not just a rotation.
            ctx.require("secrets:write", "secret rotate (choosing a manual secret's value)")?;
            manual = Some(value);
        } else if a.value_stdin {
            manual = Some(read_stdin_line("value")?);
        }
    }
    // The stores must be reachable before anything is tried.
    let mut stores: Vec<Arc<dyn SecretStore>> = Vec::new();
    for n in &names {
        let s = eng.store_for(n).clone();
        if !stores.iter().any(|x| Arc::ptr_eq(x, &s)) {
            ping(&s)?;
            stores.push(s);
        }
    }
    // --force re-rotates a JWT key inside its overlap window only when it is named.
    let force_named = a.force && !a.names.is_empty();
    let summary = run_batch(&eng, &names, due_only, force_named, manual, a.parallel as usize, ctx.can_prompt());
    let single = names.len() == 1;
    let code = match (single, summary.failed.first()) {
        // One named secret refused before anything was done: its own code.
        (true, Some(f)) if f.step == "plan" && matches!(f.code, code::USAGE | code::NOT_FOUND | code::CONFLICT) => {
            f.code
        }
        (_, Some(_)) => code::PARTIAL,
        (true, None) if !summary.skipped.is_empty() => code::CONFLICT,
        _ => code::OK,
    };
    for f in &summary.failed {
        eprintln!("error: {} failed at {}: {}", f.name, f.step, f.error);
    }
    let text = summary_text(&summary);
    Ok(Outcome::text(text, serde_json::to_value(&summary)?).with_code(code))
}

fn rollback(ctx: &mut Context, full: &str) -> Result<Outcome> {
    let (name, key) = store::parse_name(full)?;
    if key.is_some() {
        return Err(Error::usage("rollback takes a whole secret, not NAME#key"));
    }
    if name.starts_with(store::RESERVED_OAUTH) {
        return Err(Error::usage_hint(format!("'{name}' holds OAuth tokens"), "use `mboctl oauth refresh`"));
    }
    let actor = ctx.require("secrets:write", "secret rollback")?;
    ctx.read(|tx| meta::find(tx, &name))?;
    ctx.confirm(&format!("make the previous version of '{name}' current again"))?;
    let eng = engine(ctx, &actor)?;
    ping(eng.store_for(&name))?;
    match eng.rotate(&Request { name: name.clone(), rollback: true, force: true, ..Request::default() }) {
        Rot::Rotated(r) => Outcome::record(&r),
        Rot::Skipped(s) => Err(Error::conflict(format!("'{}': {}", s.name, s.reason))),
        Rot::Failed(f) => {
            let msg = format!("rollback of '{}' failed at {}: {}", f.name, f.step, f.error);
            let hint =
                f.hint.clone().unwrap_or_else(|| "the next `secret rollback` or `secret rotate` resumes it".into());
            Err(match f.code {
                code::CONFLICT => Error::conflict_hint(msg, hint),
                code::NOT_FOUND => Error::not_found_hint(msg, hint),
                code::USAGE => Error::usage_hint(msg, hint),
                _ => Error::external_hint(msg, hint),
            })
        }
    }
}

fn gen_value(a: SecretGenArgs) -> Result<Outcome> {
    let (format, n) = match (a.hex, a.base64, a.password) {
        (Some(n), _, _) => (RandomFormat::Hex, n),
        (_, Some(n), _) => (RandomFormat::Base64, n),
        (_, _, Some(n)) => (RandomFormat::Password, n),
        _ => (RandomFormat::Hex, 32),
    };
    if !(8..=4096).contains(&n) {
        return Err(Error::usage("the length must be from 8 to 4096"));
    }
    let v = random_string(format, n)?;
    Ok(Outcome::text(v.expose_secret().to_string(), json!({"value": v.expose_secret()})))
}

fn policy_show(ctx: &mut Context) -> Result<Outcome> {
    ctx.require("secrets:read", "secret policy show")?;
    let items = ctx.read(|tx| {
        meta::TYPES
            .iter()
            .map(|t| {
                Ok(json!({
                    "type": t,
                    "period": meta::fmt_period(meta::period(tx, t)?),
                    "default_period": meta::fmt_period(meta::default_period(t)),
                    "default_rotator": meta::default_rotator(t),
                }))
            })
            .collect::<Result<Vec<_>>>()
    })?;
    Outcome::list(vec!["type", "period", "default_period", "default_rotator"], &items)
}

fn policy_set(ctx: &mut Context, t: &str, period: &str) -> Result<Outcome> {
    meta::validate_type(t)?;
    if t == "oauth_token" {
        return Err(Error::usage_hint(
            "OAuth tokens follow each platform's own lifetimes",
            "they are refreshed by `mboctl oauth refresh`",
        ));
    }
    let p = if period == "none" { None } else { Some(clock::parse_duration(period)?) };
    if t == "jwt_secret" && p.is_some_and(|p| p < 3600 * clock::SECOND) {
        return Err(Error::usage("a jwt_secret rotated more often than hourly would outrun the tokens it signs"));
    }
    let actor = ctx.require("secrets:write", "secret policy set")?;
    let old = ctx.write(|tx| {
        let old = meta::set_period(tx, t, p)?;
        ctx.audit(
            tx,
            EventDraft::new("POLICY_CHANGED")
                .actor(&actor.info())
                .resource("secret_policy", t)
                .action("set")
                .old(json!({"period": meta::fmt_period(old)}))
                .new_value(json!({"period": meta::fmt_period(p)})),
        )?;
        Ok(old)
    })?;
    Outcome::record(&json!({"type": t, "period": meta::fmt_period(p), "old_period": meta::fmt_period(old)}))
}
