//! The `postgres` rotator against a throw-away PostgreSQL cluster with password
//! authentication (scram-sha-256), checked with `psql` as an independent client.

mod support;

use serde_json::{Value, json};
use support::*;

fn value(pg: &PgCluster, user: &str, pw: &str) -> String {
    json!({"engine": "postgres", "host": "127.0.0.1", "port": pg.port, "dbname": "postgres", "username": user, "password": pw})
        .to_string()
}

fn stored_password(e: &Env, name: &str, stage: &str) -> Option<String> {
    let o = e.run(&["secret", "get", name, "--stage", stage, "--reveal", "-o", "json"]);
    if o.code != 0 {
        return None;
    }
    let v: Value = serde_json::from_str(o.json()["value"].as_str().unwrap()).unwrap();
    Some(v["password"].as_str().unwrap().to_string())
}

#[test]
fn rotate_and_roll_back_a_real_database_password() {
    if !have_oathtool() || !have("psql", &["--version"]) {
        return;
    }
    let Some(pg) = pg_cluster() else { return };
    pg.admin("CREATE ROLE app1 LOGIN PASSWORD 'initial-app1-password'");
    let (e, _s, _id, _c) = Env::ready();
    e.run_in(
        &["secret", "set", "db/app1", "--type", "db_password", "--value-stdin"],
        &value(pg, "app1", "initial-app1-password"),
    )
    .ok();
    let st = e.run(&["secret", "status", "-o", "json"]).ok().json();
    assert!(st.as_array().unwrap().iter().any(|x| x["name"] == "db/app1" && x["rotator"] == "postgres"));

    let r = e.run(&["-vvv", "secret", "rotate", "db/app1", "-o", "json"]).ok();
    let new = stored_password(&e, "db/app1", "current").unwrap();
    assert_ne!(new, "initial-app1-password");
    assert!(pg.can_login("app1", &new), "the new password logs in");
    assert!(!pg.can_login("app1", "initial-app1-password"), "the old one does not");
    assert!(!r.stdout.contains(&new) && !r.stderr.contains(&new), "no password in output or -vvv logs");
    // The plaintext never reached the server's statement log: only a SCRAM verifier did.
    let log = pg.log();
    assert!(log.contains("ALTER ROLE \"app1\" PASSWORD 'SCRAM-SHA-256$"), "statement logged as a verifier");
    assert!(!log.contains(&new), "plaintext password in the server log");

    // Rollback: the stored current value is again the one that works.
    e.run(&["secret", "rollback", "db/app1"]).code(2);
    e.run(&["secret", "rollback", "db/app1", "--yes"]).ok();
    let cur = stored_password(&e, "db/app1", "current").unwrap();
    assert_eq!(cur, "initial-app1-password");
    assert!(pg.can_login("app1", &cur));
    assert!(!pg.can_login("app1", &new));
}

#[test]
fn a_failed_alter_role_leaks_nothing_and_keeps_a_working_value() {
    if !have_oathtool() || !have("psql", &["--version"]) {
        return;
    }
    let Some(pg) = pg_cluster() else { return };
    pg.admin("CREATE ROLE app2 LOGIN PASSWORD 'initial-app2-password'");
    // Every session of app2 is read-only: ALTER ROLE fails.
    pg.admin("ALTER ROLE app2 SET default_transaction_read_only = on");
    let (e, _s, _id, _c) = Env::ready();
    e.run_in(
        &["secret", "set", "db/app2", "--type", "db_password", "--value-stdin"],
        &value(pg, "app2", "initial-app2-password"),
    )
    .ok();
    let o = e.run(&["-vvv", "secret", "rotate", "db/app2", "-o", "json"]).code(8);
    let v = o.json();
    assert_eq!(v["failed"][0]["step"], "set");
    assert!(v["failed"][0]["error"].as_str().unwrap().contains("read-only"), "{v}");
    let pending = stored_password(&e, "db/app2", "pending").unwrap();
    for out in [&o.stdout, &o.stderr] {
        assert!(!out.contains(&pending) && !out.contains("initial-app2-password"), "a password leaked: {out}");
    }
    assert!(pg.can_login("app2", "initial-app2-password"), "current still works");
    assert_eq!(stored_password(&e, "db/app2", "current").as_deref(), Some("initial-app2-password"));
    let failed = e.run(&["audit", "query", "--type", "SECRET_ROTATION_FAILED", "-o", "json"]).ok();
    assert!(!failed.stdout.contains(&pending));
    // Fixed on the server: the next run resumes and completes.
    pg.admin("ALTER ROLE app2 RESET default_transaction_read_only");
    let r = e.run(&["secret", "rotate", "db/app2", "-o", "json"]).ok().json();
    assert_eq!(r["rotated"][0]["resumed"], true);
    assert!(pg.can_login("app2", &pending));
}

/// Killed after each step: at that moment the stored current-or-pending value logs in,
/// and the next run completes.
#[test]
fn killed_postgres_rotations_never_lose_a_working_password() {
    if !have_oathtool() || !have("psql", &["--version"]) {
        return;
    }
    let Some(pg) = pg_cluster() else { return };
    let (e, _s, _id, _c) = Env::ready();
    for (i, fp) in ["after-create", "after-set", "after-test", "after-finish"].iter().enumerate() {
        let user = format!("kapp{i}");
        let name = format!("db/{user}");
        pg.admin(&format!("CREATE ROLE {user} LOGIN PASSWORD 'initial-{user}-pw'"));
        e.run_in(
            &["secret", "set", &name, "--type", "db_password", "--value-stdin"],
            &value(pg, &user, &format!("initial-{user}-pw")),
        )
        .ok();
        let o = e.run_with(&["secret", "rotate", &name], None, &[("MBOCTL_FAILPOINT", fp)]);
        assert_eq!(o.code, 137, "{fp}: {}", o.stderr);
        let cur = stored_password(&e, &name, "current").unwrap();
        let pending = stored_password(&e, &name, "pending");
        let works = pg.can_login(&user, &cur) || pending.as_ref().is_some_and(|p| pg.can_login(&user, p));
        assert!(works, "{fp}: neither the stored current nor the pending password logs in");
        e.run(&["secret", "rotate", &name]).ok();
        let now = stored_password(&e, &name, "current").unwrap();
        assert!(pg.can_login(&user, &now), "{fp}: the finished rotation's password logs in");
        assert!(stored_password(&e, &name, "pending").is_none());
    }
}

/// On a server that lets the user in with any password (the machine's own PostgreSQL
/// trusts loopback), the password is still changed, but the rotation cannot prove it and
/// says so instead of reporting success.
#[test]
fn trust_authentication_cannot_prove_a_password() {
    if !have_oathtool() || !have("psql", &["--version"]) {
        return;
    }
    let trust = |sql: &str| {
        std::process::Command::new("psql")
            .args(["-h", "127.0.0.1", "-p", "5432", "-U", "postgres", "-d", "postgres", "-tAc", sql])
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
    };
    if trust("SELECT 1").is_none() {
        if std::env::var("MBOCTL_TEST_REQUIRE_SERVICES").as_deref() == Ok("1") {
            panic!("the machine's PostgreSQL on 127.0.0.1:5432 is required");
        }
        eprintln!("skipping: no PostgreSQL on 127.0.0.1:5432");
        return;
    }
    let user = format!("mbo_trust_{}", std::process::id());
    trust(&format!("DROP ROLE IF EXISTS {user}"));
    trust(&format!("CREATE ROLE {user} LOGIN PASSWORD 'trust-initial-pw'")).unwrap();
    let before = trust(&format!("SELECT rolpassword FROM pg_authid WHERE rolname = '{user}'")).unwrap();
    let (e, _s, _id, _c) = Env::ready();
    let v = json!({"engine": "postgres", "host": "127.0.0.1", "port": 5432, "dbname": "postgres", "username": user, "password": "trust-initial-pw"});
    e.run_in(&["secret", "set", "db/trust", "--type", "db_password", "--value-stdin"], &v.to_string()).ok();
    let o = e.run(&["secret", "rotate", "db/trust", "-o", "json"]).code(8);
    let r = o.json();
    assert_eq!(r["failed"][0]["step"], "test");
    assert!(r["failed"][0]["error"].as_str().unwrap().contains("trust"), "{r}");
    let after = trust(&format!("SELECT rolpassword FROM pg_authid WHERE rolname = '{user}'")).unwrap();
    assert_ne!(before, after, "ALTER ROLE did reach the server");
    assert!(after.starts_with("SCRAM-SHA-256$"));
    trust(&format!("DROP ROLE IF EXISTS {user}"));
}
