//! Impact views: the exact ProgrammeImpact of one programme, kept up to date as the data
//! changes instead of recomputed per request.
//!
//! # Why
//! The exact answer is a count of (jobseeker, posting) pairs: a 12-week full-stack course gains
//! about 89 million of them among 100,000 postings and 300,000 profiles, and finding them takes
//! tens of seconds on two cores however the pairs are enumerated (see [`super::programme`]). But
//! whether a pair is gained depends only on the posting, the profile, the taught skills, the
//! match threshold and the year recency is counted in. So once the pairs are counted, a change
//! of a few postings or profiles changes only the pairs those take part in.
//!
//! # What a view holds
//! For one (taught skills, threshold, occupation group) it holds the snapshot it was counted on,
//! the time its postings' expiry was judged at, and per profile of that snapshot the matches
//! gained per region of the postings. [`ImpactView::impact`] answers any region and coach scope
//! from those counts (a pass over the profiles, no pair is looked at again);
//! [`ImpactView::update`] brings it to a newer snapshot and a later time:
//! - postings that were counted and are gone, changed or expired since: their pairs with every
//!   old profile are subtracted; postings new, changed or (clock going back) no longer expired:
//!   their pairs with every new profile are added;
//! - profiles gone or changed: their pairs with the old unchanged postings are subtracted; new
//!   or changed ones: their pairs with the new unchanged postings are added.
//!
//! Records are told apart by id and compared whole ([`GapPosting`] and [`GapProfile`] are what
//! scoring and the hard filters read), so an unchanged pair is counted exactly as before. When
//! the year changes every recency changes: the view is counted again. The tests compare views
//! brought through random changes with [`super::programme_impact`] on the final data.

use super::bitset::profile_bits;
use super::programme::{ProgrammeImpact, RegionGain, pairs_among};
use super::snapshot::{GapPosting, GapProfile, Scope, ScopeKeys, Snapshot, micros, region_hash};
use super::stop::{Stop, Stopped};
use crate::filters::isco_ok;
use chrono::{DateTime, Datelike, Utc};
use kohtaanto_taxonomy::{SkillIndex, Taxonomy};
// Ids of every profile are hashed on each update: the fast non-cryptographic hasher (already in
// the dependency tree) does it in a fraction of the default's time. Ids come from the store.
use rustc_hash::FxHashMap;
use std::collections::HashMap;
use std::sync::Arc;

/// What a view counts: a programme's taught skills at a threshold, in an occupation group.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ViewKey {
    /// Taught (skill, level), sorted.
    pub taught: Vec<(SkillIndex, u8)>,
    /// Bits of the match threshold.
    pub threshold_bits: u64,
    /// ISCO-08 prefix of the postings counted, if any.
    pub isco_prefix: Option<String>,
}

impl ViewKey {
    /// The key of taught skills (any order, repeats allowed), a threshold and an occupation group.
    pub fn new(taught: &[(SkillIndex, u8)], t: f64, isco_prefix: Option<&str>) -> ViewKey {
        let mut taught = taught.to_vec();
        taught.sort_unstable();
        taught.dedup();
        ViewKey { taught, threshold_bits: t.to_bits(), isco_prefix: isco_prefix.map(str::to_string) }
    }

    fn threshold(&self) -> f64 {
        f64::from_bits(self.threshold_bits)
    }
}

/// Gained (profile, region id) pairs and the snapshot whose region ids they carry.
type Found = (Vec<(u32, u32)>, Arc<Snapshot>);

/// The profiles that differ between two snapshots: gone or changed (old indexes), new or
/// changed (new indexes), and where each old profile is in the new snapshot (`u32::MAX`: gone
/// or changed). The same for every view brought from one snapshot to the other.
#[derive(Debug, Clone, Default)]
pub struct ProfileChanges {
    gone: Vec<usize>,
    added: Vec<usize>,
    moved: Vec<u32>,
}

impl ProfileChanges {
    fn between(old: &Snapshot, new: &Snapshot) -> ProfileChanges {
        let all_old: Vec<usize> = (0..old.profiles.len()).collect();
        let all_new: Vec<usize> = (0..new.profiles.len()).collect();
        let (gone, kept, added) =
            split_by_id(&old.profiles, &all_old, &new.profiles, &all_new, profile_id, PartialEq::eq);
        let mut moved = vec![u32::MAX; old.profiles.len()];
        for (o, n) in kept {
            moved[o] = n as u32;
        }
        ProfileChanges { gone, added, moved }
    }
}

/// The last [`ProfileChanges`] found, kept for the next view brought between the same two
/// snapshots (finding them hashes every profile id of both).
#[derive(Debug, Default)]
pub struct ChangeMemo(std::sync::Mutex<Option<Memo>>);

type Memo = (std::sync::Weak<Snapshot>, std::sync::Weak<Snapshot>, Arc<ProfileChanges>);

impl ChangeMemo {
    /// The changes from `old` to `new`, found now or by an earlier call.
    pub fn between(&self, old: &Arc<Snapshot>, new: &Arc<Snapshot>) -> Arc<ProfileChanges> {
        let mut memo = self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some((o, n, changes)) = memo.as_ref()
            && std::sync::Weak::ptr_eq(o, &Arc::downgrade(old))
            && std::sync::Weak::ptr_eq(n, &Arc::downgrade(new))
        {
            return changes.clone();
        }
        let changes = Arc::new(ProfileChanges::between(old, new));
        *memo = Some((Arc::downgrade(old), Arc::downgrade(new), changes.clone()));
        changes
    }
}

/// What an [`ImpactView::update`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ViewChange {
    /// Postings whose pairs were subtracted.
    pub postings_removed: usize,
    /// Postings whose pairs were added.
    pub postings_added: usize,
    /// Profiles whose pairs were subtracted.
    pub profiles_removed: usize,
    /// Profiles whose pairs were added.
    pub profiles_added: usize,
    /// Counted again from scratch (the year changed).
    pub recounted: bool,
}

impl ViewChange {
    /// Nothing changed.
    pub fn is_empty(&self) -> bool {
        *self == ViewChange::default()
    }
}

/// The exact impact of one programme on one snapshot, maintainable (module documentation).
#[derive(Debug, Clone)]
pub struct ImpactView {
    key: ViewKey,
    snapshot: Arc<Snapshot>,
    /// Postings not expired at this time (unix microseconds) are counted.
    at: i64,
    year: i32,
    /// Region names of the postings seen, in first-seen order, with their [`region_hash`].
    regions: Vec<(String, u64)>,
    region_index: HashMap<String, u32>,
    /// Per profile of `snapshot`: (index in `regions`, matches gained there), counts above zero.
    gains: Vec<Vec<(u32, u32)>>,
}

impl ImpactView {
    /// Count the view of `key` on `snapshot` at `now`: as long as [`super::programme_impact`].
    pub fn build(
        taxonomy: &Taxonomy,
        snapshot: Arc<Snapshot>,
        key: ViewKey,
        now: DateTime<Utc>,
        stop: &dyn Stop,
    ) -> Result<ImpactView, Stopped> {
        let mut view = ImpactView {
            key,
            gains: vec![Vec::new(); snapshot.profiles.len()],
            snapshot,
            at: micros(now),
            year: now.year(),
            regions: Vec::new(),
            region_index: HashMap::new(),
        };
        let postings = view.counted(&view.snapshot, view.at);
        let everyone = all_profiles(&view.snapshot);
        let pairs = view.pairs(taxonomy, &view.snapshot, &postings, &everyone, stop)?;
        let snapshot = view.snapshot.clone();
        view.apply(&snapshot.region_names, &pairs, true);
        Ok(view)
    }

    /// What the view counts.
    pub fn key(&self) -> &ViewKey {
        &self.key
    }

    /// The snapshot the counts are of.
    pub fn snapshot(&self) -> &Arc<Snapshot> {
        &self.snapshot
    }

    /// Bring the view to `snapshot` at `now` (module documentation). On [`Stopped`] the view is
    /// unchanged.
    pub fn update(
        &mut self,
        taxonomy: &Taxonomy,
        snapshot: &Arc<Snapshot>,
        now: DateTime<Utc>,
        changes: &ChangeMemo,
        stop: &dyn Stop,
    ) -> Result<ViewChange, Stopped> {
        if now.year() != self.year {
            *self = ImpactView::build(taxonomy, snapshot.clone(), self.key.clone(), now, stop)?;
            return Ok(ViewChange { recounted: true, ..ViewChange::default() });
        }
        let at = micros(now);
        let old = self.snapshot.clone();
        let (old_postings, new_postings) = (self.counted(&old, self.at), self.counted(snapshot, at));
        let same_snapshot = Arc::ptr_eq(&old, snapshot);
        let (postings_gone, postings_kept, postings_new) = if same_snapshot {
            split_same(&old_postings, &new_postings)
        } else {
            split_by_id(
                &old.postings,
                &old_postings,
                &snapshot.postings,
                &new_postings,
                posting_id,
                same_posting,
            )
        };
        let profiles =
            if same_snapshot { Arc::new(ProfileChanges::default()) } else { changes.between(&old, snapshot) };
        let (profiles_gone, profiles_new) = (&profiles.gone, &profiles.added);
        let change = ViewChange {
            postings_removed: postings_gone.len(),
            postings_added: postings_new.len(),
            profiles_removed: profiles_gone.len(),
            profiles_added: profiles_new.len(),
            recounted: false,
        };
        if change.is_empty() && same_snapshot {
            self.at = at;
            return Ok(change);
        }
        // Everything is found before anything is changed, so a stop leaves the view as it was.
        let old_kept: Vec<usize> = postings_kept.iter().map(|&(o, _)| o).collect();
        let new_kept: Vec<usize> = postings_kept.iter().map(|&(_, n)| n).collect();
        let removed = [
            (self.pairs(taxonomy, &old, &postings_gone, &all_profiles(&old), stop)?, old.clone()),
            self.changed_profile_pairs(taxonomy, &old, &old_kept, profiles_gone, stop)?,
        ];
        let added = [
            (self.pairs(taxonomy, snapshot, &postings_new, &all_profiles(snapshot), stop)?, snapshot.clone()),
            self.changed_profile_pairs(taxonomy, snapshot, &new_kept, profiles_new, stop)?,
        ];
        for (pairs, found_on) in &removed {
            self.apply(&found_on.region_names, pairs, false);
        }
        if !same_snapshot {
            self.move_to(snapshot, &profiles.moved);
        }
        for (pairs, found_on) in &added {
            self.apply(&found_on.region_names, pairs, true);
        }
        self.at = at;
        Ok(change)
    }

    /// The impact in `scope`: its region and coach, the occupation group being the view's.
    pub fn impact(&self, scope: &Scope) -> ProgrammeImpact {
        let keys = ScopeKeys::new(scope);
        let region = scope.region.as_deref().map(region_hash);
        let wanted: Vec<bool> =
            self.regions.iter().map(|&(_, hash)| region.is_none_or(|r| r == hash)).collect();
        let mut per_region = vec![(0_u32, 0_u32); self.regions.len()];
        let (mut jobseekers, mut matches) = (0_u32, 0_u32);
        for (profile, gains) in self.snapshot.profiles.iter().zip(&self.gains) {
            if gains.is_empty() || !keys.profile(profile) {
                continue;
            }
            let mut gained = 0;
            for &(r, count) in gains {
                if wanted[r as usize] {
                    per_region[r as usize].0 += 1;
                    per_region[r as usize].1 += count;
                    gained += count;
                }
            }
            if gained > 0 {
                jobseekers += 1;
                matches += gained;
            }
        }
        let mut regions: Vec<RegionGain> = self
            .regions
            .iter()
            .zip(per_region)
            .filter(|(_, (people, _))| *people > 0)
            .map(|((name, _), (jobseekers, matches))| RegionGain {
                region: name.clone(),
                jobseekers,
                matches,
            })
            .collect();
        regions.sort_by(|a, b| a.region.cmp(&b.region));
        ProgrammeImpact { jobseekers_gaining: jobseekers, matches_gained: matches, regions }
    }

    /// Postings of `snapshot` the view counts at `at`: in the occupation group, not expired.
    fn counted(&self, snapshot: &Snapshot, at: i64) -> Vec<usize> {
        let isco: Vec<String> = self.key.isco_prefix.iter().cloned().collect();
        (0..snapshot.postings.len())
            .filter(|&j| {
                let posting = &snapshot.postings[j];
                !posting.is_expired(at) && isco_ok(&posting.isco, &isco)
            })
            .collect()
    }

    fn pairs(
        &self,
        taxonomy: &Taxonomy,
        snapshot: &Snapshot,
        postings: &[usize],
        profiles: &[u64],
        stop: &dyn Stop,
    ) -> Result<Vec<(u32, u32)>, Stopped> {
        if postings.is_empty() {
            return Ok(Vec::new());
        }
        pairs_among(
            taxonomy,
            snapshot,
            postings,
            profiles,
            &self.key.taught,
            self.key.threshold(),
            self.year,
            stop,
        )
    }

    /// The gained pairs of `postings` with the `profiles` of `snapshot`, found on a snapshot of
    /// their own: the word kernel then runs over a few words per posting instead of skipping
    /// through the words of everyone. Profile indexes are mapped back to `snapshot`'s; region
    /// ids are those of the returned snapshot.
    fn changed_profile_pairs(
        &self,
        taxonomy: &Taxonomy,
        snapshot: &Snapshot,
        postings: &[usize],
        profiles: &[usize],
        stop: &dyn Stop,
    ) -> Result<Found, Stopped> {
        if postings.is_empty() || profiles.is_empty() {
            return Ok((Vec::new(), Arc::new(Snapshot::new(taxonomy, Vec::new(), Vec::new()))));
        }
        // The engine never reads profile ids: the copies carry their index in `snapshot`
        // instead, through the reordering of `Snapshot::new`.
        let copies = profiles
            .iter()
            .map(|&p| GapProfile { id: p.to_string(), ..snapshot.profiles[p].clone() })
            .collect();
        let own =
            Snapshot::new(taxonomy, postings.iter().map(|&j| snapshot.postings[j].clone()).collect(), copies);
        let everything: Vec<usize> = (0..own.postings.len()).collect();
        let mut pairs = self.pairs(taxonomy, &own, &everything, &all_profiles(&own), stop)?;
        for pair in &mut pairs {
            pair.0 = own.profiles[pair.0 as usize].id.parse().unwrap_or(u32::MAX);
        }
        Ok((pairs, Arc::new(own)))
    }

    /// Add (or subtract) (profile, region id) pairs: profiles of the view's snapshot, regions
    /// numbered as in `region_names`.
    fn apply(&mut self, region_names: &[String], pairs: &[(u32, u32)], add: bool) {
        // The view's number of each region id (millions of pairs, a few dozen regions).
        let regions: Vec<u32> = region_names
            .iter()
            .map(|name| match self.region_index.get(name) {
                Some(&r) => r,
                None => {
                    let r = self.regions.len() as u32;
                    self.regions.push((name.clone(), region_hash(name)));
                    self.region_index.insert(name.clone(), r);
                    r
                }
            })
            .collect();
        for &(profile, region_id) in pairs {
            let Some(&region) = regions.get(region_id as usize) else { continue };
            let Some(gains) = self.gains.get_mut(profile as usize) else { continue };
            match gains.iter().position(|&(r, _)| r == region) {
                Some(i) if add => gains[i].1 += 1,
                Some(i) => {
                    gains[i].1 -= 1;
                    if gains[i].1 == 0 {
                        gains.swap_remove(i);
                    }
                }
                None if add => gains.push((region, 1)),
                // A subtraction always follows the addition of the same pair.
                None => debug_assert!(false, "a pair subtracted that was never added"),
            }
        }
    }

    /// Carry the counts of profiles present in both snapshots over to `snapshot`. Profiles gone
    /// or changed have none left: their pairs were subtracted.
    fn move_to(&mut self, snapshot: &Arc<Snapshot>, moved: &[u32]) {
        let mut gains = vec![Vec::new(); snapshot.profiles.len()];
        for (old, counts) in std::mem::take(&mut self.gains).into_iter().enumerate() {
            if counts.is_empty() {
                continue;
            }
            if let Some(slot) = moved.get(old).and_then(|&new| gains.get_mut(new as usize)) {
                *slot = counts;
            }
        }
        self.gains = gains;
        self.snapshot = snapshot.clone();
    }
}

fn posting_id(posting: &GapPosting) -> &str {
    &posting.id
}

/// Equal but for the region id, which is the snapshot's numbering of the region names.
fn same_posting(a: &GapPosting, b: &GapPosting) -> bool {
    a.id == b.id
        && a.region == b.region
        && a.region_hash == b.region_hash
        && a.work_mode == b.work_mode
        && a.languages == b.languages
        && a.isco == b.isco
        && a.posted_at == b.posted_at
        && a.expires_at == b.expires_at
        && a.requirements == b.requirements
}

fn profile_id(profile: &GapProfile) -> &str {
    &profile.id
}

fn all_profiles(snapshot: &Snapshot) -> Vec<u64> {
    profile_bits(&snapshot.profiles, |_| true)
}

/// Same records, different selections (ascending indexes): (only in `old`, in both as
/// (old, new) index pairs, only in `new`), by one merge of the two lists.
fn split_same(old: &[usize], new: &[usize]) -> (Vec<usize>, Vec<(usize, usize)>, Vec<usize>) {
    let (mut gone, mut kept, mut fresh) = (Vec::new(), Vec::new(), Vec::new());
    let (mut o, mut n) = (old.iter().peekable(), new.iter().peekable());
    loop {
        match (o.peek(), n.peek()) {
            (Some(&&a), Some(&&b)) if a == b => {
                kept.push((a, a));
                o.next();
                n.next();
            }
            (Some(&&a), Some(&&b)) if a < b => {
                gone.push(a);
                o.next();
            }
            (_, Some(&&b)) => {
                fresh.push(b);
                n.next();
            }
            (Some(&&a), None) => {
                gone.push(a);
                o.next();
            }
            (None, None) => return (gone, kept, fresh),
        }
    }
}

/// Selected records of two snapshots told apart by id and compared whole: (old ones gone or
/// changed, unchanged ones as (old, new) index pairs, new ones new or changed). An id held by
/// more than one record of a snapshot counts as changed.
fn split_by_id<T>(
    old: &[T],
    old_selected: &[usize],
    new: &[T],
    new_selected: &[usize],
    id: impl Fn(&T) -> &str,
    same: impl Fn(&T, &T) -> bool,
) -> (Vec<usize>, Vec<(usize, usize)>, Vec<usize>) {
    let mut old_by_id: FxHashMap<&str, Option<usize>> = FxHashMap::default();
    old_by_id.reserve(old_selected.len());
    for &i in old_selected {
        old_by_id.entry(id(&old[i])).and_modify(|seen| *seen = None).or_insert(Some(i));
    }
    let mut new_count: FxHashMap<&str, usize> = FxHashMap::default();
    new_count.reserve(new_selected.len());
    for &i in new_selected {
        *new_count.entry(id(&new[i])).or_insert(0) += 1;
    }
    let mut kept = Vec::new();
    let mut fresh = Vec::new();
    let mut kept_old = vec![false; old.len()];
    for &n in new_selected {
        let key = id(&new[n]);
        match old_by_id.get(key) {
            Some(&Some(o)) if new_count[key] == 1 && same(&old[o], &new[n]) => {
                kept.push((o, n));
                kept_old[o] = true;
            }
            _ => fresh.push(n),
        }
    }
    let gone = old_selected.iter().copied().filter(|&o| !kept_old[o]).collect();
    (gone, kept, fresh)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_by_id_tells_unchanged_changed_gone_and_new_apart() {
        let strings = |s: &[&str]| s.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let old = strings(&["a1", "b1", "c1", "d1", "d2"]);
        let new = strings(&["b1", "c2", "e1", "a1", "d1"]);
        // `split_by_id` asks for `Fn(&T) -> &str` with `T` the record type, here `String`.
        #[allow(clippy::ptr_arg)]
        fn id(s: &String) -> &str {
            &s[..1]
        }
        let all = |n: usize| (0..n).collect::<Vec<_>>();
        let (gone, kept, fresh) = split_by_id(&old, &all(5), &new, &all(5), id, |a, b| a == b);
        // c changed, d was duplicated in the old snapshot.
        assert_eq!(gone, vec![2, 3, 4]);
        assert_eq!(kept, vec![(1, 0), (0, 3)]);
        assert_eq!(fresh, vec![1, 2, 4]);
        // Selections: an old record not selected before is new if selected now.
        let (gone, kept, fresh) = split_by_id(&old, &[0], &new, &[3, 0], id, |a, b| a == b);
        assert_eq!((gone, kept, fresh), (vec![], vec![(0, 3)], vec![0]));
    }

    #[test]
    fn split_same_compares_selections() {
        assert_eq!(split_same(&[1, 2, 5], &[2, 5, 7]), (vec![1], vec![(2, 2), (5, 5)], vec![7]));
        assert_eq!(split_same(&[1, 4, 9], &[2]), (vec![1, 4, 9], vec![], vec![2]));
        assert_eq!(split_same(&[], &[3]), (vec![], vec![], vec![3]));
    }
}
