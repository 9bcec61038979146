//! Encodings of the values the matching collector reads from tantivy fast fields.
//!
//! Each requirement, held skill and language becomes one `u64`, so that a document's scoring
//! inputs are a few multi-valued u64 columns. Region and coach names are stored as stable hashes
//! of their normalised form: the collector compares them for equality only.

use kohtaanto_domain::{Importance, LanguageLevel};
use kohtaanto_match::{CompactRequirement, CompactSkill};

/// FNV-1a 64 of the text: stable across builds and platforms (hashes are persisted in the index).
pub fn stable_hash(text: &str) -> u64 {
    kohtaanto_taxonomy::load::stable_hash(text.as_bytes())
}

/// Hash of a region name after [`kohtaanto_match::filters::region_key`].
pub fn region_hash(region: &str) -> u64 {
    stable_hash(&kohtaanto_match::filters::region_key(region))
}

/// Requirement: skill index (bits 8..), importance (bit 4), min level (bits 0..4).
pub fn encode_requirement(r: &CompactRequirement) -> u64 {
    let importance = match r.importance {
        Importance::Required => 0,
        Importance::NiceToHave => 1,
    };
    (u64::from(r.skill) << 8) | (importance << 4) | u64::from(r.min_level & 0x0f)
}

/// Inverse of [`encode_requirement`].
pub fn decode_requirement(code: u64) -> CompactRequirement {
    CompactRequirement {
        skill: (code >> 8) as u32,
        importance: if (code >> 4) & 1 == 1 { Importance::NiceToHave } else { Importance::Required },
        min_level: (code & 0x0f) as u8,
    }
}

/// Held skill: skill index (bits 24..), level (bits 16..24), last-used year or 0 (bits 0..16).
pub fn encode_skill(s: &CompactSkill) -> u64 {
    let year = s.last_used_year.map_or(0, |y| y.clamp(1, i32::from(u16::MAX)) as u64);
    (u64::from(s.skill) << 24) | (u64::from(s.level) << 16) | year
}

/// Inverse of [`encode_skill`].
pub fn decode_skill(code: u64) -> CompactSkill {
    let year = (code & 0xffff) as i32;
    CompactSkill {
        skill: (code >> 24) as u32,
        level: ((code >> 16) & 0xff) as u8,
        last_used_year: (year != 0).then_some(year),
    }
}

/// Language: the two ASCII bytes of the ISO code (bits 8..24) and the CEFR rank (bits 0..8).
pub fn encode_language(l: &LanguageLevel) -> u64 {
    (language_key(&l.language) << 8) | u64::from(l.level.rank())
}

/// The key a language code is compared by.
pub fn language_key(code: &str) -> u64 {
    code.bytes().take(2).fold(0_u64, |acc, b| (acc << 8) | u64::from(b))
}

/// Inverse of [`encode_language`]: (language key, CEFR rank).
pub fn decode_language(code: u64) -> (u64, u8) {
    (code >> 8, (code & 0xff) as u8)
}

/// ISCO code as (number of digits << 16 | value); 0 when absent or not digits.
pub fn encode_isco(code: &str) -> u64 {
    if code.is_empty() || code.len() > 4 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return 0;
    }
    let value: u64 = code.bytes().fold(0, |acc, b| acc * 10 + u64::from(b - b'0'));
    ((code.len() as u64) << 16) | value
}

/// Does an encoded ISCO code start with the digits of an encoded prefix?
pub fn isco_has_prefix(code: u64, prefix: u64) -> bool {
    let (code_len, code_value) = ((code >> 16) as u32, code & 0xffff);
    let (prefix_len, prefix_value) = ((prefix >> 16) as u32, prefix & 0xffff);
    code_len != 0
        && prefix_len != 0
        && code_len >= prefix_len
        && code_value / 10_u64.pow(code_len - prefix_len) == prefix_value
}

#[cfg(test)]
mod tests {
    use super::*;
    use kohtaanto_domain::Cefr;

    #[test]
    fn round_trips() {
        let r = CompactRequirement { skill: 431, importance: Importance::NiceToHave, min_level: 4 };
        assert_eq!(decode_requirement(encode_requirement(&r)), r);
        let s = CompactSkill { skill: 7, level: 5, last_used_year: Some(2011) };
        assert_eq!(decode_skill(encode_skill(&s)), s);
        let s = CompactSkill { skill: 70_000, level: 1, last_used_year: None };
        assert_eq!(decode_skill(encode_skill(&s)), s);
        let l = LanguageLevel { language: "fi".into(), level: Cefr::B2 };
        assert_eq!(decode_language(encode_language(&l)), (language_key("fi"), 4));
    }

    #[test]
    fn isco_prefixes() {
        assert!(isco_has_prefix(encode_isco("2512"), encode_isco("25")));
        assert!(isco_has_prefix(encode_isco("2512"), encode_isco("2512")));
        assert!(!isco_has_prefix(encode_isco("2512"), encode_isco("26")));
        assert!(isco_has_prefix(encode_isco("0110"), encode_isco("0")));
        assert!(!isco_has_prefix(encode_isco("0110"), encode_isco("1")));
        assert!(!isco_has_prefix(0, encode_isco("2")));
        assert_eq!(encode_isco("25x"), 0);
    }

    #[test]
    fn hashes_are_stable_and_normalised() {
        assert_eq!(region_hash(" Uusimaa "), region_hash("uusimaa"));
        assert_ne!(region_hash("uusimaa"), region_hash("pirkanmaa"));
        assert_eq!(stable_hash(""), 0xcbf2_9ce4_8422_2325);
    }
}
