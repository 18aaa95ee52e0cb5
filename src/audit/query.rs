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
    /// Client address or network.
    pub ip: Option<Cidr>,
    /// `Some(true)`: only AI-initiated; `Some(false)`: only human.
    pub ai_initiated: Option<bool>,
    pub min_confidence: Option<f64>,
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
            w.push(format!("event_type IN ({})", vec!["?"; self.types.len()].join(", ")));
            p.extend(self.types.iter().map(|t| Value::from(t.to_ascii_uppercase())));
        }
        if let Some(ai) = self.ai_initiated {
            w.push("ai_initiated = ?".into());
            p.push(ai.into());
        }
        if let Some(c) = self.min_confidence {
            w.push("ai_confidence >= ?".into());
            p.push(c.into());
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
        let mut sql = format!("SELECT * FROM audit_events WHERE {} ORDER BY seq {order}", w.join(" AND "));
        // `contains` and `ip` are applied in memory, so the limit must be too.
        if let (Some(l), false) = (self.limit, self.in_memory()) {
            sql.push_str(&format!(" LIMIT {l}"));
        }
        (sql, p)
    }

    fn in_memory(&self) -> bool {
        self.contains.is_some() || self.ip.is_some()
    }

    /// The same model applied in memory.
    pub fn matches(&self, e: &Event) -> bool {
        if let Some(ai) = self.ai_initiated
            && e.ai_initiated != ai
        {
            return false;
        }
        if let Some(c) = self.min_confidence
            && e.ai_confidence.is_none_or(|x| x < c)
        {
            return false;
        }
        if let Some(net) = &self.ip
            && !e.ip_address.as_deref().and_then(|a| a.parse().ok()).is_some_and(|a| net.contains(a))
        {
            return false;
        }
        if self.since.is_some_and(|s| e.ts < s) || self.until.is_some_and(|u| e.ts >= u) {
            return false;
        }
        if !self.types.is_empty() && !self.types.iter().any(|t| t.eq_ignore_ascii_case(&e.event_type)) {
            return false;
        }
        if let Some(u) = &self.user
            && e.user_id.as_deref() != Some(u)
            && e.username.as_deref() != Some(u)
        {
            return false;
        }
        let eq = |want: &Option<String>, have: &Option<String>| want.as_ref().is_none_or(|w| have.as_ref() == Some(w));
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
        if !f.in_memory() || f.matches(&e) {
            out.push(e);
            if f.limit.is_some_and(|l| out.len() >= l) {
                break;
            }
        }
    }
    Ok(out)
}

/// An IP network (`203.0.113.0/24`, `2001:db8::/32`) or a single address.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cidr {
    addr: std::net::IpAddr,
    prefix: u8,
}

impl std::str::FromStr for Cidr {
    type Err = crate::error::Error;
    fn from_str(s: &str) -> Result<Cidr> {
        let bad = || {
            crate::error::Error::usage_hint(
                format!("invalid address or network '{s}'"),
                "use 203.0.113.7 or 203.0.113.0/24",
            )
        };
        let (a, p) = match s.split_once('/') {
            Some((a, p)) => (a, Some(p)),
            None => (s, None),
        };
        let addr: std::net::IpAddr = a.parse().map_err(|_| bad())?;
        let max = if addr.is_ipv4() { 32 } else { 128 };
        let prefix = match p {
            Some(p) => p.parse::<u8>().ok().filter(|p| *p <= max).ok_or_else(bad)?,
            None => max,
        };
        Ok(Cidr { addr, prefix })
    }
}

impl Cidr {
    pub fn contains(&self, ip: std::net::IpAddr) -> bool {
        fn bits(a: std::net::IpAddr) -> (u128, u8) {
            match a {
                std::net::IpAddr::V4(v) => (u32::from(v) as u128, 32),
                std::net::IpAddr::V6(v) => (u128::from(v), 128),
            }
        }
        let (net, w1) = bits(self.addr);
        let (x, w2) = bits(ip);
        if w1 != w2 {
            return false;
        }
        let shift = (w1 - self.prefix) as u32;
        if shift >= 128 {
            return true;
        }
        (net >> shift) == (x >> shift)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cidr_matching() {
        let n: Cidr = "203.0.113.0/24".parse().unwrap();
        assert!(n.contains("203.0.113.50".parse().unwrap()));
        assert!(!n.contains("203.0.114.1".parse().unwrap()));
        assert!(!n.contains("::1".parse().unwrap()));
        let one: Cidr = "198.51.100.50".parse().unwrap();
        assert!(one.contains("198.51.100.50".parse().unwrap()));
        assert!(!one.contains("198.51.100.51".parse().unwrap()));
        let all: Cidr = "0.0.0.0/0".parse().unwrap();
        assert!(all.contains("8.8.8.8".parse().unwrap()));
        assert!("1.2.3.4/33".parse::<Cidr>().is_err());
        assert!("nonsense".parse::<Cidr>().is_err());
    }
}
