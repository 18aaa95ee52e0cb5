//! `role …`: the built-in roles of the policy and custom roles.

use crate::audit::event::EventDraft;
use crate::cli::RoleCmd;
use crate::clock;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::identity::rbac;
use crate::output::Outcome;
use crate::params;
use serde_json::json;

pub fn run(ctx: &mut Context, cmd: RoleCmd) -> Result<Outcome> {
    match cmd {
        RoleCmd::List => list(ctx),
        RoleCmd::Show { role } => show(ctx, &role),
        RoleCmd::Create { name, permissions } => create(ctx, &name, permissions),
        RoleCmd::Delete { name } => delete(ctx, &name),
        RoleCmd::Permissions => permissions(ctx),
    }
}

fn role_json(r: &crate::backend::Row) -> Result<serde_json::Value> {
    let name = r.str("name")?;
    let perms: Vec<String> = serde_json::from_str(&r.str("permissions")?)?;
    Ok(json!({
        "role": name,
        "builtin": r.bool("builtin")?,
        "mfa_required": rbac::requires_mfa(&name, &perms),
        "users": r.i64("users")?,
        "description": r.opt_str("description")?,
        "permissions": perms,
    }))
}

const SELECT: &str = "SELECT r.*, (SELECT count(*) FROM users u WHERE u.role = r.name) AS users FROM roles r";

fn list(ctx: &mut Context) -> Result<Outcome> {
    ctx.require("users:read", "role list")?;
    let rows = ctx.read(|tx| tx.query(&format!("{SELECT} ORDER BY r.builtin DESC, r.name"), &[]))?;
    let items = rows.iter().map(role_json).collect::<Result<Vec<_>>>()?;
    Outcome::list(vec!["role", "builtin", "mfa_required", "users", "description"], &items)
}

fn show(ctx: &mut Context, role: &str) -> Result<Outcome> {
    ctx.require("users:read", "role show")?;
    let r = ctx
        .read(|tx| tx.query_opt(&format!("{SELECT} WHERE r.name = ?"), &params![role]))?
        .ok_or_else(|| Error::not_found_hint(format!("no role '{role}'"), "see `mboctl role list`"))?;
    Outcome::record(&role_json(&r)?)
}

fn create(ctx: &mut Context, name: &str, mut perms: Vec<String>) -> Result<Outcome> {
    rbac::validate_role_name(name)?;
    for p in &perms {
        rbac::validate_permission(p)?;
    }
    perms.sort();
    perms.dedup();
    let actor = ctx.require("users:manage", "role create")?;
    super::user::ensure_grantable(ctx, &actor, &perms, "role create")?;
    ctx.write(|tx| {
        if tx.query_opt("SELECT name FROM roles WHERE name = ?", &params![name])?.is_some() {
            return Err(Error::conflict(format!("role '{name}' already exists")));
        }
        tx.exec(
            "INSERT INTO roles (name, builtin, permissions, created_at) VALUES (?, 0, ?, ?)",
            &params![name, serde_json::to_string(&perms)?, clock::now()],
        )?;
        ctx.audit(
            tx,
            EventDraft::new("ROLE_CREATED")
                .actor(&actor.info())
                .resource("role", name)
                .action("create")
                .new_value(json!({"permissions": perms})),
        )
    })?;
    show(ctx, name)
}

fn delete(ctx: &mut Context, name: &str) -> Result<Outcome> {
    let actor = ctx.require("users:manage", "role delete")?;
    let exists = ctx.read(|tx| tx.query_opt("SELECT builtin FROM roles WHERE name = ?", &params![name]))?;
    match exists {
        None => {
            return Err(Error::not_found_hint(format!("no role '{name}'"), "see `mboctl role list`"));
        }
        Some(r) if r.bool("builtin")? => {
            return Err(Error::conflict_hint(
                format!("'{name}' is a built-in role and cannot be deleted"),
                "only custom roles (`role create`) can be deleted",
            ));
        }
        Some(_) => {}
    }
    ctx.confirm(&format!("delete role '{name}'"))?;
    ctx.write(|tx| {
        let r = tx
            .query_opt(&format!("{SELECT} WHERE r.name = ?"), &params![name])?
            .ok_or_else(|| Error::not_found(format!("no role '{name}'")))?;
        if r.bool("builtin")? {
            return Err(Error::conflict(format!("'{name}' is a built-in role and cannot be deleted")));
        }
        let n = r.i64("users")?;
        if n > 0 {
            return Err(Error::conflict_hint(
                format!("role '{name}' is held by {n} user(s)"),
                "move them to another role first",
            ));
        }
        tx.exec("DELETE FROM roles WHERE name = ?", &params![name])?;
        ctx.audit(
            tx,
            EventDraft::new("ROLE_DELETED")
                .actor(&actor.info())
                .resource("role", name)
                .action("delete")
                .old(json!({"permissions": serde_json::from_str::<serde_json::Value>(&r.str("permissions")?)?})),
        )
    })?;
    Outcome::record(&json!({"role": name, "deleted": true}))
}

fn permissions(ctx: &mut Context) -> Result<Outcome> {
    ctx.require("users:read", "role permissions")?;
    let items: Vec<_> = rbac::PERMISSIONS
        .iter()
        .map(|(p, d)| {
            json!({
                "permission": p,
                "privileged": rbac::PRIVILEGED.contains(p),
                "service_allowed": rbac::allowed_for_service(p),
                "description": d,
            })
        })
        .collect();
    Outcome::list(vec!["permission", "privileged", "service_allowed", "description"], &items)
}
