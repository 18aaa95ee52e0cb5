//! The rotation engine. Each secret goes create → set → test → finish; the step reached
//! and the pending version id (the AWS `ClientRequestToken`) are journaled in the backend
//! before each outside call, so a run killed anywhere is completed by the next run:
//!
//! * create — reuse the store's `pending` if it is this rotation's, else make a value and
//!   store it as `pending` (never changed anywhere before it is durably stored);
//! * set — apply it where it is used (e.g. `ALTER ROLE` on PostgreSQL);
//! * test — prove it works (e.g. log in with it);
//! * finish — move `current` to it (the old one becomes `previous`), drop `pending`.
//!
//! A per-secret lock keeps two runs off the same secret; `--due` re-checks due-ness after
//! taking it, so two cron runs rotate each secret exactly once.

use super::failpoint;
use super::rotators::{Jwt, Manual, Random, Rotator, Spec};
use crate::audit::auditor::Auditor;
use crate::audit::event::{ActorInfo, EventDraft};
use crate::backend::{self, Backend, Tx};
use crate::clock;
use crate::error::{Error, Result};
use crate::store::{self, SecretStore, Stage, meta};
use secrecy::{ExposeSecret, SecretString};
use serde::Serialize;
use serde_json::json;
use std::sync::Arc;

pub struct Engine {
    pub backend: Arc<dyn Backend>,
    pub auditor: Arc<Auditor>,
    pub actor: ActorInfo,
    /// The installation's store, and `db` (home of `mboctl/` keys).
    pub store: Arc<dyn SecretStore>,
    pub db_store: Arc<dyn SecretStore>,
}

#[derive(Default)]
pub struct Request {
    /// `NAME` or `NAME#key`.
    pub name: String,
    /// Only if due (re-checked under the lock).
    pub due_only: bool,
    /// The new value for a `manual` rotator.
    pub manual_value: Option<SecretString>,
    /// Roll back: the pending value is `previous`.
    pub rollback: bool,
    /// Rotate a JWT key again inside the overlap window.
    pub force: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Rotated {
    pub name: String,
    pub version: String,
    pub previous_version: Option<String>,
    pub resumed: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Skipped {
    pub name: String,
    pub reason: String,
}

#[derive(Debug, Serialize)]
pub struct Failed {
    pub name: String,
    pub step: String,
    pub error: String,
    #[serde(skip)]
    pub code: u8,
    #[serde(skip)]
    pub hint: Option<String>,
}

pub enum Outcome {
    Rotated(Rotated),
    Skipped(Skipped),
    Failed(Failed),
}

/// What a run would do (`--dry-run`).
#[derive(Debug, Serialize)]
pub struct Plan {
    pub name: String,
    pub rotator: Option<String>,
    pub due: bool,
    pub reason: String,
    pub action: String,
}

struct StepError {
    step: &'static str,
    err: Error,
}

fn at(step: &'static str) -> impl Fn(Error) -> StepError {
    move |err| StepError { step, err }
}

fn copy(s: &SecretString) -> SecretString {
    SecretString::from(s.expose_secret().to_string())
}

impl Engine {
    pub fn store_for(&self, name: &str) -> &Arc<dyn SecretStore> {
        if name.starts_with(store::RESERVED_MBOCTL) { &self.db_store } else { &self.store }
    }

    fn write<T>(&self, f: impl FnOnce(&mut dyn Tx) -> Result<T>) -> Result<T> {
        self.auditor.write(self.backend.as_ref(), f)
    }

    fn event(&self, t: &'static str, name: &str, action: &str) -> EventDraft {
        EventDraft::new(t).actor(&self.actor).resource("secret", name).action(action)
    }

    /// The rotator for a secret, or why it cannot be rotated here.
    pub fn rotator(&self, m: &meta::SecretMeta, manual: Option<SecretString>) -> Result<Box<dyn Rotator>> {
        let spec = m.rotator.as_deref().ok_or_else(|| {
            Error::usage_hint(
                format!("'{}' has no rotator", m.name),
                "give it one with `mboctl secret set NAME --type TYPE --rotation random --value-stdin`",
            )
        })?;
        Ok(match Spec::parse(spec)? {
            Spec::Random(f, n) => Box::new(Random { format: f, len: n }),
            Spec::Jwt => Box::new(Jwt),
            Spec::Manual => Box::new(Manual { value: manual }),
            Spec::Postgres => Box::new(super::postgres::Postgres),
            Spec::Oauth => {
                return Err(Error::usage_hint(
                    format!("'{}' holds OAuth tokens", m.name),
                    "OAuth tokens are rotated by `mboctl oauth refresh`",
                ));
            }
        })
    }

    /// What `--dry-run` reports for one secret.
    pub fn plan(&self, name: &str, due_only: bool) -> Result<Plan> {
        let (base, _key) = store::parse_name(name)?;
        let now = clock::now();
        backend::read(self.backend.as_ref(), |tx| {
            let m = meta::find(tx, &base)?;
            let d = meta::due(tx, &m, now)?;
            let journal = meta::journal(tx, &base)?;
            let (action, reason) = if let Some(j) = journal {
                ("resume".to_string(), format!("an interrupted rotation stopped before '{}'", j.step))
            } else if m.rotator.is_none() {
                ("skip".into(), "no rotator".into())
            } else if m.rotator.as_deref() == Some("manual") {
                ("skip".into(), "manual: a person must reissue it (`secret rotate NAME --value-stdin`)".into())
            } else if m.rotator.as_deref() == Some("oauth") {
                ("skip".into(), "OAuth tokens are rotated by `oauth refresh`".into())
            } else if due_only && !d.overdue {
                match d.next_due_at {
                    Some(t) => ("skip".into(), format!("not due until {}", clock::rfc3339(t))),
                    None => ("skip".into(), format!("no rotation policy for type {}", m.secret_type)),
                }
            } else if d.overdue {
                ("rotate".into(), format!("due since {}", d.next_due_at.map(clock::rfc3339).unwrap_or_default()))
            } else {
                ("rotate".into(), "requested".into())
            };
            Ok(Plan { name: name.to_string(), rotator: m.rotator.clone(), due: d.overdue, reason, action })
        })
    }

    /// Rotate (or roll back) one secret under its lock.
    pub fn rotate(&self, req: &Request) -> Outcome {
        let (base, key) = match store::parse_name(&req.name) {
            Ok(x) => x,
            Err(e) => return fail(&req.name, "plan", e),
        };
        let lock = match self.backend.try_lock(&format!("rotate:{base}")) {
            Ok(Some(l)) => l,
            Ok(None) => {
                return Outcome::Skipped(Skipped {
                    name: req.name.clone(),
                    reason: "locked by another process".into(),
                });
            }
            Err(e) => return fail(&req.name, "lock", e),
        };
        let out = self.rotate_locked(req, &base, key.as_deref());
        drop(lock);
        match out {
            Ok(o) => o,
            Err(StepError { step, err }) => {
                let msg = err.to_string();
                let _ = self.write(|tx| {
                    if meta::journal(tx, &base)?.is_some() {
                        tx.exec(
                            "UPDATE rotation_journal SET error = ?, updated_at = ? WHERE name = ?",
                            &crate::params![msg.clone(), clock::now(), base.clone()],
                        )?;
                    }
                    self.auditor.append(
                        tx,
                        &self
                            .event("SECRET_ROTATION_FAILED", &req.name, step)
                            .new_value(json!({"step": step, "error": msg})),
                    )
                });
                fail(&req.name, step, err)
            }
        }
    }

    fn rotate_locked(&self, req: &Request, base: &str, key: Option<&str>) -> std::result::Result<Outcome, StepError> {
        let now = clock::now();
        let store = self.store_for(base).clone();
        let (m, due, journal) = backend::read(self.backend.as_ref(), |tx| {
            let m = meta::find(tx, base)?;
            let d = meta::due(tx, &m, now)?;
            Ok((m, d, meta::journal(tx, base)?))
        })
        .map_err(at("plan"))?;
        let resumed = journal.is_some();
        // An interrupted operation is finished before anything else: `rotate` resumes an
        // interrupted rollback; a rollback never rides on an interrupted rotation.
        if let Some(j) = &journal
            && req.rollback
            && j.action != "rollback"
        {
            return Err(StepError {
                step: "plan",
                err: Error::conflict_hint(
                    format!("a rotation of '{base}' was interrupted before '{}'", j.step),
                    format!("finish it first with `mboctl secret rotate {base}`, then roll back"),
                ),
            });
        }
        if let Some(j) = &journal {
            // A resumed run finishes what was asked for then: a different key, or a new
            // manual value, would be silently ignored.
            if key.is_some() && j.target != req.name {
                return Err(StepError {
                    step: "plan",
                    err: Error::conflict_hint(
                        format!("an interrupted rotation of '{}' must be finished first", j.target),
                        format!("run `mboctl secret rotate {}`", j.target),
                    ),
                });
            }
            if req.manual_value.is_some() {
                return Err(StepError {
                    step: "plan",
                    err: Error::conflict_hint(
                        format!("an interrupted rotation of '{base}' already holds a new value"),
                        format!(
                            "finish it with `mboctl secret rotate {base}` (no value), or abandon it with `secret set --force`"
                        ),
                    ),
                });
            }
        }
        // A resumed run reports under the name it was started for.
        let name = journal.as_ref().map(|j| j.target.clone()).unwrap_or_else(|| req.name.clone());
        let key = journal
            .as_ref()
            .map(|j| j.target.split_once('#').map(|(_, k)| k.to_string()))
            .unwrap_or(key.map(String::from));
        let key = key.as_deref();
        let rollback = journal.as_ref().map(|j| j.action == "rollback").unwrap_or(req.rollback);
        // Re-checked under the lock: another run may have just rotated it.
        if req.due_only && !due.overdue && !resumed {
            return Ok(Outcome::Skipped(Skipped { name: name.clone(), reason: "not due".into() }));
        }
        if m.rotator.as_deref() == Some("manual")
            && !resumed
            && !rollback
            && (req.due_only || req.manual_value.is_none())
        {
            return Ok(Outcome::Skipped(Skipped {
                name: name.clone(),
                reason: "manual rotation: a person must reissue it".into(),
            }));
        }
        let rotator = self.rotator(&m, req.manual_value.as_ref().map(copy)).map_err(at("plan"))?;
        let action = if rollback { "rollback" } else { "rotate" };
        let current = store.get(base, Stage::Current).map_err(at("create"))?;
        // `previous` is read only where it is used: rollback, rotators that log in, and the
        // JWT overlap check.
        let previous = if rollback || rotator.outside() || rotator.name() == "jwt" {
            store.get(base, Stage::Previous).map_err(at("create"))?
        } else {
            None
        };
        // A JWT key rotated again inside one session lifetime (plus leeway) would leave
        // tokens signed with the previous key unverifiable.
        let window =
            crate::identity::session::LIFETIME + crate::identity::session::LEEWAY_SECONDS as i64 * clock::SECOND;
        if m.rotator.as_deref() == Some("jwt")
            && !resumed
            && !req.force
            && m.last_rotated_at.is_some_and(|t| now < t + window)
            && previous.is_some()
        {
            return Ok(Outcome::Skipped(Skipped {
                name: name.clone(),
                reason: format!(
                    "rotated less than {} minutes ago: tokens signed with the previous key still need it (--force rotates anyway)",
                    window / clock::MINUTE + 1
                ),
            }));
        }
        let old_version = current.as_ref().map(|c| c.version.clone());
        // The new value is made before anything is journaled, so a refusal (no previous
        // version, a missing key, …) leaves no trace but its event.
        let fresh = if resumed {
            None
        } else if rollback {
            let p = previous.as_ref().ok_or_else(|| StepError {
                step: "plan",
                err: Error::conflict_hint(format!("'{base}' has no previous version"), "nothing to roll back to"),
            })?;
            Some(copy(&p.value))
        } else {
            Some(self.new_value(rotator.as_ref(), current.as_ref().map(|c| &c.value), key).map_err(at("plan"))?)
        };

        // Start (or resume) the journal: the version id is fixed from here on.
        let (token, mut step) = match &journal {
            Some(j) => (j.token.clone(), j.step.clone()),
            None => {
                let token = store::new_version_id().map_err(at("create"))?;
                self.write(|tx| {
                    meta::journal_start(tx, base, &token, action, &name)?;
                    self.auditor.append(
                        tx,
                        &self
                            .event("SECRET_ROTATION_STARTED", &name, action)
                            .new_value(json!({"version": token, "rotator": rotator.name(), "step": "create"})),
                    )
                })
                .map_err(at("create"))?;
                (token, "create".to_string())
            }
        };
        let mut pending_value: Option<SecretString> = None;

        if step == "create" {
            // A resumed run reuses the pending value its predecessor stored.
            let existing = if resumed {
                store.get(base, Stage::Pending).map_err(at("create"))?.filter(|p| p.version == token)
            } else {
                None
            };
            let value = match (existing, fresh) {
                (Some(p), _) => {
                    self.write(|tx| meta::journal_set(tx, base, &token, "set", None)).map_err(at("create"))?;
                    p.value
                }
                (None, fresh) => {
                    let value = match fresh {
                        Some(v) => v,
                        // Killed before the value was stored: make it now.
                        None if rollback => copy(
                            &previous
                                .as_ref()
                                .ok_or_else(|| Error::conflict(format!("'{base}' has no previous version")))
                                .map_err(at("create"))?
                                .value,
                        ),
                        None => self
                            .new_value(rotator.as_ref(), current.as_ref().map(|c| &c.value), key)
                            .map_err(at("create"))?,
                    };
                    store
                        .put_pending(base, &token, &value, &mut |tx| {
                            meta::journal_set(tx, base, &token, "set", None)?;
                            self.auditor.append(
                                tx,
                                &self
                                    .event("SECRET_ROTATION_STARTED", &name, action)
                                    .new_value(json!({"version": token, "step": "set"})),
                            )
                        })
                        .map_err(at("create"))?;
                    value
                }
            };
            pending_value = Some(value);
            failpoint("after-create");
            step = "set".into();
        }
        if step == "set" || step == "test" {
            let s = if step == "set" { "set" } else { "test" };
            let pending = match pending_value.take() {
                Some(v) => v,
                None => {
                    store
                        .get(base, Stage::Pending)
                        .and_then(|p| {
                            p.filter(|p| p.version == token).ok_or_else(|| {
                                Error::conflict(format!(
                                    "the pending version of '{base}' is not this rotation's ({token})"
                                ))
                            })
                        })
                        .map_err(at(s))?
                        .value
                }
            };
            // Rotators that change nothing outside need no journal step of their own: a
            // resumed run simply repeats their (empty) set and test.
            let outside = rotator.outside();
            if step == "set" {
                rotator
                    .set(current.as_ref().map(|c| &c.value), previous.as_ref().map(|p| &p.value), &pending)
                    .map_err(at("set"))?;
                if outside {
                    self.write(|tx| meta::journal_set(tx, base, &token, "test", None)).map_err(at("set"))?;
                }
                failpoint("after-set");
            }
            rotator.test(&pending).map_err(at("test"))?;
            if outside {
                self.write(|tx| meta::journal_set(tx, base, &token, "finish", None)).map_err(at("test"))?;
            }
            failpoint("after-test");
        }
        let done = if rollback { "SECRET_ROLLED_BACK" } else { "SECRET_ROTATED" };
        store
            .promote(base, &token, &mut |tx| {
                meta::journal_clear(tx, base)?;
                meta::mark_rotated(tx, base, clock::now())?;
                self.auditor.append(
                    tx,
                    &self
                        .event(done, &name, action)
                        .old(json!({"version": old_version}))
                        .new_value(json!({"version": token, "resumed": resumed})),
                )
            })
            .map_err(at("finish"))?;
        failpoint("after-finish");
        Ok(Outcome::Rotated(Rotated { name: name.clone(), version: token, previous_version: old_version, resumed }))
    }

    /// The new value: the rotator's, or for `NAME#key` the current JSON object with only
    /// that key replaced.
    fn new_value(&self, r: &dyn Rotator, current: Option<&SecretString>, key: Option<&str>) -> Result<SecretString> {
        let v = self.new_value_unchecked(r, current, key)?;
        store::check_size(&v)?;
        Ok(v)
    }

    fn new_value_unchecked(
        &self,
        r: &dyn Rotator,
        current: Option<&SecretString>,
        key: Option<&str>,
    ) -> Result<SecretString> {
        let Some(key) = key else {
            // A JSON map rotated whole by a generator would lose every key.
            let is_map = current.is_some_and(|c| {
                serde_json::from_str::<serde_json::Value>(c.expose_secret()).is_ok_and(|v| v.is_object())
            });
            if is_map && matches!(r.name(), "random" | "jwt") {
                return Err(Error::usage_hint(
                    "this secret holds a JSON map: rotating it whole would replace every key with one random value",
                    "rotate one key at a time: `mboctl secret rotate NAME#key`",
                ));
            }
            return r.create(current);
        };
        let cur = current.ok_or_else(|| Error::not_found("the secret has no current value to update a key of"))?;
        let mut doc: serde_json::Value = serde_json::from_str(cur.expose_secret())
            .ok()
            .filter(|v: &serde_json::Value| v.is_object())
            .ok_or_else(|| Error::usage("NAME#key needs a secret whose value is a JSON object"))?;
        let old = match doc.get(key) {
            Some(v) => v.as_str().map(|s| SecretString::from(s.to_string())),
            None => {
                return Err(Error::not_found_hint(
                    format!("the secret has no key '{key}'"),
                    "add it with `secret set NAME#key`",
                ));
            }
        };
        let new = r.create(old.as_ref())?;
        doc[key] = json!(new.expose_secret());
        Ok(SecretString::from(serde_json::to_string(&doc)?))
    }
}

fn fail(name: &str, step: &str, err: Error) -> Outcome {
    Outcome::Failed(Failed {
        name: name.to_string(),
        step: step.to_string(),
        error: err.to_string(),
        code: crate::error::exit_code(&err),
        hint: err.hint().map(String::from),
    })
}
