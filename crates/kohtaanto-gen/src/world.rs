//! The fixed world every record is drawn from, built once per configuration: the archetype
//! tables resolved to skill indices, municipalities with their text forms and weights, the
//! employer pool (names drawn from the seed) and the coaches of each region.

use crate::data::archetypes::{ARCHETYPES, Archetype, Flavor, Occ, Roles};
use crate::data::people::{
    FINNISH_NAME_ENDS, FINNISH_NAME_STEMS, INTERNATIONAL_ENDS, INTERNATIONAL_STEMS, MOTHER_TONGUES,
    STATE_BODIES, SWEDISH_ENDS, SWEDISH_STEMS,
};
use crate::data::places::{PlaceForms, SWEDISH_SPEAKING_HOMES, place_forms};
use crate::data::skills::{SKILL_TEXTS, SOFT_SKILLS, SkillText};
use crate::sample::{EMPLOYER_STREAM, Weighted, chance, record_rng};
use crate::text::TextLang;
use kohtaanto_domain::regions::MUNICIPALITIES;
use rand::Rng;
use rand::seq::SliceRandom;

/// Index into [`SKILL_TEXTS`].
pub(crate) type SkillRef = u16;

/// A skill with a probability in percent.
pub(crate) type Chance = (SkillRef, u8);

/// Names of a skill by reference.
pub(crate) fn skill(reference: SkillRef) -> &'static SkillText {
    &SKILL_TEXTS[usize::from(reference)]
}

fn resolve(id: &str) -> Option<SkillRef> {
    let position = SKILL_TEXTS.iter().position(|text| text.id == id)?;
    SkillRef::try_from(position).ok()
}

fn resolve_all(ids: &[&str]) -> Vec<SkillRef> {
    ids.iter().filter_map(|id| resolve(id)).collect()
}

fn resolve_chances(entries: &[(&str, u8)]) -> Vec<Chance> {
    entries.iter().filter_map(|&(id, percent)| Some((resolve(id)?, percent))).collect()
}

/// A flavor with resolved skills.
#[derive(Debug)]
pub(crate) struct FlavorRt {
    /// The table entry.
    pub def: &'static Flavor,
    /// Always-required skills.
    pub skills: Vec<SkillRef>,
    /// Optional skills of this variant.
    pub extra: Vec<Chance>,
    /// Role names (the flavor's or the archetype's).
    pub roles: &'static Roles,
    /// Occupations (the flavor's or the archetype's).
    pub occupations: &'static [Occ],
}

/// An archetype with resolved skills.
#[derive(Debug)]
pub(crate) struct ArchetypeRt {
    /// The table entry.
    pub def: &'static Archetype,
    /// Variants.
    pub flavors: Vec<FlavorRt>,
    flavor_weights: Weighted,
    /// Core skills.
    pub core: Vec<Chance>,
    /// Optional skills.
    pub optional: Vec<Chance>,
    /// Legacy skills.
    pub legacy: Vec<SkillRef>,
}

impl ArchetypeRt {
    fn new(def: &'static Archetype) -> ArchetypeRt {
        let flavors = def
            .flavors
            .iter()
            .map(|flavor| FlavorRt {
                def: flavor,
                skills: resolve_all(flavor.skills),
                extra: resolve_chances(flavor.extra),
                roles: flavor.roles.unwrap_or(def.roles),
                occupations: flavor.occupations.unwrap_or(def.occupations),
            })
            .collect::<Vec<_>>();
        ArchetypeRt {
            def,
            flavor_weights: Weighted::new(flavors.iter().map(|f| u64::from(f.def.weight))),
            flavors,
            core: resolve_chances(def.core),
            optional: resolve_chances(def.optional),
            legacy: resolve_all(def.legacy),
        }
    }

    /// A variant by weight.
    pub(crate) fn pick_flavor(&self, rng: &mut impl Rng) -> &FlavorRt {
        &self.flavors[self.flavor_weights.sample(rng)]
    }
}

/// A municipality with its text forms.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Place {
    /// Statistics Finland code.
    pub code: &'static str,
    /// Finnish name.
    pub name: &'static str,
    /// Region.
    pub region: &'static str,
    /// Text forms.
    pub forms: PlaceForms,
}

impl Place {
    /// "in X" as the language writes it: Helsingissä / Helsingfors / Helsinki.
    pub(crate) fn located(&self, lang: TextLang) -> &'static str {
        lang.pick(self.forms.fi_in, self.forms.sv, self.name)
    }
}

/// What kind of employer; decides the posting language and the text about the employer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EmployerKind {
    /// A Finnish company (mostly Finnish postings).
    Finnish,
    /// An international product company or start-up (mostly English postings).
    International,
    /// A Swedish-speaking company (mostly Swedish postings).
    SwedishSpeaking,
    /// A city or state body.
    Public,
}

impl EmployerKind {
    const ALL: [EmployerKind; 4] = [
        EmployerKind::Finnish,
        EmployerKind::International,
        EmployerKind::SwedishSpeaking,
        EmployerKind::Public,
    ];

    /// Share of postings (percent of all).
    fn posting_share(self) -> u64 {
        match self {
            EmployerKind::Finnish => 48,
            EmployerKind::International => 27,
            EmployerKind::SwedishSpeaking => 10,
            EmployerKind::Public => 15,
        }
    }

    /// Posting language (percent fi, sv, en), tuned so that all postings come out about
    /// 54 % Finnish, 36 % English and 10 % Swedish.
    pub(crate) fn language_weights(self) -> [(TextLang, u32); 3] {
        let [fi, sv, en] = match self {
            EmployerKind::Finnish => [70, 6, 24],
            EmployerKind::International => [18, 0, 82],
            EmployerKind::SwedishSpeaking => [20, 60, 20],
            EmployerKind::Public => [88, 10, 2],
        };
        [(TextLang::Fi, fi), (TextLang::Sv, sv), (TextLang::En, en)]
    }
}

/// An employer.
#[derive(Debug, Clone)]
pub(crate) struct Employer {
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: EmployerKind,
    /// Index of the home municipality in [`World::places`].
    pub home: usize,
    /// Number of employees, for the "about us" text.
    pub size: u32,
}

/// Coaches of one region: ids `first ..= first + count - 1`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CoachRange {
    /// Region.
    pub region: &'static str,
    /// First coach number.
    pub first: u32,
    /// Number of coaches.
    pub count: u32,
}

/// Total number of employment coaches.
pub(crate) const COACHES: u32 = 300;

/// Everything records are drawn from.
#[derive(Debug)]
pub(crate) struct World {
    /// Archetypes.
    pub archetypes: Vec<ArchetypeRt>,
    /// Archetype weights among postings.
    pub posting_archetypes: Weighted,
    /// Archetype weights among profiles.
    pub profile_archetypes: Weighted,
    /// Municipalities.
    pub places: Vec<Place>,
    /// Municipality weights (ICT jobs).
    pub place_weights: Weighted,
    /// Employers.
    pub employers: Vec<Employer>,
    employer_kinds: Weighted,
    employers_of_kind: [(Vec<usize>, Weighted); 4],
    /// Coaches per region.
    pub coaches: Vec<CoachRange>,
    /// Mother tongue weights (indices into `MOTHER_TONGUES`).
    pub mother_tongues: Weighted,
    /// Soft skills with weights.
    pub soft_skills: Vec<SkillRef>,
    /// Weights of `soft_skills`.
    pub soft_weights: Weighted,
}

impl World {
    /// Build the world for a seed (the seed only changes employer names and homes).
    pub(crate) fn new(seed: u64) -> World {
        let archetypes = ARCHETYPES.iter().map(ArchetypeRt::new).collect::<Vec<_>>();
        let places = MUNICIPALITIES
            .iter()
            .map(|m| Place {
                code: m.code,
                name: m.name,
                region: m.region,
                forms: place_forms(m.code).copied().unwrap_or(PlaceForms {
                    code: m.code,
                    fi_in: m.name,
                    fi_gen: m.name,
                    sv: m.name,
                }),
            })
            .collect::<Vec<_>>();
        let place_weights = Weighted::new(MUNICIPALITIES.iter().map(|m| u64::from(m.ict_weight)));
        let employers = employer_pool(seed, &places, &place_weights);
        let employers_of_kind = EmployerKind::ALL.map(|kind| {
            let members = (0..employers.len()).filter(|&i| employers[i].kind == kind).collect::<Vec<_>>();
            // Zipf-like: a few employers post much more than the rest; public bodies by city size.
            let weights = Weighted::new(members.iter().enumerate().map(|(rank, &i)| match kind {
                EmployerKind::Public => u64::from(MUNICIPALITIES[employers[i].home].ict_weight).max(20),
                _ => 10_000 / (rank as u64 + 4),
            }));
            (members, weights)
        });
        let soft_skills = SOFT_SKILLS.iter().filter_map(|(id, _)| resolve(id)).collect();
        World {
            posting_archetypes: Weighted::new(archetypes.iter().map(|a| u64::from(a.def.posting_weight))),
            profile_archetypes: Weighted::new(archetypes.iter().map(|a| u64::from(a.def.profile_weight))),
            archetypes,
            places,
            place_weights,
            employer_kinds: Weighted::new(EmployerKind::ALL.map(EmployerKind::posting_share)),
            employers_of_kind,
            employers,
            coaches: coach_ranges(),
            mother_tongues: Weighted::new(MOTHER_TONGUES.iter().map(|t| u64::from(t.weight))),
            soft_weights: Weighted::new(SOFT_SKILLS.iter().map(|&(_, w)| u64::from(w))),
            soft_skills,
        }
    }

    /// An employer, weighted by kind and size.
    pub(crate) fn pick_employer(&self, rng: &mut impl Rng) -> &Employer {
        let (members, weights) = &self.employers_of_kind[self.employer_kinds.sample(rng)];
        &self.employers[members[weights.sample(rng)]]
    }

    /// A municipality weighted by ICT jobs.
    pub(crate) fn pick_place(&self, rng: &mut impl Rng) -> usize {
        self.place_weights.sample(rng)
    }

    /// A coach of the region, as `coach-017`.
    pub(crate) fn pick_coach(&self, rng: &mut impl Rng, region: &str) -> String {
        let range = self.coaches.iter().find(|r| r.region == region).copied().unwrap_or(CoachRange {
            region: "",
            first: 1,
            count: COACHES,
        });
        let number = range.first + rng.random_range(0..range.count.max(1));
        format!("coach-{number:03}")
    }

    /// A transversal skill by weight.
    pub(crate) fn pick_soft(&self, rng: &mut impl Rng) -> SkillRef {
        self.soft_skills[self.soft_weights.sample(rng)]
    }
}

/// Combinations of a stem and an ending, `count` of them, all different, in random order.
fn names(rng: &mut impl Rng, stems: &[&str], ends: &[&str], count: usize, glue: &str) -> Vec<String> {
    let mut pairs = (0..stems.len()).flat_map(|s| (0..ends.len()).map(move |e| (s, e))).collect::<Vec<_>>();
    pairs.shuffle(rng);
    pairs.into_iter().take(count).map(|(s, e)| format!("{}{glue}{}", stems[s], ends[e])).collect()
}

fn employer_pool(seed: u64, places: &[Place], place_weights: &Weighted) -> Vec<Employer> {
    let mut rng = record_rng(seed, EMPLOYER_STREAM);
    let mut employers = Vec::new();
    let sizes = [12, 25, 40, 80, 150, 300, 600, 1200, 3000];
    let capital = places.iter().position(|p| p.code == "091").unwrap_or(0);
    let mut company = |rng: &mut rand_chacha::ChaCha8Rng, name: String, kind: EmployerKind, home: usize| {
        let size = sizes[rng.random_range(0..sizes.len())];
        employers.push(Employer { name, kind, home, size });
    };
    for name in names(&mut rng, FINNISH_NAME_STEMS, FINNISH_NAME_ENDS, 160, " ") {
        let home = place_weights.sample(&mut rng);
        company(&mut rng, name, EmployerKind::Finnish, home);
    }
    for name in names(&mut rng, INTERNATIONAL_STEMS, INTERNATIONAL_ENDS, 60, "") {
        // Start-ups cluster in the capital region even more than other ICT jobs.
        let home = if chance(&mut rng, 70) { capital } else { place_weights.sample(&mut rng) };
        company(&mut rng, name, EmployerKind::International, home);
    }
    let swedish_homes = Weighted::new(SWEDISH_SPEAKING_HOMES.iter().map(|&(_, w)| u64::from(w)));
    for name in names(&mut rng, SWEDISH_STEMS, SWEDISH_ENDS, 25, " ") {
        let code = SWEDISH_SPEAKING_HOMES[swedish_homes.sample(&mut rng)].0;
        let home = places.iter().position(|p| p.code == code).unwrap_or(0);
        company(&mut rng, name, EmployerKind::SwedishSpeaking, home);
    }
    for (home, place) in places.iter().enumerate() {
        company(&mut rng, format!("{} kaupunki", place.forms.fi_gen), EmployerKind::Public, home);
    }
    for body in STATE_BODIES {
        company(&mut rng, (*body).to_string(), EmployerKind::Public, capital);
    }
    employers
}

/// Split [`COACHES`] among regions in proportion to their ICT weight, at least one each.
fn coach_ranges() -> Vec<CoachRange> {
    let mut regions: Vec<(&'static str, u32)> = Vec::new();
    for m in MUNICIPALITIES {
        match regions.iter_mut().find(|(region, _)| *region == m.region) {
            Some((_, weight)) => *weight += m.ict_weight,
            None => regions.push((m.region, m.ict_weight)),
        }
    }
    let total: u32 = regions.iter().map(|&(_, w)| w).sum::<u32>().max(1);
    let mut counts = regions.iter().map(|&(_, w)| (COACHES * w / total).max(1)).collect::<Vec<_>>();
    let assigned: u32 = counts.iter().sum();
    if let Some(largest) = counts.iter_mut().max() {
        *largest = (*largest + COACHES).saturating_sub(assigned).max(1);
    }
    let mut first = 1;
    regions
        .iter()
        .zip(counts)
        .map(|(&(region, _), count)| {
            let range = CoachRange { region, first, count };
            first += count;
            range
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coaches_cover_every_region_once() {
        let ranges = coach_ranges();
        let total: u32 = ranges.iter().map(|r| r.count).sum();
        assert_eq!(total, COACHES);
        for m in MUNICIPALITIES {
            assert!(ranges.iter().any(|r| r.region == m.region), "no coach for {}", m.region);
        }
        assert!(ranges.windows(2).all(|w| w[0].first + w[0].count == w[1].first));
    }

    #[test]
    fn employer_names_are_unique() {
        let world = World::new(3);
        let mut names = world.employers.iter().map(|e| e.name.as_str()).collect::<Vec<_>>();
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(before, names.len());
        assert!(world.employers_of_kind.iter().all(|(members, _)| !members.is_empty()));
    }
}
