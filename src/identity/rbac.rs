//! Permissions and the role matrix of CLI.md (seeded from the platform's policy).

use crate::error::{Error, Result};

/// Every permission mboctl knows, deny by default.
pub const PERMISSIONS: &[(&str, &str)] = &[
    ("users:read", "list and show users and roles, `can`, others' MFA status"),
    ("users:manage", "add, change, disable, remove users; custom roles; MFA reset; access review"),
    ("secrets:read", "list secrets, their status and history, masked values, policies"),
    ("secrets:reveal", "show secret values (`secret get --reveal`)"),
    ("secrets:write", "set, roll back and delete secrets; change policies"),
    ("secrets:rotate", "rotate secrets"),
    ("oauth:read", "show OAuth connections"),
    ("oauth:manage", "connect and disconnect OAuth platforms"),
    ("oauth:refresh", "refresh OAuth tokens"),
    ("audit:read", "query, tail, verify and summarise the audit trail"),
    ("audit:export", "export the audit trail and a person's data"),
    ("audit:manage", "ingest and prune audit events, set retention"),
    ("check:run", "run the compliance checklist with platform controls"),
    ("check:attest", "record attestations for manual checks"),
    ("access:read", "show IP allow-list and rate limits"),
    ("access:manage", "change the IP allow-list and rate limits"),
    ("privacy:manage", "erase a person's data"),
    ("incident:read", "list and show incidents"),
    ("incident:manage", "open, acknowledge, advance and close incidents"),
    ("token:issue", "issue and verify platform JWTs"),
    ("settings:manage", "change configuration stored in the backend"),
    ("dashboard:view", "view the platform dashboard"),
    ("data:view_all", "view all platform data"),
    ("ai:approve", "approve AI actions"),
    ("budget:modify", "modify budgets"),
    ("reports:export", "export reports"),
];

/// Permissions whose holders must use MFA.
pub const PRIVILEGED: &[&str] = &[
    "users:manage",
    "secrets:reveal",
    "secrets:write",
    "settings:manage",
    "audit:manage",
    "privacy:manage",
    "access:manage",
    "token:issue",
];

/// Beyond read permissions, what a service account may hold (it cannot do MFA).
pub const SERVICE_EXTRA: &[&str] = &["secrets:rotate", "oauth:refresh", "check:run", "check:attest", "audit:manage"];

pub const BUILTIN_ROLES: &[&str] = &["admin", "manager", "analyst", "viewer"];

pub fn is_permission(p: &str) -> bool {
    PERMISSIONS.iter().any(|(n, _)| *n == p)
}

fn reads() -> impl Iterator<Item = &'static str> {
    PERMISSIONS.iter().map(|(n, _)| *n).filter(|n| n.ends_with(":read"))
}

/// The seed matrix (CLI.md "Roles").
pub fn builtin_permissions(role: &str) -> Option<Vec<String>> {
    let mut v: Vec<&str> = match role {
        "admin" => PERMISSIONS.iter().map(|(n, _)| *n).collect(),
        "manager" => {
            let mut v = vec!["dashboard:view", "data:view_all", "ai:approve", "budget:modify", "check:run"];
            v.extend(reads());
            v
        }
        "analyst" => {
            let mut v = vec!["dashboard:view", "data:view_all", "reports:export", "audit:export", "check:run"];
            v.extend(reads());
            v
        }
        "viewer" => vec!["dashboard:view"],
        _ => return None,
    };
    v.sort();
    v.dedup();
    Some(v.into_iter().map(String::from).collect())
}

pub fn builtin_description(role: &str) -> &'static str {
    match role {
        "admin" => "full access, user management, settings",
        "manager" => "view all, approve AI actions, modify budgets",
        "analyst" => "view all, export reports",
        "viewer" => "view dashboard only",
        _ => "",
    }
}

/// MFA is required for admin and manager by name, and for any role holding a
/// privileged permission.
pub fn requires_mfa(role: &str, perms: &[String]) -> bool {
    role == "admin" || role == "manager" || perms.iter().any(|p| PRIVILEGED.contains(&p.as_str()))
}

/// Read permissions (`*:read`, viewing) plus the service extras.
pub fn allowed_for_service(p: &str) -> bool {
    p.ends_with(":read") || p == "dashboard:view" || p == "data:view_all" || SERVICE_EXTRA.contains(&p)
}

pub fn validate_role_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name.bytes().next().is_some_and(|c| c.is_ascii_lowercase())
        && name.bytes().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-' || c == b'_');
    if ok {
        Ok(())
    } else {
        Err(Error::usage_hint(
            format!("invalid role name '{name}'"),
            "use 1-64 lowercase letters, digits, '-' or '_', starting with a letter",
        ))
    }
}

pub fn validate_permission(p: &str) -> Result<()> {
    if is_permission(p) {
        Ok(())
    } else {
        Err(Error::usage_hint(format!("unknown permission '{p}'"), "see `mboctl role permissions`"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(role: &str, p: &str) -> bool {
        builtin_permissions(role).unwrap().iter().any(|x| x == p)
    }

    #[test]
    fn matrix_matches_cli_md() {
        assert_eq!(builtin_permissions("admin").unwrap().len(), PERMISSIONS.len());
        assert!(has("manager", "budget:modify") && has("manager", "ai:approve") && has("manager", "audit:read"));
        assert!(!has("manager", "users:manage") && !has("manager", "audit:export"));
        assert!(has("analyst", "audit:read") && has("analyst", "audit:export") && has("analyst", "reports:export"));
        assert!(!has("analyst", "users:manage") && !has("analyst", "budget:modify"));
        assert_eq!(builtin_permissions("viewer").unwrap(), vec!["dashboard:view".to_string()]);
        assert!(builtin_permissions("root").is_none());
    }

    #[test]
    fn mfa_rules() {
        assert!(requires_mfa("admin", &[]));
        assert!(requires_mfa("manager", &[]));
        assert!(!requires_mfa("analyst", &builtin_permissions("analyst").unwrap()));
        assert!(requires_mfa("custom", &["secrets:reveal".to_string()]));
        assert!(!requires_mfa("custom", &["secrets:rotate".to_string()]));
    }

    #[test]
    fn service_limits() {
        assert!(allowed_for_service("audit:read") && allowed_for_service("secrets:rotate"));
        assert!(!allowed_for_service("users:manage") && !allowed_for_service("secrets:reveal"));
    }
}
