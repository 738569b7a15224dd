//! A new SSH key, made here as python-openstackclient makes it when
//! `keypair create` is given no public key: Ed25519, the private key in
//! OpenSSH's format, the public key as an `ssh-ed25519` line.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use ring::rand::{SecureRandom, SystemRandom};
use ring::signature::{Ed25519KeyPair, KeyPair};

/// A key pair: the private key (`-----BEGIN OPENSSH PRIVATE KEY-----`)
/// and the public key (`ssh-ed25519 AAAA...`).
pub struct Generated {
    pub private_key: String,
    pub public_key: String,
}

/// An SSH string: its length, then its bytes.
fn put(out: &mut Vec<u8>, bytes: &[u8]) {
    out.extend_from_slice(&(bytes.len() as u32).to_be_bytes());
    out.extend_from_slice(bytes);
}

pub fn ed25519() -> Result<Generated, String> {
    let rng = SystemRandom::new();
    let mut seed = [0u8; 32];
    rng.fill(&mut seed)
        .map_err(|_| "no randomness for a new key")?;
    let mut check = [0u8; 4];
    rng.fill(&mut check)
        .map_err(|_| "no randomness for a new key")?;
    let pair = Ed25519KeyPair::from_seed_unchecked(&seed).map_err(|e| e.to_string())?;
    let public = pair.public_key().as_ref();
    Ok(encode(&seed, public, check))
}

/// The OpenSSH encodings of a key (`openssh-key-v1`, unencrypted, no
/// comment), as `cryptography` writes them.
fn encode(seed: &[u8; 32], public: &[u8], check: [u8; 4]) -> Generated {
    let mut blob = Vec::new();
    put(&mut blob, b"ssh-ed25519");
    put(&mut blob, public);
    let mut secret = Vec::new();
    secret.extend_from_slice(&check);
    secret.extend_from_slice(&check);
    put(&mut secret, b"ssh-ed25519");
    put(&mut secret, public);
    let mut both = seed.to_vec();
    both.extend_from_slice(public);
    put(&mut secret, &both);
    put(&mut secret, b"");
    // Padded to the cipher's block (8 for none) with 1, 2, 3, ...
    let mut pad = 1u8;
    while secret.len() % 8 != 0 {
        secret.push(pad);
        pad += 1;
    }
    let mut key = b"openssh-key-v1\0".to_vec();
    put(&mut key, b"none");
    put(&mut key, b"none");
    put(&mut key, b"");
    key.extend_from_slice(&1u32.to_be_bytes());
    put(&mut key, &blob);
    put(&mut key, &secret);
    let text = STANDARD.encode(&key);
    let mut private_key = String::from("-----BEGIN OPENSSH PRIVATE KEY-----\n");
    for line in text.as_bytes().chunks(70) {
        private_key.push_str(std::str::from_utf8(line).expect("base64 is ASCII"));
        private_key.push('\n');
    }
    private_key.push_str("-----END OPENSSH PRIVATE KEY-----\n");
    Generated {
        private_key,
        public_key: format!("ssh-ed25519 {}", STANDARD.encode(&blob)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads an SSH string at `at`, moving past it.
    fn take<'a>(bytes: &'a [u8], at: &mut usize) -> &'a [u8] {
        let n = u32::from_be_bytes(bytes[*at..*at + 4].try_into().unwrap()) as usize;
        let s = &bytes[*at + 4..*at + 4 + n];
        *at += 4 + n;
        s
    }

    #[test]
    fn the_private_key_holds_the_public_key_and_signs_as_it() {
        let key = ed25519().unwrap();
        let body: String = key
            .private_key
            .lines()
            .filter(|l| !l.starts_with("-----"))
            .collect();
        assert!(
            key.private_key
                .lines()
                .all(|l| l.len() <= 70 || l.starts_with("-----"))
        );
        let bytes = STANDARD.decode(body).unwrap();
        assert!(bytes.starts_with(b"openssh-key-v1\0"));
        let mut at = 15;
        assert_eq!(take(&bytes, &mut at), b"none");
        assert_eq!(take(&bytes, &mut at), b"none");
        assert_eq!(take(&bytes, &mut at), b"");
        assert_eq!(&bytes[at..at + 4], &1u32.to_be_bytes());
        at += 4;
        let blob = take(&bytes, &mut at).to_vec();
        let secret = take(&bytes, &mut at).to_vec();
        assert_eq!(at, bytes.len());
        assert_eq!(
            key.public_key,
            format!("ssh-ed25519 {}", STANDARD.encode(&blob))
        );
        assert_eq!(secret[..4], secret[4..8]);
        assert_eq!(secret.len() % 8, 0);
        let mut s = 8;
        assert_eq!(take(&secret, &mut s), b"ssh-ed25519");
        let public = take(&secret, &mut s).to_vec();
        let both = take(&secret, &mut s).to_vec();
        assert_eq!(&both[32..], &public[..]);
        // The seed makes the same public key, and its signature checks.
        let pair = Ed25519KeyPair::from_seed_unchecked(&both[..32]).unwrap();
        assert_eq!(pair.public_key().as_ref(), &public[..]);
        let signature = pair.sign(b"oscope");
        let check = ring::signature::UnparsedPublicKey::new(&ring::signature::ED25519, &public);
        assert!(check.verify(b"oscope", signature.as_ref()).is_ok());
    }

    #[test]
    fn two_keys_differ() {
        assert_ne!(ed25519().unwrap().public_key, ed25519().unwrap().public_key);
    }
}
