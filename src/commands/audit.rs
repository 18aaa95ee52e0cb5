//! `audit query | tail | verify | head`. Queries are themselves recorded
//! (`AUDIT_QUERIED`, access category); `verify` only reads.

use crate::audit::chain;
use crate::audit::event::EventDraft;
use crate::audit::query::{self, Filter};
use crate::cli::{AuditCmd, AuditQueryArgs};
use crate::clock;
use crate::context::Context;
use crate::error::{Error, Result, code};
use crate::output::Outcome;
use serde_json::json;

const COLUMNS: [&str; 8] = [
    "seq",
    "timestamp",
    "event_type",
    "username",
    "user_role",
    "resource",
    "resource_id",
    "action",
];

pub fn run(ctx: &mut Context, cmd: AuditCmd) -> Result<Outcome> {
    match cmd {
        AuditCmd::Query(a) => run_query(ctx, *a),
        AuditCmd::Tail { lines } => {
            let f = Filter {
                limit: Some(lines),
                newest_first: true,
                ..Filter::default()
            };
            let mut o = query_with(ctx, f, "audit tail")?;
            if let crate::output::Output::List { items, .. } = &mut o.output {
                items.reverse();
            }
            Ok(o)
        }
        AuditCmd::Verify => verify(ctx),
        AuditCmd::Head => head(ctx),
    }
}

fn run_query(ctx: &mut Context, a: AuditQueryArgs) -> Result<Outcome> {
    let f = Filter {
        since: a
            .since
            .as_deref()
            .map(clock::parse_time_or_ago)
            .transpose()?,
        until: a
            .until
            .as_deref()
            .map(clock::parse_time_or_ago)
            .transpose()?,
        types: a.types,
        user: a.user,
        role: a.role,
        resource: a.resource,
        resource_id: a.resource_id,
        action: a.action,
        category: None,
        contains: a.contains,
        limit: a.limit,
        newest_first: false,
    };
    if a.limit == Some(0) {
        return Err(Error::usage("--limit must be at least 1"));
    }
    query_with(ctx, f, "audit query")
}

fn query_with(ctx: &mut Context, f: Filter, command: &str) -> Result<Outcome> {
    let actor = ctx.require("audit:read", command)?;
    let events = ctx.read(|tx| query::run(tx, &f))?;
    ctx.record(
        EventDraft::new("AUDIT_QUERIED")
            .actor(&actor.info())
            .resource("audit", command)
            .action("query")
            .new_value(json!({
                "since": f.since.map(clock::rfc3339),
                "until": f.until.map(clock::rfc3339),
                "types": f.types,
                "user": f.user,
                "limit": f.limit,
                "results": events.len(),
            })),
    )?;
    Outcome::list(COLUMNS.to_vec(), &events)
}

fn verify(ctx: &mut Context) -> Result<Outcome> {
    ctx.require("audit:read", "audit verify")?;
    let inst = ctx.inst()?;
    let head = inst.auditor.head.read_verified(&inst.auditor.key);
    let (head, head_problem) = match head {
        Ok(h) => (h, None),
        Err(e) => (None, Some(e.to_string())),
    };
    let mut report = ctx.read(|tx| chain::verify(tx, &inst.auditor.key, head.as_ref()))?;
    if let Some(p) = head_problem {
        report.ok = false;
        report.problems.push(chain::Problem {
            seq: report.events + 1,
            reason: p,
        });
        report.first_bad_seq = report.first_bad_seq.or(Some(report.events + 1));
        report.bad_links += 1;
    }
    let ok = report.ok;
    if !ok {
        let first = report
            .problems
            .first()
            .map(|p| format!("seq {}: {}", p.seq, p.reason))
            .unwrap_or_default();
        eprintln!("audit chain broken: first bad event {first}");
    }
    let o = Outcome::record(&report)?;
    Ok(if ok { o } else { o.with_code(code::FAILURE) })
}

fn head(ctx: &mut Context) -> Result<Outcome> {
    ctx.require("audit:read", "audit head")?;
    let inst = ctx.inst()?;
    let last = ctx.read(|tx| {
        tx.query_opt(
            "SELECT seq, link FROM audit_events ORDER BY seq DESC LIMIT 1",
            &[],
        )
    })?;
    let Some(last) = last else {
        return Err(Error::not_found("the audit trail is empty"));
    };
    let h = crate::audit::head::Head {
        seq: last.i64("seq")?,
        link: last.str("link")?,
    };
    Outcome::record(&inst.auditor.head.sign(&inst.auditor.key, &h))
}
