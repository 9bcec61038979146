//! Sets of profiles as bitsets (bit `p` = profile `p` of the snapshot), the representation
//! that makes the pairwise questions of MarketGaps and ProgrammeImpact linear in the data.
//!
//! # Why bitsets
//! Both questions ask, per demand posting, which profiles credit all (or all but a few) of its
//! requirements. Scanning the inverted lists of the rarest requirements still touches a large
//! share of all profiles per posting (in generated data a profile credits ~70 of ~700 skills,
//! so even the rarest requirement of a posting is credited by several percent of everyone), and
//! then verifies each one: postings x profiles work with a large constant. With one bitset per
//! skill ([`super::Snapshot::credit_bits`]) the same test is a few word operations per 64
//! profiles, and with the profiles split in blocks ([`BLOCK_WORDS`]) the bitsets of every skill
//! for one block stay in cache while all postings are evaluated against it.
//!
//! # Hard filters as bitsets
//! [`pair_ok`](super::snapshot::pair_ok) is region-or-remote and languages. Its parts are
//! independent per profile, so the set of profiles passing it for a posting is
//! `scope & (region(r) | remote) & lang(l1) & lang(l2) ...`, built from one bitset per region,
//! one for remote and one per (language, level) asked ([`ClassBits`]). Postings with the same
//! (region, remote, languages) share that set: their *filter class*.

use super::snapshot::{GapPosting, GapProfile};
use std::collections::HashMap;

/// Words of a block of profiles processed together (256 words = 16,384 profiles).
pub(crate) const BLOCK_WORDS: usize = 256;

/// Words needed for `bits` bits.
pub(crate) fn words(bits: usize) -> usize {
    bits.div_ceil(64)
}

/// Bitset of the profiles satisfying `keep`.
pub(crate) fn profile_bits(profiles: &[GapProfile], keep: impl Fn(&GapProfile) -> bool) -> Vec<u64> {
    let mut bits = vec![0_u64; words(profiles.len())];
    for (p, profile) in profiles.iter().enumerate() {
        if keep(profile) {
            bits[p / 64] |= 1 << (p % 64);
        }
    }
    bits
}

/// Bitset of the profiles of `within` (a bitset) satisfying `keep`; the others are not looked
/// at (a few changed profiles need not cost a pass over everyone).
pub(crate) fn profile_bits_within(
    profiles: &[GapProfile],
    within: &[u64],
    keep: impl Fn(&GapProfile) -> bool,
) -> Vec<u64> {
    let mut bits = vec![0_u64; words(profiles.len())];
    for (w, &word) in within.iter().enumerate() {
        each_bit(w, word, |p| {
            if profiles.get(p).is_some_and(&keep) {
                bits[w] |= 1 << (p % 64);
            }
        });
    }
    bits
}

/// What the built-in hard filters look at in a posting.
pub(crate) type ClassKey = (u64, bool, Box<[(u64, u8)]>);

/// The filter class of a posting.
pub(crate) fn class_key(posting: &GapPosting) -> ClassKey {
    let mut languages = posting.languages.clone();
    languages.sort_unstable();
    (posting.region_hash, posting.remote(), languages)
}

/// For a set of postings: per filter class, the profiles in scope passing the hard filters.
pub(crate) struct ClassBits {
    /// Class of each key.
    index: HashMap<ClassKey, usize>,
    /// Bitset of each class.
    pub(crate) bits: Vec<Vec<u64>>,
}

impl ClassBits {
    /// Classes of `postings`, restricted to the profiles of `scope` (a bitset).
    pub(crate) fn new<'a>(
        profiles: &[GapProfile],
        postings: impl Iterator<Item = &'a GapPosting>,
        scope: &[u64],
    ) -> ClassBits {
        use rayon::prelude::*;
        let mut index: HashMap<ClassKey, usize> = HashMap::new();
        let mut keys: Vec<ClassKey> = Vec::new();
        for posting in postings {
            let key = class_key(posting);
            if !index.contains_key(&key) {
                index.insert(key.clone(), keys.len());
                keys.push(key);
            }
        }
        let mut regions: Vec<u64> = keys.iter().map(|k| k.0).collect();
        regions.sort_unstable();
        regions.dedup();
        let mut languages: Vec<(u64, u8)> = keys.iter().flat_map(|k| k.2.iter().copied()).collect();
        languages.sort_unstable();
        languages.dedup();
        let region_bits: HashMap<u64, Vec<u64>> = regions
            .par_iter()
            .map(|&r| {
                (
                    r,
                    profile_bits_within(profiles, scope, |p| {
                        p.accepted_regions.is_empty() || p.accepted_regions.contains(&r)
                    }),
                )
            })
            .collect();
        let language_bits: HashMap<(u64, u8), Vec<u64>> = languages
            .par_iter()
            .map(|&(l, rank)| {
                let holds = |p: &GapProfile| p.languages.iter().any(|&(h, r)| h == l && r >= rank);
                ((l, rank), profile_bits_within(profiles, scope, holds))
            })
            .collect();
        let remote = profile_bits_within(profiles, scope, |p| p.accepts_remote);
        let bits = keys
            .par_iter()
            .map(|(region, is_remote, langs)| {
                let region = &region_bits[region];
                let mut out: Vec<u64> = scope
                    .iter()
                    .zip(region)
                    .zip(&remote)
                    .map(|((s, r), m)| s & (r | if *is_remote { *m } else { 0 }))
                    .collect();
                for language in langs.iter() {
                    for (o, l) in out.iter_mut().zip(&language_bits[language]) {
                        *o &= l;
                    }
                }
                out
            })
            .collect();
        ClassBits { index, bits }
    }

    /// Class of a posting given to [`ClassBits::new`].
    pub(crate) fn class_of(&self, posting: &GapPosting) -> usize {
        self.index.get(&class_key(posting)).copied().unwrap_or(0)
    }
}

/// Bits `0..64` of `word` that are set, as profile indexes of word `w`.
pub(crate) fn each_bit(w: usize, mut word: u64, mut f: impl FnMut(usize)) {
    while word != 0 {
        let bit = word.trailing_zeros() as usize;
        f(w * 64 + bit);
        word &= word - 1;
    }
}
