//! The URL hash: a shareable link that reopens a scenario.
//!
//! ```text
//! hash = "v2." base64url( payload ‖ crc16(payload) )      no padding, alphabet A–Z a–z 0–9 - _
//! ```
//! URL-safe in a fragment without percent-encoding, deterministic (equal scenarios give the same
//! string: decimals are normalised, sets and maps are ordered) and compact: a hand-packed binary
//! payload rather than compressed JSON, so there is no decompression step and no zip bomb.
//! `crc16` is CRC-16/CCITT-FALSE, big-endian, so a truncated or mistyped link is reported as
//! damaged instead of opening a different scenario; it stays hand-written because it is twelve
//! lines and no crate is smaller. Links are written as [`v2`] (keyed fields); [`v1`] links
//! (positional, the first release) are read by a frozen reader and keep opening forever.
//!
//! Decoding accepts a bare hash, one with a leading `#`, or a whole pasted URL (the part after
//! `#`), ignoring punctuation and white space after it (the end of a sentence); at most [`MAX_HASH_CHARS`] characters; every count is bounded by the bytes left,
//! trailing bytes are refused, and nothing panics on hostile input. The result is validated
//! like a file ([`super::validate`]).
use crate::i18n::k;
mod v1;
mod v2;
pub(super) mod wire;

use super::Opened;
use crate::domain::catalog::Catalog;
use crate::domain::custom::SharedCustom;
use crate::domain::problem::Problem;
use crate::domain::scenario::Scenario;
use crate::domain::shelf::Shelf;
use crate::i18n::Message;

/// Prefix of the format this build writes.
pub const HASH_PREFIX: &str = v2::PREFIX;
/// Longest hash accepted, checked before anything is decoded.
pub const MAX_HASH_CHARS: usize = 8 * 1024;

/// The link form of `s` (without `#`), without custom products.
pub fn encode_hash(s: &Scenario) -> String {
    encode_link(s, &[])
}

/// The link form of `s` carrying the custom products it selects, so it opens elsewhere.
pub fn encode_link(s: &Scenario, custom: &[SharedCustom]) -> String {
    encode_all(s, &Shelf::default(), custom)
}

/// The link form of the active scenario `s` and the other scenarios on `shelf` (issue 24).
pub fn encode_all(s: &Scenario, shelf: &Shelf, custom: &[SharedCustom]) -> String {
    let mut payload = v2::write_all(s, shelf, custom);
    let crc = crc16(&payload);
    payload.extend_from_slice(&crc.to_be_bytes());
    format!("{HASH_PREFIX}{}", base64url::encode(&payload))
}

/// Reads a link (bare, with `#`, or a whole URL) back into a validated scenario, with notices
/// about what a newer version put in it that this one does not know.
pub fn decode_link(hash: &str, catalog: &Catalog) -> Result<Opened, Vec<Problem>> {
    let whole = |key: crate::i18n::Key| vec![Problem::whole(Message::new(key))];
    let mut h = hash.trim();
    if let Some(i) = h.find('#') {
        h = &h[i + 1..];
    }
    // A link pasted from a sentence or a list brings the punctuation after it ("…see
    // https://…#v2.AbC." or "(…#v2.AbC)"). None of these characters is in a link's alphabet
    // (base64url; the `.` of the prefix comes first), so dropping them never changes a link.
    h = h.trim_end_matches(|c: char| c.is_whitespace() || ".,;:!?)]}>'\"\u{201d}\u{2019}\u{bb}".contains(c));
    if h.len() > MAX_HASH_CHARS {
        return Err(vec![Problem::whole(Message::new(&k::SHARE_ERR_LINK_TOO_LONG).count("max", MAX_HASH_CHARS))]);
    }
    if h.is_empty() {
        return Err(whole(&k::SHARE_ERR_LINK_EMPTY));
    }
    type Reader = fn(&[u8]) -> wire::Read<v2::Decoded>;
    let (reader, data): (Reader, &str) = if let Some(d) = h.strip_prefix(v1::PREFIX) {
        (
            |p| {
                v1::read(p).map(|scenario| v2::Decoded {
                    scenario,
                    shelf: Shelf::default(),
                    notices: Vec::new(),
                    custom: Vec::new(),
                })
            },
            d,
        )
    } else if let Some(d) = h.strip_prefix(v2::PREFIX) {
        (v2::read, d)
    } else {
        // "v3." and later: made by a newer version; anything else is not one of our links.
        let version = h.strip_prefix('v').and_then(|r| r.split_once('.')).map(|(v, _)| v);
        return Err(match version {
            Some(v) if !v.is_empty() && v.len() <= 6 && v.bytes().all(|b| b.is_ascii_digit()) => {
                vec![Problem::whole(Message::new(&k::SHARE_ERR_LINK_VERSION).arg("version", v))]
            }
            _ => whole(&k::SHARE_ERR_LINK_DAMAGED),
        });
    };
    let bytes = base64url::decode(data).ok_or_else(|| whole(&k::SHARE_ERR_LINK_DAMAGED))?;
    if bytes.len() < 2 {
        return Err(whole(&k::SHARE_ERR_LINK_DAMAGED));
    }
    let (payload, crc) = bytes.split_at(bytes.len() - 2);
    if crc16(payload).to_be_bytes() != crc {
        return Err(whole(&k::SHARE_ERR_LINK_DAMAGED));
    }
    let d = reader(payload).map_err(|wire::Damaged| whole(&k::SHARE_ERR_LINK_DAMAGED))?;
    // A link has no names for its parts: a scenario is named by its place among all of them.
    let at = |shelf: &Shelf, i: usize| format!("scenarios[{}]", if i < shelf.position { i } else { i + 1 });
    super::open_all(d.scenario, d.shelf, d.notices, &d.custom, catalog, at)
}

/// Decodes raw payload bytes as a link of the format `prefix` (`v1.`, `v2.`), checksum added:
/// lets the fuzzer and tests reach the parsers behind the CRC.
pub fn decode_payload(prefix: &str, payload: &[u8], catalog: &Catalog) -> Result<Opened, Vec<Problem>> {
    let mut b = payload.to_vec();
    b.extend_from_slice(&crc16(payload).to_be_bytes());
    decode_link(&format!("{prefix}{}", base64url::encode(&b)), catalog)
}

/// As [`decode_link`], without the notices.
pub fn decode_hash(hash: &str, catalog: &Catalog) -> Result<Scenario, Vec<Problem>> {
    decode_link(hash, catalog).map(|o| o.scenario)
}

/// CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF).
pub(super) fn crc16(data: &[u8]) -> u16 {
    let mut crc: u16 = 0xFFFF;
    for &b in data {
        crc ^= (b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { (crc << 1) ^ 0x1021 } else { crc << 1 };
        }
    }
    crc
}

/// Test access to the raw payload layer (links built by hand).
#[cfg(test)]
pub(super) fn raw_link(prefix: &str, payload: &[u8]) -> String {
    let mut b = payload.to_vec();
    b.extend_from_slice(&crc16(payload).to_be_bytes());
    format!("{prefix}{}", base64url::encode(&b))
}

#[cfg(test)]
pub(super) fn v2_payload(s: &Scenario) -> Vec<u8> {
    v2::write(s)
}

/// base64url (RFC 4648 §5) without padding. Decoding is strict: only the alphabet, no length that
/// cannot occur, and unused trailing bits must be zero, so each byte string has one spelling.
/// Hand-written rather than the `base64` crate: with that crate (0.22, URL_SAFE, no padding,
/// trailing bits refused) the release wasm measured 8,338 bytes larger (2,964 gzip).
pub(super) mod base64url {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    pub fn encode(bytes: &[u8]) -> String {
        let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
        for chunk in bytes.chunks(3) {
            let n = chunk.iter().enumerate().fold(0u32, |acc, (i, &b)| acc | (b as u32) << (16 - 8 * i));
            for i in 0..=chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            }
        }
        out
    }

    fn value(c: u8) -> Option<u32> {
        ALPHABET.iter().position(|&a| a == c).map(|v| v as u32)
    }

    pub fn decode(text: &str) -> Option<Vec<u8>> {
        let input = text.as_bytes();
        if input.len() % 4 == 1 {
            return None;
        }
        let mut out = Vec::with_capacity(input.len() / 4 * 3 + 2);
        for chunk in input.chunks(4) {
            let mut n = 0u32;
            for (i, &c) in chunk.iter().enumerate() {
                n |= value(c)? << (18 - 6 * i);
            }
            let bytes = chunk.len() - 1;
            // Bits below the last whole byte must be zero (canonical form).
            if n & ((1 << (24 - 8 * bytes)) - 1) != 0 {
                return None;
            }
            out.extend((0..bytes).map(|i| (n >> (16 - 8 * i)) as u8));
        }
        Some(out)
    }
}

#[cfg(test)]
pub(super) fn v2_read(payload: &[u8]) -> Option<(Scenario, Vec<Problem>)> {
    v2::read(payload).ok().map(|d| (d.scenario, d.notices))
}
