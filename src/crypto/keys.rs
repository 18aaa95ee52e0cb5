//! The master key (256 bits) and the sub-keys derived from it with HKDF-SHA256, one per
//! purpose. Where the master key lives (key file, keyring, environment) is decided in
//! `keystore`; this module only holds and derives.

use crate::error::{Error, Result};
use hkdf::Hkdf;
use sha2::Sha256;
use zeroize::{Zeroize, Zeroizing};

/// Distinct HKDF `info` labels. `SQLITE` is documented (DESIGN.md) so an operator holding
/// the master key can open the database with a stock SQLCipher tool.
pub mod label {
    pub const SQLITE: &str = "mboctl/sqlite/v1";
    pub const SEAL: &str = "mboctl/seal/v1";
    pub const AUDIT: &str = "mboctl/audit/v1";
    pub const PSEUDONYM: &str = "mboctl/pseudonym/v1";
    pub const KEY_CHECK: &str = "mboctl/key-check/v1";
    pub const TOKEN_HASH: &str = "mboctl/token-hash/v1";
    pub const SESSION_FILE: &str = "mboctl/session-file/v1";
}

/// Version of the master key that sealed a value (re-keying is a later feature; every
/// sealed value records this so it can be found and re-sealed).
pub const KEY_VERSION: u32 = 1;

pub struct MasterKey([u8; 32]);

impl Drop for MasterKey {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl std::fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MasterKey([redacted])")
    }
}

pub struct SubKey(Zeroizing<[u8; 32]>);

impl SubKey {
    pub fn bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

impl std::fmt::Debug for SubKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SubKey([redacted])")
    }
}

impl MasterKey {
    pub fn generate() -> Result<Self> {
        Ok(MasterKey(super::random_bytes::<32>()?))
    }

    pub fn from_bytes(b: [u8; 32]) -> Self {
        MasterKey(b)
    }

    /// Parse `MBOCTL_MASTER_KEY` or a key file body: 64 hex characters or base64 of 32 bytes.
    pub fn parse(text: &str) -> Result<Self> {
        use base64::Engine;
        let t = text.trim();
        let bad = || {
            Error::config_hint(
                "the master key is not 64 hex characters or base64 of 32 bytes",
                "check MBOCTL_MASTER_KEY or the key file",
            )
        };
        let mut raw: Zeroizing<Vec<u8>> = if t.len() == 64 && t.bytes().all(|c| c.is_ascii_hexdigit()) {
            Zeroizing::new(hex::decode(t).map_err(|_| bad())?)
        } else {
            Zeroizing::new(
                base64::engine::general_purpose::STANDARD
                    .decode(t)
                    .or_else(|_| base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(t))
                    .map_err(|_| bad())?,
            )
        };
        if raw.len() != 32 {
            return Err(bad());
        }
        let mut b = [0u8; 32];
        b.copy_from_slice(&raw);
        raw.zeroize();
        Ok(MasterKey(b))
    }

    pub fn to_hex(&self) -> Zeroizing<String> {
        Zeroizing::new(hex::encode(self.0))
    }

    pub fn derive(&self, info: &str) -> SubKey {
        let hk = Hkdf::<Sha256>::new(None, &self.0);
        let mut out = Zeroizing::new([0u8; 32]);
        // 32 bytes is far below HKDF's 255*32 limit.
        if hk.expand(info.as_bytes(), out.as_mut()).is_err() {
            unreachable!("HKDF output length is valid");
        }
        SubKey(out)
    }

    /// The key-check value stored in the backend: HMAC of a fixed label under a sub-key.
    /// A wrong master key gives a different value and is refused before any write.
    pub fn key_check(&self) -> String {
        let k = self.derive(label::KEY_CHECK);
        hex::encode(super::hmac_sha256(k.bytes(), &[b"mboctl key check"]))
    }

    /// SQLCipher raw key: `x'<64 hex>'`.
    pub fn sqlcipher_key(&self) -> Zeroizing<String> {
        let k = self.derive(label::SQLITE);
        Zeroizing::new(format!("\"x'{}'\"", hex::encode(k.bytes())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_hex_and_base64_agree() {
        let hexkey = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
        let a = MasterKey::parse(hexkey).unwrap();
        use base64::Engine;
        let b64 = base64::engine::general_purpose::STANDARD.encode(hex::decode(hexkey).unwrap());
        let b = MasterKey::parse(&b64).unwrap();
        assert_eq!(a.key_check(), b.key_check());
        assert!(MasterKey::parse("abcd").is_err());
    }

    #[test]
    fn subkeys_differ_by_label() {
        let m = MasterKey::from_bytes([7u8; 32]);
        assert_ne!(m.derive(label::SQLITE).bytes(), m.derive(label::SEAL).bytes());
        // RFC 5869-style derivation is deterministic.
        assert_eq!(m.derive(label::AUDIT).bytes(), m.derive(label::AUDIT).bytes());
    }
}
