//! Argon2id password hashing with OWASP's parameters (m = 19 MiB, t = 2, p = 1), and the
//! password rules (at least 12 characters, not the username).

use crate::error::{Error, Result};
use argon2::{Algorithm, Argon2, Params, PasswordHash, PasswordHasher, PasswordVerifier, Version};
use secrecy::{ExposeSecret, SecretString};

pub const MIN_LEN: usize = 12;
pub const MAX_LEN: usize = 1024;

fn argon() -> Argon2<'static> {
    let params = match Params::new(19 * 1024, 2, 1, None) {
        Ok(p) => p,
        Err(_) => unreachable!("OWASP parameters are valid"),
    };
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

pub fn validate(password: &SecretString, username: &str) -> Result<()> {
    let p = password.expose_secret();
    let n = p.chars().count();
    if n < MIN_LEN {
        return Err(Error::usage_hint(
            format!("password is too short ({n} characters)"),
            format!("use at least {MIN_LEN} characters"),
        ));
    }
    if n > MAX_LEN {
        return Err(Error::usage(format!("password is longer than {MAX_LEN} characters")));
    }
    if p.eq_ignore_ascii_case(username) {
        return Err(Error::usage("password must not be the username"));
    }
    Ok(())
}

pub fn hash(password: &SecretString) -> Result<String> {
    let salt = crate::crypto::random_bytes::<16>()?;
    argon()
        .hash_password_with_salt(password.expose_secret().as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| Error::Backend(format!("password hashing failed: {e}")))
}

/// A hash of a random password, verified against when the user does not exist so that
/// timing does not reveal which usernames exist.
pub fn dummy_hash() -> &'static str {
    "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$Vu8Ag0N4Pl2pL0nCu0HqIZX0fXkYVWnS3fZB5bQ4QeY"
}

pub fn verify(stored: &str, password: &SecretString) -> bool {
    match PasswordHash::new(stored) {
        Ok(h) => argon().verify_password(password.expose_secret().as_bytes(), &h).is_ok(),
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_and_verify() {
        let p = SecretString::from("correct horse battery".to_string());
        let h = hash(&p).unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify(&h, &p));
        assert!(!verify(&h, &SecretString::from("wrong horse battery".to_string())));
        assert!(!verify(dummy_hash(), &p));
    }

    #[test]
    fn rules() {
        assert!(validate(&SecretString::from("short".to_string()), "a").is_err());
        assert!(validate(&SecretString::from("aliceliddell1".to_string()), "aliceliddell1").is_err());
        assert!(validate(&SecretString::from("a-good-passphrase".to_string()), "alice").is_ok());
    }
}
