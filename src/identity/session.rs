//! Operator sessions: a row per login (`sid`) and an HS256 JWT signed with the internal
//! key `mboctl/session-key` (`aud = "mboctl"`, `typ`, `sid`, `sub` = user id, 30-minute
//! `exp`, `kid` = key version). The token only names the session: every command loads
//! the row and the user's current role and status. The token is kept sealed (AES-GCM
//! under a sub-key) in `$XDG_STATE_HOME/mboctl/<installation-id>/session`, mode 0600.

use crate::backend::Tx;
use crate::clock::{MINUTE, Micros, SECOND};
use crate::config::ensure_private_dir;
use crate::crypto::seal::Sealer;
use crate::error::{Error, Result};
use crate::params;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::PathBuf;

pub const AUDIENCE: &str = "mboctl";
pub const TYP: &str = "mboctl-session";
pub const LIFETIME: Micros = 30 * MINUTE;
pub const LEEWAY_SECONDS: u64 = 60;

#[derive(Debug, Serialize, Deserialize)]
pub struct Claims {
    pub aud: String,
    pub typ: String,
    pub sid: String,
    pub sub: String,
    pub iat: i64,
    pub exp: i64,
}

/// One version of the session key: the HMAC key is the UTF-8 bytes of its 64-hex value.
pub struct SigningKey {
    pub kid: String,
    pub secret: SecretString,
}

pub fn sign(key: &SigningKey, claims: &Claims) -> Result<SecretString> {
    let mut h = Header::new(Algorithm::HS256);
    h.kid = Some(key.kid.clone());
    h.typ = Some("JWT".into());
    let enc = EncodingKey::from_secret(key.secret.expose_secret().as_bytes());
    jsonwebtoken::encode(&h, claims, &enc)
        .map(SecretString::from)
        .map_err(|e| Error::Backend(format!("cannot sign session token: {e}")))
}

/// Verify signature, algorithm, audience, type and expiry. `keys` are the versions still
/// valid for verification (current and, within the overlap, previous).
pub fn verify(token: &str, keys: &[SigningKey]) -> Result<Claims> {
    let invalid = || Error::auth_hint("the session token is invalid", "run `mboctl login` again");
    let header = jsonwebtoken::decode_header(token).map_err(|_| invalid())?;
    if header.alg != Algorithm::HS256 {
        return Err(invalid());
    }
    let kid = header.kid.ok_or_else(invalid)?;
    let key = keys.iter().find(|k| k.kid == kid).ok_or_else(invalid)?;
    let mut v = Validation::new(Algorithm::HS256);
    v.set_audience(&[AUDIENCE]);
    v.set_required_spec_claims(&["exp", "aud", "sub"]);
    v.leeway = LEEWAY_SECONDS;
    let dec = DecodingKey::from_secret(key.secret.expose_secret().as_bytes());
    let data = jsonwebtoken::decode::<Claims>(token, &dec, &v).map_err(|e| match e.kind() {
        jsonwebtoken::errors::ErrorKind::ExpiredSignature => {
            Error::auth_hint("the session has expired", "run `mboctl login`")
        }
        _ => invalid(),
    })?;
    if data.claims.typ != TYP {
        return Err(invalid());
    }
    Ok(data.claims)
}

pub fn create_row(tx: &mut dyn Tx, user_id: &str, now: Micros) -> Result<(String, Micros)> {
    let sid = crate::crypto::random_id("ses")?;
    let exp = now + LIFETIME;
    tx.exec(
        "INSERT INTO sessions (sid, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
        &params![sid.clone(), user_id, now, exp],
    )?;
    Ok((sid, exp))
}

pub fn claims_for(sid: &str, user_id: &str, now: Micros, exp: Micros) -> Claims {
    Claims {
        aud: AUDIENCE.into(),
        typ: TYP.into(),
        sid: sid.into(),
        sub: user_id.into(),
        iat: now / SECOND,
        exp: exp / SECOND,
    }
}

/// The sealed session file for one installation.
pub struct SessionFile {
    path: PathBuf,
}

const CONTEXT: &str = "session-file";

impl SessionFile {
    pub fn new(state_dir: &std::path::Path, installation_id: &str) -> Self {
        SessionFile { path: state_dir.join(installation_id).join("session") }
    }

    pub fn save(&self, sealer: &Sealer, token: &SecretString) -> Result<()> {
        let dir = self.path.parent().unwrap_or(std::path::Path::new("."));
        ensure_private_dir(dir)?;
        let sealed = sealer.seal(CONTEXT, token.expose_secret().as_bytes())?;
        let tmp = self.path.with_extension(format!("tmp{}", std::process::id()));
        let mut f = std::fs::OpenOptions::new().create(true).truncate(true).write(true).mode(0o600).open(&tmp)?;
        f.write_all(&sealed)?;
        f.sync_all()?;
        std::fs::rename(&tmp, &self.path)?;
        Ok(())
    }

    pub fn load(&self, sealer: &Sealer) -> Result<Option<SecretString>> {
        let data = match std::fs::read(&self.path) {
            Ok(d) => d,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e.into()),
        };
        let plain = match sealer.open(CONTEXT, &data) {
            Ok(p) => p,
            // Sealed under another key (e.g. a re-initialised installation): no session.
            Err(_) => return Ok(None),
        };
        let s = String::from_utf8(plain.to_vec()).map_err(|_| Error::auth("the stored session is corrupt"))?;
        Ok(Some(SecretString::from(s)))
    }

    pub fn remove(&self) -> Result<()> {
        match std::fs::remove_file(&self.path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e.into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(kid: &str, v: &str) -> SigningKey {
        SigningKey { kid: kid.into(), secret: SecretString::from(v.to_string()) }
    }

    #[test]
    fn sign_verify_and_reject() {
        let k1 = key("v1", &"a".repeat(64));
        let now = crate::clock::now();
        let c = claims_for("ses_1", "usr_1", now, now + LIFETIME);
        let t = sign(&k1, &c).unwrap();
        let back = verify(t.expose_secret(), &[key("v1", &"a".repeat(64))]).unwrap();
        assert_eq!(back.sid, "ses_1");
        assert!(verify(t.expose_secret(), &[key("v1", &"b".repeat(64))]).is_err());
        assert!(verify(t.expose_secret(), &[key("v2", &"a".repeat(64))]).is_err());
        let old = claims_for("ses_1", "usr_1", now - 2 * LIFETIME, now - LIFETIME);
        let t = sign(&k1, &old).unwrap();
        assert!(verify(t.expose_secret(), &[key("v1", &"a".repeat(64))]).is_err());
    }
}
