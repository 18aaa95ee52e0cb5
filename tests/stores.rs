//! One conformance story for every secret store, through the real binary, plus what is
//! specific to each: native AWS labels (checked with boto3 against the real moto server),
//! unreachable stores, and kills at every rotation step.

mod support;

use serde_json::Value;
use support::*;

use support::{secret_reveal as reveal, secret_set as set};

fn stage_names(e: &Env, name: &str) -> Vec<Vec<String>> {
    let h = e.run(&["secret", "history", name, "-o", "json"]).ok().json();
    h.as_array()
        .unwrap()
        .iter()
        .map(|v| v["stages"].as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()).collect())
        .collect()
}

/// An installation on `kind` with alice logged in.
fn ready_on(kind: &str, extra: Vec<(String, String)>) -> Env {
    let mut e = Env::new();
    e.extra = extra;
    let o = e.run_in(
        &["init", "--admin", "alice", "--password-stdin", "--no-input", "--secret-store", kind, "-o", "json"],
        ALICE_PW,
    );
    let v = o.ok().json();
    let secret = secret_of(v["otpauth_uri"].as_str().unwrap());
    e.login_with_code("alice", ALICE_PW, &secret, 0);
    e
}

/// The story every store must tell the same way.
fn conformance(e: &Env, kind: &str) {
    // set → current; again → current + previous.
    let v1 = set(e, "conf/app", "generic", Some("random:hex:24"), "value-one");
    assert_eq!(v1["store"], kind);
    assert_eq!(reveal(e, "conf/app", "current").as_deref(), Some("value-one"));
    assert!(reveal(e, "conf/app", "previous").is_none());
    let v2 = set(e, "conf/app", "generic", Some("random:hex:24"), "value-two");
    assert_ne!(v1["version"], v2["version"]);
    assert_eq!(reveal(e, "conf/app", "current").as_deref(), Some("value-two"));
    assert_eq!(reveal(e, "conf/app", "previous").as_deref(), Some("value-one"));
    let g = e.run(&["secret", "get", "conf/app", "-o", "json"]).ok().json();
    assert_eq!(g["version"], v2["version"]);
    assert!(g.get("value").is_none());
    // rotate: a new current, the old one previous, no pending left.
    let r = e.run(&["secret", "rotate", "conf/app", "-o", "json"]).ok().json();
    assert_eq!(r["rotated"][0]["previous_version"], v2["version"]);
    let cur = reveal(e, "conf/app", "current").unwrap();
    assert_eq!(cur.len(), 48);
    assert_eq!(reveal(e, "conf/app", "previous").as_deref(), Some("value-two"));
    assert!(reveal(e, "conf/app", "pending").is_none());
    let st = stage_names(e, "conf/app");
    assert_eq!(st.iter().filter(|s| s.contains(&"current".to_string())).count(), 1, "{st:?}");
    assert_eq!(st.iter().filter(|s| s.contains(&"previous".to_string())).count(), 1, "{st:?}");
    assert!(!st.iter().any(|s| s.contains(&"pending".to_string())), "{st:?}");
    // rollback: previous becomes current again.
    e.run(&["secret", "rollback", "conf/app", "--yes"]).ok();
    assert_eq!(reveal(e, "conf/app", "current").as_deref(), Some("value-two"));
    assert_eq!(reveal(e, "conf/app", "previous").as_deref(), Some(cur.as_str()));
    // NAME#key on a JSON map.
    set(e, "conf/map", "generic", Some("random:base64:12"), r#"{"a":"keep-me","b":"replace-me"}"#);
    e.run(&["secret", "rotate", "conf/map#b"]).ok();
    let doc: Value = serde_json::from_str(&reveal(e, "conf/map", "current").unwrap()).unwrap();
    assert_eq!(doc["a"], "keep-me");
    assert_ne!(doc["b"], "replace-me");
    assert_eq!(doc["b"].as_str().unwrap().len(), 16);
    // Status and delete.
    let st = e.run(&["secret", "status", "-o", "json"]).ok().json();
    let app = st.as_array().unwrap().iter().find(|x| x["name"] == "conf/app").unwrap().clone();
    assert_eq!(app["store"], kind);
    assert!(app["current_version"].is_string());
    e.run(&["secret", "delete", "conf/map", "--yes"]).ok();
    e.run(&["secret", "get", "conf/map"]).code(5);
    // The mboctl/ keys stay in the backend whatever the store.
    let sk = e.run(&["secret", "status", "-o", "json"]).ok().json();
    let sk = sk.as_array().unwrap().iter().find(|x| x["name"] == "mboctl/session-key").unwrap().clone();
    assert_eq!(sk["store"], "db");
    e.run(&["secret", "rotate", "mboctl/session-key"]).ok();
    e.run(&["whoami"]).ok();
    e.run(&["audit", "verify"]).ok();
}

#[test]
fn conformance_db() {
    if !have_oathtool() {
        return;
    }
    let e = ready_on("db", Vec::new());
    conformance(&e, "db");
}

#[test]
fn conformance_aws_on_moto() {
    if !have_oathtool() {
        return;
    }
    let Some(url) = moto() else { return };
    let e = ready_on("aws", aws_env(&url, "conf1/"));
    conformance(&e, "aws");
}

#[test]
fn aws_native_labels_and_json_key_rotation() {
    if !have_oathtool() {
        return;
    }
    let Some(url) = moto() else { return };
    let e = ready_on("aws", aws_env(&url, "labels/"));
    set(
        &e,
        "mbo/production/api-keys",
        "generic",
        Some("random:hex:16"),
        r#"{"google_ads_refresh_token":"g-old","meta_ads_token":"m-keep"}"#,
    );
    let before = boto3(
        &url,
        "d = c.describe_secret(SecretId=sys.argv[1]); print(json.dumps(d['VersionIdsToStages']))",
        &["labels/mbo/production/api-keys"],
    );
    let before: Value = serde_json::from_str(&before).unwrap();
    let old = before
        .as_object()
        .unwrap()
        .iter()
        .find(|(_, s)| s.as_array().unwrap().iter().any(|x| x == "AWSCURRENT"))
        .unwrap()
        .0
        .clone();
    let r = e.run(&["secret", "rotate", "mbo/production/api-keys#google_ads_refresh_token", "-o", "json"]).ok().json();
    let new = r["rotated"][0]["version"].as_str().unwrap().to_string();
    let after = boto3(
        &url,
        "d = c.describe_secret(SecretId=sys.argv[1]); print(json.dumps(d['VersionIdsToStages']))",
        &["labels/mbo/production/api-keys"],
    );
    let after: Value = serde_json::from_str(&after).unwrap();
    assert_eq!(after[&new], serde_json::json!(["AWSCURRENT"]), "{after}");
    assert_eq!(after[&old], serde_json::json!(["AWSPREVIOUS"]), "{after}");
    assert!(!after.to_string().contains("AWSPENDING"), "no stray AWSPENDING: {after}");
    // Read back with boto3: only that key changed.
    let cur = boto3(
        &url,
        "print(c.get_secret_value(SecretId=sys.argv[1], VersionStage='AWSCURRENT')['SecretString'])",
        &["labels/mbo/production/api-keys"],
    );
    let doc: Value = serde_json::from_str(cur.trim()).unwrap();
    assert_eq!(doc["meta_ads_token"], "m-keep");
    assert_ne!(doc["google_ads_refresh_token"], "g-old");
    // The version id mboctl journaled is AWS's ClientRequestToken (VersionId).
    assert_eq!(new.len(), 36);
}

#[test]
fn unreachable_store_exits_7_and_changes_nothing() {
    if !have_oathtool() {
        return;
    }
    let Some(url) = moto() else { return };
    let mut e = ready_on("aws", aws_env(&url, "down/"));
    set(&e, "svc/token", "generic", Some("random"), "still-here");
    let dead = format!("http://127.0.0.1:{}", free_port());
    let before = e.run(&["audit", "verify", "-o", "json"]).ok().json()["events"].clone();
    e.extra = aws_env(&dead, "down/");
    let o = e.run(&["secret", "rotate", "svc/token", "-o", "json"]).code(7);
    assert!(o.stderr.contains("cannot reach AWS Secrets Manager"), "{}", o.stderr);
    assert_eq!(o.stderr.lines().filter(|l| l.starts_with("error:")).count(), 1);
    e.run(&["secret", "rotate", "--all", "--yes"]).code(7);
    e.run_in(&["secret", "set", "svc/other", "--type", "generic", "--value-stdin"], "x").code(7);
    e.run(&["secret", "get", "svc/token"]).code(7);
    e.extra = aws_env(&url, "down/");
    // Nothing happened: no event, no journal, the value unchanged.
    assert_eq!(
        e.run(&["audit", "verify", "-o", "json"]).ok().json()["events"].as_i64().unwrap(),
        before.as_i64().unwrap()
    );
    assert_eq!(reveal(&e, "svc/token", "current").as_deref(), Some("still-here"));
    // Init against an unreachable store writes nothing at all.
    let mut f = Env::new();
    f.extra = aws_env(&dead, "x/");
    f.run_in(&["init", "--admin", "alice", "--password-stdin", "--no-input", "--secret-store", "aws"], ALICE_PW)
        .code(7);
    assert!(f.all_files().is_empty());
}

#[test]
fn aws_killed_rotations_resume() {
    if !have_oathtool() {
        return;
    }
    let Some(url) = moto() else { return };
    let e = ready_on("aws", aws_env(&url, "kill/"));
    for fp in ["after-create", "after-set", "after-test", "after-finish"] {
        let name = format!("k/{fp}");
        set(&e, &name, "generic", Some("random"), "original");
        let o = e.run_with(&["secret", "rotate", &name], None, &[("MBOCTL_FAILPOINT", fp)]);
        assert_eq!(o.code, 137, "{fp}: {}", o.stderr);
        let cur = reveal(&e, &name, "current").unwrap();
        let pending = reveal(&e, &name, "pending");
        if fp == "after-finish" {
            assert_ne!(cur, "original");
            assert!(pending.is_none(), "{fp}");
        } else {
            assert_eq!(cur, "original", "{fp}");
            assert!(pending.is_some(), "{fp}: AWSPENDING holds the new value");
        }
        let r = e.run(&["secret", "rotate", &name, "-o", "json"]).ok().json();
        assert_eq!(r["rotated"][0]["resumed"], fp != "after-finish", "{fp}");
        if fp != "after-finish" {
            assert_eq!(Some(reveal(&e, &name, "current").unwrap()), pending, "{fp}");
        }
        let labels = boto3(
            &url,
            "d = c.describe_secret(SecretId=sys.argv[1]); print(json.dumps(d['VersionIdsToStages']))",
            &[&format!("kill/{name}")],
        );
        assert!(!labels.contains("AWSPENDING"), "{fp}: {labels}");
    }
}

#[test]
fn conformance_vault_kv2_fake() {
    if !have_oathtool() {
        return;
    }
    let Some(url) = fake_vault() else { return };
    let e = ready_on("vault", vault_env(&url, "conf/"));
    conformance(&e, "vault");
}

/// Vault specifics: pending waits at the sibling path and reaches the main path only at
/// finish; AppRole login; namespaces; a bad token is exit 7 before anything changes.
#[test]
fn vault_pending_sibling_approle_and_namespace() {
    if !have_oathtool() {
        return;
    }
    let Some(url) = fake_vault() else { return };
    let e = ready_on("vault", vault_env(&url, "sib/"));
    set(&e, "svc/api", "generic", Some("random"), "first-value");
    let o = e.run_with(&["secret", "rotate", "svc/api"], None, &[("MBOCTL_FAILPOINT", "after-test")]);
    assert_eq!(o.code, 137);
    // Killed before finish: the main path still has one version; the new one is at .pending.
    let (c, main) = vault_get(&url, "secret/metadata/sib/svc/api", None);
    assert_eq!(c, 200);
    assert_eq!(main["data"]["current_version"], 1, "{main}");
    let (c, sib) = vault_get(&url, "secret/data/sib/svc/api.pending", None);
    assert_eq!(c, 200);
    let pending = sib["data"]["data"]["value"].as_str().unwrap().to_string();
    assert_eq!(reveal(&e, "svc/api", "current").as_deref(), Some("first-value"));
    e.run(&["secret", "rotate", "svc/api"]).ok();
    let (_, main) = vault_get(&url, "secret/metadata/sib/svc/api", None);
    assert_eq!(main["data"]["current_version"], 2);
    let (c, _) = vault_get(&url, "secret/data/sib/svc/api.pending", None);
    assert_eq!(c, 404, "the sibling is gone after finish");
    assert_eq!(reveal(&e, "svc/api", "current").as_deref(), Some(pending.as_str()));

    // AppRole instead of a token.
    let mut app = e.as_operator("approle");
    app.extra = vec![
        ("VAULT_ADDR".into(), url.clone()),
        ("VAULT_ROLE_ID".into(), VAULT_ROLE_ID.into()),
        ("VAULT_SECRET_ID".into(), VAULT_SECRET_ID.into()),
        ("MBOCTL_VAULT__PREFIX".into(), "sib/".into()),
    ];
    let mut bad = e.as_operator("alice");
    bad.extra = vec![
        ("VAULT_ADDR".into(), url.clone()),
        ("VAULT_TOKEN".into(), "wrong".into()),
        ("MBOCTL_VAULT__PREFIX".into(), "sib/".into()),
    ];
    bad.state = e.state.clone();
    let o = bad.run(&["secret", "rotate", "svc/api"]).code(7);
    assert!(o.stderr.contains("permission denied"), "{}", o.stderr);
    app.state = e.state.clone();
    assert_eq!(reveal(&app, "svc/api", "current").as_deref(), Some(pending.as_str()));

    // A namespace keeps its own paths.
    let mut ns = ready_on("vault", vault_env(&url, "nsx/"));
    ns.extra.push(("VAULT_NAMESPACE".into(), "team-a".into()));
    let o = ns.run_in(&["secret", "set", "in/ns", "--type", "generic", "--value-stdin"], "ns-value");
    o.ok();
    let (c, _) = vault_get(&url, "secret/data/nsx/in/ns", Some("team-a"));
    assert_eq!(c, 200);
    let (c, _) = vault_get(&url, "secret/data/nsx/in/ns", None);
    assert_eq!(c, 404);
}

/// The OS keyring store on the Secret Service (gnome-keyring, unlocked, under a private
/// D-Bus session per command; its files persist in $HOME like a desktop's).
#[test]
fn conformance_keyring_secret_service() {
    if !have_oathtool() || !have("dbus-run-session", &["--version"]) || !have("gnome-keyring-daemon", &["--version"]) {
        return;
    }
    eprintln!("keyring backend: Secret Service (gnome-keyring-daemon under dbus-run-session)");
    let e = ready_on("keyring", vec![(KEYRING_WRAP.into(), "1".into())]);
    conformance(&e, "keyring");
    // Without a Secret Service: a clear refusal, exit 7, and init writes nothing.
    let mut no = Env::new();
    no.extra = vec![("DBUS_SESSION_BUS_ADDRESS".into(), "unix:path=/nonexistent".into())];
    let o = no
        .run_in(&["init", "--admin", "alice", "--password-stdin", "--no-input", "--secret-store", "keyring"], ALICE_PW)
        .code(7);
    assert!(o.stderr.contains("Secret Service"), "{}", o.stderr);
    assert!(no.all_files().is_empty());
}

/// AWS keeps a deleted secret for its recovery window: a new `set` of that name is a
/// conflict with a hint, not a silent success that cannot be read back.
#[test]
fn aws_delete_then_set_is_a_clear_conflict() {
    if !have_oathtool() {
        return;
    }
    let Some(url) = moto() else { return };
    let e = ready_on("aws", aws_env(&url, "del/"));
    set(&e, "gone/a", "generic", None, "first");
    e.run(&["secret", "delete", "gone/a", "--yes"]).ok();
    let o = e.run_in(&["secret", "set", "gone/a", "--type", "generic", "--value-stdin"], "second").code(6);
    assert!(o.stderr.contains("scheduled for deletion"), "{}", o.stderr);
}
