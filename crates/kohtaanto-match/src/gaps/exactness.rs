//! Exactness tests: the engine against the brute-force [`super::oracle`] on generated data
//! (kohtaanto-gen, skills enriched with the embedded taxonomy), random filters, thresholds and
//! programmes.

use super::oracle::{self, PostingRecord, ProfileRecord};
use super::snapshot::micros;
use super::view::ChangeMemo;
use super::*;
use crate::gaps::snapshot::{GapPosting, GapProfile};
use chrono::{DateTime, Datelike, Duration, Utc};
use kohtaanto_domain::{MatchFilters, TaughtSkill, WorkMode};
use kohtaanto_gen::{GenConfig, generate};
use kohtaanto_taxonomy::enrich;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

struct World {
    taxonomy: &'static Taxonomy,
    postings: Vec<PostingRecord>,
    profiles: Vec<ProfileRecord>,
    programmes: Vec<TrainingProgramme>,
    snapshot: Snapshot,
    now: DateTime<Utc>,
}

/// Deterministic pseudo-random numbers (SplitMix64).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Programmes teaching 1-4 skills that postings ask for, at levels 1-5.
pub(crate) fn programmes_for(postings: &[PostingRecord], count: usize, seed: u64) -> Vec<TrainingProgramme> {
    let mut asked: Vec<String> = postings
        .iter()
        .flat_map(|(_, r)| r.iter().map(|r| r.skill.clone()))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    if asked.is_empty() {
        asked.push("python".into());
    }
    let mut rng = Rng(seed);
    (0..count)
        .map(|i| TrainingProgramme {
            id: format!("prog-{i:03}"),
            name: format!("Programme {i}"),
            provider: "Test".into(),
            skills: (0..1 + rng.below(4))
                .map(|_| TaughtSkill {
                    skill: asked[rng.below(asked.len())].clone(),
                    level: 1 + rng.below(5) as u8,
                })
                .collect(),
            region: String::new(),
            language: "fi".into(),
            duration_weeks: 8,
            start_date: None,
            seats: 20,
        })
        .collect()
}

fn world() -> &'static World {
    static WORLD: OnceLock<World> = OnceLock::new();
    WORLD.get_or_init(|| {
        let now: DateTime<Utc> = "2026-03-01T12:00:00Z".parse().expect("time");
        let taxonomy = Taxonomy::embedded();
        let data = generate(&GenConfig { postings: 700, profiles: 900, seed: 7, now });
        let extractor = taxonomy.extractor();
        let postings: Vec<PostingRecord> = data
            .postings
            .into_iter()
            .map(|p| {
                let effective = enrich::effective_requirements(taxonomy, extractor, &p);
                (p, effective)
            })
            .collect();
        let profiles: Vec<ProfileRecord> = data
            .profiles
            .into_iter()
            .map(|p| {
                let effective = enrich::effective_skills(taxonomy, extractor, &p);
                (p, effective)
            })
            .collect();
        let programmes = programmes_for(&postings, 30, 11);
        let snapshot = Snapshot::new(
            taxonomy,
            postings.iter().map(|(p, r)| GapPosting::from_record(taxonomy, p, r)).collect(),
            profiles.iter().map(|(p, s)| GapProfile::from_record(taxonomy, p, s)).collect(),
        );
        World { taxonomy, postings, profiles, programmes, snapshot, now }
    })
}

fn random_filters(rng: &mut Rng) -> MatchFilters {
    let mut filters = MatchFilters::default();
    match rng.below(5) {
        0 => filters.regions = vec!["Uusimaa".into()],
        1 => filters.regions = vec!["pirkanmaa".into(), "Varsinais-Suomi".into()],
        _ => {}
    }
    if rng.below(4) == 0 {
        filters.work_modes = vec![WorkMode::Remote, WorkMode::Hybrid];
    }
    if rng.below(4) == 0 {
        filters.isco_prefixes = vec!["25".into()];
    }
    if rng.below(5) == 0 {
        filters.include_expired = true;
    }
    filters
}

#[test]
fn profile_gaps_equal_the_oracle() {
    let w = world();
    let mut rng = Rng(1);
    let mut checked_gains = 0;
    for round in 0..40 {
        let profile = &w.profiles[rng.below(w.profiles.len())];
        let filters = random_filters(&mut rng);
        let (t, near) = [(0.8, 0.5), (0.6, 0.3), (0.9, 0.7), (0.5, 0.2)][round % 4];
        let gap_profile = GapProfile::from_record(w.taxonomy, &profile.0, &profile.1);
        let query = ProfileGapsQuery {
            profile: &gap_profile,
            filters: &filters,
            match_threshold: t,
            near_miss_threshold: near,
            now: w.now,
            programmes: &w.programmes,
            max_near_misses: usize::MAX,
            max_skills: usize::MAX,
            max_programmes: usize::MAX,
        };
        let got = profile_gaps(w.taxonomy, &w.snapshot, &query);
        let teaching: BTreeSet<String> =
            got.skill_gaps.iter().map(|g| w.taxonomy.skill(g.skill).id.clone()).collect();
        let want = oracle::profile_gaps(
            w.taxonomy,
            &w.postings,
            profile,
            &filters,
            t,
            near,
            w.now,
            &w.programmes,
            &teaching,
        );
        assert_eq!(got.match_count, want.match_count, "round {round}");
        let mut want_near = want.near_misses.clone();
        want_near.sort_by(|a, b| a.0.cmp(&b.0));
        let mut got_near: Vec<oracle::OracleNearMiss> = got
            .near_misses
            .iter()
            .map(|n| {
                (
                    w.snapshot.postings[n.posting].id.clone(),
                    n.coverage,
                    n.gaps
                        .iter()
                        .map(|g| {
                            (
                                w.taxonomy.skill(g.requirement.skill).id.clone(),
                                g.credit,
                                g.coverage_if_learned,
                            )
                        })
                        .collect(),
                )
            })
            .collect();
        got_near.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(got_near, want_near, "round {round}");
        assert_eq!(got.near_miss_count as usize, want.near_misses.len());
        // Near misses come sorted by coverage.
        assert!(got.near_misses.windows(2).all(|p| p[0].coverage >= p[1].coverage));
        let got_gains: BTreeMap<String, (u32, u8)> = got
            .skill_gaps
            .iter()
            .map(|g| (w.taxonomy.skill(g.skill).id.clone(), (g.matches_gained, g.level_needed)))
            .collect();
        assert_eq!(got_gains, want.gains, "round {round}");
        checked_gains += got_gains.len();
        let got_programmes: BTreeMap<String, u32> =
            got.programmes.iter().map(|p| (w.programmes[p.programme].id.clone(), p.matches_gained)).collect();
        assert_eq!(got_programmes, want.programmes, "round {round}");
        assert!(got.programmes.windows(2).all(|p| p[0].matches_gained >= p[1].matches_gained));
    }
    assert!(checked_gains > 20, "the data should exercise gains, got {checked_gains}");
}

#[test]
fn market_gaps_equal_the_oracle() {
    let w = world();
    // The region scopes hold a minority of the profiles (among them some accepting any region):
    // the engine then compacts its bitsets to the profiles in scope; the others use them as is.
    let scopes: [(Option<&str>, Option<&str>, Option<&str>); 4] = [
        (None, None, None),
        (Some("Uusimaa"), None, None),
        (Some("pirkanmaa"), Some("25"), None),
        (None, Some("2"), None),
    ];
    for (region, isco, coach) in scopes {
        for months in [3, 12] {
            let until = w.now;
            let since = until - Duration::days(30 * months);
            let query = MarketQuery {
                scope: Scope {
                    region: region.map(String::from),
                    isco_prefix: isco.map(String::from),
                    coach_id: coach.map(String::from),
                },
                since,
                until,
                now: w.now,
                supply_min_level: DEFAULT_SUPPLY_MIN_LEVEL,
                supply_recent_years: DEFAULT_SUPPLY_RECENT_YEARS,
            };
            let got = market_gaps(w.taxonomy, &w.snapshot, &query);
            let (want, postings, people) = oracle::market_gaps(
                w.taxonomy,
                &w.postings,
                &w.profiles,
                region,
                isco,
                coach,
                since,
                until,
                w.now,
                DEFAULT_SUPPLY_MIN_LEVEL,
                DEFAULT_SUPPLY_RECENT_YEARS,
            );
            assert_eq!((got.posting_count, got.jobseeker_count), (postings, people), "{region:?} {isco:?}");
            let got_rows: BTreeMap<String, oracle::MarketRow> = got
                .skills
                .iter()
                .map(|s| {
                    (
                        w.taxonomy.skill(s.skill).id.clone(),
                        (
                            s.demand,
                            s.demand_required,
                            s.demand_nice_to_have,
                            s.supply,
                            s.only_missing,
                            s.trend.clone(),
                        ),
                    )
                })
                .collect();
            assert_eq!(got_rows, want, "{region:?} {isco:?} {months}");
            assert!(got_rows.values().any(|r| r.4 > 0), "only-missing should be exercised");
        }
    }
}

#[test]
fn programme_impact_equals_the_oracle() {
    let w = world();
    let scopes: [(Option<&str>, Option<&str>, Option<&str>); 3] =
        [(None, None, None), (Some("Uusimaa"), None, None), (None, Some("25"), Some("coach-uusimaa-01"))];
    let mut gains = 0;
    for (i, programme) in w.programmes.iter().enumerate().take(16) {
        let (region, isco, coach) = scopes[i % scopes.len()];
        let t = [0.8, 0.6, 0.9][i % 3];
        let taught = taught_skills(w.taxonomy, programme);
        let scope = Scope {
            region: region.map(String::from),
            isco_prefix: isco.map(String::from),
            coach_id: coach.map(String::from),
        };
        let got = programme_impact(w.taxonomy, &w.snapshot, &scope, &taught, t, w.now, &Never)
            .expect("never stopped");
        let (people, matches, regions) = oracle::programme_impact(
            w.taxonomy,
            &w.postings,
            &w.profiles,
            region,
            isco,
            coach,
            &taught,
            t,
            w.now,
        );
        assert_eq!((got.jobseekers_gaining, got.matches_gained), (people, matches), "programme {i}");
        let got_regions: BTreeMap<String, (u32, u32)> =
            got.regions.iter().map(|r| (r.region.clone(), (r.jobseekers, r.matches))).collect();
        assert_eq!(got_regions, regions, "programme {i}");
        gains += matches;
    }
    assert!(gains > 0, "programmes should gain some matches");
}

/// Estimates from a sample: everyone sampled gives the exact answer; one in four gives 95 %
/// intervals that hold the exact counts about 95 % of the time (deterministic data and sample,
/// so the share is fixed: at least 28 of 32 intervals).
#[test]
fn programme_impact_estimates_hold_the_exact_counts() {
    let w = world();
    let everyone = sample_snapshot(w.taxonomy, &w.snapshot, 1);
    let quarter = sample_snapshot(w.taxonomy, &w.snapshot, 4);
    assert!(quarter.profiles.len() > 150 && quarter.profiles.len() < 300, "{}", quarter.profiles.len());
    let (mut inside, mut total, mut gains) = (0, 0, 0);
    for (i, programme) in w.programmes.iter().enumerate().take(16) {
        let scope = if i % 2 == 0 {
            Scope::default()
        } else {
            Scope { region: Some("Uusimaa".into()), ..Scope::default() }
        };
        let t = [0.8, 0.6][i % 2];
        let taught = taught_skills(w.taxonomy, programme);
        let exact = programme_impact(w.taxonomy, &w.snapshot, &scope, &taught, t, w.now, &Never)
            .expect("never stopped");
        let all = estimate_impact(w.taxonomy, &w.snapshot, &everyone, &scope, &taught, t, w.now, &Never)
            .expect("never stopped");
        assert_eq!(all.in_sample, exact, "programme {i}");
        assert_eq!(all.population, all.sampled);
        assert_eq!(
            all.jobseekers,
            Estimate {
                value: exact.jobseekers_gaining.into(),
                low: exact.jobseekers_gaining.into(),
                high: exact.jobseekers_gaining.into()
            }
        );
        assert_eq!(all.matches.value, f64::from(exact.matches_gained));
        let some = estimate_impact(w.taxonomy, &w.snapshot, &quarter, &scope, &taught, t, w.now, &Never)
            .expect("never stopped");
        assert!(some.sampled < some.population, "programme {i}");
        for (estimate, count) in
            [(some.jobseekers, exact.jobseekers_gaining), (some.matches, exact.matches_gained)]
        {
            assert!(
                estimate.low <= estimate.value && estimate.value <= estimate.high,
                "programme {i}: {estimate:?}"
            );
            total += 1;
            if estimate.contains(count.into()) {
                inside += 1;
            }
        }
        // What the sample gained is a part of what everyone gained.
        assert!(some.in_sample.matches_gained <= exact.matches_gained);
        assert!(some.matches.low >= f64::from(some.in_sample.matches_gained));
        gains += exact.matches_gained;
    }
    assert!(gains > 0, "programmes should gain some matches");
    assert!(inside >= 28, "{inside} of {total} intervals hold the exact count");
}

/// ProgrammeImpact's shortcuts (one-pass verification, band bounds, "unchanged" profiles) on the
/// cases they treat specially: profiles holding a taught skill below the taught level or stale
/// (learning raises and refreshes it), holding it above the taught level, programmes whose skills
/// credit requirements only partly (related skills, levels below the requirement's minimum),
/// at several thresholds. Each programme runs on the profiles holding one of its skills (a
/// snapshot of their own) and on all profiles, against the oracle.
#[test]
fn programme_impact_is_exact_for_held_stale_and_partial_credits() {
    let w = world();
    let year = w.now.year();
    // Skills held stale or below the top level by the most profiles.
    let mut held: BTreeMap<&str, usize> = BTreeMap::new();
    for (_, skills) in &w.profiles {
        for s in skills {
            let stale = s.last_used_year.is_some_and(|y| year - y > crate::score::RECENT_YEARS);
            if stale || s.level < MAX_SKILL_LEVEL {
                *held.entry(s.skill.as_str()).or_default() += 1;
            }
        }
    }
    let mut held: Vec<(&str, usize)> = held.into_iter().collect();
    held.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    // Skills that credit some required skill only partly (0 < similarity < 1).
    let asked: BTreeSet<&str> =
        w.postings.iter().flat_map(|(_, r)| r.iter().map(|r| r.skill.as_str())).collect();
    let partial: Vec<SkillIndex> = (0..w.taxonomy.len() as SkillIndex)
        .filter(|&s| {
            w.taxonomy.credits_from(s).iter().any(|&(r, sim)| {
                sim > 0.0 && sim < 1.0 && r != s && asked.contains(w.taxonomy.skill(r).id.as_str())
            })
        })
        .take(3)
        .collect();
    assert!(partial.len() == 3 && held.len() >= 4, "test data should have partial and held skills");
    let index = |id: &str| w.taxonomy.index_of(id).expect("known skill");
    let mut programmes: Vec<Vec<(SkillIndex, u8)>> = Vec::new();
    for level in 1..=MAX_SKILL_LEVEL {
        programmes.push(vec![(index(held[0].0), level)]);
        programmes.push(vec![(index(held[1].0), level), (index(held[2].0), 6 - level)]);
        programmes.push(vec![(partial[usize::from(level) % 3], level), (index(held[3].0), level)]);
    }
    programmes.push(partial.iter().map(|&s| (s, 4)).collect());
    // The same skill twice: the higher level counts.
    programmes.push(vec![(index(held[0].0), 2), (index(held[0].0), 4)]);

    let mut gains = (0, 0);
    for (i, taught) in programmes.iter().enumerate() {
        let t = [0.8, 0.6, 0.95, 0.7][i % 4];
        let holders: Vec<ProfileRecord> = w
            .profiles
            .iter()
            .filter(|(_, skills)| {
                skills.iter().any(|s| taught.iter().any(|&(t, _)| w.taxonomy.index_of(&s.skill) == Some(t)))
            })
            .cloned()
            .collect();
        let own = Snapshot::new(
            w.taxonomy,
            w.postings.iter().map(|(p, r)| GapPosting::from_record(w.taxonomy, p, r)).collect(),
            holders.iter().map(|(p, s)| GapProfile::from_record(w.taxonomy, p, s)).collect(),
        );
        for (profiles, snapshot, counter) in
            [(&holders, &own, &mut gains.0), (&w.profiles, &w.snapshot, &mut gains.1)]
        {
            let scope = Scope::default();
            let got = programme_impact(w.taxonomy, snapshot, &scope, taught, t, w.now, &Never)
                .expect("never stopped");
            let (people, matches, regions) = oracle::programme_impact(
                w.taxonomy,
                &w.postings,
                profiles,
                None,
                None,
                None,
                taught,
                t,
                w.now,
            );
            assert_eq!((got.jobseekers_gaining, got.matches_gained), (people, matches), "{i} {taught:?}");
            let got_regions: BTreeMap<String, (u32, u32)> =
                got.regions.iter().map(|r| (r.region.clone(), (r.jobseekers, r.matches))).collect();
            assert_eq!(got_regions, regions, "{i} {taught:?}");
            *counter += matches;
        }
    }
    assert!(gains.0 > 0, "profiles holding a taught skill should gain matches");
    assert!(gains.1 > gains.0, "profiles not holding one should gain too");
}

/// A [`Stop`] that says stop from its `after`-th question on, counting the questions.
struct StopAfter {
    after: usize,
    asked: std::sync::atomic::AtomicUsize,
}

impl Stop for StopAfter {
    fn stopped(&self) -> bool {
        self.asked.fetch_add(1, std::sync::atomic::Ordering::SeqCst) >= self.after
    }
}

#[test]
fn programme_impact_stops_when_asked_and_answers_when_not() {
    let w = world();
    let taught = taught_skills(w.taxonomy, &w.programmes[0]);
    let t = DEFAULT_MATCH_THRESHOLD;
    let whole = programme_impact(w.taxonomy, &w.snapshot, &Scope::default(), &taught, t, w.now, &Never)
        .expect("never stopped");
    assert!(whole.matches_gained > 0);
    // Asked once per posting and block of each task: a stop from the first question on ends
    // every task at once; one from the tenth ends them part way.
    for after in [0, 10] {
        let stop = StopAfter { after, asked: 0.into() };
        let got = programme_impact(w.taxonomy, &w.snapshot, &Scope::default(), &taught, t, w.now, &stop);
        assert_eq!(got, Err(Stopped), "stop after {after}");
        let asked = stop.asked.load(std::sync::atomic::Ordering::SeqCst);
        assert!(asked <= after + 2 * rayon::current_num_threads() * 8, "asked {asked} times after {after}");
    }
    let patient = StopAfter { after: usize::MAX, asked: 0.into() };
    let got = programme_impact(w.taxonomy, &w.snapshot, &Scope::default(), &taught, t, w.now, &patient);
    assert_eq!(got, Ok(whole));
    assert!(patient.asked.load(std::sync::atomic::Ordering::SeqCst) > 10, "the stop was asked");
}

/// Impact views brought through random changes (postings and profiles removed, changed, added,
/// reordered; time passing so that postings expire; a new year) answer exactly what
/// [`programme_impact`] answers on the final data, in every scope.
#[test]
fn impact_views_follow_changes_exactly() {
    use std::sync::Arc;
    let w = world();
    let mut rng = Rng(99);
    let scopes = [
        Scope::default(),
        Scope { region: Some("Uusimaa".into()), ..Scope::default() },
        Scope { coach_id: Some("coach-uusimaa-01".into()), ..Scope::default() },
        Scope {
            region: Some("Pirkanmaa".into()),
            coach_id: Some("coach-pirkanmaa-01".into()),
            ..Scope::default()
        },
    ];
    let check = |view: &ImpactView, snapshot: &Snapshot, now, isco: Option<&str>, step: &str| {
        let key = view.key();
        let t = f64::from_bits(key.threshold_bits);
        let mut gains = 0;
        for scope in &scopes {
            let scope = Scope { isco_prefix: isco.map(String::from), ..scope.clone() };
            let exact = programme_impact(w.taxonomy, snapshot, &scope, &key.taught, t, now, &Never)
                .expect("never stopped");
            assert_eq!(view.impact(&scope), exact, "{step}, scope {scope:?}");
            gains += exact.matches_gained;
        }
        gains
    };
    let (mut checked_gains, mut changes, mut postings_added) = (0, 0, 0);
    for (i, programme) in w.programmes.iter().enumerate().take(6) {
        let t = [0.8, 0.6, 0.7][i % 3];
        let isco = (i % 3 == 2).then_some("25");
        let taught = taught_skills(w.taxonomy, programme);
        let mut postings = w.snapshot.postings.clone();
        let mut profiles = w.snapshot.profiles.clone();
        let mut now = w.now;
        let snapshot = Arc::new(Snapshot::new(w.taxonomy, postings.clone(), profiles.clone()));
        let key = ViewKey::new(&taught, t, isco);
        let mut view =
            ImpactView::build(w.taxonomy, snapshot.clone(), key.clone(), now, &Never).expect("never stopped");
        // A second view brought along through the same snapshots finds the profile changes the
        // first one found (one memo for both).
        let mut twin =
            ImpactView::build(w.taxonomy, snapshot.clone(), key, now, &Never).expect("never stopped");
        let memo = ChangeMemo::default();
        checked_gains += check(&view, &snapshot, now, isco, &format!("programme {i} built"));
        // Only time passes: postings expire.
        now += Duration::days(20);
        let change = view.update(w.taxonomy, &snapshot, now, &memo, &Never).expect("never stopped");
        twin.update(w.taxonomy, &snapshot, now, &memo, &Never).expect("never stopped");
        assert!(!change.recounted && change.profiles_added == 0, "{change:?}");
        changes += change.postings_removed;
        checked_gains += check(&view, &snapshot, now, isco, &format!("programme {i} later"));
        let mut latest = snapshot;
        for step in 0..3 {
            let n = postings.len();
            for _ in 0..8 {
                match rng.below(4) {
                    0 => {
                        let j = rng.below(postings.len());
                        postings.swap_remove(j);
                    }
                    1 => {
                        let j = rng.below(postings.len());
                        let mut requirements = postings[j].requirements.to_vec();
                        if requirements.len() > 1 {
                            requirements.remove(rng.below(requirements.len()));
                        }
                        if let Some(r) = requirements.first_mut() {
                            r.min_level = 1 + (r.min_level % 5);
                        }
                        postings[j].requirements = requirements.into();
                    }
                    2 => {
                        let from = rng.below(n.min(postings.len()));
                        let mut copy = postings[from].clone();
                        copy.id = format!("{}-copy-{step}-{}", copy.id, rng.next());
                        copy.expires_at = copy.expires_at.max(micros(now) + 1);
                        postings.push(copy);
                    }
                    _ => {
                        let (j, days) = (rng.below(postings.len()), rng.below(30) as i64);
                        postings[j].expires_at = micros(now) + 1_000_000 * 3600 * 24 * days;
                    }
                }
                match rng.below(3) {
                    0 => {
                        let p = rng.below(profiles.len());
                        profiles.swap_remove(p);
                    }
                    1 => {
                        let p = rng.below(profiles.len());
                        let mut skills = profiles[p].skills.to_vec();
                        if !skills.is_empty() {
                            let s = rng.below(skills.len());
                            if rng.below(2) == 0 {
                                skills.remove(s);
                            } else {
                                skills[s].level = 1 + (skills[s].level % 5);
                            }
                        }
                        profiles[p].skills = skills.into();
                    }
                    _ => {
                        let from = rng.below(profiles.len());
                        let mut copy = profiles[from].clone();
                        copy.id = format!("{}-copy-{step}-{}", copy.id, rng.next());
                        profiles.push(copy);
                    }
                }
            }
            // Snapshots number records in their own order.
            let (by, profiles_by) = (rng.below(postings.len()), rng.below(profiles.len()));
            postings.rotate_left(by);
            profiles.rotate_left(profiles_by);
            now += Duration::days(rng.below(10) as i64);
            let snapshot = Arc::new(Snapshot::new(w.taxonomy, postings.clone(), profiles.clone()));
            let change = view.update(w.taxonomy, &snapshot, now, &memo, &Never).expect("never stopped");
            assert_eq!(
                twin.update(w.taxonomy, &snapshot, now, &memo, &Never).expect("never stopped"),
                change
            );
            assert_eq!(twin.impact(&Scope::default()), view.impact(&Scope::default()));
            assert!(change.profiles_added + change.postings_added > 0, "{change:?}");
            changes += change.postings_added + change.profiles_added;
            postings_added += change.postings_added;
            checked_gains += check(&view, &snapshot, now, isco, &format!("programme {i} step {step}"));
            latest = snapshot;
        }
        // A new year changes every recency: counted again.
        let next_year = now.with_year(now.year() + 1).expect("a valid date");
        let change = view.update(w.taxonomy, &latest, next_year, &memo, &Never).expect("never stopped");
        assert!(change.recounted);
        checked_gains += check(&view, &latest, next_year, isco, &format!("programme {i} next year"));
    }
    assert!(
        checked_gains > 0 && changes > 0 && postings_added > 0,
        "{checked_gains} gains, {changes} changes"
    );
}
