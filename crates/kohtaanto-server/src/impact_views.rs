//! The server's impact views ([`kohtaanto_match::gaps::view`]): exact ProgrammeImpact counts
//! per (taught skills, threshold, occupation group), kept up to date instead of recounted per
//! request.
//!
//! The first exact request for a programme counts its view (as long as counting the answer
//! directly); later requests bring the view to the current gap snapshot and time, which costs
//! only the postings and profiles that changed, and answer their region and coach scope from
//! it. The server's warming task brings every view to each new gap snapshot, so requests
//! normally find them current, and (with `gaps.warm_programme_views`) counts the views of the
//! stored programmes at the configured threshold in advance, while there is room, so that a
//! planner's first question about them is answered from a view too. At most `gaps.impact_views`
//! views are kept (the least recently used one goes first); 0 counts every request directly.

use chrono::{DateTime, Utc};
use kohtaanto_match::gaps::{
    self, ChangeMemo, ImpactView, ProgrammeImpact, Scope, Snapshot, Stop, Stopped, ViewKey,
};
use kohtaanto_taxonomy::{SkillIndex, Taxonomy};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

/// One view, or none yet while the first request counts it.
type Slot = Arc<Mutex<Option<ImpactView>>>;

/// The views of one service.
pub(crate) struct ImpactViews {
    capacity: usize,
    slots: Mutex<Vec<(ViewKey, Slot, u64)>>,
    clock: AtomicU64,
    /// Profile changes between the last two snapshots, found once for all views.
    changes: ChangeMemo,
}

impl ImpactViews {
    /// Keeping at most `capacity` views.
    pub(crate) fn new(capacity: usize) -> ImpactViews {
        ImpactViews {
            capacity,
            slots: Mutex::new(Vec::new()),
            clock: AtomicU64::new(0),
            changes: ChangeMemo::default(),
        }
    }

    /// The exact impact of `taught` at threshold `t` in `scope` on `snapshot` at `now`, from
    /// its view (counted or brought up to date first), or counted directly when views are off.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn impact(
        &self,
        taxonomy: &Taxonomy,
        snapshot: &Arc<Snapshot>,
        taught: &[(SkillIndex, u8)],
        t: f64,
        scope: &Scope,
        now: DateTime<Utc>,
        stop: &dyn Stop,
    ) -> Result<ProgrammeImpact, Stopped> {
        if self.capacity == 0 {
            return gaps::programme_impact(taxonomy, snapshot, scope, taught, t, now, stop);
        }
        let key = ViewKey::new(taught, t, scope.isco_prefix.as_deref());
        let slot = self.slot(key.clone());
        // Requests for the same view wait for one count or update instead of each doing it.
        let mut view = slot.lock().unwrap_or_else(PoisonError::into_inner);
        let current = match view.take() {
            Some(mut current) => match current.update(taxonomy, snapshot, now, &self.changes, stop) {
                Ok(_) => current,
                Err(stopped) => {
                    // An update stopped half way changes nothing: the view stays as it was.
                    *view = Some(current);
                    return Err(stopped);
                }
            },
            None => ImpactView::build(taxonomy, snapshot.clone(), key, now, stop)?,
        };
        let impact = current.impact(scope);
        *view = Some(current);
        Ok(impact)
    }

    /// Bring every view to `snapshot` at `now` (the warming task; nothing stops it).
    pub(crate) fn refresh(&self, taxonomy: &Taxonomy, snapshot: &Arc<Snapshot>, now: DateTime<Utc>) {
        let slots: Vec<Slot> = self
            .slots
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .map(|(_, s, _)| s.clone())
            .collect();
        // One after another on this (non-rayon) thread: a rayon worker blocked on a view's lock
        // held by a request would starve the request's own parallel work of workers.
        for slot in slots {
            let mut view = slot.lock().unwrap_or_else(PoisonError::into_inner);
            if let Some(view) = view.as_mut() {
                let started = std::time::Instant::now();
                if let Ok(change) = view.update(taxonomy, snapshot, now, &self.changes, &gaps::Never)
                    && !change.is_empty()
                {
                    tracing::debug!(
                        ?change,
                        elapsed_ms = started.elapsed().as_millis() as u64,
                        "impact view brought up to date"
                    );
                }
            }
        }
    }

    /// Count the views of `programmes` (id, taught skills; the first ones first) at threshold
    /// `t` for every occupation group, while there is room: warming never drops a view. Returns
    /// the ids of the programmes whose view it counted.
    pub(crate) fn warm(
        &self,
        taxonomy: &Taxonomy,
        snapshot: &Arc<Snapshot>,
        programmes: &[(String, Vec<(SkillIndex, u8)>)],
        t: f64,
        now: DateTime<Utc>,
    ) -> Vec<String> {
        let mut counted = Vec::new();
        for (id, taught) in programmes {
            let key = ViewKey::new(taught, t, None);
            let slot = {
                let mut slots = self.slots.lock().unwrap_or_else(PoisonError::into_inner);
                if slots.iter().any(|(k, _, _)| *k == key) {
                    continue;
                }
                if slots.len() >= self.capacity {
                    break;
                }
                let slot = Slot::default();
                slots.push((key.clone(), slot.clone(), self.clock.fetch_add(1, Ordering::Relaxed)));
                slot
            };
            // Requests for it wait for this count instead of making their own.
            let mut view = slot.lock().unwrap_or_else(PoisonError::into_inner);
            if view.is_none() {
                let started = std::time::Instant::now();
                if let Ok(built) = ImpactView::build(taxonomy, snapshot.clone(), key, now, &gaps::Never) {
                    *view = Some(built);
                    tracing::info!(
                        programme = %id,
                        elapsed_ms = started.elapsed().as_millis() as u64,
                        "impact view counted in advance"
                    );
                    counted.push(id.clone());
                }
            }
        }
        counted
    }

    /// Number of views kept.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.slots.lock().unwrap_or_else(PoisonError::into_inner).len()
    }

    /// The slot of `key`, made (and the least recently used one dropped) when missing.
    fn slot(&self, key: ViewKey) -> Slot {
        let used = self.clock.fetch_add(1, Ordering::Relaxed);
        let mut slots = self.slots.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(entry) = slots.iter_mut().find(|(k, _, _)| *k == key) {
            entry.2 = used;
            return entry.1.clone();
        }
        if slots.len() >= self.capacity
            && let Some(oldest) =
                slots.iter().enumerate().min_by_key(|(_, (_, _, used))| *used).map(|(i, _)| i)
        {
            // A request still using it keeps it alive until it is done.
            slots.swap_remove(oldest);
        }
        let slot = Slot::default();
        slots.push((key, slot.clone(), used));
        slot
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kohtaanto_match::gaps::Never;

    #[test]
    fn views_are_kept_per_key_up_to_the_capacity_least_recently_used_first() {
        let taxonomy = Taxonomy::embedded();
        let snapshot = Arc::new(Snapshot::new(taxonomy, Vec::new(), Vec::new()));
        let now = Utc::now();
        let views = ImpactViews::new(2);
        let scope = Scope::default();
        for taught in [[(1, 3)], [(2, 3)], [(1, 3)], [(3, 3)]] {
            let impact =
                views.impact(taxonomy, &snapshot, &taught, 0.8, &scope, now, &Never).expect("never stopped");
            assert_eq!(impact, ProgrammeImpact::default());
        }
        assert_eq!(views.len(), 2);
        let keys: Vec<ViewKey> =
            views.slots.lock().expect("lock").iter().map(|(k, _, _)| k.clone()).collect();
        // (2, 3) was used least recently when (3, 3) came.
        assert!(keys.contains(&ViewKey::new(&[(1, 3)], 0.8, None)));
        assert!(keys.contains(&ViewKey::new(&[(3, 3)], 0.8, None)));
        // Warming fills free room only, skipping views already kept.
        let warmed = ImpactViews::new(3);
        warmed.impact(taxonomy, &snapshot, &[(1, 3)], 0.8, &scope, now, &Never).expect("never stopped");
        let programmes: Vec<(String, Vec<(SkillIndex, u8)>)> = [("a", 1), ("b", 2), ("c", 4), ("d", 5)]
            .iter()
            .map(|&(id, s)| (id.to_string(), vec![(s, 3)]))
            .collect();
        assert_eq!(warmed.warm(taxonomy, &snapshot, &programmes, 0.8, now), vec!["b", "c"]);
        assert_eq!(warmed.len(), 3);
        assert!(warmed.warm(taxonomy, &snapshot, &programmes, 0.8, now).is_empty());
        let none = ImpactViews::new(0);
        none.impact(taxonomy, &snapshot, &[(1, 3)], 0.8, &scope, now, &Never).expect("never stopped");
        assert_eq!(none.len(), 0);
    }
}
