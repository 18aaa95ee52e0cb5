//! The PostgreSQL rotator (single user, as AWS's RDS template): the secret's value is
//! `{engine, host, port, dbname, username, password}`.
//!
//! * create — the current JSON with a new random password;
//! * set — log in as the user with the current password (or the previous, or the
//!   pending one when a resumed run already changed it) and run
//!   `ALTER ROLE … PASSWORD '<SCRAM-SHA-256 verifier>'`, the verifier computed here, so
//!   the plaintext never travels in SQL text, server logs or `pg_stat_statements`;
//! * test — check that the server refuses a wrong password (else a login proves
//!   nothing: trust authentication), then log in with the pending one.
//!
//! Single-user rotation leaves a short window in which clients still holding the old
//! password fail to connect (alternating users is the known remedy). Connections to a
//! host that is not loopback need TLS, which this build does not offer yet: refused.

use super::rotators::{PASSWORD_ALPHABET, RandomFormat, Rotator, random_string};
use crate::error::{Error, Result};
use secrecy::{ExposeSecret, SecretString};
use serde_json::Value;
use std::time::Duration;
use zeroize::Zeroizing;

pub struct Postgres;

struct Target {
    host: String,
    port: u16,
    dbname: String,
    username: String,
}

fn parse(v: &SecretString) -> Result<(Value, Target, Zeroizing<String>)> {
    let j: Value = serde_json::from_str(v.expose_secret()).map_err(|_| {
        Error::usage("a db_password value must be JSON {engine, host, port, dbname, username, password}")
    })?;
    let s = |k: &str| j.get(k).and_then(|x| x.as_str()).map(String::from);
    let t = Target {
        host: s("host").ok_or_else(|| Error::usage("db_password value lacks 'host'"))?,
        port: match j.get("port") {
            None | Some(Value::Null) => 5432,
            Some(Value::Number(n)) => {
                n.as_u64().and_then(|p| u16::try_from(p).ok()).ok_or_else(|| Error::usage("bad 'port'"))?
            }
            Some(Value::String(p)) => p.parse().map_err(|_| Error::usage("bad 'port'"))?,
            Some(_) => return Err(Error::usage("bad 'port'")),
        },
        dbname: s("dbname").unwrap_or_else(|| "postgres".into()),
        username: s("username").ok_or_else(|| Error::usage("db_password value lacks 'username'"))?,
    };
    let pw = Zeroizing::new(s("password").ok_or_else(|| Error::usage("db_password value lacks 'password'"))?);
    Ok((j, t, pw))
}

fn loopback(host: &str) -> bool {
    host == "localhost" || host.parse::<std::net::IpAddr>().is_ok_and(|a| a.is_loopback()) || host.starts_with('/')
}

/// Connect as the secret's user. Errors name the host and user, never the password.
fn connect(t: &Target, password: &str) -> Result<postgres::Client> {
    if !loopback(&t.host) {
        return Err(Error::config_hint(
            format!("{}:{} is not a loopback address and this build has no TLS for PostgreSQL", t.host, t.port),
            "rotate from a host that reaches the database over loopback (or a local proxy)",
        ));
    }
    let mut cfg = postgres::Config::new();
    cfg.host(&t.host)
        .port(t.port)
        .dbname(&t.dbname)
        .user(&t.username)
        .password(password)
        .connect_timeout(Duration::from_secs(5))
        .application_name("mboctl");
    cfg.connect(postgres::NoTls).map_err(|e| {
        let msg = e.as_db_error().map(|d| d.message().to_string()).unwrap_or_else(|| e.to_string());
        Error::external(format!("cannot log in to {}:{}/{} as {}: {msg}", t.host, t.port, t.dbname, t.username))
    })
}

fn quote_ident(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

impl Rotator for Postgres {
    fn name(&self) -> &'static str {
        "postgres"
    }

    fn outside(&self) -> bool {
        true
    }

    fn create(&self, current: Option<&SecretString>) -> Result<SecretString> {
        let cur = current.ok_or_else(|| Error::not_found("a db_password secret needs a current value to rotate"))?;
        let (mut j, _t, _old) = parse(cur)?;
        let pw = random_string(RandomFormat::Password, 32)?;
        debug_assert!(pw.expose_secret().bytes().all(|b| PASSWORD_ALPHABET.contains(&b)));
        j["password"] = Value::String(pw.expose_secret().to_string());
        Ok(SecretString::from(serde_json::to_string(&j)?))
    }

    fn set(
        &self,
        current: Option<&SecretString>,
        previous: Option<&SecretString>,
        pending: &SecretString,
    ) -> Result<()> {
        let (_, t, new_pw) = parse(pending)?;
        // Log in with the current password, else the previous one, else (a resumed run
        // whose ALTER already happened) the pending one, and set the password: setting it
        // again to the same value is harmless, so this step is idempotent without a
        // "does it already work" probe (which a server that trusts every login would
        // answer wrongly).
        let mut last_err = None;
        for v in [current, previous, Some(pending)].into_iter().flatten() {
            let (_, ct, pw) = parse(v)?;
            if ct.username != t.username || ct.host != t.host || ct.port != t.port {
                return Err(Error::usage("the pending value names another user or host than the current one"));
            }
            match connect(&ct, &pw) {
                Ok(mut client) => {
                    let verifier = postgres_protocol::password::scram_sha_256(new_pw.as_bytes());
                    let sql =
                        Zeroizing::new(format!("ALTER ROLE {} PASSWORD '{}'", quote_ident(&t.username), verifier));
                    return client.batch_execute(&sql).map_err(|e| {
                        let msg = e.as_db_error().map(|d| d.message().to_string()).unwrap_or_else(|| e.to_string());
                        Error::external(format!("ALTER ROLE {} on {}:{} failed: {msg}", t.username, t.host, t.port))
                    });
                }
                Err(e) => last_err = Some(e),
            }
        }
        Err(last_err.unwrap_or_else(|| Error::not_found("no stored password to log in with")))
    }

    fn test(&self, pending: &SecretString) -> Result<()> {
        let (_, t, pw) = parse(pending)?;
        // A login proves the password only where the server checks passwords.
        let wrong = random_string(RandomFormat::Hex, 16)?;
        if connect(&t, wrong.expose_secret()).is_ok() {
            return Err(Error::config_hint(
                format!(
                    "{}:{} lets {} in with any password (trust authentication): the new password cannot be proven",
                    t.host, t.port, t.username
                ),
                "use scram-sha-256 for this user in pg_hba.conf",
            ));
        }
        let mut c = connect(&t, &pw)?;
        c.simple_query("SELECT 1").map_err(|e| Error::external(format!("test query as {} failed: {e}", t.username)))?;
        Ok(())
    }
}
