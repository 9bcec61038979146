//! The data of the planners' report as plain Rust values, independent of gRPC and of drawing.
//!
//! `report::fetch` fills a [`Report`] from the SkillGaps and TrainingProgrammes services;
//! `report::charts` and `report::html` turn it into SVG and HTML. Tests build one by hand.
//!
//! Every count that comes from the server's aggregates is a [`Count`]: either a number or
//! suppressed (fewer than k people or postings, DESIGN.md section 5). A suppressed count is
//! never a zero: charts and tables mark it as suppressed.

use chrono::{DateTime, NaiveDate, Utc};

/// An aggregate count, or the fact that it is hidden because it is below k.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Count {
    /// Below the anonymity threshold k: not shown.
    Suppressed,
    /// The count.
    Shown(u64),
}

impl Count {
    /// The number when it is shown.
    pub fn value(self) -> Option<u64> {
        match self {
            Count::Shown(value) => Some(value),
            Count::Suppressed => None,
        }
    }

    /// The number for sorting and axis ranges: a suppressed count as 0 (never drawn as one).
    pub fn or_zero(self) -> u64 {
        self.value().unwrap_or(0)
    }

    /// The count as table text: the number, or `<k` when suppressed.
    pub fn display(self, k: u32) -> String {
        match self {
            Count::Shown(value) => value.to_string(),
            Count::Suppressed => format!("<{k}"),
        }
    }
}

/// One skill's market figures in one region (or in all regions) over the report period.
#[derive(Debug, Clone, PartialEq)]
pub struct SkillFigures {
    /// Taxonomy skill id, e.g. `kubernetes`.
    pub skill: String,
    /// Human label, e.g. `Kubernetes`.
    pub label: String,
    /// Active job postings requiring the skill.
    pub demand: Count,
    /// Jobseekers who have the skill (not stale).
    pub supply: Count,
    /// Jobseekers for whom the skill is the only missing requirement of some posting.
    pub only_missing: Count,
    /// The server's gap: demand minus supply, a suppressed supply counted as 0 (for ranking).
    pub gap: i64,
}

/// The top skill gaps of one region.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionGaps {
    /// Region (maakunta), e.g. `Uusimaa`.
    pub region: String,
    /// The skills with the biggest gaps, biggest first.
    pub skills: Vec<SkillFigures>,
}

/// Demand of one skill month by month.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendSeries {
    /// Skill label.
    pub label: String,
    /// One count per month of [`Trend::months`], in the same order.
    pub values: Vec<Count>,
}

/// Monthly demand of the top skills.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Trend {
    /// Months in order, as `YYYY-MM`.
    pub months: Vec<String>,
    /// One series per skill.
    pub series: Vec<TrendSeries>,
}

/// What one training programme would do if the jobseekers in scope completed it.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgrammeImpact {
    /// Programme id.
    pub id: String,
    /// Programme name.
    pub name: String,
    /// Provider (may be empty).
    pub provider: String,
    /// Region, empty for online programmes.
    pub region: String,
    /// Jobseekers who would gain at least one match.
    pub seekers_gaining_match: Count,
    /// Matches gained in total.
    pub matches_gained: Count,
    /// 95 % interval of `seekers_gaining_match` when it is an estimate.
    pub seekers_interval: Option<(u32, u32)>,
    /// 95 % interval of `matches_gained` when it is an estimate.
    pub matches_interval: Option<(u32, u32)>,
}

/// Everything the report shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// When the report was made.
    pub generated_at: DateTime<Utc>,
    /// The day the data describes (the server's reference date).
    pub data_date: NaiveDate,
    /// First day of the period of the market figures, when limited.
    pub since: Option<NaiveDate>,
    /// Last day of the period, when limited.
    pub until: Option<NaiveDate>,
    /// The anonymity threshold: counts below it are suppressed.
    pub k: u32,
    /// Where the data came from (server URL), shown in the footer.
    pub source: String,
    /// Demand postings over all regions in the period (public).
    pub posting_count: u64,
    /// Jobseekers over all regions.
    pub jobseeker_count: Count,
    /// Coverage at or above which a posting is a match (programme comparison).
    pub match_threshold: f64,
    /// 0 when the programme comparison is exact, else estimated from one jobseeker in this many.
    pub sample_one_in: u32,
    /// Figures over every region, biggest gap first (demand vs supply chart).
    pub overall: Vec<SkillFigures>,
    /// Top gaps of each region.
    pub regions: Vec<RegionGaps>,
    /// Monthly demand of the top skills.
    pub trend: Trend,
    /// Programme comparison, most jobseekers gaining a match first.
    pub programmes: Vec<ProgrammeImpact>,
}

#[cfg(test)]
pub mod fixtures {
    //! A fixed report for the tests of the charts and the HTML.

    use super::*;

    fn figures(
        skill: &str,
        label: &str,
        demand: Count,
        supply: Count,
        only: Count,
        gap: i64,
    ) -> SkillFigures {
        SkillFigures { skill: skill.into(), label: label.into(), demand, supply, only_missing: only, gap }
    }

    /// A report with every kind of value: shown and suppressed counts, labels that need
    /// escaping, two regions, three months, three programmes.
    pub fn report() -> Report {
        use Count::{Shown, Suppressed};
        let overall = vec![
            figures("kubernetes", "Kubernetes", Shown(340), Shown(41), Shown(57), 299),
            figures("aws", "AWS", Shown(290), Shown(77), Shown(33), 213),
            figures("c-sharp", "C#", Shown(120), Suppressed, Shown(12), 120),
            figures("rd", "R&D <lab> \"tools\"", Suppressed, Shown(6), Suppressed, -6),
        ];
        Report {
            generated_at: "2026-11-22T07:00:00Z".parse().expect("time"),
            data_date: NaiveDate::from_ymd_opt(2026, 11, 21).expect("date"),
            since: NaiveDate::from_ymd_opt(2026, 6, 1),
            until: None,
            k: 5,
            source: "http://127.0.0.1:50051".into(),
            posting_count: 1_234,
            jobseeker_count: Shown(2_345),
            match_threshold: 0.8,
            sample_one_in: 0,
            overall: overall.clone(),
            regions: vec![
                RegionGaps { region: "Uusimaa".into(), skills: overall.clone() },
                RegionGaps { region: "Pirkanmaa & <Häme>".into(), skills: overall[1..3].to_vec() },
                RegionGaps { region: "Lappi".into(), skills: Vec::new() },
            ],
            trend: Trend {
                months: vec!["2026-09".into(), "2026-10".into(), "2026-11".into()],
                series: vec![
                    TrendSeries {
                        label: "Kubernetes".into(),
                        values: vec![Shown(100), Shown(120), Shown(120)],
                    },
                    TrendSeries { label: "C#".into(), values: vec![Shown(30), Suppressed, Shown(45)] },
                ],
            },
            programmes: vec![
                ProgrammeImpact {
                    id: "prog-k8s".into(),
                    name: "Kubernetes bootcamp".into(),
                    provider: "Helsingin kaupunki".into(),
                    region: "Uusimaa".into(),
                    seekers_gaining_match: Shown(62),
                    matches_gained: Shown(410),
                    seekers_interval: None,
                    matches_interval: None,
                },
                ProgrammeImpact {
                    id: "prog-aws".into(),
                    name: "AWS & cloud <basics>".into(),
                    provider: String::new(),
                    region: String::new(),
                    seekers_gaining_match: Shown(20),
                    matches_gained: Shown(95),
                    seekers_interval: None,
                    matches_interval: None,
                },
                ProgrammeImpact {
                    id: "prog-tiny".into(),
                    name: "Niche course".into(),
                    provider: "Oulun yliopisto".into(),
                    region: "Pohjois-Pohjanmaa".into(),
                    seekers_gaining_match: Suppressed,
                    matches_gained: Suppressed,
                    seekers_interval: None,
                    matches_interval: None,
                },
            ],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suppressed_counts_are_not_numbers() {
        assert_eq!(Count::Shown(7).value(), Some(7));
        assert_eq!(Count::Suppressed.value(), None);
        assert_eq!(Count::Suppressed.display(5), "<5");
        assert_eq!(Count::Shown(12).display(5), "12");
        assert_eq!(Count::Suppressed.or_zero(), 0);
    }
}
