//! AES-256-GCM sealing. Layout: `0x01 | key_version (u32 BE) | nonce (12) | ciphertext+tag`.
//! The associated data binds a ciphertext to where it belongs (table/name/version) and to
//! the key version, so a sealed value cannot be swapped into another row.

use super::keys::{KEY_VERSION, SubKey};
use crate::error::{Error, Result};
use aes_gcm::Aes256Gcm;
use aes_gcm::aead::{Aead, KeyInit, Payload};
use zeroize::Zeroizing;

const FORMAT: u8 = 1;

pub struct Sealer {
    cipher: Aes256Gcm,
}

impl Sealer {
    pub fn new(key: &SubKey) -> Self {
        let cipher = match Aes256Gcm::new_from_slice(key.bytes()) {
            Ok(c) => c,
            Err(_) => unreachable!("32-byte key"),
        };
        Sealer { cipher }
    }

    fn aad(context: &str, key_version: u32) -> Vec<u8> {
        let mut a = Vec::with_capacity(context.len() + 8);
        a.extend_from_slice(context.as_bytes());
        a.push(0);
        a.extend_from_slice(&key_version.to_be_bytes());
        a
    }

    pub fn seal(&self, context: &str, plaintext: &[u8]) -> Result<Vec<u8>> {
        let nonce_bytes = super::random_bytes::<12>()?;
        let nonce = aes_gcm::Nonce::from(nonce_bytes);
        let aad = Self::aad(context, KEY_VERSION);
        let ct = self
            .cipher
            .encrypt(&nonce, Payload { msg: plaintext, aad: &aad })
            .map_err(|_| Error::Backend("sealing failed".into()))?;
        let mut out = Vec::with_capacity(1 + 4 + 12 + ct.len());
        out.push(FORMAT);
        out.extend_from_slice(&KEY_VERSION.to_be_bytes());
        out.extend_from_slice(&nonce_bytes);
        out.extend_from_slice(&ct);
        Ok(out)
    }

    pub fn open(&self, context: &str, sealed: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
        let bad = || Error::config(format!("sealed value for {context} cannot be opened (wrong key or altered data)"));
        if sealed.len() < 1 + 4 + 12 + 16 || sealed[0] != FORMAT {
            return Err(bad());
        }
        let kv = u32::from_be_bytes([sealed[1], sealed[2], sealed[3], sealed[4]]);
        let mut nb = [0u8; 12];
        nb.copy_from_slice(&sealed[5..17]);
        let nonce = aes_gcm::Nonce::from(nb);
        let aad = Self::aad(context, kv);
        self.cipher.decrypt(&nonce, Payload { msg: &sealed[17..], aad: &aad }).map(Zeroizing::new).map_err(|_| bad())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::keys::{MasterKey, label};

    #[test]
    fn roundtrip_and_context_binding() {
        let m = MasterKey::from_bytes([1u8; 32]);
        let s = Sealer::new(&m.derive(label::SEAL));
        let c = s.seal("secret:a:v1", b"hunter2hunter2").unwrap();
        assert_eq!(&s.open("secret:a:v1", &c).unwrap()[..], b"hunter2hunter2");
        assert!(s.open("secret:b:v1", &c).is_err(), "ciphertext moved to another row must fail");
        let mut t = c.clone();
        let last = t.len() - 1;
        t[last] ^= 1;
        assert!(s.open("secret:a:v1", &t).is_err());
        let other = Sealer::new(&MasterKey::from_bytes([2u8; 32]).derive(label::SEAL));
        assert!(other.open("secret:a:v1", &c).is_err());
    }
}
