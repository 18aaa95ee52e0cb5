//! Secrets on the default `db` store through the real binary: values from stdin only,
//! masking and audited reveals, versions and stages, policies, rotation (random, manual,
//! jwt, NAME#key), rollback, resumption after a kill at every step, and two concurrent
//! `--due` runs.

mod support;

use serde_json::Value;
use support::*;

use support::{secret_reveal as reveal, secret_set as set};

fn stages(e: &Env, name: &str) -> Vec<(String, Vec<String>)> {
    let h = e.run(&["secret", "history", name, "-o", "json"]).ok().json();
    h.as_array()
        .unwrap()
        .iter()
        .map(|v| {
            (
                v["version"].as_str().unwrap().to_string(),
                v["stages"].as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()).collect(),
            )
        })
        .collect()
}

#[test]
fn set_get_mask_reveal_and_audit() {
    if !have_oathtool() {
        return;
    }
    let (e, _s, _id, _c) = Env::ready();
    let v = set(&e, "mbo/production/openai", "api_key", None, "sk-test-VALUE-123");
    assert_eq!(v["rotator"], "manual", "api keys default to manual rotation");
    assert_eq!(v["store"], "db");
    let g = e.run(&["secret", "get", "mbo/production/openai", "-o", "json"]).ok();
    assert!(!g.stdout.contains("sk-test-VALUE-123"), "masked without --reveal");
    let g = g.json();
    for k in ["name", "type", "version", "stage"] {
        assert!(!g[k].is_null(), "{k}");
    }
    assert!(g.get("value").is_none());
    assert_eq!(reveal(&e, "mbo/production/openai", "current").as_deref(), Some("sk-test-VALUE-123"));
    let evs = e.run(&["audit", "query", "--type", "SECRET_READ", "-o", "json"]).ok().json();
    assert_eq!(evs.as_array().unwrap().len(), 1);
    assert_eq!(evs[0]["category"], "access");
    assert!(!evs.to_string().contains("sk-test-VALUE-123"), "events carry versions, never values");

    // Bad input changes nothing.
    e.run_in(&["secret", "set", "Bad/Name", "--type", "generic", "--value-stdin"], "x").code(2);
    e.run_in(&["secret", "set", "a/b", "--type", "nope", "--value-stdin"], "x").code(2);
    e.run(&["secret", "set", "a/b", "--type", "generic"]).code(2);
    e.run_in(&["secret", "set", "mboctl/session-key", "--type", "jwt_secret", "--value-stdin"], &"a".repeat(64))
        .code(2);
    e.run_in(&["secret", "set", "x/jwt", "--type", "jwt_secret", "--value-stdin"], "too-short").code(2);
    e.run_in(&["secret", "set", "x/db", "--type", "db_password", "--value-stdin"], "{\"host\":\"h\"}").code(2);
    e.run_in(&["secret", "set", "x/r", "--type", "generic", "--rotation", "lambda", "--value-stdin"], "v").code(2);
    e.run(&["secret", "get", "no/such"]).code(5);
    let list = e.run(&["secret", "list", "-o", "json"]).ok().json();
    let names: Vec<&str> = list.as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
    assert_eq!(names, vec!["mbo/production/openai", "mboctl/session-key"]);

    // Viewers cannot read secrets; analysts can read masked but not reveal.
    e.run_in(&["user", "add", "ann", "--role", "analyst", "--password-stdin"], BOB_PW).ok();
    let ann = e.as_operator("ann");
    ann.run_in(&["login", "ann", "--password-stdin"], BOB_PW).ok();
    ann.run(&["secret", "get", "mbo/production/openai"]).ok();
    ann.run(&["secret", "get", "mbo/production/openai", "--reveal"]).code(4);
    ann.run_in(&["secret", "set", "mbo/x", "--type", "generic", "--value-stdin"], "v").code(4);

    // Delete is destructive.
    e.run(&["secret", "delete", "mbo/production/openai"]).code(2);
    e.run(&["secret", "delete", "mbo/production/openai", "--yes"]).ok();
    e.run(&["secret", "get", "mbo/production/openai"]).code(5);
    assert_eq!(
        e.run(&["audit", "query", "--type", "SECRET_DELETED", "-o", "json"]).ok().json().as_array().unwrap().len(),
        1
    );
}

#[test]
fn rotation_random_manual_key_and_rollback() {
    if !have_oathtool() {
        return;
    }
    let (e, _s, _id, _c) = Env::ready();
    set(&e, "app/token", "generic", Some("random:password:40"), "initial-token-value");
    let r = e.run(&["secret", "rotate", "app/token", "-o", "json"]).ok().json();
    assert_eq!(r["rotated"].as_array().unwrap().len(), 1);
    assert!(r["failed"].as_array().unwrap().is_empty());
    let new = reveal(&e, "app/token", "current").unwrap();
    assert_eq!(new.len(), 40);
    assert_eq!(reveal(&e, "app/token", "previous").as_deref(), Some("initial-token-value"));
    let st = stages(&e, "app/token");
    assert_eq!(st.len(), 2);
    assert!(st.iter().all(|(_, s)| !s.contains(&"pending".to_string())), "no stray pending: {st:?}");

    // Manual: a vendor key only a person can reissue.
    set(&e, "mbo/production/google-ads-dev-token", "api_key", None, "vendor-key-1");
    e.run(&["secret", "rotate", "mbo/production/google-ads-dev-token"]).code(2);
    e.run_in(&["secret", "rotate", "mbo/production/google-ads-dev-token", "--value-stdin"], "vendor-key-2").ok();
    assert_eq!(reveal(&e, "mbo/production/google-ads-dev-token", "current").as_deref(), Some("vendor-key-2"));

    // NAME#key changes only that key of a JSON map.
    set(
        &e,
        "mbo/production/api-keys",
        "generic",
        Some("random:hex:16"),
        r#"{"google_ads_refresh_token":"g-1","meta_token":"m-1"}"#,
    );
    e.run(&["secret", "rotate", "mbo/production/api-keys#google_ads_refresh_token"]).ok();
    let doc: Value = serde_json::from_str(&reveal(&e, "mbo/production/api-keys", "current").unwrap()).unwrap();
    assert_eq!(doc["meta_token"], "m-1");
    assert_ne!(doc["google_ads_refresh_token"], "g-1");
    assert_eq!(doc["google_ads_refresh_token"].as_str().unwrap().len(), 32);
    assert_eq!(reveal(&e, "mbo/production/api-keys#meta_token", "current").as_deref(), Some("m-1"));

    // Rollback: current ← previous.
    e.run(&["secret", "rollback", "app/token"]).code(2);
    e.run(&["secret", "rollback", "app/token", "--yes"]).ok();
    assert_eq!(reveal(&e, "app/token", "current").as_deref(), Some("initial-token-value"));
    assert_eq!(reveal(&e, "app/token", "previous").as_deref(), Some(new.as_str()));
    // oauth/ belongs to `oauth refresh`; unknown names are 5.
    set(&e, "oauth/google-ads/client-secret", "generic", None, "client-secret");
    e.run(&["secret", "rotate", "oauth/google-ads/client-secret"]).code(2);
    e.run(&["secret", "rotate", "no/such"]).code(5);
    e.run(&["secret", "rotate"]).code(2);
    // --all needs --yes without a terminal, skips the manual key and oauth/.
    e.run(&["secret", "rotate", "--all"]).code(2);
    // A JSON map is never rotated whole by a generator (it would lose every key).
    e.run(&["secret", "rotate", "mbo/production/api-keys"]).code(2);
    let r = e.run(&["secret", "rotate", "--all", "--yes", "-o", "json"]).code(8).json();
    let rotated: Vec<&str> = r["rotated"].as_array().unwrap().iter().map(|x| x["name"].as_str().unwrap()).collect();
    assert_eq!(rotated, vec!["app/token"]);
    assert_eq!(r["failed"][0]["name"], "mbo/production/api-keys");
    assert_eq!(r["failed"][0]["step"], "plan");
    let doc: Value = serde_json::from_str(&reveal(&e, "mbo/production/api-keys", "current").unwrap()).unwrap();
    assert_eq!(doc["meta_token"], "m-1", "the map is intact");
    let skipped: Vec<&str> = r["skipped"].as_array().unwrap().iter().map(|x| x["name"].as_str().unwrap()).collect();
    assert_eq!(skipped, vec!["mbo/production/google-ads-dev-token"]);

    let types: Vec<String> = e
        .run(&["audit", "query", "--resource", "secret", "-o", "json"])
        .ok()
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["event_type"].as_str().unwrap().to_string())
        .collect();
    for t in ["SECRET_CREATED", "SECRET_ROTATION_STARTED", "SECRET_ROTATED", "SECRET_ROLLED_BACK"] {
        assert!(types.iter().any(|x| x == t), "{t} missing");
    }
    let all = e.run(&["audit", "query", "-o", "json"]).ok().stdout;
    for v in ["initial-token-value", "vendor-key-1", "vendor-key-2", "g-1", &new] {
        assert!(!all.contains(v), "a value leaked into the audit trail");
    }
}

#[test]
fn policies_due_and_dry_run() {
    if !have_oathtool() {
        return;
    }
    let (e, _s, _id, _c) = Env::ready();
    let p = e.run(&["secret", "policy", "show", "-o", "json"]).ok().json();
    let by_type = |t: &str| p.as_array().unwrap().iter().find(|x| x["type"] == t).unwrap()["period"].clone();
    assert_eq!(by_type("api_key"), "90d");
    assert_eq!(by_type("db_password"), "90d");
    assert_eq!(by_type("jwt_secret"), "180d");
    e.run(&["secret", "policy", "set", "generic", "30d"]).ok();
    e.run(&["secret", "policy", "set", "generic", "soon"]).code(2);
    e.run(&["secret", "policy", "set", "nope", "30d"]).code(2);
    set(&e, "app/a", "generic", Some("random"), "a-1");
    let st = e.run(&["secret", "status", "-o", "json"]).ok().json();
    let a = st.as_array().unwrap().iter().find(|x| x["name"] == "app/a").unwrap().clone();
    for k in ["name", "type", "store", "current_version", "last_rotated_at", "next_due_at", "overdue", "rotator"] {
        assert!(a.get(k).is_some(), "status lacks {k}");
    }
    assert_eq!(a["overdue"], false);
    // 40 days later it is due; the dry run says so and changes nothing.
    let later = "2099-01-01T00:00:00Z";
    let token = service_token(&e);
    let env = [("MBOCTL_TEST_NOW", later), ("MBOCTL_TOKEN", token.as_str())];
    let plan = e.run_with(&["secret", "rotate", "--due", "--dry-run", "-o", "json"], None, &env).ok().json();
    let pa = plan.as_array().unwrap().iter().find(|x| x["name"] == "app/a").unwrap().clone();
    assert_eq!(pa["action"], "rotate");
    assert!(pa["reason"].as_str().unwrap().starts_with("due since"));
    assert_eq!(reveal(&e, "app/a", "current").as_deref(), Some("a-1"));
    let due = e.run_with(&["secret", "status", "--due", "-o", "json"], None, &env).ok().json();
    assert!(due.as_array().unwrap().iter().any(|x| x["name"] == "app/a"));
}

/// A service account with a long-lived token (sessions expire under a moved clock).
fn service_token(e: &Env) -> String {
    e.run(&["role", "create", "rotator-bot", "--permission", "secrets:rotate", "secrets:read"]).ok();
    e.run(&["user", "add", "cron", "--role", "rotator-bot", "--service"]).ok();
    let t = e.run(&["user", "token", "create", "cron", "--ttl", "365000d", "-o", "json"]).ok().json();
    t["token"].as_str().unwrap().to_string()
}

#[test]
fn two_concurrent_due_runs_rotate_each_secret_once() {
    if !have_oathtool() {
        return;
    }
    let (e, _s, _id, _c) = Env::ready();
    e.run(&["secret", "policy", "set", "generic", "30d"]).ok();
    for i in 0..12 {
        set(&e, &format!("batch/s{i:02}"), "generic", Some("random"), &format!("v{i}"));
    }
    let token = service_token(&e);
    let env = [("MBOCTL_TEST_NOW", "2099-01-01T00:00:00Z"), ("MBOCTL_TOKEN", token.as_str())];
    let e = std::sync::Arc::new(e);
    let runs: Vec<_> = (0..2)
        .map(|_| {
            let e = e.clone();
            let token = token.clone();
            std::thread::spawn(move || {
                e.run_with(
                    &["secret", "rotate", "--due", "--parallel", "3", "-o", "json"],
                    None,
                    &[("MBOCTL_TEST_NOW", "2099-01-01T00:00:00Z"), ("MBOCTL_TOKEN", token.as_str())],
                )
                .ok()
                .json()
            })
        })
        .collect();
    let outs: Vec<Value> = runs.into_iter().map(|h| h.join().unwrap()).collect();
    let mut rotated: Vec<String> = outs
        .iter()
        .flat_map(|o| o["rotated"].as_array().unwrap().iter().map(|x| x["name"].as_str().unwrap().to_string()))
        .collect();
    rotated.sort();
    // The session key (jwt_secret, 180 days) is due in 2099 as well.
    let mut expected: Vec<String> = (0..12).map(|i| format!("batch/s{i:02}")).collect();
    expected.push("mboctl/session-key".into());
    assert_eq!(rotated, expected, "each due secret exactly once: {outs:#?}");
    for o in &outs {
        assert!(o["failed"].as_array().unwrap().is_empty());
    }
    // Nothing is due any more.
    let again = e.run_with(&["secret", "rotate", "--due", "-o", "json"], None, &env).ok().json();
    assert!(again["rotated"].as_array().unwrap().is_empty());
    let n = e.run(&["audit", "query", "--type", "SECRET_ROTATED", "-o", "json"]).ok().json();
    assert_eq!(n.as_array().unwrap().len(), 13);
    e.run(&["audit", "verify"]).ok();
}

#[test]
fn session_key_rotation_keeps_live_sessions_until_previous_is_gone() {
    if !have_oathtool() {
        return;
    }
    let (e, _s, _id, _c) = Env::ready();
    e.run(&["whoami"]).ok();
    e.run(&["secret", "rotate", "mboctl/session-key"]).ok();
    e.run(&["whoami"]).ok(); // signed with what is now `previous`
    // Rotating again inside the overlap window would cut off those sessions: refused
    // (exit 6, skipped) unless forced.
    let o = e.run(&["secret", "rotate", "mboctl/session-key", "-o", "json"]).code(6);
    assert!(o.json()["skipped"][0]["reason"].as_str().unwrap().contains("--force"));
    e.run(&["whoami"]).ok();
    e.run(&["secret", "rotate", "mboctl/session-key", "--force"]).ok();
    let o = e.run(&["whoami"]).code(4); // signed with a key older than `previous`
    assert!(o.stderr.contains("invalid"), "{}", o.stderr);
    // The previous key stops verifying one session lifetime (plus leeway) after rotation.
    e.run_in(&["login", "alice", "--password-stdin", "--backup-code", &_c[0]], ALICE_PW).ok();
    e.run(&["secret", "rotate", "mboctl/session-key", "--force"]).ok();
    e.run(&["whoami"]).ok();
}

#[test]
fn killed_rotations_resume_without_losing_a_value() {
    if !have_oathtool() {
        return;
    }
    let (e, _s, _id, _c) = Env::ready();
    for fp in ["after-create", "after-set", "after-test", "after-finish"] {
        let name = format!("kill/{fp}");
        set(&e, &name, "generic", Some("random"), "original-value");
        let o = e.run_with(&["secret", "rotate", &name], None, &[("MBOCTL_FAILPOINT", fp)]);
        assert_eq!(o.code, 137, "{fp}: the process was killed: {}", o.stderr);
        // At this moment a stored current value exists and is one of the known ones.
        let cur = reveal(&e, &name, "current").unwrap();
        let pending = reveal(&e, &name, "pending");
        if fp == "after-finish" {
            assert_ne!(cur, "original-value");
            assert!(pending.is_none());
        } else {
            assert_eq!(cur, "original-value", "{fp}: current untouched until finish");
            assert!(pending.is_some(), "{fp}: the new value is durably pending");
        }
        // The next run completes it (resuming the same version) or, after finish, rotates anew.
        let r = e.run(&["secret", "rotate", &name, "-o", "json"]).ok().json();
        let rot = &r["rotated"][0];
        if fp == "after-finish" {
            assert_eq!(rot["resumed"], false);
        } else {
            assert_eq!(rot["resumed"], true, "{fp}");
            assert_eq!(Some(reveal(&e, &name, "current").unwrap()), pending, "{fp}: the pending value became current");
        }
        let st = stages(&e, &name);
        assert_eq!(st.len(), 2, "{fp}: {st:?}");
        assert!(st.iter().all(|(_, s)| !s.contains(&"pending".to_string())));
        assert!(
            e.run(&["secret", "status", "-o", "json"])
                .ok()
                .json()
                .as_array()
                .unwrap()
                .iter()
                .all(|x| x["rotation_in_progress"].is_null())
        );
    }
    e.run(&["audit", "verify"]).ok();
}

#[test]
fn secret_gen_needs_no_identity() {
    let e = Env::new();
    let o = e.run(&["secret", "gen", "--hex", "32"]).ok();
    assert_eq!(o.stdout.trim().len(), 64);
    let o = e.run(&["secret", "gen", "--password", "20", "-o", "json"]).ok();
    assert_eq!(o.json()["value"].as_str().unwrap().len(), 20);
    e.run(&["secret", "gen", "--hex", "2"]).code(2);
    e.run(&["secret", "gen", "--hex", "16", "--base64", "16"]).code(2);
}

/// No secret value in output without --reveal, in -vvv diagnostics, or in plaintext on
/// disk (the database is encrypted and values are sealed inside it as well).
#[test]
fn secret_values_never_leak() {
    if !have_oathtool() {
        return;
    }
    let (e, _s, _id, _c) = Env::ready();
    let values = [
        ("leak/api", "api_key", None, "sk-LEAKCHECK-api-0001"),
        ("leak/generic", "generic", Some("random:base64:24"), "LEAKCHECK-generic-value-0002"),
        ("leak/jwt", "jwt_secret", None, "abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789"),
    ];
    let mut transcript = String::new();
    for (name, t, rot, v) in values {
        let mut a = vec!["-vvv", "secret", "set", name, "--type", t, "--value-stdin", "-o", "json"];
        if let Some(r) = rot {
            a.extend_from_slice(&["--rotation", r]);
        }
        let o = e.run_in(&a, v).ok();
        transcript += &(o.stdout + &o.stderr);
    }
    let db = r#"{"engine":"postgres","host":"127.0.0.1","port":5,"dbname":"x","username":"u","password":"LEAKCHECK-db-pass-0003"}"#;
    let o = e.run_in(&["-vvv", "secret", "set", "leak/db", "--type", "db_password", "--value-stdin"], db).ok();
    transcript += &(o.stdout + &o.stderr);
    let rotated = e.run(&["-vvv", "secret", "rotate", "leak/generic", "leak/jwt", "-o", "json"]).ok();
    transcript += &(rotated.stdout.clone() + &rotated.stderr);
    let new_generic = {
        let o = e.run(&["secret", "get", "leak/generic", "--reveal", "-o", "json"]).ok();
        o.json()["value"].as_str().unwrap().to_string()
    };
    for args in [
        vec!["-vvv", "secret", "get", "leak/api"],
        vec!["-vvv", "secret", "get", "leak/db", "-o", "json"],
        vec!["-vvv", "secret", "list", "-o", "json"],
        vec!["-vvv", "secret", "status", "-o", "json"],
        vec!["-vvv", "secret", "history", "leak/generic", "-o", "json"],
        vec!["-vvv", "secret", "rollback", "leak/generic", "--yes", "-o", "json"],
        vec!["-vvv", "audit", "query", "-o", "json"],
        vec!["-vvv", "secret", "rotate", "--all", "--yes", "--dry-run"],
    ] {
        let o = e.run(&args).ok();
        transcript += &(o.stdout + &o.stderr);
    }
    // A failing rotation (no such database) says why without the password.
    let o = e.run(&["-vvv", "secret", "rotate", "leak/db", "-o", "json"]).code(8);
    transcript += &(o.stdout + &o.stderr);
    let mut needles: Vec<String> = values.iter().map(|v| v.3.to_string()).collect();
    needles.push("LEAKCHECK-db-pass-0003".into());
    needles.push(new_generic);
    for n in &needles {
        assert!(!transcript.contains(n.as_str()), "a secret value appeared in output or -vvv logs: {n}");
    }
    for (path, bytes) in e.all_files() {
        let text = String::from_utf8_lossy(&bytes);
        for n in &needles {
            assert!(!text.contains(n.as_str()), "a secret value is in plaintext in {}", path.display());
        }
    }
}

/// Another process holding a secret's rotation lock: a named rotation exits 6, a batch
/// reports it as skipped and goes on.
#[test]
fn a_locked_secret_is_skipped_or_a_conflict() {
    if !have_oathtool() {
        return;
    }
    let (e, _s, _id, _c) = Env::ready();
    set(&e, "lock/a", "generic", Some("random"), "a");
    set(&e, "lock/b", "generic", Some("random"), "b");
    let lock_dir = e.db_path().with_file_name("locks");
    std::fs::create_dir_all(&lock_dir).unwrap();
    // Hold the lock the way another mboctl would (flock on the same file), from Python.
    let script = "import fcntl, hashlib, sys, time\np = sys.argv[1] + '/' + hashlib.sha256(b'rotate:lock/a').hexdigest()[:32] + '.lock'\nf = open(p, 'w')\nfcntl.flock(f, fcntl.LOCK_EX)\nprint('locked', flush=True)\ntime.sleep(30)\n";
    let mut holder = std::process::Command::new("python3")
        .args(["-c", script, lock_dir.to_str().unwrap()])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(holder.stdout.as_mut().unwrap()), &mut line).unwrap();
    assert_eq!(line.trim(), "locked");
    let o = e.run(&["secret", "rotate", "lock/a", "-o", "json"]).code(6);
    assert_eq!(o.json()["skipped"][0]["reason"], "locked by another process");
    let r = e.run(&["secret", "rotate", "--all", "--yes", "-o", "json"]).ok().json();
    assert_eq!(r["skipped"][0]["name"], "lock/a");
    assert!(r["rotated"].as_array().unwrap().iter().any(|x| x["name"] == "lock/b"));
    holder.kill().unwrap();
    holder.wait().unwrap();
    e.run(&["secret", "rotate", "lock/a"]).ok();
}

/// Regressions from a break-test of the secrets work (one block per finding).
#[test]
fn interrupted_rotations_block_rollback_and_set_until_finished_or_abandoned() {
    if !have_oathtool() {
        return;
    }
    let (e, _s, _id, _c) = Env::ready();
    set(&e, "br/k", "generic", Some("random:hex:16"), "orig-value");
    let o = e.run_with(&["secret", "rotate", "br/k"], None, &[("MBOCTL_FAILPOINT", "after-test")]);
    assert_eq!(o.code, 137);
    // Rollback would otherwise finish the rotation and call it a rollback.
    let o = e.run(&["secret", "rollback", "br/k", "--yes"]).code(6);
    assert!(o.stderr.contains("secret rotate br/k"), "{}", o.stderr);
    assert_eq!(reveal(&e, "br/k", "current").as_deref(), Some("orig-value"));
    // set refuses too, unless told to abandon the rotation.
    e.run_in(&["secret", "set", "br/k", "--type", "generic", "--value-stdin"], "manual-value").code(6);
    e.run_in(&["secret", "set", "br/k", "--type", "generic", "--value-stdin", "--force"], "manual-value").ok();
    assert_eq!(reveal(&e, "br/k", "current").as_deref(), Some("manual-value"));
    assert!(reveal(&e, "br/k", "pending").is_none());
    // …and the secret rotates normally again, keeping its rotator.
    let r = e.run(&["secret", "rotate", "br/k", "-o", "json"]).ok().json();
    assert_eq!(r["rotated"][0]["resumed"], false);
    assert_eq!(reveal(&e, "br/k", "current").unwrap().len(), 32);
    // An interrupted rotation, finished by `rotate`, then a real rollback.
    let o = e.run_with(&["secret", "rotate", "br/k"], None, &[("MBOCTL_FAILPOINT", "after-create")]);
    assert_eq!(o.code, 137);
    let before = reveal(&e, "br/k", "current").unwrap();
    e.run(&["secret", "rotate", "br/k"]).ok();
    e.run(&["secret", "rollback", "br/k", "--yes"]).ok();
    assert_eq!(reveal(&e, "br/k", "current"), Some(before));
}

#[test]
fn refusals_leave_no_journal_and_exit_with_their_own_code() {
    if !have_oathtool() {
        return;
    }
    let (e, _s, _id, _c) = Env::ready();
    set(&e, "rf/api", "api_key", None, "vendor-1");
    set(&e, "rf/plain", "generic", Some("random"), "plain-value");
    set(&e, "rf/map", "generic", Some("random:hex:8"), r#"{"a":"1","b":"2"}"#);
    e.run(&["secret", "rollback", "rf/api", "--yes"]).code(6); // no previous version
    e.run(&["secret", "rotate", "rf/plain#a"]).code(2); // not a JSON map
    e.run(&["secret", "rotate", "rf/map#zz"]).code(5); // no such key
    e.run_in(&["secret", "rotate", "rf/plain", "--value-stdin"], "chosen").code(2); // not manual
    let st = e.run(&["secret", "status", "-o", "json"]).ok().json();
    assert!(st.as_array().unwrap().iter().all(|x| x["rotation_in_progress"].is_null()), "{st}");
    // --due still reports the manual key as skipped, never failed.
    let later = [("MBOCTL_TEST_NOW", "2099-01-01T00:00:00Z")];
    let token = service_token(&e);
    let r = e
        .run_with(&["secret", "rotate", "--due", "-o", "json"], None, &[later[0], ("MBOCTL_TOKEN", &token)])
        .ok()
        .json();
    assert!(r["failed"].as_array().unwrap().is_empty(), "{r}");
    assert!(r["skipped"].as_array().unwrap().iter().any(|x| x["name"] == "rf/api"));
    // Choosing a value is a write: a rotate-only service account cannot.
    let o = e.run_with(
        &["secret", "rotate", "rf/api", "--value-stdin"],
        Some("attacker-chosen"),
        &[("MBOCTL_TOKEN", &token)],
    );
    assert_eq!(o.code, 4, "{}", o.stderr);
    assert_eq!(reveal(&e, "rf/api", "current").as_deref(), Some("vendor-1"));
    // Two keys of one map in one run: both rotated (they share the secret's lock).
    let r = e.run(&["secret", "rotate", "rf/map#a", "rf/map#b", "rf/map#a", "-o", "json"]).ok().json();
    assert_eq!(r["rotated"].as_array().unwrap().len(), 2, "{r}");
    let doc: Value = serde_json::from_str(&reveal(&e, "rf/map", "current").unwrap()).unwrap();
    assert_eq!(doc["a"].as_str().unwrap().len(), 16);
    assert_eq!(doc["b"].as_str().unwrap().len(), 16);
    // set without --rotation keeps the rotator.
    e.run_in(&["secret", "set", "rf/plain", "--type", "generic", "--value-stdin"], "v2").ok();
    let st = e.run(&["secret", "status", "-o", "json"]).ok().json();
    assert_eq!(st.as_array().unwrap().iter().find(|x| x["name"] == "rf/plain").unwrap()["rotator"], "random");
}

#[test]
fn values_are_checked_before_anything_is_stored() {
    if !have_oathtool() {
        return;
    }
    let (e, _s, _id, _c) = Env::ready();
    let mut c = e.command();
    c.args(["secret", "set", "v/bin", "--type", "generic", "--value-stdin"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = c.spawn().unwrap();
    {
        use std::io::Write;
        child.stdin.take().unwrap().write_all(b"\xff\xfe\n").unwrap();
    }
    assert_eq!(child.wait_with_output().unwrap().status.code(), Some(2), "non-UTF-8 stdin is a usage error");
    e.run_in(&["secret", "set", "v/j", "--type", "jwt_secret", "--value-stdin"], &"a".repeat(65)).code(2);
    e.run_in(&["secret", "set", "v/j", "--type", "jwt_secret", "--value-stdin"], &"a".repeat(64)).ok();
    let db = r#"{"engine":"postgres","host":"h","username":"u","password":""}"#;
    e.run_in(&["secret", "set", "v/db", "--type", "db_password", "--value-stdin"], db).code(2);
    e.run_in(&["secret", "set", "v/blank", "--type", "api_key", "--value-stdin"], "   ").code(2);
    e.run_in(&["secret", "set", "v/big", "--type", "generic", "--value-stdin"], &"x".repeat(70_000)).code(2);
    e.run(&["secret", "policy", "set", "jwt_secret", "30m"]).code(2);
    e.run(&["secret", "policy", "set", "oauth_token", "10d"]).code(2);
    e.run(&["secret", "policy", "set", "generic", "36h"]).ok();
    let p = e.run(&["secret", "policy", "show", "-o", "json"]).ok().json();
    assert_eq!(p.as_array().unwrap().iter().find(|x| x["type"] == "generic").unwrap()["period"], "36h");
    let names: Vec<String> = e
        .run(&["secret", "list", "-o", "json"])
        .ok()
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, vec!["mboctl/session-key", "v/j"]);
}

/// Regressions from the re-check: a resumed rotation finishes what it was started for.
#[test]
fn resumed_rotations_do_not_swallow_a_different_key_or_value() {
    if !have_oathtool() {
        return;
    }
    let (e, _s, _id, _c) = Env::ready();
    set(&e, "rs/map", "generic", Some("random:hex:8"), r#"{"a":"a-0","b":"b-0"}"#);
    let o = e.run_with(&["secret", "rotate", "rs/map#a"], None, &[("MBOCTL_FAILPOINT", "after-create")]);
    assert_eq!(o.code, 137);
    let o = e.run(&["secret", "rotate", "rs/map#b"]).code(6);
    assert!(o.stderr.contains("rs/map#a"), "{}", o.stderr);
    // A plain `rotate NAME` (as --due would) finishes it, reported under its own name.
    let r = e.run(&["secret", "rotate", "rs/map", "-o", "json"]).ok().json();
    assert_eq!(r["rotated"][0]["name"], "rs/map#a");
    assert_eq!(r["rotated"][0]["resumed"], true);
    let doc: Value = serde_json::from_str(&reveal(&e, "rs/map", "current").unwrap()).unwrap();
    assert_ne!(doc["a"], "a-0");
    assert_eq!(doc["b"], "b-0");

    set(&e, "rs/vendor", "api_key", None, "vendor-0");
    let o = e.run_with(
        &["secret", "rotate", "rs/vendor", "--value-stdin"],
        Some("vendor-A"),
        &[("MBOCTL_FAILPOINT", "after-create")],
    );
    assert_eq!(o.code, 137);
    e.run_in(&["secret", "rotate", "rs/vendor", "--value-stdin"], "vendor-B").code(6);
    e.run(&["secret", "rotate", "rs/vendor"]).ok();
    assert_eq!(reveal(&e, "rs/vendor", "current").as_deref(), Some("vendor-A"));
    // Size limits hold for rotate as for set.
    e.run_in(&["secret", "rotate", "rs/vendor", "--value-stdin"], &"x".repeat(70_000)).code(2);
    assert_eq!(reveal(&e, "rs/vendor", "current").as_deref(), Some("vendor-A"));
}
