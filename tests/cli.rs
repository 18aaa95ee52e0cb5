//! End-to-end tests through the real binary, one temporary installation each. They read
//! as transcripts of what an operator (or a cron job) does.

mod support;

use serde_json::Value;
use support::*;

fn events(e: &Env, args: &[&str]) -> Vec<Value> {
    let mut a = vec!["audit", "query", "-o", "json"];
    a.extend_from_slice(args);
    e.run(&a).ok().json().as_array().unwrap().clone()
}

fn of_type<'a>(evs: &'a [Value], t: &str) -> Vec<&'a Value> {
    evs.iter().filter(|e| e["event_type"] == t).collect()
}

#[test]
fn scripted_init_login_and_single_use_codes() {
    if !have_oathtool() {
        return;
    }
    let e = Env::new();
    let o = e.run_in(&["init", "--admin", "alice", "--password-stdin", "--no-input", "-o", "json"], ALICE_PW).ok();
    let v = o.json();
    for k in ["admin", "user_id", "installation_id", "master_key", "otpauth_uri"] {
        assert!(!v[k].is_null(), "init output lacks {k}: {v}");
    }
    assert_eq!(v["admin"], "alice");
    assert_eq!(v["master_key"], "env:MBOCTL_MASTER_KEY");
    assert!(v["user_id"].as_str().unwrap().starts_with("usr_"));
    let uri = v["otpauth_uri"].as_str().unwrap();
    assert!(uri.starts_with("otpauth://totp/MBO:alice?secret="), "{uri}");
    assert!(uri.contains("issuer=MBO") && uri.contains("digits=6") && uri.contains("period=30"));
    let secret = secret_of(uri);
    assert_eq!(secret.len(), 32, "160-bit seed is 32 base32 characters");

    // Not logged in yet.
    e.run(&["whoami"]).code(4);
    // Password alone: MFA enrolment pending → 4 with the same otpauth URI.
    let o = e.run_in(&["login", "alice", "--password-stdin", "-o", "json"], ALICE_PW).code(4);
    assert_eq!(secret_of(o.json()["otpauth_uri"].as_str().unwrap()), secret, "pending seed is stable");
    // Wrong password: 4, nothing about MFA revealed.
    let o = e.run_in(&["login", "alice", "--password-stdin", "-o", "json"], "not the password").code(4);
    assert!(!o.stdout.contains("otpauth") && !o.stderr.contains("MFA"));
    // With a code from oathtool: 0 and ten backup codes.
    let code = totp_oathtool(&secret, 0);
    let o = e.run_in(&["login", "alice", "--password-stdin", "--code", &code, "-o", "json"], ALICE_PW).ok();
    let v = o.json();
    assert_eq!(v["user"], "alice");
    assert_eq!(v["role"], "admin");
    assert!(v["session_expires_at"].as_str().unwrap().ends_with('Z'));
    let codes: Vec<String> = v["backup_codes"].as_array().unwrap().iter().map(|c| c.as_str().unwrap().into()).collect();
    assert_eq!(codes.len(), 10);
    // The same code again, in a new login: refused.
    e.run_in(&["login", "alice", "--password-stdin", "--code", &code, "-o", "json"], ALICE_PW).code(4);
    // whoami works now.
    let w = e.run(&["whoami", "-o", "json"]).ok().json();
    assert_eq!(w["user"], "alice");
    assert_eq!(w["mfa"], "enrolled");
    assert!(w["permissions"].as_array().unwrap().iter().any(|p| p == "users:manage"));
    // A confirmed user needs a code: password alone → 4 ("MFA code required").
    let o = e.run_in(&["login", "alice", "--password-stdin"], ALICE_PW).code(4);
    assert!(o.stderr.contains("MFA code required"), "{}", o.stderr);
    // A backup code works once.
    e.run_in(&["login", "alice", "--password-stdin", "--backup-code", &codes[0], "-o", "json"], ALICE_PW).ok();
    e.run_in(&["login", "alice", "--password-stdin", "--backup-code", &codes[0], "-o", "json"], ALICE_PW).code(4);
    let st = e.run(&["mfa", "status", "-o", "json"]).ok().json();
    assert_eq!(st["state"], "enrolled");
    assert_eq!(st["backup_codes_left"], 9);
    // A second init refuses.
    e.run_in(&["init", "--admin", "mallory", "--password-stdin", "--no-input"], ALICE_PW).code(6);
}

#[test]
fn users_roles_permissions_and_audit_trail() {
    if !have_oathtool() || !have_python_module("pyotp") {
        return;
    }
    let (e, _secret, alice_id, _codes) = Env::ready();
    let v =
        e.run_in(&["user", "add", "bob", "--role", "analyst", "--password-stdin", "-o", "json"], BOB_PW).ok().json();
    let bob_id = v["user_id"].as_str().unwrap().to_string();
    assert!(bob_id.starts_with("usr_"));
    e.run_in(&["user", "add", "bob", "--role", "analyst", "--password-stdin"], BOB_PW).code(6);
    e.run_in(&["user", "add", "carol", "--role", "no-such-role", "--password-stdin"], BOB_PW).code(5);
    e.run_in(&["user", "add", "Bad Name", "--role", "analyst", "--password-stdin"], BOB_PW).code(2);
    e.run_in(&["user", "add", "dave", "--role", "analyst", "--password-stdin"], "short").code(2);
    e.run_in(&["user", "add", "dave-the-user", "--role", "analyst", "--password-stdin"], "dave-the-user").code(2);
    // Nothing was created by the refused commands.
    let list = e.run(&["user", "list", "-o", "json"]).ok().json();
    let names: Vec<&str> = list.as_array().unwrap().iter().map(|u| u["username"].as_str().unwrap()).collect();
    assert_eq!(names, vec!["alice", "bob"]);
    for u in list.as_array().unwrap() {
        for k in ["user_id", "username", "role", "status", "service", "mfa", "email", "created_at", "last_login_at"] {
            assert!(u.get(k).is_some(), "user list item lacks {k}");
        }
    }

    let o = e.run(&["can", "bob", "audit:read"]).code(0);
    assert_eq!(o.stdout.trim(), "yes");
    let o = e.run(&["can", "bob", "users:manage"]).code(1);
    assert_eq!(o.stdout.trim(), "no");
    e.run(&["can", "bob", "no:such"]).code(2);
    e.run(&["can", "nobody", "audit:read"]).code(5);

    // As bob: no users:manage → 4 and a PERMISSION_DENIED event.
    let bob = e.as_operator("bob");
    let l = bob.run_in(&["login", "bob", "--password-stdin", "-o", "json"], BOB_PW).ok().json();
    assert_eq!(l["role"], "analyst");
    assert!(l.get("backup_codes").is_none());
    bob.run_in(&["user", "add", "eve", "--role", "admin", "--password-stdin"], BOB_PW).code(4);
    bob.run(&["audit", "query", "--limit", "1"]).ok();

    // Promote bob: his session ends, and login now demands MFA enrolment.
    e.run(&["user", "set-role", "bob", "manager"]).ok();
    bob.run(&["whoami"]).code(4);
    let o = bob.run_in(&["login", "bob", "--password-stdin", "-o", "json"], BOB_PW).code(4);
    let uri = o.json()["otpauth_uri"].as_str().unwrap().to_string();
    assert!(uri.contains("MBO:bob"));
    // Enrol with a code from pyotp (a second independent TOTP implementation).
    let code = totp_pyotp(&secret_of(&uri));
    let l = bob.run_in(&["login", "bob", "--password-stdin", "--code", &code, "-o", "json"], BOB_PW).ok().json();
    assert_eq!(l["role"], "manager");
    assert_eq!(l["backup_codes"].as_array().unwrap().len(), 10);

    // The audit trail holds all of it, in the platform's format.
    let evs = events(&e, &[]);
    let denied = of_type(&evs, "PERMISSION_DENIED");
    assert_eq!(denied.len(), 1, "{evs:#?}");
    assert_eq!(denied[0]["user_id"], bob_id.as_str());
    assert_eq!(denied[0]["username"], "bob");
    assert_eq!(denied[0]["user_role"], "analyst");
    assert_eq!(denied[0]["permission"], "users:manage");
    let rc = of_type(&evs, "ROLE_CHANGED");
    assert_eq!(rc.len(), 1);
    assert_eq!(rc[0]["old_value"]["role"], "analyst");
    assert_eq!(rc[0]["new_value"]["role"], "manager");
    assert_eq!(rc[0]["resource_id"], bob_id.as_str());
    assert_eq!(rc[0]["user_id"], alice_id.as_str());
    for t in ["USER_CREATED", "LOGIN_SUCCESS", "LOGIN_FAILURE", "MFA_ENROLLED", "AUDIT_QUERIED"] {
        assert!(!of_type(&evs, t).is_empty(), "no {t} event");
    }
    let fields = [
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
    for ev in &evs {
        for f in fields {
            assert!(ev.get(f).is_some(), "event lacks {f}: {ev}");
        }
        assert_eq!(ev["user_agent"].as_str().unwrap(), concat!("mboctl/", env!("CARGO_PKG_VERSION")));
    }
    let seqs: Vec<i64> = evs.iter().map(|e| e["seq"].as_i64().unwrap()).collect();
    assert!(seqs.windows(2).all(|w| w[1] == w[0] + 1), "seq is contiguous: {seqs:?}");
    assert_eq!(of_type(&evs, "AUDIT_QUERIED")[0]["category"], "access");
    assert_eq!(rc[0]["category"], "security");

    // Filters.
    let only = events(&e, &["--type", "ROLE_CHANGED"]);
    assert_eq!(only.len(), 1);
    let by_bob = events(&e, &["--user", "bob"]);
    assert!(!by_bob.is_empty() && by_bob.iter().all(|ev| ev["username"] == "bob"));
    let lim = events(&e, &["--limit", "2"]);
    assert_eq!(lim.len(), 2);
    let future = events(&e, &["--since", "2999-01-01T00:00:00Z"]);
    assert!(future.is_empty());
    let past = events(&e, &["--until", "2000-01-01T00:00:00Z"]);
    assert!(past.is_empty());
    let nd = e.run(&["audit", "query", "--type", "USER_CREATED", "-o", "ndjson"]).ok();
    assert_eq!(nd.stdout.lines().count(), 2);
    e.run(&["audit", "query", "--since", "yesterday"]).code(2);

    let v = e.run(&["audit", "verify", "-o", "json"]).ok().json();
    assert_eq!(v["ok"], true);
    assert!(v["first_bad_seq"].is_null());
    assert_eq!(v["bad_links"], 0);
    assert_eq!(v["events"], v["head_seq"]);
}

#[test]
fn tampering_is_detected_and_named() {
    if !have_oathtool() || !have_python_module("sqlcipher3") {
        return;
    }
    let (e, _s, _id, _c) = Env::ready();
    e.run_in(&["user", "add", "bob", "--role", "analyst", "--password-stdin"], BOB_PW).ok();
    e.run(&["user", "set-role", "bob", "viewer"]).ok();
    let v = e.run(&["audit", "verify", "-o", "json"]).ok().json();
    let n = v["events"].as_i64().unwrap();
    assert!(n >= 4);
    let key = e.master_key.clone().unwrap();
    let db = e.db_path();

    // The file is encrypted.
    let head = std::fs::read(&db).unwrap();
    assert!(!head.starts_with(b"SQLite format 3"));

    // Edit one stored event (a non-personal field).
    let backup = sqlcipher_exec(&db, &key, "SELECT action FROM audit_events WHERE seq = 3");
    assert!(backup.contains('\''), "read back through sqlcipher3: {backup}");
    sqlcipher_exec(&db, &key, "UPDATE audit_events SET action = 'innocent' WHERE seq = 3");
    let o = e.run(&["audit", "verify", "-o", "json"]).code(1);
    assert_eq!(o.json()["first_bad_seq"], 3);
    assert!(o.stderr.contains("seq 3"), "{}", o.stderr);
}

/// An installation with a few events, and what a tamper test needs to edit its database.
fn tamper_setup() -> (Env, String, std::path::PathBuf) {
    let (e, _s, _id, _c) = Env::ready();
    e.run_in(&["user", "add", "bob", "--role", "analyst", "--password-stdin"], BOB_PW).ok();
    let key = e.master_key.clone().unwrap();
    let db = e.db_path();
    (e, key, db)
}

#[test]
fn personal_field_edit_and_truncation_are_detected() {
    if !have_oathtool() || !have_python_module("sqlcipher3") {
        return;
    }
    let (e, key, db) = tamper_setup();
    let n = e.run(&["audit", "verify", "-o", "json"]).ok().json()["events"].as_i64().unwrap();

    // A personal field (committed, not hashed in plain) edited.
    sqlcipher_exec(&db, &key, "UPDATE audit_events SET username = 'mallory' WHERE seq = 2");
    let o = e.run(&["audit", "verify", "-o", "json"]).code(1);
    assert_eq!(o.json()["first_bad_seq"], 2);
    sqlcipher_exec(&db, &key, "UPDATE audit_events SET username = 'alice' WHERE seq = 2");
    e.run(&["audit", "verify"]).ok();

    // The newest event cut off.
    sqlcipher_exec(&db, &key, &format!("DELETE FROM audit_events WHERE seq = {n}"));
    let o = e.run(&["audit", "verify", "-o", "json"]).code(1);
    let v = o.json();
    assert_eq!(v["ok"], false);
    assert_eq!(v["first_bad_seq"], n);
    assert_eq!(v["head_seq"], n);
    // Appending now would hide the cut: refused.
    e.run_in(&["user", "add", "carol", "--role", "viewer", "--password-stdin"], BOB_PW).code(3);
}

#[test]
fn reordered_or_removed_middle_events_are_detected() {
    if !have_oathtool() || !have_python_module("sqlcipher3") {
        return;
    }
    let (e, key, db) = tamper_setup();
    // Swap the event types of seq 2 and 3.
    sqlcipher_exec(
        &db,
        &key,
        "UPDATE audit_events SET event_type = CASE seq WHEN 2 THEN (SELECT event_type FROM audit_events WHERE seq = 3) \
         ELSE (SELECT event_type FROM audit_events WHERE seq = 2) END WHERE seq IN (2, 3)",
    );
    let v = e.run(&["audit", "verify", "-o", "json"]).code(1).json();
    assert_eq!(v["first_bad_seq"], 2);
    let e2 = Env::ready().0;
    e2.run_in(&["user", "add", "bob", "--role", "analyst", "--password-stdin"], BOB_PW).ok();
    sqlcipher_exec(&e2.db_path(), &e2.master_key.clone().unwrap(), "DELETE FROM audit_events WHERE seq = 2");
    let v = e2.run(&["audit", "verify", "-o", "json"]).code(1).json();
    assert_eq!(v["first_bad_seq"], 2);
}

fn tree_fingerprint(e: &Env) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    e.all_files()
}

#[test]
fn wrong_master_key_exits_3_and_writes_nothing() {
    if !have_oathtool() {
        return;
    }
    let (e, _s, _id, _c) = Env::ready();
    let before = tree_fingerprint(&e);
    let wrong = "ab".repeat(32);
    for args in [vec!["whoami"], vec!["user", "list"], vec!["audit", "verify"]] {
        let o = e.run_with(&args, None, &[("MBOCTL_MASTER_KEY", &wrong)]).code(3);
        assert!(o.stderr.contains("wrong master key") || o.stderr.contains("does not match"), "{}", o.stderr);
        assert_eq!(o.stderr.lines().filter(|l| l.starts_with("error:")).count(), 1);
    }
    let o = e.run_in(&["login", "alice", "--password-stdin"], ALICE_PW);
    assert_ne!(o.code, 3); // sanity: the right key works
    let e2 = Env { dir: e.dir.clone(), master_key: Some(wrong.clone()), state: e.state.clone(), extra: Vec::new() };
    let before2 = tree_fingerprint(&e2);
    e2.run_in(&["login", "alice", "--password-stdin"], ALICE_PW).code(3);
    assert_eq!(before2, tree_fingerprint(&e2), "nothing written with a wrong key");
    e.run_with(&["whoami"], None, &[("MBOCTL_MASTER_KEY", "not-a-key")]).code(3);
    drop(before);
}

#[test]
fn nothing_secret_on_disk_in_output_or_in_verbose_logs() {
    if !have_oathtool() {
        return;
    }
    let e = Env::new();
    let init =
        e.run_in(&["-vvv", "init", "--admin", "alice", "--password-stdin", "--no-input", "-o", "json"], ALICE_PW).ok();
    let secret = secret_of(init.json()["otpauth_uri"].as_str().unwrap());
    let code = totp_oathtool(&secret, 0);
    let login = e.run_in(&["-vvv", "login", "alice", "--password-stdin", "--code", &code, "-o", "json"], ALICE_PW).ok();
    let codes: Vec<String> =
        login.json()["backup_codes"].as_array().unwrap().iter().map(|c| c.as_str().unwrap().into()).collect();
    let mut transcript = vec![init.stderr.clone(), login.stderr.clone()];
    for args in [
        vec!["-vvv", "whoami", "-o", "json"],
        vec!["-vvv", "user", "list", "-o", "json"],
        vec!["-vvv", "audit", "query", "-o", "json"],
        vec!["-vvv", "audit", "verify", "-o", "json"],
        vec!["-vvv", "mfa", "status", "-o", "json"],
        vec!["-vvv", "audit", "head", "-o", "json"],
    ] {
        let o = e.run(&args).ok();
        transcript.push(o.stdout);
        transcript.push(o.stderr);
    }
    let o =
        e.run_in(&["-vvv", "user", "add", "bob", "--role", "analyst", "--password-stdin", "-o", "json"], BOB_PW).ok();
    transcript.push(o.stdout);
    transcript.push(o.stderr);
    let o = e.run_in(&["-vvv", "login", "alice", "--password-stdin", "--backup-code", &codes[1]], ALICE_PW).ok();
    transcript.push(o.stdout);
    transcript.push(o.stderr);
    let o =
        e.run_in(&["-vvv", "login", "alice", "--password-stdin", "--code", "000000"], "wrong password here").code(4);
    transcript.push(o.stdout);
    transcript.push(o.stderr);

    // The session token and the internal session key, read with the crate's own code.
    let key = mboctl::crypto::keys::MasterKey::parse(e.master_key.as_ref().unwrap()).unwrap();
    let files = e.all_files();
    let session_file = files.iter().find(|(p, _)| p.ends_with("session")).expect("session file").clone();
    let sealer = mboctl::crypto::seal::Sealer::new(&key.derive(mboctl::crypto::keys::label::SESSION_FILE));
    let token = String::from_utf8(sealer.open("session-file", &session_file.1).unwrap().to_vec()).unwrap();
    assert_eq!(token.split('.').count(), 3, "a JWT");
    let db = mboctl::backend::sqlite::Sqlite::open(&e.db_path(), &key, false).unwrap();
    let store_sealer = mboctl::crypto::seal::Sealer::new(&key.derive(mboctl::crypto::keys::label::SEAL));
    let session_key = mboctl::backend::read(&db, |tx| {
        mboctl::store::db::DbStore::get_in(tx, &store_sealer, "mboctl/session-key", mboctl::store::Stage::Current)
    })
    .unwrap()
    .unwrap();
    use secrecy::ExposeSecret;
    let session_key = session_key.value.expose_secret().to_string();
    assert_eq!(session_key.len(), 64);
    drop(db);

    let seed_hex = {
        // base32 → raw bytes → hex, to catch a seed stored in another encoding
        let alpha = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        let mut bits = 0u64;
        let mut n = 0;
        let mut out = Vec::new();
        for c in secret.bytes() {
            bits = (bits << 5) | alpha.iter().position(|&a| a == c).unwrap() as u64;
            n += 5;
            if n >= 8 {
                n -= 8;
                out.push((bits >> n) as u8);
            }
        }
        hex::encode(out)
    };
    let mut secrets: Vec<(&str, String)> = vec![
        ("admin password", ALICE_PW.into()),
        ("bob password", BOB_PW.into()),
        ("totp seed", secret.clone()),
        ("totp seed hex", seed_hex),
        ("session token", token.clone()),
        ("session key", session_key.clone()),
        ("master key", e.master_key.clone().unwrap()),
    ];
    for (i, c) in codes.iter().enumerate() {
        secrets.push((if i == 0 { "backup code" } else { "backup code n" }, c.clone()));
        secrets.push(("backup code (no dash)", c.replace('-', "")));
    }
    for (path, bytes) in e.all_files() {
        let text = String::from_utf8_lossy(&bytes);
        for (what, s) in &secrets {
            assert!(!text.contains(s.as_str()), "{what} found in plaintext in {}", path.display());
        }
    }
    let all = transcript.join("\n");
    for (what, s) in &secrets {
        assert!(!all.contains(s.as_str()), "{what} found in command output or -vvv logs");
    }
    // The session file and the database are private.
    use std::os::unix::fs::PermissionsExt;
    for (p, _) in e.all_files() {
        let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode & 0o077, 0, "{} is mode {mode:o}", p.display());
    }
}

#[test]
fn key_file_mode_init_and_open() {
    if !have_oathtool() {
        return;
    }
    let e = Env::with_key_file();
    let o = e.run_in(&["init", "--admin", "alice", "--password-stdin", "--no-input", "-o", "json"], ALICE_PW).ok();
    let v = o.json();
    let loc = v["master_key"].as_str().unwrap();
    let path = loc.strip_prefix("file:").expect("stored in a key file");
    assert!(path.starts_with(e.config_dir().to_str().unwrap()), "outside the data dir: {path}");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(std::fs::metadata(path).unwrap().permissions().mode() & 0o777, 0o600);
    let secret = secret_of(v["otpauth_uri"].as_str().unwrap());
    e.login_with_code("alice", ALICE_PW, &secret, 0);
    e.run(&["whoami"]).ok();
    // A key file readable by others is refused (exit 3), not used.
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let o = e.run(&["whoami"]).code(3);
    assert!(o.stderr.contains("chmod 600"), "{}", o.stderr);
}

#[test]
fn lockout_after_ten_bad_passwords() {
    if !have_oathtool() {
        return;
    }
    let (e, secret, _id, _c) = Env::ready();
    for _ in 0..10 {
        e.run_in(&["login", "alice", "--password-stdin"], "definitely wrong pw").code(4);
    }
    let code = totp_oathtool(&secret, 1);
    let o = e.run_in(&["login", "alice", "--password-stdin", "--code", &code], ALICE_PW).code(4);
    assert!(o.stderr.contains("locked until"), "{}", o.stderr);
    let evs = events(&e, &["--type", "ACCOUNT_LOCKED"]);
    assert_eq!(evs.len(), 1);
    assert_eq!(evs[0]["new_value"]["factor"], "password");
}

#[test]
fn lockout_after_five_bad_codes() {
    if !have_oathtool() {
        return;
    }
    let (e, secret, _id, _c) = Env::ready();
    for _ in 0..5 {
        e.run_in(&["login", "alice", "--password-stdin", "--code", "000000"], ALICE_PW).code(4);
    }
    let code = totp_oathtool(&secret, 1);
    let o = e.run_in(&["login", "alice", "--password-stdin", "--code", &code], ALICE_PW).code(4);
    assert!(o.stderr.contains("locked until"), "{}", o.stderr);
}

#[test]
fn sessions_end_on_logout_disable_and_remove() {
    if !have_oathtool() {
        return;
    }
    let (e, _s, _id, _c) = Env::ready();
    e.run_in(&["user", "add", "bob", "--role", "viewer", "--password-stdin"], BOB_PW).ok();
    let bob = e.as_operator("bob");
    bob.run_in(&["login", "bob", "--password-stdin"], BOB_PW).ok();
    bob.run(&["whoami"]).ok();
    bob.run(&["logout"]).ok();
    bob.run(&["whoami"]).code(4);
    bob.run_in(&["login", "bob", "--password-stdin"], BOB_PW).ok();
    // Disabling needs --yes without a terminal, and ends the session.
    e.run(&["user", "disable", "bob"]).code(2);
    bob.run(&["whoami"]).ok();
    e.run(&["user", "disable", "bob", "--yes"]).ok();
    bob.run(&["whoami"]).code(4);
    bob.run_in(&["login", "bob", "--password-stdin"], BOB_PW).code(4);
    e.run(&["user", "enable", "bob"]).ok();
    bob.run_in(&["login", "bob", "--password-stdin"], BOB_PW).ok();
    e.run(&["user", "remove", "bob", "--yes"]).ok();
    bob.run(&["whoami"]).code(4);
    e.run(&["user", "show", "bob"]).code(5);
    // The last admin is protected.
    e.run(&["user", "disable", "alice", "--yes"]).code(6);
    e.run(&["user", "remove", "alice", "--yes"]).code(6);
    e.run(&["user", "set-role", "alice", "viewer"]).code(6);
    e.run(&["whoami"]).ok();
}

#[test]
fn custom_roles_and_service_accounts() {
    if !have_oathtool() {
        return;
    }
    let (e, _s, _id, _c) = Env::ready();
    // A service account cannot hold a role with more than read + cron permissions.
    e.run(&["user", "add", "ci", "--role", "analyst", "--service"]).code(2);
    e.run(&["role", "create", "auditor-bot", "--permission", "audit:read", "secrets:rotate"]).ok();
    e.run(&["role", "create", "auditor-bot", "--permission", "audit:read"]).code(6);
    e.run(&["role", "create", "bad", "--permission", "nope:nope"]).code(2);
    let r = e.run(&["role", "show", "auditor-bot", "-o", "json"]).ok().json();
    assert_eq!(r["mfa_required"], false);
    let r = e.run(&["role", "create", "secret-keeper", "--permission", "secrets:reveal", "-o", "json"]).ok().json();
    assert_eq!(r["mfa_required"], true, "a privileged permission requires MFA");
    let u = e
        .run(&["user", "add", "ci", "--role", "auditor-bot", "--service", "--expires", "30d", "-o", "json"])
        .ok()
        .json();
    assert_eq!(u["service"], true);
    let t = e.run(&["user", "token", "create", "ci", "--ttl", "7d", "-o", "json"]).ok().json();
    let token = t["token"].as_str().unwrap().to_string();
    let token_id = t["token_id"].as_str().unwrap().to_string();
    assert!(token.starts_with("mbt_"));
    // The token authenticates (and wins over a stored session).
    let w = e.run_with(&["whoami", "-o", "json"], None, &[("MBOCTL_TOKEN", &token)]).ok().json();
    assert_eq!(w["user"], "ci");
    assert_eq!(w["role"], "auditor-bot");
    e.run_with(&["audit", "query", "--limit", "1"], None, &[("MBOCTL_TOKEN", &token)]).ok();
    e.run_with(&["user", "list"], None, &[("MBOCTL_TOKEN", &token)]).code(4);
    // Service accounts cannot log in with a password.
    e.run_in(&["login", "ci", "--password-stdin"], "anything-at-all-123").code(4);
    // The token is shown once: `user show` lists it without the value.
    let s = e.run(&["user", "show", "ci", "-o", "json"]).ok();
    assert!(!s.stdout.contains(&token));
    e.run(&["user", "token", "revoke", "ci", &token_id]).ok();
    e.run_with(&["whoami"], None, &[("MBOCTL_TOKEN", &token)]).code(4);
    e.run(&["user", "token", "revoke", "ci", &token_id]).code(5);
    // Role deletion: refused while held, then allowed.
    e.run(&["role", "delete", "auditor-bot", "--yes"]).code(6);
    e.run(&["role", "delete", "admin", "--yes"]).code(6);
    e.run(&["user", "remove", "ci", "--yes"]).ok();
    e.run(&["role", "delete", "auditor-bot", "--yes"]).ok();
    let roles = e.run(&["role", "list", "-o", "json"]).ok().json();
    let names: Vec<&str> = roles.as_array().unwrap().iter().map(|r| r["role"].as_str().unwrap()).collect();
    assert_eq!(names, vec!["admin", "analyst", "manager", "viewer", "secret-keeper"]);
}

#[test]
fn mfa_reset_and_recover() {
    if !have_oathtool() {
        return;
    }
    let (e, _secret, _id, _c) = Env::ready();
    e.run_in(&["user", "add", "bob", "--role", "manager", "--password-stdin"], BOB_PW).ok();
    let bob = e.as_operator("bob");
    let uri = bob.run_in(&["login", "bob", "--password-stdin", "-o", "json"], BOB_PW).code(4).json()["otpauth_uri"]
        .as_str()
        .unwrap()
        .to_string();
    let s1 = secret_of(&uri);
    bob.login_with_code("bob", BOB_PW, &s1, 0);
    e.run(&["mfa", "reset", "bob"]).code(2);
    e.run(&["mfa", "reset", "bob", "--yes"]).ok();
    bob.run(&["whoami"]).code(4);
    let st = e.run(&["mfa", "status", "bob", "-o", "json"]).ok().json();
    assert_eq!(st["state"], "none");
    let uri2 = bob.run_in(&["login", "bob", "--password-stdin", "-o", "json"], BOB_PW).code(4).json()["otpauth_uri"]
        .as_str()
        .unwrap()
        .to_string();
    assert_ne!(secret_of(&uri2), s1, "re-enrolment gets a new seed");

    // Break-glass recovery needs the master key itself and --yes.
    let key_file_env = Env::with_key_file();
    key_file_env.run_in(&["init", "--admin", "root", "--password-stdin", "--no-input"], ALICE_PW).ok();
    key_file_env.run_in(&["recover", "root", "--password-stdin", "--yes"], "a brand new passphrase").code(4);
    e.run_in(&["recover", "alice", "--password-stdin"], "a brand new passphrase").code(2);
    e.run_in(&["recover", "alice", "--password-stdin", "--yes"], "a brand new passphrase").ok();
    let o = e.run_in(&["login", "alice", "--password-stdin", "-o", "json"], "a brand new passphrase").code(4);
    assert!(o.json()["otpauth_uri"].is_string(), "MFA must be enrolled again");
    let admin = e.as_operator("alice2");
    drop(admin);
}

#[test]
fn usage_errors_are_one_line_with_a_hint() {
    let e = Env::new();
    let o = e.run(&["whoami"]).code(3);
    assert!(o.stderr.starts_with("error: mboctl is not initialised"), "{}", o.stderr);
    assert!(o.stderr.contains("hint: run `mboctl init`"));
    let o = e.run(&["user", "add"]).code(2);
    assert!(o.stderr.contains("Usage"));
    e.run(&["--outptu", "json", "whoami"]).code(2);
    e.run(&["-o", "yaml", "whoami"]).code(2);
    // init without a password source under --no-input: exit 2, nothing created.
    let o = e.run(&["init", "--admin", "alice", "--no-input"]).code(2);
    assert!(o.stderr.contains("--password-stdin"), "{}", o.stderr);
    assert!(e.all_files().is_empty(), "nothing written: {:?}", e.all_files().iter().map(|f| &f.0).collect::<Vec<_>>());
    e.run_in(&["init", "--admin", "alice", "--password-stdin"], "short").code(2);
    e.run_in(&["init", "--admin", "Alice!", "--password-stdin"], ALICE_PW).code(2);
    assert!(e.all_files().is_empty());
    e.run_in(&["init", "--admin", "alice", "--password-stdin", "--secret-store", "vault"], ALICE_PW).code(3);
    e.run_in(&["init", "--admin", "alice", "--password-stdin", "--secret-store", "nonsense"], ALICE_PW).code(2);
    // A broken config file is a configuration error.
    std::fs::create_dir_all(e.config_dir().join("mboctl")).unwrap();
    std::fs::write(e.config_dir().join("mboctl/config.toml"), "backend = [").unwrap();
    let o = e.run(&["whoami"]).code(3);
    assert!(o.stderr.contains("invalid config file"));
    e.run(&["--version"]).ok();
}

#[test]
fn concurrent_writers_keep_one_chain() {
    if !have_oathtool() {
        return;
    }
    let (e, _s, _id, _c) = Env::ready();
    let e = std::sync::Arc::new(e);
    let handles: Vec<_> = (0..8)
        .map(|i| {
            let e = e.clone();
            std::thread::spawn(move || {
                e.run(&["role", "create", &format!("r{i}"), "--permission", "audit:read"]).ok();
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let roles = e.run(&["role", "list", "-o", "json"]).ok().json();
    assert_eq!(roles.as_array().unwrap().len(), 12);
    let v = e.run(&["audit", "verify", "-o", "json"]).ok().json();
    assert_eq!(v["ok"], true);
    assert_eq!(events(&e, &["--type", "ROLE_CREATED"]).len(), 8);
}

#[test]
fn generated_completions_and_man_pages_are_fresh() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = mboctl::commands::completions::generated_files().unwrap();
    if std::env::var("MBOCTL_REGENERATE").as_deref() == Ok("1") {
        for d in ["completions", "man"] {
            let _ = std::fs::remove_dir_all(root.join(d));
            std::fs::create_dir_all(root.join(d)).unwrap();
        }
        for (p, c) in &files {
            std::fs::write(root.join(p), c).unwrap();
        }
    }
    let mut stale = Vec::new();
    for (p, c) in &files {
        if std::fs::read(root.join(p)).ok().as_ref() != Some(c) {
            stale.push(p.clone());
        }
    }
    for d in ["completions", "man"] {
        for f in std::fs::read_dir(root.join(d)).unwrap().flatten() {
            let rel = format!("{d}/{}", f.file_name().to_string_lossy());
            if !files.iter().any(|(p, _)| *p == rel) {
                stale.push(format!("{rel} (no longer generated)"));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated files {stale:?}: run `MBOCTL_REGENERATE=1 cargo test --test cli generated`"
    );
    assert!(files.iter().any(|(p, _)| p == "man/mboctl-user-add.1"));
    let e = Env::new();
    let o = e.run(&["completions", "bash"]).ok();
    assert_eq!(o.stdout.as_bytes(), std::fs::read(root.join("completions/mboctl.bash")).unwrap().as_slice());
}

/// The master key in the Secret Service (gnome-keyring under a private D-Bus session):
/// stored only after a new process read it back, and found again from another session.
/// Without a reachable keyring, init falls back to a key file and says so.
#[test]
fn keyring_master_key_on_secret_service() {
    if !have("dbus-run-session", &["--version"]) || !have("gnome-keyring-daemon", &["--version"]) {
        return;
    }
    let e = Env::with_key_file();
    let bin = env!("CARGO_BIN_EXE_mboctl");
    let script =
        format!("printf unlock-pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; {bin} \"$@\"");
    let in_session = |args: &[&str], stdin: Option<&str>| -> Out {
        let mut a = vec!["--", "sh", "-c", script.as_str(), "sh"];
        a.extend_from_slice(args);
        let mut c = e.command();
        c.env_remove("DBUS_SESSION_BUS_ADDRESS");
        let mut cmd = std::process::Command::new("dbus-run-session");
        cmd.args(&a);
        for (k, v) in c.get_envs() {
            match v {
                Some(v) => cmd.env(k, v),
                None => cmd.env_remove(k),
            };
        }
        cmd.stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        let mut child = cmd.spawn().unwrap();
        {
            use std::io::Write;
            let mut si = child.stdin.take().unwrap();
            if let Some(s) = stdin {
                let _ = writeln!(si, "{s}");
            }
        }
        let o = child.wait_with_output().unwrap();
        Out {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into(),
            stderr: String::from_utf8_lossy(&o.stderr).into(),
        }
    };
    let o = in_session(
        &["init", "--admin", "alice", "--password-stdin", "--no-input", "--key-store", "keyring", "-o", "json"],
        Some(ALICE_PW),
    )
    .ok();
    let v = o.json();
    assert_eq!(v["master_key"], "keyring:secret-service", "{}", o.stderr);
    let id = v["installation_id"].as_str().unwrap();
    assert!(
        !e.config_dir().join("mboctl/keys").join(format!("{id}.key")).exists(),
        "no key file when the keyring is proven"
    );
    // Another D-Bus session, same (persistent) keyring: the key is found; not logged in → 4, not 3.
    in_session(&["whoami"], None).code(4);
    // No keyring reachable: a clear configuration error, nothing else.
    let o = e.run_with(&["whoami"], None, &[("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")]).code(3);
    assert!(o.stderr.contains("OS keyring"), "{}", o.stderr);

    // Fallback: asked for the keyring where none is reachable → a key file, with a note.
    let f = Env::with_key_file();
    let o = f
        .run_with(
            &["init", "--admin", "alice", "--password-stdin", "--no-input", "--key-store", "keyring", "-o", "json"],
            Some(ALICE_PW),
            &[("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")],
        )
        .ok();
    assert!(o.json()["master_key"].as_str().unwrap().starts_with("file:"));
    assert!(o.stderr.contains("keeping the master key in a key file"), "{}", o.stderr);
    f.run(&["whoami"]).code(4);
}

/// Regressions from a break-test of the foundation (one test per finding).
#[test]
fn pruned_marker_before_retention_is_tampering() {
    if !have_oathtool() || !have_python_module("sqlcipher3") {
        return;
    }
    let (e, _s, _id, _c) = Env::ready();
    sqlcipher_exec(&e.db_path(), e.master_key.as_ref().unwrap(), "UPDATE audit_events SET pruned_at = 1 WHERE seq = 2");
    let v = e.run(&["audit", "verify", "-o", "json"]).code(1).json();
    assert_eq!(v["first_bad_seq"], 2);
    assert!(v["problems"].to_string().contains("retention"));
}

#[test]
fn a_missing_head_file_is_reported_and_blocks_writes_until_accepted() {
    if !have_oathtool() {
        return;
    }
    let (e, _s, _id, _c) = Env::ready();
    let head_dir = e.config_dir().join("mboctl/keys");
    let saved = e.run(&["audit", "head", "-o", "json"]).ok().stdout;
    let head = std::fs::read_dir(&head_dir)
        .unwrap()
        .flatten()
        .find(|f| f.file_name().to_string_lossy().ends_with(".head"))
        .unwrap()
        .path();
    std::fs::remove_file(&head).unwrap();
    let v = e.run(&["audit", "verify", "-o", "json"]).code(1).json();
    assert!(v["problems"].to_string().contains("no head"), "{v}");
    e.run_in(&["user", "add", "bob", "--role", "viewer", "--password-stdin"], BOB_PW).code(3);
    // A head kept elsewhere still verifies the chain.
    let ext = e.dir.path().join("saved-head.json");
    std::fs::write(&ext, &saved).unwrap();
    let o = e.run(&["audit", "verify", "--head", ext.to_str().unwrap(), "-o", "json"]).code(1);
    assert!(!o.json()["problems"].to_string().contains("different link"));
    e.run(&["audit", "head", "--accept"]).code(2);
    e.run(&["audit", "head", "--accept", "--yes"]).ok();
    e.run(&["audit", "verify"]).ok();
    e.run_in(&["user", "add", "bob", "--role", "viewer", "--password-stdin"], BOB_PW).ok();
    assert_eq!(events(&e, &["--type", "AUDIT_HEAD_RESET"]).len(), 1);
    // A forged external head is refused.
    std::fs::write(&ext, saved.replace("\"seq\": ", "\"seq\": 1")).unwrap();
    e.run(&["audit", "verify", "--head", ext.to_str().unwrap()]).code(2);
}

#[test]
fn changing_your_own_password_or_mfa_needs_the_current_factor() {
    if !have_oathtool() {
        return;
    }
    let (e, secret, _id, _c) = Env::ready();
    let other = e.as_operator("alice-laptop");
    other.login_with_code("alice", ALICE_PW, &secret, 1);
    // Without the current password: refused.
    e.run_in(&["user", "passwd", "--password-stdin"], "wrong current pw\nanother new passphrase").code(4);
    e.run_in(&["user", "passwd", "--password-stdin"], &format!("{ALICE_PW}\nshort")).code(2);
    let v = e
        .run_in(&["user", "passwd", "--password-stdin", "-o", "json"], &format!("{ALICE_PW}\na brand new passphrase"))
        .ok()
        .json();
    assert_eq!(v["sessions_ended"], 1, "the other session ends");
    e.run(&["whoami"]).ok();
    other.run(&["whoami"]).code(4);
    // Replacing a confirmed TOTP seed or the backup codes needs a current code.
    e.run(&["mfa", "enroll"]).code(2);
    e.run(&["mfa", "enroll", "--code", "12345"]).code(2);
    e.run(&["mfa", "backup-codes", "regenerate", "--code", "000000"]).code(4);
    let st = e.run(&["mfa", "status", "-o", "json"]).ok().json();
    assert_eq!(st["state"], "enrolled");
}

#[test]
fn users_manage_cannot_grant_more_than_it_holds() {
    if !have_oathtool() {
        return;
    }
    let (e, _s, _id, _c) = Env::ready();
    e.run(&["role", "create", "usermgr", "--permission", "users:manage", "users:read", "dashboard:view"]).ok();
    e.run_in(&["user", "add", "um", "--role", "usermgr", "--password-stdin"], BOB_PW).ok();
    let um = e.as_operator("um");
    let uri = um.run_in(&["login", "um", "--password-stdin", "-o", "json"], BOB_PW).code(4).json()["otpauth_uri"]
        .as_str()
        .unwrap()
        .to_string();
    um.login_with_code("um", BOB_PW, &secret_of(&uri), 0);
    um.run(&["user", "set-role", "um", "admin"]).code(4);
    um.run(&["role", "create", "sneaky", "--permission", "secrets:reveal"]).code(4);
    um.run_in(&["user", "add", "helper", "--role", "admin", "--password-stdin"], BOB_PW).code(4);
    // Nor act on accounts that hold more than it does.
    um.run(&["user", "disable", "alice", "--yes"]).code(4);
    um.run(&["mfa", "reset", "alice", "--yes"]).code(4);
    um.run_in(&["user", "passwd", "alice", "--password-stdin"], "taken over passphrase").code(4);
    // Within its own reach it works.
    um.run_in(&["user", "add", "v1", "--role", "viewer", "--password-stdin"], BOB_PW).ok();
    um.run(&["user", "disable", "v1", "--yes"]).ok();
    let w = e.run(&["user", "show", "um", "-o", "json"]).ok().json();
    assert_eq!(w["role"], "usermgr");
    let denied = events(&e, &["--type", "PERMISSION_DENIED", "--user", "um"]);
    assert_eq!(denied.len(), 6, "{denied:#?}");
}

#[test]
fn malformed_codes_are_usage_errors_and_do_not_lock() {
    if !have_oathtool() {
        return;
    }
    let (e, secret, _id, _c) = Env::ready();
    for bad in ["abc", "12345", "1234567"] {
        e.run_in(&["login", "alice", "--password-stdin", "--code", bad], ALICE_PW).code(2);
    }
    for _ in 0..3 {
        e.run_in(&["login", "alice", "--password-stdin", "--code", "12 34 5"], ALICE_PW).code(2);
    }
    let code = totp_oathtool(&secret, 1);
    let spaced = format!("{} {}", &code[..3], &code[3..]);
    e.run_in(&["login", "alice", "--password-stdin", "--code", &spaced], ALICE_PW).ok();
}

#[test]
fn diagnostics_are_clean_and_helpful() {
    if !have_oathtool() {
        return;
    }
    let (e, _s, _id, _c) = Env::ready();
    // A wrong key: exactly our error and hint, nothing from SQLCipher.
    let o = e.run_with(&["whoami"], None, &[("MBOCTL_MASTER_KEY", &"0".repeat(64))]).code(3);
    assert_eq!(o.stderr.lines().count(), 2, "{}", o.stderr);
    // No colour codes when stderr is not a terminal.
    let o = e.run(&["-vv", "whoami"]).ok();
    assert!(!o.stderr.contains('\u{1b}'), "{:?}", o.stderr);
    assert!(o.stderr.contains("authenticated"), "{}", o.stderr);
    // A different secret store than the one recorded at init is refused.
    let o = e.run(&["--secret-store", "vault", "whoami"]).code(3);
    assert!(o.stderr.contains("'db' store"), "{}", o.stderr);
    // A bad MBOCTL_TOKEN says so.
    let o = e.run_with(&["whoami"], None, &[("MBOCTL_TOKEN", "garbage")]).code(4);
    assert!(o.stderr.contains("MBOCTL_TOKEN"), "{}", o.stderr);
    // recover: usage (2) before authentication (4).
    e.run_with(&["recover", "alice", "--password-stdin"], Some("a brand new passphrase"), &[("MBOCTL_MASTER_KEY", "")])
        .code(2);
    // Unknown service-account logins look like a wrong password.
    e.run(&["role", "create", "reader", "--permission", "audit:read"]).ok();
    e.run(&["user", "add", "ci", "--role", "reader", "--service"]).ok();
    let o = e.run_in(&["login", "ci", "--password-stdin"], "whatever-password").code(4);
    assert!(o.stderr.contains("invalid username or password"), "{}", o.stderr);
    // Unknown names lock like real ones.
    for _ in 0..10 {
        e.run_in(&["login", "ghost", "--password-stdin"], "whatever-password").code(4);
    }
    let o = e.run_in(&["login", "ghost", "--password-stdin"], "whatever-password").code(4);
    assert!(o.stderr.contains("locked until"), "{}", o.stderr);
    // Queries: bad ranges are usage errors; CSV carries every field; IP filter.
    e.run(&["audit", "query", "--since", "1h", "--until", "2h"]).code(2);
    let csv = e.run(&["audit", "query", "-o", "csv", "--limit", "1"]).ok().stdout;
    assert!(csv.lines().next().unwrap().contains("ip_address,resource"), "{csv}");
    let n = e
        .run_with(
            &["audit", "query", "-o", "json", "--type", "USER_CREATED"],
            None,
            &[("SSH_CLIENT", "203.0.113.9 5555 22")],
        )
        .ok()
        .json();
    assert!(n.as_array().unwrap().iter().all(|e| e["ip_address"].is_null()));
    e.run_with(
        &["user", "add", "net", "--role", "viewer", "--password-stdin"],
        Some(BOB_PW),
        &[("SSH_CLIENT", "203.0.113.9 5555 22")],
    )
    .ok();
    let hit = events(&e, &["--ip", "203.0.113.0/24"]);
    assert!(!hit.is_empty() && hit.iter().all(|x| x["ip_address"] == "203.0.113.9"));
    e.run(&["audit", "query", "--ip", "not-an-ip"]).code(2);
    // Session token on request, usable as MBOCTL_TOKEN.
    let (f, secret, _i, _c) = Env::ready();
    let t = f.login_with_code_args("alice", ALICE_PW, &secret, 1, &["--print-token"]);
    let token = t["token"].as_str().unwrap().to_string();
    let other = f.as_operator("elsewhere");
    other.run_with(&["whoami"], None, &[("MBOCTL_TOKEN", &token)]).ok();
}
