//! Keystone's TOTP passcodes (RFC 6238: HMAC-SHA1, 30-second steps, six
//! digits) from a credential's base32 secret, as `keystone.auth.plugins.totp`
//! makes them; public so that tests can type the passcode a user would.

use std::time::{SystemTime, UNIX_EPOCH};

use ring::hmac;

/// The passcode of `secret` (base32, padding optional) at `unix` seconds.
pub fn passcode(secret: &str, unix: u64) -> Option<String> {
    let key = hmac::Key::new(hmac::HMAC_SHA1_FOR_LEGACY_USE_ONLY, &base32(secret)?);
    let digest = hmac::sign(&key, &(unix / 30).to_be_bytes());
    let bytes = digest.as_ref();
    let offset = (bytes[bytes.len() - 1] & 0x0f) as usize;
    let word = u32::from_be_bytes(bytes[offset..offset + 4].try_into().ok()?) & 0x7fff_ffff;
    Some(format!("{:06}", word % 1_000_000))
}

/// The passcodes Keystone takes now: this step's and the one before
/// (`[totp] included_previous_windows = 1`).
pub fn passcodes(secret: &str) -> Vec<String> {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs();
    [now, now.saturating_sub(30)]
        .iter()
        .filter_map(|t| passcode(secret, *t))
        .collect()
}

fn base32(text: &str) -> Option<Vec<u8>> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut out = Vec::new();
    let (mut buffer, mut bits) = (0u64, 0);
    for c in text.trim_end_matches('=').bytes() {
        let value = ALPHABET.iter().position(|a| *a == c.to_ascii_uppercase())?;
        buffer = (buffer << 5) | value as u64;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passcodes_are_rfc_6238s() {
        // RFC 6238's SHA-1 vectors (the secret "12345678901234567890",
        // base32), cut to six digits.
        let secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
        for (time, code) in [
            (59, "287082"),
            (1111111109, "081804"),
            (1234567890, "005924"),
        ] {
            assert_eq!(passcode(secret, time).as_deref(), Some(code));
        }
        assert_eq!(passcode("not base32!", 0), None);
    }
}
