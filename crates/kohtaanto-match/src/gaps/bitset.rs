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
//! one for remote and one per (language, level) asked ([`FilterBits`], made once per snapshot).
//! Postings with the same (region, remote, languages) share that set: their *filter class*
//! ([`ClassBits`]).

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

/// The parts of the hard filters per profile, for every region and language level the postings
/// of a snapshot ask for: built once per snapshot ([`super::Snapshot`] keeps them), so that the
/// filter classes of a few postings (an impact view's update) cost no pass over everyone.
#[derive(Debug, Clone, Default)]
pub(crate) struct FilterBits {
    /// Per region hash: profiles accepting it (or any region).
    regions: HashMap<u64, Vec<u64>>,
    /// Per (language, CEFR rank): profiles holding the language at that rank or above.
    languages: HashMap<(u64, u8), Vec<u64>>,
    /// Profiles accepting remote work.
    remote: Vec<u64>,
}

impl FilterBits {
    /// For the regions and language levels of `postings`.
    pub(crate) fn new(profiles: &[GapProfile], postings: &[GapPosting]) -> FilterBits {
        use rayon::prelude::*;
        let mut regions: Vec<u64> = postings.iter().map(|p| p.region_hash).collect();
        regions.sort_unstable();
        regions.dedup();
        let mut languages: Vec<(u64, u8)> =
            postings.iter().flat_map(|p| p.languages.iter().copied()).collect();
        languages.sort_unstable();
        languages.dedup();
        FilterBits {
            regions: regions.par_iter().map(|&r| (r, region_bits(profiles, r))).collect(),
            languages: languages.par_iter().map(|&l| (l, language_bits(profiles, l))).collect(),
            remote: profile_bits(profiles, |p| p.accepts_remote),
        }
    }
}

fn region_bits(profiles: &[GapProfile], region: u64) -> Vec<u64> {
    profile_bits(profiles, |p| p.accepted_regions.is_empty() || p.accepted_regions.contains(&region))
}

fn language_bits(profiles: &[GapProfile], (language, rank): (u64, u8)) -> Vec<u64> {
    profile_bits(profiles, |p| p.languages.iter().any(|&(held, r)| held == language && r >= rank))
}

impl ClassBits {
    /// Classes of `postings` (of `snapshot`), restricted to the profiles of `scope` (a bitset).
    pub(crate) fn new<'a>(
        snapshot: &super::Snapshot,
        postings: impl Iterator<Item = &'a GapPosting>,
        scope: &[u64],
    ) -> ClassBits {
        use rayon::prelude::*;
        use std::borrow::Cow;
        let profiles = &snapshot.profiles;
        let filters = snapshot.filter_bits();
        let mut index: HashMap<ClassKey, usize> = HashMap::new();
        let mut keys: Vec<ClassKey> = Vec::new();
        for posting in postings {
            let key = class_key(posting);
            if !index.contains_key(&key) {
                index.insert(key.clone(), keys.len());
                keys.push(key);
            }
        }
        let bits = keys
            .par_iter()
            .map(|(region, is_remote, langs)| {
                // Postings of another snapshot would miss the kept bitsets: made here then.
                let region = filters.regions.get(region).map_or_else(
                    || Cow::Owned(region_bits(profiles, *region)),
                    |b| Cow::Borrowed(b.as_slice()),
                );
                let mut out: Vec<u64> = scope
                    .iter()
                    .zip(region.iter())
                    .zip(&filters.remote)
                    .map(|((s, r), m)| s & (r | if *is_remote { *m } else { 0 }))
                    .collect();
                for language in langs.iter() {
                    let held = filters.languages.get(language).map_or_else(
                        || Cow::Owned(language_bits(profiles, *language)),
                        |b| Cow::Borrowed(b.as_slice()),
                    );
                    for (o, l) in out.iter_mut().zip(held.iter()) {
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
