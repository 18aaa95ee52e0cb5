//! Shared harness: one temporary installation per test (its own XDG dirs and master key),
//! the real binary, and helpers for the independent TOTP implementations (oathtool,
//! pyotp) and SQLCipher (Python `sqlcipher3`).
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// In `Env::extra`: run every command inside a Secret Service session.
pub const KEYRING_WRAP: &str = "__keyring_session";

pub const ALICE_PW: &str = "correct horse battery";
pub const BOB_PW: &str = "bob-password-123";

pub struct Out {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Out {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}\nstderr: {}", self.stdout, self.stderr))
    }
    #[track_caller]
    pub fn ok(self) -> Self {
        assert_eq!(self.code, 0, "expected success\nstdout: {}\nstderr: {}", self.stdout, self.stderr);
        self
    }
    #[track_caller]
    pub fn code(self, c: i32) -> Self {
        assert_eq!(self.code, c, "expected exit {c}\nstdout: {}\nstderr: {}", self.stdout, self.stderr);
        self
    }
}

/// Whether a required tool is present; when `MBOCTL_TEST_REQUIRE_SERVICES=1` (set by
/// .ci/run) a missing tool fails the test instead of skipping it.
pub fn have(tool: &str, probe: &[&str]) -> bool {
    let ok = Command::new(tool)
        .args(probe)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    if !ok {
        if std::env::var("MBOCTL_TEST_REQUIRE_SERVICES").as_deref() == Ok("1") {
            panic!("{tool} is required (MBOCTL_TEST_REQUIRE_SERVICES=1) but not usable");
        }
        eprintln!("skipping: {tool} not available");
    }
    ok
}

pub fn have_oathtool() -> bool {
    have("oathtool", &["--version"])
}

pub fn have_python_module(m: &str) -> bool {
    have("python3", &["-c", &format!("import {m}")])
}

pub struct Env {
    pub dir: std::sync::Arc<tempfile::TempDir>,
    pub master_key: Option<String>,
    /// The state dir of the operator in use (each operator gets their own session file).
    pub state: PathBuf,
    /// Extra environment for every command (store endpoints, credentials).
    pub extra: Vec<(String, String)>,
}

impl Env {
    /// An installation whose master key comes from MBOCTL_MASTER_KEY.
    pub fn new() -> Env {
        let dir = std::sync::Arc::new(tempfile::tempdir().unwrap());
        let key = hex::encode((0..32).map(|_| rand_byte()).collect::<Vec<u8>>());
        let state = dir.path().join("state");
        Env { dir, master_key: Some(key), state, extra: Vec::new() }
    }

    /// An installation whose master key lives in the key file `init` creates.
    pub fn with_key_file() -> Env {
        let mut e = Env::new();
        e.master_key = None;
        e
    }

    pub fn config_dir(&self) -> PathBuf {
        self.dir.path().join("config")
    }
    pub fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }
    pub fn db_path(&self) -> PathBuf {
        self.data_dir().join("mboctl").join("default").join("mboctl.db")
    }

    /// Act as another operator from now on (same installation, own session file).
    pub fn as_operator(&self, name: &str) -> Env {
        Env {
            dir: self.dir.clone(),
            master_key: self.master_key.clone(),
            state: self.dir.path().join(format!("state-{name}")),
            extra: self.extra.clone(),
        }
    }

    pub fn command(&self) -> Command {
        let bin = env!("CARGO_BIN_EXE_mboctl");
        let wrap = self.extra.iter().any(|(k, _)| k == KEYRING_WRAP);
        let mut c = if wrap {
            // A private D-Bus session with an unlocked gnome-keyring (Secret Service), as
            // on a desktop; the keyring's files persist in $HOME between commands.
            let mut c = Command::new("dbus-run-session");
            c.args([
                "--",
                "sh",
                "-c",
                "printf unlock-pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec \"$0\" \"$@\"",
                bin,
            ]);
            c.env_remove("DBUS_SESSION_BUS_ADDRESS");
            c
        } else {
            Command::new(bin)
        };
        for (k, _) in std::env::vars() {
            if k.starts_with("MBOCTL_")
                || k.starts_with("XDG_")
                || k == "RUST_LOG"
                || k == "NO_COLOR"
                || k == "SSH_CLIENT"
            {
                c.env_remove(k);
            }
        }
        c.env("HOME", self.dir.path())
            .env("XDG_CONFIG_HOME", self.config_dir())
            .env("XDG_DATA_HOME", self.data_dir())
            .env("XDG_STATE_HOME", &self.state)
            .env("USER", "tester");
        if let Some(k) = &self.master_key {
            c.env("MBOCTL_MASTER_KEY", k);
        }
        for (k, v) in self.extra.iter().filter(|(k, _)| k != KEYRING_WRAP) {
            c.env(k, v);
        }
        c
    }

    pub fn run_with(&self, args: &[&str], stdin: Option<&str>, envs: &[(&str, &str)]) -> Out {
        let mut c = self.command();
        c.args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
        for (k, v) in envs {
            c.env(k, v);
        }
        let mut child = c.spawn().expect("spawn mboctl");
        {
            let mut si = child.stdin.take().unwrap();
            if let Some(s) = stdin {
                let _ = si.write_all(s.as_bytes());
                let _ = si.write_all(b"\n");
            }
        }
        let o = child.wait_with_output().unwrap();
        Out {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }

    pub fn run(&self, args: &[&str]) -> Out {
        self.run_with(args, None, &[])
    }

    pub fn run_in(&self, args: &[&str], stdin: &str) -> Out {
        self.run_with(args, Some(stdin), &[])
    }

    /// `init --admin alice` and return (otpauth secret, user id).
    pub fn init_alice(&self) -> (String, String) {
        let o =
            self.run_in(&["init", "--admin", "alice", "--password-stdin", "--no-input", "-o", "json"], ALICE_PW).ok();
        let v = o.json();
        (secret_of(v["otpauth_uri"].as_str().unwrap()), v["user_id"].as_str().unwrap().to_string())
    }

    /// Log alice in with a TOTP code (`offset` steps ahead, so two logins in one 30 s
    /// window use different codes). Returns the login JSON.
    pub fn login_with_code(&self, user: &str, pw: &str, secret: &str, offset: i64) -> serde_json::Value {
        let code = totp_oathtool(secret, offset);
        self.run_in(&["login", user, "--password-stdin", "--code", &code, "-o", "json"], pw).ok().json()
    }

    pub fn login_with_code_args(
        &self,
        user: &str,
        pw: &str,
        secret: &str,
        offset: i64,
        extra: &[&str],
    ) -> serde_json::Value {
        let code = totp_oathtool(secret, offset);
        let mut a = vec!["login", user, "--password-stdin", "--code", &code, "-o", "json"];
        a.extend_from_slice(extra);
        self.run_in(&a, pw).ok().json()
    }

    /// A fresh installation with alice logged in (MFA confirmed). Returns (secret, id, backup codes).
    pub fn ready() -> (Env, String, String, Vec<String>) {
        let e = Env::new();
        let (secret, id) = e.init_alice();
        let v = e.login_with_code("alice", ALICE_PW, &secret, 0);
        let codes = v["backup_codes"].as_array().unwrap().iter().map(|c| c.as_str().unwrap().to_string()).collect();
        (e, secret, id, codes)
    }

    /// Every file under the data, config and state dirs, with contents.
    pub fn all_files(&self) -> Vec<(PathBuf, Vec<u8>)> {
        let mut out = Vec::new();
        walk(self.dir.path(), &mut out);
        out.sort();
        out
    }
}

fn walk(dir: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        let ft = e.file_type().unwrap();
        if ft.is_dir() {
            walk(&p, out);
        } else if ft.is_file() {
            out.push((p.clone(), std::fs::read(&p).unwrap_or_default()));
        }
    }
}

fn rand_byte() -> u8 {
    let mut b = [0u8; 1];
    getrandom::fill(&mut b).unwrap();
    b[0]
}

pub fn secret_of(uri: &str) -> String {
    let q = uri.split('?').nth(1).unwrap();
    q.split('&').find_map(|kv| kv.strip_prefix("secret=")).unwrap().to_string()
}

/// A TOTP code from oathtool (independent of mboctl's implementation).
pub fn totp_oathtool(secret: &str, offset_steps: i64) -> String {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64
        + offset_steps * 30;
    let o = Command::new("oathtool")
        .args(["--totp", "-b", "--now", &format!("@{now}"), secret])
        .output()
        .expect("oathtool");
    assert!(o.status.success(), "oathtool failed: {}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).unwrap().trim().to_string()
}

/// A TOTP code from pyotp (a second independent implementation).
pub fn totp_pyotp(secret: &str) -> String {
    let o = Command::new("python3")
        .args(["-c", "import pyotp,sys; print(pyotp.TOTP(sys.argv[1]).now())", secret])
        .output()
        .expect("python3");
    assert!(o.status.success(), "pyotp failed: {}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).unwrap().trim().to_string()
}

/// Run SQL against the encrypted database with Python's sqlcipher3, deriving the raw key
/// from the master key exactly as DESIGN.md documents (HKDF-SHA256, empty salt,
/// info "mboctl/sqlite/v1"), with Python's own hmac module.
pub fn sqlcipher_exec(db: &Path, master_key_hex: &str, sql: &str) -> String {
    let script = r#"
import sys, hmac, hashlib, sqlcipher3
master = bytes.fromhex(sys.argv[2])
prk = hmac.new(b"\x00" * 32, master, hashlib.sha256).digest()
okm = hmac.new(prk, b"mboctl/sqlite/v1" + b"\x01", hashlib.sha256).digest()
con = sqlcipher3.connect(sys.argv[1])
con.execute("PRAGMA key = \"x'%s'\"" % okm.hex())
cur = con.execute(sys.argv[3])
rows = cur.fetchall()
con.commit()
print(rows)
"#;
    let o = Command::new("python3")
        .args(["-c", script, db.to_str().unwrap(), master_key_hex, sql])
        .output()
        .expect("python3");
    assert!(o.status.success(), "sqlcipher3 failed: {}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).unwrap()
}

/// A free TCP port on 127.0.0.1.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn wait_http(url: &str, secs: u64) -> bool {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    let hostport = url.trim_start_matches("http://").split('/').next().unwrap().to_string();
    while std::time::Instant::now() < deadline {
        if std::net::TcpStream::connect(&hostport).is_ok() {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    false
}

/// Start a long-running helper process for the whole test binary: it is spawned from a
/// thread that lives as long as the process and dies with it (PR_SET_PDEATHSIG).
pub fn background(cmd: Vec<String>) -> bool {
    background_as(cmd, None)
}

/// `background` as another user (uid, gid): the parent-death signal is set after the
/// user change, so it survives it.
pub fn background_as(cmd: Vec<String>, user: Option<(u32, u32)>) -> bool {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        use std::os::unix::process::CommandExt;
        let mut c = Command::new(&cmd[0]);
        c.args(&cmd[1..]).stdout(Stdio::null()).stderr(Stdio::null()).stdin(Stdio::null());
        if let Some((uid, gid)) = user {
            c.uid(uid).gid(gid);
        }
        // SAFETY: prctl is async-signal-safe; it only sets this child's parent-death signal.
        unsafe {
            c.pre_exec(|| {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGTERM);
                Ok(())
            });
        }
        let child = c.spawn();
        let ok = child.is_ok();
        let _ = tx.send(ok);
        let _keep = child;
        loop {
            std::thread::park();
        }
    });
    rx.recv().unwrap_or(false)
}

static MOTO: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();

/// The moto server (PyPI `moto[server]`), the real AWS Secrets Manager API, one per test
/// binary; each test uses its own secret-name prefix.
pub fn moto() -> Option<String> {
    MOTO.get_or_init(|| {
        if !have("moto_server", &["--help"]) {
            return None;
        }
        let port = free_port();
        let url = format!("http://127.0.0.1:{port}");
        if !background(vec!["moto_server".into(), "-H".into(), "127.0.0.1".into(), "-p".into(), port.to_string()])
            || !wait_http(&url, 20)
        {
            if std::env::var("MBOCTL_TEST_REQUIRE_SERVICES").as_deref() == Ok("1") {
                panic!("moto_server did not start");
            }
            return None;
        }
        Some(url)
    })
    .clone()
}

/// The AWS environment for moto: fake credentials, no instance metadata, a prefix.
pub fn aws_env(url: &str, prefix: &str) -> Vec<(String, String)> {
    [
        ("AWS_ACCESS_KEY_ID", "test"),
        ("AWS_SECRET_ACCESS_KEY", "test"),
        ("AWS_REGION", "us-east-1"),
        ("AWS_EC2_METADATA_DISABLED", "true"),
        ("AWS_ENDPOINT_URL", url),
        ("MBOCTL_AWS__PREFIX", prefix),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

/// Run Python against moto with boto3 (an independent client) and return stdout.
pub fn boto3(url: &str, script: &str, args: &[&str]) -> String {
    let pre = format!(
        "import boto3, json, sys\nc = boto3.client('secretsmanager', endpoint_url='{url}', region_name='us-east-1', aws_access_key_id='test', aws_secret_access_key='test')\n"
    );
    let mut a = vec!["-c".to_string(), pre + script];
    a.extend(args.iter().map(|s| s.to_string()));
    let o = Command::new("python3").args(&a).output().expect("python3");
    assert!(o.status.success(), "boto3 failed: {}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).unwrap()
}

/// A throw-away PostgreSQL cluster that checks passwords (scram-sha-256), one per test
/// binary: the machine's own server trusts loopback, so a password check there would
/// prove nothing. Statements are logged, so a test can grep the server log.
pub struct PgCluster {
    pub port: u16,
    pub dir: PathBuf,
    pub superuser_password: String,
}

static PG: std::sync::OnceLock<Option<PgCluster>> = std::sync::OnceLock::new();

fn pg_bin(tool: &str) -> Option<PathBuf> {
    let root = Path::new("/usr/lib/postgresql");
    let mut versions: Vec<_> = std::fs::read_dir(root).ok()?.flatten().map(|e| e.path()).collect();
    versions.sort();
    versions.into_iter().rev().map(|v| v.join("bin").join(tool)).find(|p| p.exists())
}

pub fn pg_cluster() -> Option<&'static PgCluster> {
    PG.get_or_init(|| {
        let require = std::env::var("MBOCTL_TEST_REQUIRE_SERVICES").as_deref() == Ok("1");
        let fail = |why: &str| -> Option<PgCluster> {
            if require {
                panic!("throw-away PostgreSQL: {why}");
            }
            eprintln!("skipping: throw-away PostgreSQL: {why}");
            None
        };
        let (Some(initdb), Some(postgres)) = (pg_bin("initdb"), pg_bin("postgres")) else { return fail("initdb/postgres not found") };
        let dir = std::env::temp_dir().join(format!("mboctl-pg-{}-{}", std::process::id(), free_port()));
        std::fs::create_dir_all(&dir).unwrap();
        let su = "super-secret-pg-pass";
        std::fs::write(dir.join("pw"), su).unwrap();
        let ok = Command::new("chown").args(["-R", "postgres:postgres", dir.to_str().unwrap()]).status().map(|s| s.success()).unwrap_or(false);
        if !ok {
            return fail("cannot chown to postgres (not root?)");
        }
        let data = dir.join("data");
        let o = Command::new("runuser")
            .args(["-u", "postgres", "--"])
            .arg(&initdb)
            .args(["-D", data.to_str().unwrap(), "-U", "postgres", "--auth=scram-sha-256", "--pwfile", dir.join("pw").to_str().unwrap()])
            .output();
        match o {
            Ok(o) if o.status.success() => {}
            Ok(o) => return fail(&format!("initdb failed: {}", String::from_utf8_lossy(&o.stderr))),
            Err(e) => return fail(&format!("initdb: {e}")),
        }
        let port = free_port();
        let log = dir.join("server.log");
        let script = format!(
            "exec {} -D {} -p {port} -k {} -c listen_addresses=127.0.0.1 -c log_statement=all -c log_min_messages=info >{} 2>&1",
            postgres.display(),
            data.display(),
            dir.display(),
            log.display()
        );
        let ids = |flag: &str| -> Option<u32> {
            let o = Command::new("id").args([flag, "postgres"]).output().ok()?;
            String::from_utf8_lossy(&o.stdout).trim().parse().ok()
        };
        let (Some(uid), Some(gid)) = (ids("-u"), ids("-g")) else { return fail("no postgres user") };
        if !background_as(vec!["sh".into(), "-c".into(), script], Some((uid, gid))) {
            return fail("cannot start postgres");
        }
        if !wait_http(&format!("http://127.0.0.1:{port}"), 20) {
            return fail("postgres did not start listening");
        }
        Some(PgCluster { port, dir, superuser_password: su.into() })
    })
    .as_ref()
}

impl PgCluster {
    /// Run SQL as a user with a password through `psql` (an independent client).
    pub fn psql(&self, user: &str, password: &str, sql: &str) -> std::process::Output {
        Command::new("psql")
            .args(["-h", "127.0.0.1", "-p", &self.port.to_string(), "-U", user, "-d", "postgres", "-tAc", sql])
            .env("PGPASSWORD", password)
            .env("PGCONNECT_TIMEOUT", "5")
            .output()
            .expect("psql")
    }

    pub fn can_login(&self, user: &str, password: &str) -> bool {
        self.psql(user, password, "SELECT 1").status.success()
    }

    pub fn admin(&self, sql: &str) {
        let o = self.psql("postgres", &self.superuser_password, sql);
        assert!(o.status.success(), "{sql}: {}", String::from_utf8_lossy(&o.stderr));
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("server.log")).unwrap_or_default()
    }
}

static VAULT: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
pub const VAULT_TOKEN: &str = "root-token-for-tests";
pub const VAULT_ROLE_ID: &str = "role-1234";
pub const VAULT_SECRET_ID: &str = "secret-id-5678";

/// The fake Vault (tests/fixtures/fake_vault.py): no Vault server can be installed here,
/// so this implements the documented KV v2, token and AppRole endpoints, `cas`
/// semantics, status codes and error bodies.
pub fn fake_vault() -> Option<String> {
    VAULT
        .get_or_init(|| {
            let port = free_port();
            let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/fake_vault.py");
            let url = format!("http://127.0.0.1:{port}");
            let started = background(vec![
                "python3".into(),
                script.into(),
                port.to_string(),
                VAULT_TOKEN.into(),
                VAULT_ROLE_ID.into(),
                VAULT_SECRET_ID.into(),
            ]);
            if !started || !wait_http(&url, 20) {
                if std::env::var("MBOCTL_TEST_REQUIRE_SERVICES").as_deref() == Ok("1") {
                    panic!("the fake Vault did not start");
                }
                return None;
            }
            Some(url)
        })
        .clone()
}

pub fn vault_env(url: &str, prefix: &str) -> Vec<(String, String)> {
    [("VAULT_ADDR", url), ("VAULT_TOKEN", VAULT_TOKEN), ("MBOCTL_VAULT__PREFIX", prefix)]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// A raw request to the fake Vault (as an independent client would send it).
pub fn vault_get(url: &str, path: &str, ns: Option<&str>) -> (u16, serde_json::Value) {
    let script = "import sys, json, urllib.request\nr = urllib.request.Request(sys.argv[1], headers={'X-Vault-Token': sys.argv[2]})\nif sys.argv[3]: r.add_header('X-Vault-Namespace', sys.argv[3])\ntry:\n    resp = urllib.request.urlopen(r); print(resp.status); print(resp.read().decode())\nexcept urllib.error.HTTPError as e:\n    print(e.code); print(e.read().decode())\n";
    let o = Command::new("python3")
        .args(["-c", script, &format!("{url}/v1/{path}"), VAULT_TOKEN, ns.unwrap_or("")])
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout).to_string();
    let mut lines = out.lines();
    let code = lines.next().unwrap_or("0").parse().unwrap_or(0);
    let body = lines.collect::<Vec<_>>().join("\n");
    (code, serde_json::from_str(&body).unwrap_or(serde_json::Value::Null))
}

/// `secret set NAME --type T [--rotation R] --value-stdin` (value on stdin); the JSON reply.
pub fn secret_set(e: &Env, name: &str, t: &str, rotation: Option<&str>, value: &str) -> serde_json::Value {
    let mut a = vec!["secret", "set", name, "--type", t, "--value-stdin", "-o", "json"];
    if let Some(r) = rotation {
        a.extend_from_slice(&["--rotation", r]);
    }
    e.run_in(&a, value).ok().json()
}

/// The revealed value at a stage, or None when there is none.
pub fn secret_reveal(e: &Env, name: &str, stage: &str) -> Option<String> {
    let o = e.run(&["secret", "get", name, "--stage", stage, "--reveal", "-o", "json"]);
    (o.code == 0).then(|| o.json()["value"].as_str().unwrap().to_string())
}
