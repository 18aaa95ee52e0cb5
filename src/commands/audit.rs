//! `audit query | tail | verify | head`. Queries are themselves recorded
//! (`AUDIT_QUERIED`, access category); `verify` only reads.

use crate::audit::chain;
use crate::audit::event::{Event, EventDraft};
use crate::audit::head::Head;
use crate::audit::query::{self, Filter};
use crate::cli::{AuditCmd, AuditQueryArgs};
use crate::clock;
use crate::context::Context;
use crate::error::{Error, Result, code};
use crate::output::Outcome;
use serde_json::json;
use std::path::PathBuf;

const COLUMNS: [&str; 8] =
    ["seq", "timestamp", "event_type", "username", "user_role", "resource", "resource_id", "action"];

/// Every field of an event, in the platform's order then mboctl's (CSV gets them all).
pub const ALL_FIELDS: [&str; 21] = [
    "timestamp",
    "event_type",
    "user_id",
    "user_role",
    "ip_address",
    "resource",
    "resource_id",
    "action",
    "old_value",
    "new_value",
    "ai_initiated",
    "ai_confidence",
    "ai_reasoning",
    "id",
    "seq",
    "category",
    "username",
    "user_agent",
    "permission",
    "prev_link",
    "link",
];

pub fn run(ctx: &mut Context, cmd: AuditCmd) -> Result<Outcome> {
    match cmd {
        AuditCmd::Query(a) => run_query(ctx, *a),
        AuditCmd::Tail { lines, follow } => tail(ctx, lines, follow),
        AuditCmd::Verify { head } => verify(ctx, head),
        AuditCmd::Head { accept } => head(ctx, accept),
    }
}

fn run_query(ctx: &mut Context, a: AuditQueryArgs) -> Result<Outcome> {
    let f = Filter {
        since: a.since.as_deref().map(clock::parse_time_or_ago).transpose()?,
        until: a.until.as_deref().map(clock::parse_time_or_ago).transpose()?,
        types: a.types,
        user: a.user,
        role: a.role,
        resource: a.resource,
        resource_id: a.resource_id,
        action: a.action,
        category: None,
        contains: a.contains,
        ip: a.ip.as_deref().map(str::parse).transpose()?,
        ai_initiated: if a.ai_initiated {
            Some(true)
        } else if a.human {
            Some(false)
        } else {
            None
        },
        min_confidence: a.min_confidence,
        limit: a.limit,
        newest_first: false,
    };
    if a.limit == Some(0) {
        return Err(Error::usage("--limit must be at least 1"));
    }
    if let (Some(s), Some(u)) = (f.since, f.until)
        && s >= u
    {
        return Err(Error::usage_hint(
            "--since is not before --until: nothing could match",
            "durations mean 'that long ago': --since 2h --until 1h is the hour before last",
        ));
    }
    if a.min_confidence.is_some_and(|c| !(0.0..=1.0).contains(&c)) {
        return Err(Error::usage("--min-confidence takes a number from 0 to 1"));
    }
    let actor = ctx.require("audit:read", "audit query")?;
    let events = ctx.read(|tx| query::run(tx, &f))?;
    record_query(ctx, &actor, "audit query", &f, events.len())?;
    Outcome::list_wide(COLUMNS.to_vec(), ALL_FIELDS.to_vec(), &events)
}

fn record_query(ctx: &Context, actor: &crate::context::Actor, command: &str, f: &Filter, n: usize) -> Result<()> {
    ctx.record(
        EventDraft::new("AUDIT_QUERIED").actor(&actor.info()).resource("audit", command).action("query").new_value(
            json!({
                "since": f.since.map(clock::rfc3339),
                "until": f.until.map(clock::rfc3339),
                "types": f.types,
                "user": f.user,
                "limit": f.limit,
                "results": n,
            }),
        ),
    )
}

fn tail(ctx: &mut Context, lines: usize, follow: bool) -> Result<Outcome> {
    let actor = ctx.require("audit:read", "audit tail")?;
    let f = Filter { limit: Some(lines), newest_first: true, ..Filter::default() };
    let mut events = ctx.read(|tx| query::run(tx, &f))?;
    events.reverse();
    record_query(ctx, &actor, "audit tail", &f, events.len())?;
    if !follow {
        return Outcome::list_wide(COLUMNS.to_vec(), ALL_FIELDS.to_vec(), &events);
    }
    // Follow: print as NDJSON/table rows as they arrive (the query events we write
    // ourselves are skipped), until interrupted or stdout closes.
    let mut last = events.last().map(|e| e.seq).unwrap_or(0);
    let print = |ctx: &Context, evs: &[Event]| -> Result<()> {
        let o = Outcome::list_wide(COLUMNS.to_vec(), ALL_FIELDS.to_vec(), evs)?;
        ctx.printer.print(&o.output)
    };
    print(ctx, &events)?;
    loop {
        std::thread::sleep(std::time::Duration::from_millis(500));
        let new: Vec<Event> = ctx.read(|tx| {
            let rows = tx.query(
                "SELECT * FROM audit_events WHERE seq > ? AND pruned_at IS NULL ORDER BY seq",
                &crate::params![last],
            )?;
            rows.iter().map(Event::from_row).collect()
        })?;
        if let Some(e) = new.last() {
            last = e.seq;
            let mine =
                |e: &Event| e.event_type == "AUDIT_QUERIED" && e.user_id.as_deref() == Some(actor.user.id.as_str());
            let shown: Vec<Event> = new.into_iter().filter(|e| !mine(e)).collect();
            if !shown.is_empty() {
                print(ctx, &shown)?;
            }
        }
    }
}

fn verify(ctx: &mut Context, external: Option<PathBuf>) -> Result<Outcome> {
    let external = match &external {
        Some(p) => {
            Some(std::fs::read_to_string(p).map_err(|e| Error::usage(format!("cannot read {}: {e}", p.display())))?)
        }
        None => None,
    };
    ctx.require("audit:read", "audit verify")?;
    let inst = ctx.inst()?;
    let a = &inst.auditor;
    let external = external.map(|t| a.head.parse_signed(&a.key, &t)).transpose()?;
    let (local, head_problem) = match a.head.read_verified(&a.key) {
        Ok(h) => (h, None),
        Err(e) => (None, Some(e.to_string())),
    };
    let mut report = ctx.read(|tx| chain::verify(tx, &a.key, local.as_ref()))?;
    if let Some(ext) = &external {
        let again = ctx.read(|tx| chain::verify(tx, &a.key, Some(ext)))?;
        for p in again.problems.into_iter().filter(|p| p.reason.contains("head")) {
            report.problems.push(p);
        }
    }
    if let Some(p) = head_problem {
        report.problems.push(chain::Problem { seq: report.events + 1, reason: p });
    }
    report.problems.sort_by_key(|p| p.seq);
    let mut seqs: Vec<i64> = report.problems.iter().map(|p| p.seq).collect();
    seqs.dedup();
    report.ok = seqs.is_empty();
    report.first_bad_seq = seqs.first().copied();
    report.bad_links = seqs.len();
    if !report.ok {
        let first = report.problems.first().map(|p| format!("seq {}: {}", p.seq, p.reason)).unwrap_or_default();
        eprintln!("warning: audit chain broken; first bad event {first}");
    }
    let ok = report.ok;
    let o = Outcome::record(&report)?;
    Ok(if ok { o } else { o.with_code(code::FAILURE) })
}

fn head(ctx: &mut Context, accept: bool) -> Result<Outcome> {
    if !accept {
        ctx.require("audit:read", "audit head")?;
        let inst = ctx.inst()?;
        let h = current_end(ctx)?.ok_or_else(|| Error::not_found("the audit trail is empty"))?;
        return Outcome::record(&inst.auditor.head.sign(&inst.auditor.key, &h));
    }
    let actor = ctx.require("audit:manage", "audit head --accept")?;
    ctx.confirm("make the chain's current end the remembered audit head")?;
    let inst = ctx.inst()?;
    let a = inst.auditor.clone();
    let report = ctx.read(|tx| chain::verify(tx, &a.key, None))?;
    let links_ok = report.problems.iter().all(|p| p.reason.contains("head"));
    if !links_ok {
        return Err(Error::conflict_hint(
            format!("the chain itself is broken (first bad seq {:?}); refusing to accept it", report.first_bad_seq),
            "restore the database from a backup; `mboctl audit verify` lists the problems",
        ));
    }
    let old = a.head.read_verified(&a.key).ok().flatten();
    let h = current_end(ctx)?.ok_or_else(|| Error::not_found("the audit trail is empty"))?;
    a.head.force(&a.key, &h)?;
    ctx.record(
        EventDraft::new("AUDIT_HEAD_RESET")
            .actor(&actor.info())
            .resource("audit", "head")
            .action("accept")
            .old(json!({"seq": old.as_ref().map(|h| h.seq)}))
            .new_value(json!({"seq": h.seq})),
    )?;
    let h = current_end(ctx)?.ok_or_else(|| Error::not_found("the audit trail is empty"))?;
    Outcome::record(&a.head.sign(&a.key, &h))
}

fn current_end(ctx: &Context) -> Result<Option<Head>> {
    let last = ctx.read(|tx| tx.query_opt("SELECT seq, link FROM audit_events ORDER BY seq DESC LIMIT 1", &[]))?;
    last.map(|r| Ok(Head { seq: r.i64("seq")?, link: r.str("link")? })).transpose()
}
