//! Ten single-use backup codes, shown once, stored as keyed SHA-256 (they are high
//! entropy, so a slow hash buys nothing).

use crate::crypto::{self, keys::SubKey};
use crate::error::Result;
use zeroize::Zeroizing;

pub const COUNT: usize = 10;
const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789"; // no 0/o/1/l/i

/// `xxxxx-xxxxx` (10 characters from a 31-symbol alphabet, ≈ 49 bits).
pub fn generate() -> Result<Vec<Zeroizing<String>>> {
    let mut out = Vec::with_capacity(COUNT);
    for _ in 0..COUNT {
        let mut s = Zeroizing::new(String::with_capacity(11));
        let mut i = 0;
        while i < 10 {
            let b = crypto::random_bytes::<1>()?[0];
            // Rejection sampling keeps the distribution uniform.
            if (b as usize) >= 256 - (256 % ALPHABET.len()) {
                continue;
            }
            if i == 5 {
                s.push('-');
            }
            s.push(ALPHABET[b as usize % ALPHABET.len()] as char);
            i += 1;
        }
        out.push(s);
    }
    Ok(out)
}

/// Normalise what a person typed: lower case, no spaces or dashes.
pub fn normalise(code: &str) -> Zeroizing<String> {
    Zeroizing::new(code.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect())
}

pub fn hash(key: &SubKey, user_id: &str, code: &str) -> String {
    let n = normalise(code);
    hex::encode(crypto::hmac_sha256(key.bytes(), &[b"backup-code\0", user_id.as_bytes(), b"\0", n.as_bytes()]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::keys::{MasterKey, label};

    #[test]
    fn codes_are_distinct_and_hash_normalised() {
        let codes = generate().unwrap();
        assert_eq!(codes.len(), COUNT);
        let mut uniq: Vec<&str> = codes.iter().map(|c| c.as_str()).collect();
        uniq.sort();
        uniq.dedup();
        assert_eq!(uniq.len(), COUNT);
        let k = MasterKey::from_bytes([3; 32]).derive(label::TOKEN_HASH);
        let c = codes[0].as_str();
        assert_eq!(hash(&k, "usr_1", c), hash(&k, "usr_1", &c.to_uppercase().replace('-', " ")));
        assert_ne!(hash(&k, "usr_1", c), hash(&k, "usr_2", c));
    }
}
