//! One filter model for audit queries. On the backend it becomes SQL over indexed
//! columns; `matches` applies the same model to an event in memory (used for file scans
//! and for filters SQL cannot express portably).

use super::event::Event;
use crate::backend::{Tx, Value};
use crate::clock::Micros;
use crate::error::Result;

#[derive(Debug, Default, Clone)]
pub struct Filter {
    pub since: Option<Micros>,
    pub until: Option<Micros>,
    pub types: Vec<String>,
    /// A user id (`usr_…`) or a username.
    pub user: Option<String>,
    pub role: Option<String>,
    pub resource: Option<String>,
    pub resource_id: Option<String>,
    pub action: Option<String>,
    pub category: Option<String>,
    pub contains: Option<String>,
    pub limit: Option<usize>,
    /// Newest first (for `tail`) instead of oldest first.
    pub newest_first: bool,
}

impl Filter {
    fn sql(&self) -> (String, Vec<Value>) {
        let mut w: Vec<String> = vec!["pruned_at IS NULL".into()];
        let mut p: Vec<Value> = Vec::new();
        if let Some(s) = self.since {
            w.push("ts >= ?".into());
            p.push(s.into());
        }
        if let Some(u) = self.until {
            w.push("ts < ?".into());
            p.push(u.into());
        }
        if !self.types.is_empty() {
            w.push(format!(
                "event_type IN ({})",
                vec!["?"; self.types.len()].join(", ")
            ));
            p.extend(
                self.types
                    .iter()
                    .map(|t| Value::from(t.to_ascii_uppercase())),
            );
        }
        if let Some(u) = &self.user {
            w.push("(user_id = ? OR username = ?)".into());
            p.push(u.into());
            p.push(u.into());
        }
        for (col, v) in [
            ("user_role", &self.role),
            ("resource", &self.resource),
            ("resource_id", &self.resource_id),
            ("action", &self.action),
            ("category", &self.category),
        ] {
            if let Some(v) = v {
                w.push(format!("{col} = ?"));
                p.push(v.into());
            }
        }
        let order = if self.newest_first { "DESC" } else { "ASC" };
        let mut sql = format!(
            "SELECT * FROM audit_events WHERE {} ORDER BY seq {order}",
            w.join(" AND ")
        );
        // `contains` is applied in memory, so the limit must be too.
        if let (Some(l), None) = (self.limit, &self.contains) {
            sql.push_str(&format!(" LIMIT {l}"));
        }
        (sql, p)
    }

    /// The same model applied in memory.
    pub fn matches(&self, e: &Event) -> bool {
        if self.since.is_some_and(|s| e.ts < s) || self.until.is_some_and(|u| e.ts >= u) {
            return false;
        }
        if !self.types.is_empty()
            && !self
                .types
                .iter()
                .any(|t| t.eq_ignore_ascii_case(&e.event_type))
        {
            return false;
        }
        if let Some(u) = &self.user
            && e.user_id.as_deref() != Some(u)
            && e.username.as_deref() != Some(u)
        {
            return false;
        }
        let eq = |want: &Option<String>, have: &Option<String>| {
            want.as_ref().is_none_or(|w| have.as_ref() == Some(w))
        };
        if !eq(&self.role, &e.user_role)
            || !eq(&self.resource, &e.resource)
            || !eq(&self.resource_id, &e.resource_id)
            || !eq(&self.action, &e.action)
            || self.category.as_ref().is_some_and(|c| c != &e.category)
        {
            return false;
        }
        if let Some(c) = &self.contains {
            let hay = serde_json::to_string(e).unwrap_or_default();
            if !hay.contains(c.as_str()) {
                return false;
            }
        }
        true
    }
}

pub fn run(tx: &mut dyn Tx, f: &Filter) -> Result<Vec<Event>> {
    let (sql, p) = f.sql();
    let mut out = Vec::new();
    for r in tx.query(&sql, &p)? {
        let e = Event::from_row(&r)?;
        if f.contains.is_none() || f.matches(&e) {
            out.push(e);
            if f.limit.is_some_and(|l| out.len() >= l) {
                break;
            }
        }
    }
    Ok(out)
}
