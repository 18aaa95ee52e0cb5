//! The `vault` store: HashiCorp Vault KV v2 over HTTP. `VAULT_ADDR`, `VAULT_TOKEN`,
//! `VAULT_NAMESPACE` are honoured (and `[vault] addr / mount / prefix`); without a token,
//! AppRole login with `VAULT_ROLE_ID` / `VAULT_SECRET_ID`.
//!
//! Mapping: the main path's versions are the history and its latest version is
//! `current`; `previous` is the newest live version before it. A pending value must never
//! be written to the main path before it is proven, so it waits at the sibling path
//! `<name>.pending`; finish writes it to the main path and deletes the sibling. Every
//! write uses check-and-set. Each version's data is `{"value": …, "mboctl_version": id}`.
//! `max_versions = 1` would prune `previous`: refused.

use super::{Hook, SecretStore, Stage, VersionInfo, Versioned};
use crate::audit::auditor::Auditor;
use crate::backend::Backend;
use crate::error::{Error, Result};
use reqwest::blocking::Client;
use secrecy::{ExposeSecret, SecretString};
use serde_json::{Value, json};
use std::sync::{Arc, Mutex};

pub struct VaultConfig {
    pub addr: Option<String>,
    pub mount: String,
    pub prefix: String,
    pub namespace: Option<String>,
    pub token: Option<SecretString>,
    pub role_id: Option<String>,
    pub secret_id: Option<SecretString>,
}

pub struct VaultStore {
    http: Client,
    addr: String,
    mount: String,
    prefix: String,
    namespace: Option<String>,
    token: Mutex<Option<SecretString>>,
    role_id: Option<String>,
    secret_id: Option<SecretString>,
    backend: Option<Arc<dyn Backend>>,
    auditor: Option<Arc<Auditor>>,
}

/// One version as read.
struct Ver {
    n: u64,
    id: String,
    value: SecretString,
    created: Option<String>,
}

impl VaultStore {
    pub fn new(cfg: VaultConfig, backend: Option<Arc<dyn Backend>>, auditor: Option<Arc<Auditor>>) -> Result<Self> {
        let addr = cfg.addr.ok_or_else(|| Error::config_hint("no Vault address", "set VAULT_ADDR or [vault] addr"))?;
        let addr = addr.trim_end_matches('/').to_string();
        let http = Client::builder()
            .timeout(std::time::Duration::from_secs(15))
            .connect_timeout(std::time::Duration::from_secs(5))
            .build()
            .map_err(|e| Error::external(format!("cannot build the HTTP client: {e}")))?;
        if cfg.token.is_none() && (cfg.role_id.is_none() || cfg.secret_id.is_none()) {
            return Err(Error::config_hint(
                "no Vault credentials",
                "set VAULT_TOKEN, or VAULT_ROLE_ID and VAULT_SECRET_ID for AppRole",
            ));
        }
        Ok(VaultStore {
            http,
            addr,
            mount: cfg.mount.trim_matches('/').to_string(),
            prefix: cfg.prefix,
            namespace: cfg.namespace,
            token: Mutex::new(cfg.token),
            role_id: cfg.role_id,
            secret_id: cfg.secret_id,
            backend,
            auditor,
        })
    }

    fn path(&self, name: &str) -> String {
        format!("{}{name}", self.prefix)
    }

    fn pending_path(&self, name: &str) -> String {
        format!("{}{name}.pending", self.prefix)
    }

    fn token(&self) -> Result<SecretString> {
        let mut t = self.token.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(tok) = t.as_ref() {
            return Ok(SecretString::from(tok.expose_secret().to_string()));
        }
        let (Some(role), Some(secret)) = (&self.role_id, &self.secret_id) else {
            return Err(Error::config("no Vault token"));
        };
        let url = format!("{}/v1/auth/approle/login", self.addr);
        let mut req = self.http.post(&url).json(&json!({"role_id": role, "secret_id": secret.expose_secret()}));
        if let Some(ns) = &self.namespace {
            req = req.header("X-Vault-Namespace", ns);
        }
        let resp = req.send().map_err(|e| unreachable_err(&self.addr, e))?;
        let status = resp.status().as_u16();
        let body: Value = resp.json().unwrap_or(Value::Null);
        if status != 200 {
            return Err(Error::auth_hint(
                format!("Vault AppRole login failed ({status}): {}", errors(&body)),
                "check VAULT_ROLE_ID / VAULT_SECRET_ID",
            ));
        }
        let tok = body["auth"]["client_token"]
            .as_str()
            .ok_or_else(|| Error::external("Vault AppRole login returned no token"))?;
        *t = Some(SecretString::from(tok.to_string()));
        Ok(SecretString::from(tok.to_string()))
    }

    /// One request; returns (status, body). Vault errors are `{"errors": [...]}`.
    fn call(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> Result<(u16, Value)> {
        let url = format!("{}/v1/{path}", self.addr);
        let mut req = self.http.request(method.clone(), &url).header("X-Vault-Token", self.token()?.expose_secret());
        if let Some(ns) = &self.namespace {
            req = req.header("X-Vault-Namespace", ns);
        }
        if let Some(b) = body {
            req = req.json(&b);
        }
        let resp = req.send().map_err(|e| unreachable_err(&self.addr, e))?;
        let status = resp.status().as_u16();
        let text = resp.text().unwrap_or_default();
        let v: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        match status {
            200 | 204 | 404 => Ok((status, v)),
            400 => Err(Error::conflict(format!("Vault refused {method} {path}: {}", errors(&v)))),
            403 => Err(Error::external_hint(
                format!("Vault denied {method} {path}: {}", errors(&v)),
                "check the token's policies (and VAULT_NAMESPACE)",
            )),
            503 => Err(Error::external_hint("Vault is sealed or unavailable (503)", "unseal Vault, then retry")),
            _ => Err(Error::external(format!("Vault answered {status} to {method} {path}: {}", errors(&v)))),
        }
    }

    fn data_url(&self, path: &str) -> String {
        format!("{}/data/{path}", self.mount)
    }

    fn meta_url(&self, path: &str) -> String {
        format!("{}/metadata/{path}", self.mount)
    }

    fn metadata(&self, path: &str) -> Result<Option<Value>> {
        let (s, v) = self.call(reqwest::Method::GET, &self.meta_url(path), None)?;
        Ok((s == 200).then(|| v["data"].clone()))
    }

    fn read(&self, path: &str, version: Option<u64>) -> Result<Option<Ver>> {
        let url = match version {
            Some(n) => format!("{}?version={n}", self.data_url(path)),
            None => self.data_url(path),
        };
        let (s, v) = self.call(reqwest::Method::GET, &url, None)?;
        if s != 200 {
            return Ok(None);
        }
        let d = &v["data"];
        let value = d["data"]["value"]
            .as_str()
            .ok_or_else(|| Error::usage(format!("Vault path {path} does not hold a mboctl value (no 'value' key)")))?;
        let n = d["metadata"]["version"].as_u64().unwrap_or(0);
        Ok(Some(Ver {
            n,
            id: d["data"]["mboctl_version"].as_str().map(String::from).unwrap_or_else(|| format!("vault-v{n}")),
            value: SecretString::from(value.to_string()),
            created: d["metadata"]["created_time"].as_str().map(String::from),
        }))
    }

    fn write(&self, path: &str, cas: u64, id: &str, value: &str) -> Result<()> {
        self.call(
            reqwest::Method::POST,
            &self.data_url(path),
            Some(json!({"options": {"cas": cas}, "data": {"value": value, "mboctl_version": id}})),
        )?;
        Ok(())
    }

    fn live_versions(meta: &Value) -> Vec<u64> {
        let mut v: Vec<u64> = meta["versions"]
            .as_object()
            .map(|m| {
                m.iter()
                    .filter(|(_, x)| {
                        x["destroyed"] != json!(true) && x["deletion_time"].as_str().unwrap_or("").is_empty()
                    })
                    .filter_map(|(k, _)| k.parse().ok())
                    .collect()
            })
            .unwrap_or_default();
        v.sort_unstable();
        v
    }

    fn previous(&self, path: &str) -> Result<Option<Ver>> {
        let Some(meta) = self.metadata(path)? else { return Ok(None) };
        let cur = meta["current_version"].as_u64().unwrap_or(0);
        match Self::live_versions(&meta).into_iter().rev().find(|n| *n < cur) {
            Some(n) => self.read(path, Some(n)),
            None => Ok(None),
        }
    }

    fn hook(&self, hook: Hook<'_>) -> Result<()> {
        match (&self.auditor, &self.backend) {
            (Some(a), Some(b)) => a.write(b.as_ref(), hook),
            _ => Err(Error::Backend("the vault store was opened without a backend".into())),
        }
    }
}

fn errors(v: &Value) -> String {
    v["errors"]
        .as_array()
        .map(|e| e.iter().filter_map(|x| x.as_str()).collect::<Vec<_>>().join("; "))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "no details".into())
}

fn unreachable_err(addr: &str, e: reqwest::Error) -> Error {
    let mut cur: &dyn std::error::Error = &e;
    while let Some(n) = cur.source() {
        cur = n;
    }
    Error::external_hint(format!("cannot reach Vault at {addr}: {cur}"), "check VAULT_ADDR and the network")
}

impl SecretStore for VaultStore {
    fn kind(&self) -> &'static str {
        "vault"
    }

    fn ping(&self) -> Result<()> {
        let (s, v) = self.call(reqwest::Method::GET, "auth/token/lookup-self", None)?;
        if s != 200 {
            return Err(Error::external(format!("Vault token lookup failed ({s}): {}", errors(&v))));
        }
        Ok(())
    }

    fn get(&self, name: &str, stage: Stage) -> Result<Option<Versioned>> {
        let v = match stage {
            Stage::Current => self.read(&self.path(name), None)?,
            Stage::Previous => self.previous(&self.path(name))?,
            Stage::Pending => self.read(&self.pending_path(name), None)?,
        };
        Ok(v.map(|v| Versioned { version: v.id, created_at: None, value: v.value }))
    }

    fn put_pending(&self, name: &str, version: &str, value: &SecretString, hook: Hook<'_>) -> Result<()> {
        let main = self.path(name);
        match self.read(&main, None)? {
            // A new secret: its first version is current at once (cas 0: only if absent).
            None => self.write(&main, 0, version, value.expose_secret())?,
            Some(cur) if cur.id == version => {}
            Some(_) => {
                let sib = self.pending_path(name);
                let existing = self.read(&sib, None)?;
                match existing {
                    Some(p) if p.id == version => {}
                    Some(p) => self.write(&sib, p.n, version, value.expose_secret())?,
                    None => {
                        let cas = self.metadata(&sib)?.and_then(|m| m["current_version"].as_u64()).unwrap_or(0);
                        self.write(&sib, cas, version, value.expose_secret())?
                    }
                }
            }
        }
        self.hook(hook)
    }

    fn promote(&self, name: &str, version: &str, hook: Hook<'_>) -> Result<()> {
        let main = self.path(name);
        let sib = self.pending_path(name);
        let meta = self.metadata(&main)?.ok_or_else(|| Error::not_found(format!("Vault path {main} not found")))?;
        let max = meta["max_versions"].as_u64().unwrap_or(0);
        if max == 1 {
            return Err(Error::config_hint(
                format!("{main} keeps max_versions = 1, which would prune the previous version"),
                "raise max_versions on the path or the mount (at least 2)",
            ));
        }
        let cur = self.read(&main, None)?;
        if cur.as_ref().map(|c| c.id.as_str()) != Some(version) {
            let p = self
                .read(&sib, None)?
                .filter(|p| p.id == version)
                .ok_or_else(|| Error::conflict(format!("Vault: {sib} does not hold version {version}")))?;
            let cas = meta["current_version"].as_u64().unwrap_or(0);
            self.write(&main, cas, version, p.value.expose_secret())?;
        }
        self.call(reqwest::Method::DELETE, &self.meta_url(&sib), None)?;
        self.hook(hook)
    }

    fn drop_pending(&self, name: &str) -> Result<()> {
        self.call(reqwest::Method::DELETE, &self.meta_url(&self.pending_path(name)), None)?;
        Ok(())
    }

    fn versions(&self, name: &str) -> Result<Vec<VersionInfo>> {
        let main = self.path(name);
        let mut out = Vec::new();
        if let Some(p) = self.read(&self.pending_path(name), None)? {
            out.push(VersionInfo { version: p.id, created_at: p.created, stages: vec![Stage::Pending] });
        }
        let Some(meta) = self.metadata(&main)? else { return Ok(out) };
        let cur = meta["current_version"].as_u64().unwrap_or(0);
        let live = Self::live_versions(&meta);
        let prev = live.iter().rev().find(|n| **n < cur).copied();
        for n in live.into_iter().rev() {
            if let Some(v) = self.read(&main, Some(n))? {
                let mut stages = Vec::new();
                if n == cur {
                    stages.push(Stage::Current);
                }
                if Some(n) == prev {
                    stages.push(Stage::Previous);
                }
                out.push(VersionInfo { version: v.id, created_at: v.created, stages });
            }
        }
        Ok(out)
    }

    fn delete(&self, name: &str, hook: Hook<'_>) -> Result<()> {
        self.call(reqwest::Method::DELETE, &self.meta_url(&self.pending_path(name)), None)?;
        self.call(reqwest::Method::DELETE, &self.meta_url(&self.path(name)), None)?;
        self.hook(hook)
    }
}
