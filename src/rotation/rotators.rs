//! Rotators: how a new value is made (`create`), applied to the system it unlocks
//! (`set`) and proven (`test`). Each step must be idempotent: a resumed rotation may run
//! it again.

use crate::error::{Error, Result};
use secrecy::{ExposeSecret, SecretString};

pub trait Rotator: Send + Sync {
    fn name(&self) -> &'static str;
    /// Whether `set`/`test` act on a system outside the store (a database): their progress
    /// is then journaled step by step.
    fn outside(&self) -> bool {
        false
    }
    /// A new value; `current` is the current value where the new one derives from it
    /// (the PostgreSQL rotator keeps host, user, …).
    fn create(&self, current: Option<&SecretString>) -> Result<SecretString>;
    /// Apply `pending` where it is used. `current` / `previous` are the stored values
    /// that may still log in. Default: nothing to apply.
    fn set(
        &self,
        _current: Option<&SecretString>,
        _previous: Option<&SecretString>,
        _pending: &SecretString,
    ) -> Result<()> {
        Ok(())
    }
    /// Prove `pending` works. Default: nothing to prove.
    fn test(&self, _pending: &SecretString) -> Result<()> {
        Ok(())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RandomFormat {
    Hex,
    Base64,
    Password,
}

/// `random[:hex|base64|password[:N]]` — hex/base64 take N bytes, password N characters.
pub struct Random {
    pub format: RandomFormat,
    pub len: usize,
}

pub const PASSWORD_ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.~!%^*+=";

pub fn random_string(format: RandomFormat, len: usize) -> Result<SecretString> {
    use base64::Engine;
    let mut bytes = zeroize::Zeroizing::new(vec![0u8; len]);
    getrandom::fill(&mut bytes).map_err(|e| Error::external(format!("OS random generator failed: {e}")))?;
    Ok(SecretString::from(match format {
        RandomFormat::Hex => hex::encode(&*bytes),
        RandomFormat::Base64 => base64::engine::general_purpose::STANDARD.encode(&*bytes),
        RandomFormat::Password => {
            let mut out = String::with_capacity(len);
            let n = PASSWORD_ALPHABET.len();
            let limit = 256 - (256 % n);
            while out.len() < len {
                let mut b = [0u8; 64];
                getrandom::fill(&mut b).map_err(|e| Error::external(format!("OS random generator failed: {e}")))?;
                for x in b {
                    if (x as usize) < limit && out.len() < len {
                        out.push(PASSWORD_ALPHABET[x as usize % n] as char);
                    }
                }
            }
            out
        }
    }))
}

impl Rotator for Random {
    fn name(&self) -> &'static str {
        "random"
    }
    fn create(&self, _current: Option<&SecretString>) -> Result<SecretString> {
        random_string(self.format, self.len)
    }
}

/// JWT signing secrets: 64 hex characters (32 bytes), as `openssl rand -hex 32` makes.
/// Verification keeps `previous` valid for one token lifetime plus leeway.
pub struct Jwt;

impl Rotator for Jwt {
    fn name(&self) -> &'static str {
        "jwt"
    }
    fn create(&self, _current: Option<&SecretString>) -> Result<SecretString> {
        random_string(RandomFormat::Hex, 32)
    }
}

/// A vendor key only a person can reissue: the new value is given by the operator.
pub struct Manual {
    pub value: Option<SecretString>,
}

impl Rotator for Manual {
    fn name(&self) -> &'static str {
        "manual"
    }
    fn create(&self, _current: Option<&SecretString>) -> Result<SecretString> {
        self.value
            .as_ref()
            .map(|v| SecretString::from(v.expose_secret().to_string()))
            .ok_or_else(|| Error::needs_input("the new value of a manually rotated secret", "--value-stdin"))
    }
}

/// A parsed rotator spec as stored in the secret's metadata.
#[derive(Debug, Clone, PartialEq)]
pub enum Spec {
    Random(RandomFormat, usize),
    Jwt,
    Postgres,
    Manual,
    Oauth,
}

impl Spec {
    pub fn parse(s: &str) -> Result<Spec> {
        let bad = || {
            Error::usage_hint(
                format!("unknown rotator '{s}'"),
                "use random[:hex|base64|password[:N]], jwt, postgres, manual",
            )
        };
        let mut parts = s.split(':');
        match parts.next() {
            Some("random") => {
                let format = match parts.next() {
                    None | Some("hex") => RandomFormat::Hex,
                    Some("base64") => RandomFormat::Base64,
                    Some("password") => RandomFormat::Password,
                    Some(_) => return Err(bad()),
                };
                let default = 32;
                let len = match parts.next() {
                    None => default,
                    Some(n) => n.parse::<usize>().ok().filter(|n| (8..=4096).contains(n)).ok_or_else(bad)?,
                };
                if parts.next().is_some() {
                    return Err(bad());
                }
                Ok(Spec::Random(format, len))
            }
            Some("jwt") if parts.next().is_none() => Ok(Spec::Jwt),
            Some("postgres") if parts.next().is_none() => Ok(Spec::Postgres),
            Some("manual") if parts.next().is_none() => Ok(Spec::Manual),
            Some("oauth") if parts.next().is_none() => Ok(Spec::Oauth),
            _ => Err(bad()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specs_and_values() {
        assert_eq!(Spec::parse("random").unwrap(), Spec::Random(RandomFormat::Hex, 32));
        assert_eq!(Spec::parse("random:password:24").unwrap(), Spec::Random(RandomFormat::Password, 24));
        assert!(Spec::parse("random:hex:4").is_err());
        assert!(Spec::parse("lambda").is_err());
        let v = random_string(RandomFormat::Password, 40).unwrap();
        assert_eq!(v.expose_secret().len(), 40);
        assert!(v.expose_secret().bytes().all(|b| PASSWORD_ALPHABET.contains(&b)));
        let h = Jwt.create(None).unwrap();
        assert_eq!(h.expose_secret().len(), 64);
        assert_ne!(h.expose_secret(), Jwt.create(None).unwrap().expose_secret());
        assert!(Manual { value: None }.create(None).is_err());
    }
}
