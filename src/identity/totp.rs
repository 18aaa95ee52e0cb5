//! TOTP per RFC 6238 as authenticator apps honour it: SHA1, 6 digits, 30 s steps, issuer
//! `MBO`, 160-bit seeds, ±1 step of drift. Replay protection (each accepted step is
//! single-use) is an atomic compare-and-set on `mfa.last_step`, done by the caller.

use crate::clock::{Micros, SECOND};
use crate::crypto::{ct_eq, random_bytes};
use crate::error::{Error, Result};
use totp_rs::{Algorithm, TOTP};
use zeroize::Zeroizing;

pub const ISSUER: &str = "MBO";
pub const STEP_SECONDS: u64 = 30;
pub const DIGITS: usize = 6;

pub fn new_seed() -> Result<Zeroizing<Vec<u8>>> {
    Ok(Zeroizing::new(random_bytes::<20>()?.to_vec()))
}

fn totp(seed: &[u8], account: &str) -> Result<TOTP> {
    TOTP::new(Algorithm::SHA1, DIGITS, 1, STEP_SECONDS, seed.to_vec(), Some(ISSUER.into()), account.into())
        .map_err(|e| Error::Backend(format!("TOTP setup failed: {e:?}")))
}

pub fn base32(seed: &[u8]) -> Zeroizing<String> {
    Zeroizing::new(base32_nopad(seed))
}

fn base32_nopad(data: &[u8]) -> String {
    const ALPHA: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut out = String::with_capacity(data.len().div_ceil(5) * 8);
    let mut buf: u64 = 0;
    let mut bits = 0;
    for &b in data {
        buf = (buf << 8) | b as u64;
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(ALPHA[((buf >> bits) & 31) as usize] as char);
        }
    }
    if bits > 0 {
        out.push(ALPHA[((buf << (5 - bits)) & 31) as usize] as char);
    }
    out
}

/// `otpauth://totp/MBO:alice?secret=…&issuer=MBO&algorithm=SHA1&digits=6&period=30`
/// (all parameters explicit, as the Key URI format recommends).
pub fn otpauth_uri(seed: &[u8], account: &str) -> Zeroizing<String> {
    let enc = |s: &str| -> String {
        s.bytes()
            .map(|b| {
                if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                    (b as char).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect()
    };
    Zeroizing::new(format!(
        "otpauth://totp/{ISSUER}:{}?secret={}&issuer={ISSUER}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
        enc(account),
        base32(seed).as_str()
    ))
}

pub fn step_of(now: Micros) -> i64 {
    now.div_euclid(STEP_SECONDS as i64 * SECOND)
}

/// The code for a step.
pub fn code_at_step(seed: &[u8], step: i64) -> Result<Zeroizing<String>> {
    Ok(Zeroizing::new(totp(seed, "x")?.generate(step.max(0) as u64 * STEP_SECONDS)))
}

/// Which step (now-1, now, now+1) the code belongs to, if any. The caller must then
/// accept it only if that step is later than the last accepted one.
pub fn matching_step(seed: &[u8], code: &str, now: Micros) -> Result<Option<i64>> {
    let code = code.trim();
    if code.len() != DIGITS || !code.bytes().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    let s = step_of(now);
    let mut found = None;
    // Check every candidate (no early exit) to keep timing flat.
    for step in [s - 1, s, s + 1] {
        if ct_eq(code_at_step(seed, step)?.as_bytes(), code.as_bytes()) && found.is_none() {
            found = Some(step);
        }
    }
    Ok(found)
}

/// Check what a person typed as a TOTP code: six digits, spaces allowed ("123 456").
/// A malformed code is a usage error (exit 2), not a failed attempt.
pub fn normalise_code(code: &str) -> Result<Zeroizing<String>> {
    let c: String = code.chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
    if c.len() != DIGITS || !c.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::usage_hint(
            "a TOTP code is 6 digits",
            "type the code your authenticator shows (spaces are fine), or use --backup-code",
        ));
    }
    Ok(Zeroizing::new(c))
}

/// A terminal rendering of the otpauth URI as a QR code (Unicode half blocks).
pub fn qr_terminal(uri: &str) -> Option<String> {
    use qrcode::{QrCode, render::unicode::Dense1x2};
    let code = QrCode::new(uri.as_bytes()).ok()?;
    Some(code.render::<Dense1x2>().dark_color(Dense1x2::Light).light_color(Dense1x2::Dark).quiet_zone(true).build())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc6238_sha1_vectors_six_digits() {
        // RFC 6238 Appendix B (8 digits) truncated to the last 6 digits.
        let seed = b"12345678901234567890";
        for (t, code8) in [
            (59u64, "94287082"),
            (1111111109, "07081804"),
            (1234567890, "89005924"),
            (2000000000, "69279037"),
            (20000000000, "65353130"),
        ] {
            let c = code_at_step(seed, (t / 30) as i64).unwrap();
            assert_eq!(c.as_str(), &code8[2..], "t={t}");
        }
    }

    #[test]
    fn drift_window_is_one_step() {
        let seed = b"12345678901234567890";
        let now = 1_234_567_890 * SECOND;
        let s = step_of(now);
        let prev = code_at_step(seed, s - 1).unwrap();
        let far = code_at_step(seed, s - 2).unwrap();
        assert_eq!(matching_step(seed, &prev, now).unwrap(), Some(s - 1));
        assert_eq!(matching_step(seed, &far, now).unwrap(), None);
        assert_eq!(matching_step(seed, "12345", now).unwrap(), None);
    }

    #[test]
    fn uri_shape() {
        let u = otpauth_uri(b"12345678901234567890", "alice");
        assert_eq!(
            u.as_str(),
            "otpauth://totp/MBO:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=MBO&algorithm=SHA1&digits=6&period=30"
        );
    }
}
