//! The platform's JSON event format (security-and-compliance.md, "Log Format") plus
//! mboctl's additions: `id`, `seq`, `category`, `username`, `user_agent`, `permission`,
//! `prev_link`, `link`.

use crate::backend::Row;
use crate::clock::{self, Micros};
use crate::error::Result;
use serde::Serialize;
use serde_json::Value as Json;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Security,
    AiAction,
    Access,
    Debug,
}

impl Category {
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Security => "security",
            Category::AiAction => "ai_action",
            Category::Access => "access",
            Category::Debug => "debug",
        }
    }

    pub fn parse(s: &str) -> Option<Category> {
        match s {
            "security" => Some(Category::Security),
            "ai_action" => Some(Category::AiAction),
            "access" => Some(Category::Access),
            "debug" => Some(Category::Debug),
            _ => None,
        }
    }

    /// Default retention (the platform's policy): security 2 years, AI actions 1 year,
    /// access logs 90 days, debug 30 days.
    pub fn retention(self) -> Micros {
        match self {
            Category::Security => 730 * clock::DAY,
            Category::AiAction => 365 * clock::DAY,
            Category::Access => 90 * clock::DAY,
            Category::Debug => 30 * clock::DAY,
        }
    }

    /// The category of an event type mboctl writes. Queries, exports and reveals are
    /// `access`; everything else mboctl records is `security`.
    pub fn of(event_type: &str) -> Category {
        match event_type {
            "AUDIT_QUERIED" | "AUDIT_EXPORTED" | "SECRET_READ" | "DATA_EXPORTED" => Category::Access,
            _ => Category::Security,
        }
    }
}

/// Who acted: filled in by the context for the current operator.
#[derive(Debug, Clone, Default)]
pub struct ActorInfo {
    pub user_id: Option<String>,
    pub username: Option<String>,
    pub role: Option<String>,
    /// Whose salt commits the actor's personal fields (a `usr_…` id, or `login:<name>`
    /// for an attempt under a name that matches no user).
    pub subject: Option<String>,
}

/// An event before it enters the chain.
#[derive(Debug, Clone)]
pub struct EventDraft {
    pub event_type: &'static str,
    pub actor: ActorInfo,
    pub resource: Option<String>,
    pub resource_id: Option<String>,
    pub action: Option<String>,
    pub old_value: Option<Json>,
    pub new_value: Option<Json>,
    pub permission: Option<String>,
    /// Set when resource_id/old_value/new_value are about a person (a user account):
    /// they are then committed under that person's salt.
    pub target_subject: Option<String>,
}

impl EventDraft {
    pub fn new(event_type: &'static str) -> Self {
        EventDraft {
            event_type,
            actor: ActorInfo::default(),
            resource: None,
            resource_id: None,
            action: None,
            old_value: None,
            new_value: None,
            permission: None,
            target_subject: None,
        }
    }
    pub fn actor(mut self, a: &ActorInfo) -> Self {
        self.actor = a.clone();
        self
    }
    pub fn resource(mut self, resource: &str, id: impl Into<String>) -> Self {
        self.resource = Some(resource.into());
        self.resource_id = Some(id.into());
        self
    }
    /// The resource is a user account: its fields are personal data of `subject`.
    pub fn user_resource(mut self, user_id: &str) -> Self {
        self.resource = Some("user".into());
        self.resource_id = Some(user_id.into());
        self.target_subject = Some(user_id.into());
        self
    }
    pub fn action(mut self, a: &str) -> Self {
        self.action = Some(a.into());
        self
    }
    pub fn old(mut self, v: Json) -> Self {
        self.old_value = Some(v);
        self
    }
    pub fn new_value(mut self, v: Json) -> Self {
        self.new_value = Some(v);
        self
    }
    pub fn permission(mut self, p: &str) -> Self {
        self.permission = Some(p.into());
        self
    }
}

/// A stored event, as `audit query` prints it.
#[derive(Debug, Clone, Serialize)]
pub struct Event {
    pub id: String,
    pub seq: i64,
    pub timestamp: String,
    pub event_type: String,
    pub category: String,
    pub user_id: Option<String>,
    pub username: Option<String>,
    pub user_role: Option<String>,
    pub ip_address: Option<String>,
    pub user_agent: Option<String>,
    pub resource: Option<String>,
    pub resource_id: Option<String>,
    pub action: Option<String>,
    pub old_value: Option<Json>,
    pub new_value: Option<Json>,
    pub ai_initiated: bool,
    pub ai_confidence: Option<f64>,
    pub ai_reasoning: Option<String>,
    pub permission: Option<String>,
    pub prev_link: String,
    pub link: String,
    #[serde(skip)]
    pub ts: Micros,
}

fn json_col(r: &Row, col: &str) -> Result<Option<Json>> {
    Ok(match r.opt_str(col)? {
        Some(s) => Some(serde_json::from_str(&s)?),
        None => None,
    })
}

impl Event {
    pub fn from_row(r: &Row) -> Result<Event> {
        let ts = r.i64("ts")?;
        Ok(Event {
            id: r.str("id")?,
            seq: r.i64("seq")?,
            timestamp: clock::rfc3339_micros(ts),
            event_type: r.str("event_type")?,
            category: r.str("category")?,
            user_id: r.opt_str("user_id")?,
            username: r.opt_str("username")?,
            user_role: r.opt_str("user_role")?,
            ip_address: r.opt_str("ip_address")?,
            user_agent: r.opt_str("user_agent")?,
            resource: r.opt_str("resource")?,
            resource_id: r.opt_str("resource_id")?,
            action: r.opt_str("action")?,
            old_value: json_col(r, "old_value")?,
            new_value: json_col(r, "new_value")?,
            ai_initiated: r.bool("ai_initiated")?,
            ai_confidence: r.opt_f64("ai_confidence")?,
            ai_reasoning: r.opt_str("ai_reasoning")?,
            permission: r.opt_str("permission")?,
            prev_link: r.str("prev_link")?,
            link: r.str("link")?,
            ts,
        })
    }
}

/// `SSH_CLIENT`'s first word, when mboctl runs over SSH.
pub fn client_ip() -> Option<String> {
    let v = std::env::var(crate::config::env::SSH_CLIENT).ok()?;
    let ip = v.split_whitespace().next()?;
    ip.parse::<std::net::IpAddr>().ok().map(|a| a.to_string())
}

pub fn user_agent() -> String {
    format!("mboctl/{}", env!("CARGO_PKG_VERSION"))
}
