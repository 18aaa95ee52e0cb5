//! The keyed hash chain. Each event gets `seq` and
//! `link = HMAC-SHA256(K_audit, prev_link ‖ seq (u64 BE) ‖ digest)`, where `digest` is
//! SHA-256 of the event's canonical JSON (RFC 8785). Personal fields enter the digest as
//! commitments `HMAC(subject_salt, canonical(value))`, so erasing a person (their
//! plaintext and salt) leaves the chain verifiable and the erased values unguessable.

use super::event::{Category, Event, EventDraft, client_ip, user_agent};
use super::head::{Head, HeadFile};
use crate::backend::{Row, Tx};
use crate::clock::{self, Micros};
use crate::crypto::{self, keys::SubKey};
use crate::error::{Error, Result};
use crate::params;
use serde::Serialize;
use serde_json::{Map, Value as Json, json};

pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Fields committed under the actor's salt.
const ACTOR_FIELDS: [&str; 4] = ["user_id", "username", "ip_address", "user_agent"];
/// Fields committed under the target's salt when the resource is a person.
const TARGET_FIELDS: [&str; 3] = ["resource_id", "old_value", "new_value"];

fn canonical(v: &Json) -> Result<String> {
    serde_json_canonicalizer::to_string(v).map_err(|e| Error::Backend(format!("canonical JSON: {e}")))
}

pub fn compute_link(key: &SubKey, prev_link: &str, seq: i64, digest: &str) -> Result<String> {
    let prev = hex::decode(prev_link).map_err(|_| Error::Backend("malformed prev_link".into()))?;
    let dig = hex::decode(digest).map_err(|_| Error::Backend("malformed digest".into()))?;
    Ok(hex::encode(crypto::hmac_sha256(key.bytes(), &[&prev, &(seq as u64).to_be_bytes(), &dig])))
}

fn commit(salt: &[u8], v: &Json) -> Result<String> {
    Ok(hex::encode(crypto::hmac_sha256(salt, &[canonical(v)?.as_bytes()])))
}

/// The salt of a data subject, created on first use.
fn subject_salt(tx: &mut dyn Tx, subject: &str, create: bool) -> Result<Option<Vec<u8>>> {
    if let Some(r) = tx.query_opt("SELECT salt FROM audit_subjects WHERE subject = ?", &params![subject])? {
        return r.opt_blob("salt");
    }
    if !create {
        return Ok(None);
    }
    let salt = crypto::random_bytes::<32>()?.to_vec();
    tx.exec(
        "INSERT INTO audit_subjects (subject, salt, created_at) VALUES (?, ?, ?)",
        &params![subject, salt.clone(), clock::now()],
    )?;
    Ok(Some(salt))
}

/// The fields of an event that enter its digest, with personal ones as commitments.
struct Content {
    plain: Map<String, Json>,
    personal: Map<String, Json>,
}

/// Build the digest input: non-personal fields in plain, personal fields replaced by the
/// stored commitments.
fn digest_of(plain: &Map<String, Json>, commitments: &Map<String, Json>) -> Result<String> {
    let mut obj = plain.clone();
    obj.insert("commitments".into(), Json::Object(commitments.clone()));
    Ok(hex::encode(crypto::sha256(canonical(&Json::Object(obj))?.as_bytes())))
}

fn split_content(e: &Event, actor_subject: bool, target_subject: bool) -> Content {
    let mut plain = Map::new();
    let mut personal = Map::new();
    plain.insert("v".into(), json!(1));
    plain.insert("id".into(), json!(e.id));
    plain.insert("timestamp".into(), json!(e.timestamp));
    plain.insert("event_type".into(), json!(e.event_type));
    plain.insert("category".into(), json!(e.category));
    plain.insert("user_role".into(), json!(e.user_role));
    plain.insert("resource".into(), json!(e.resource));
    plain.insert("action".into(), json!(e.action));
    plain.insert("ai_initiated".into(), json!(e.ai_initiated));
    plain.insert("ai_confidence".into(), json!(e.ai_confidence));
    plain.insert("ai_reasoning".into(), json!(e.ai_reasoning));
    plain.insert("permission".into(), json!(e.permission));
    let actor_vals = [
        ("user_id", json!(e.user_id)),
        ("username", json!(e.username)),
        ("ip_address", json!(e.ip_address)),
        ("user_agent", json!(e.user_agent)),
    ];
    let target_vals = [
        ("resource_id", json!(e.resource_id)),
        ("old_value", e.old_value.clone().unwrap_or(Json::Null)),
        ("new_value", e.new_value.clone().unwrap_or(Json::Null)),
    ];
    for (k, v) in actor_vals {
        if actor_subject {
            personal.insert(k.into(), v)
        } else {
            plain.insert(k.into(), v)
        };
    }
    for (k, v) in target_vals {
        if target_subject {
            personal.insert(k.into(), v)
        } else {
            plain.insert(k.into(), v)
        };
    }
    Content { plain, personal }
}

fn make_commitments(
    tx: &mut dyn Tx,
    content: &Content,
    actor_subject: Option<&str>,
    target_subject: Option<&str>,
) -> Result<Map<String, Json>> {
    let mut out = Map::new();
    for (fields, subject) in [(&ACTOR_FIELDS[..], actor_subject), (&TARGET_FIELDS[..], target_subject)] {
        let Some(subject) = subject else { continue };
        let salt =
            subject_salt(tx, subject, true)?.ok_or_else(|| Error::Backend(format!("subject {subject} was erased")))?;
        for f in fields {
            let v = content.personal.get(*f).cloned().unwrap_or(Json::Null);
            out.insert((*f).into(), if v.is_null() { Json::Null } else { Json::String(commit(&salt, &v)?) });
        }
    }
    Ok(out)
}

/// Refuse when the database's chain no longer reaches the head remembered outside it.
pub fn check_head(tx: &mut dyn Tx, key: &SubKey, head: &HeadFile) -> Result<()> {
    let last = tx.query_opt("SELECT seq FROM audit_events ORDER BY seq DESC LIMIT 1", &[])?;
    let last_seq = match last {
        Some(r) => r.i64("seq")?,
        None => 0,
    };
    check_head_at(tx, key, head, last_seq)
}

fn check_head_at(tx: &mut dyn Tx, key: &SubKey, head: &HeadFile, last_seq: i64) -> Result<()> {
    let remembered = head.read_verified(key)?;
    if remembered.is_none() && last_seq > 0 {
        return Err(Error::config_hint(
            format!(
                "the audit head kept outside the database ({}) is missing, so removed events could go unnoticed",
                head.path().display()
            ),
            "restore the head file, or check the chain and accept its current end with `mboctl audit head --accept --yes`",
        ));
    }
    if let Some(h) = remembered {
        let ok = if h.seq > last_seq {
            false
        } else {
            match tx.query_opt("SELECT link FROM audit_events WHERE seq = ?", &params![h.seq])? {
                Some(r) => r.str("link")? == h.link,
                None => false,
            }
        };
        if !ok {
            return Err(Error::config_hint(
                format!(
                    "the audit chain in the database no longer reaches the head kept at {} (seq {}); events may have been removed",
                    head.path().display(),
                    h.seq
                ),
                "run `mboctl audit verify` and restore the database from a backup",
            ));
        }
    }
    Ok(())
}

/// Append one event inside the caller's transaction. Refuses when the database's chain
/// no longer reaches the head remembered outside it (events were removed): appending
/// would hide the truncation.
pub fn append(tx: &mut dyn Tx, key: &SubKey, head: &HeadFile, draft: &EventDraft) -> Result<Head> {
    let last = tx.query_opt("SELECT seq, link FROM audit_events ORDER BY seq DESC LIMIT 1", &[])?;
    let (last_seq, prev_link) = match &last {
        Some(r) => (r.i64("seq")?, r.str("link")?),
        None => (0, GENESIS.to_string()),
    };
    check_head_at(tx, key, head, last_seq)?;
    let seq = last_seq + 1;
    let ts: Micros = clock::now();
    let category = Category::of(draft.event_type);
    let a = &draft.actor;
    let ev = Event {
        id: crypto::random_id("evt")?,
        seq,
        timestamp: clock::rfc3339_micros(ts),
        event_type: draft.event_type.to_string(),
        category: category.as_str().to_string(),
        user_id: a.user_id.clone(),
        username: a.username.clone(),
        user_role: a.role.clone(),
        ip_address: client_ip(),
        user_agent: Some(user_agent()),
        resource: draft.resource.clone(),
        resource_id: draft.resource_id.clone(),
        action: draft.action.clone(),
        old_value: draft.old_value.clone(),
        new_value: draft.new_value.clone(),
        ai_initiated: false,
        ai_confidence: None,
        ai_reasoning: None,
        permission: draft.permission.clone(),
        prev_link: prev_link.clone(),
        link: String::new(),
        ts,
    };
    let actor_subject = a.subject.as_deref();
    let target_subject = draft.target_subject.as_deref();
    let content = split_content(&ev, actor_subject.is_some(), target_subject.is_some());
    let commitments = make_commitments(tx, &content, actor_subject, target_subject)?;
    let digest = digest_of(&content.plain, &commitments)?;
    let link = compute_link(key, &prev_link, seq, &digest)?;
    let js = |v: &Option<Json>| -> Result<Option<String>> {
        Ok(match v {
            Some(v) => Some(serde_json::to_string(v)?),
            None => None,
        })
    };
    tx.exec(
        "INSERT INTO audit_events (seq, id, ts, category, event_type, user_id, username, user_role, ip_address, \
         user_agent, resource, resource_id, action, old_value, new_value, ai_initiated, ai_confidence, ai_reasoning, \
         permission, actor_subject, target_subject, commitments, digest, prev_link, link) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        &params![
            seq,
            ev.id.clone(),
            ts,
            ev.category.clone(),
            ev.event_type.clone(),
            ev.user_id.clone(),
            ev.username.clone(),
            ev.user_role.clone(),
            ev.ip_address.clone(),
            ev.user_agent.clone(),
            ev.resource.clone(),
            ev.resource_id.clone(),
            ev.action.clone(),
            js(&ev.old_value)?,
            js(&ev.new_value)?,
            ev.ai_initiated,
            ev.ai_confidence,
            ev.ai_reasoning.clone(),
            ev.permission.clone(),
            actor_subject.map(str::to_string),
            target_subject.map(str::to_string),
            serde_json::to_string(&commitments)?,
            digest,
            prev_link,
            link.clone()
        ],
    )?;
    Ok(Head { seq, link })
}

#[derive(Debug, Serialize)]
pub struct VerifyReport {
    pub ok: bool,
    pub events: i64,
    pub first_bad_seq: Option<i64>,
    pub bad_links: usize,
    pub head_seq: Option<i64>,
    /// Every seq found broken (capped), and why.
    pub problems: Vec<Problem>,
}

#[derive(Debug, Serialize)]
pub struct Problem {
    pub seq: i64,
    pub reason: String,
}

fn check_row(
    tx: &mut dyn Tx,
    key: &SubKey,
    r: &Row,
    expected_prev: &str,
    salts: &mut std::collections::HashMap<String, Option<Vec<u8>>>,
) -> Result<Vec<String>> {
    let mut why = Vec::new();
    let seq = r.i64("seq")?;
    let stored_prev = r.str("prev_link")?;
    if stored_prev != expected_prev {
        why.push("prev_link does not match the previous event's link".to_string());
    }
    let stored_digest = r.str("digest")?;
    let commitments: Map<String, Json> = match serde_json::from_str(&r.str("commitments")?) {
        Ok(Json::Object(m)) => m,
        _ => {
            why.push("commitments are malformed".into());
            Map::new()
        }
    };
    let pruned_at = r.opt_i64("pruned_at")?;
    if let Some(p) = pruned_at {
        // A tombstone is legitimate only once its category's retention has run out.
        let ts = r.i64("ts")?;
        let keep = Category::parse(&r.str("category")?).map(Category::retention);
        let legit = keep.is_some_and(|k| ts + k <= p && p <= clock::now());
        if !legit {
            why.push("marked pruned before its retention period ended".into());
        }
    }
    if pruned_at.is_none() {
        let ev = Event::from_row(r);
        match ev {
            Err(_) => why.push("stored fields are malformed".into()),
            Ok(ev) => {
                let actor_subject = r.opt_str("actor_subject")?;
                let target_subject = r.opt_str("target_subject")?;
                let content = split_content(&ev, actor_subject.is_some(), target_subject.is_some());
                if digest_of(&content.plain, &commitments)? != stored_digest {
                    why.push("event content does not match its digest".into());
                }
                // Check plaintext personal fields against their commitments while the
                // subject's salt exists (after erasure only the commitment remains).
                for (fields, subject) in [(&ACTOR_FIELDS[..], actor_subject), (&TARGET_FIELDS[..], target_subject)] {
                    let Some(subject) = subject else { continue };
                    let salt = match salts.get(&subject) {
                        Some(s) => s.clone(),
                        None => {
                            let s = subject_salt(tx, &subject, false)?;
                            salts.insert(subject.clone(), s.clone());
                            s
                        }
                    };
                    let Some(salt) = salt else { continue };
                    for f in fields {
                        let v = content.personal.get(*f).cloned().unwrap_or(Json::Null);
                        let expect = if v.is_null() { Json::Null } else { Json::String(commit(&salt, &v)?) };
                        if commitments.get(*f).cloned().unwrap_or(Json::Null) != expect {
                            why.push(format!("{f} does not match its commitment"));
                        }
                    }
                }
            }
        }
    }
    match compute_link(key, expected_prev, seq, &stored_digest) {
        Ok(l) if l == r.str("link")? => {}
        _ => why.push("link does not verify under the audit key".into()),
    }
    Ok(why)
}

/// Verify the whole chain and compare its end with the head kept outside the database.
pub fn verify(tx: &mut dyn Tx, key: &SubKey, head: Option<&Head>) -> Result<VerifyReport> {
    let rows = tx.query("SELECT * FROM audit_events ORDER BY seq", &[])?;
    let mut problems: Vec<Problem> = Vec::new();
    let mut prev = GENESIS.to_string();
    let mut expected = 1i64;
    let mut salts = std::collections::HashMap::new();
    for r in &rows {
        let seq = r.i64("seq")?;
        if seq != expected {
            problems.push(Problem { seq: expected, reason: format!("events {expected}..{} are missing", seq - 1) });
        }
        for why in check_row(tx, key, r, &prev, &mut salts)? {
            problems.push(Problem { seq, reason: why });
        }
        prev = r.str("link")?;
        expected = seq + 1;
    }
    let last = expected - 1;
    if head.is_none() && last > 0 {
        problems.push(Problem {
            seq: last + 1,
            reason: "no head is kept outside the database: removal of the newest events cannot be ruled out".into(),
        });
    }
    if let Some(h) = head {
        if h.seq > last {
            problems.push(Problem {
                seq: last + 1,
                reason: format!("the chain ends at seq {last} but the head kept outside the database is at seq {}: newest events were removed", h.seq),
            });
        } else if let Some(r) = rows.iter().find(|r| r.i64("seq").ok() == Some(h.seq))
            && r.str("link")? != h.link
        {
            problems
                .push(Problem { seq: h.seq, reason: "the event at the remembered head has a different link".into() });
        }
    }
    problems.sort_by_key(|p| p.seq);
    let mut bad_seqs: Vec<i64> = problems.iter().map(|p| p.seq).collect();
    bad_seqs.dedup();
    problems.truncate(1000);
    Ok(VerifyReport {
        ok: bad_seqs.is_empty(),
        events: rows.len() as i64,
        first_bad_seq: bad_seqs.first().copied(),
        bad_links: bad_seqs.len(),
        head_seq: head.map(|h| h.seq),
        problems,
    })
}
