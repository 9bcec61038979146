//! Training programmes: a fixed, realistic catalogue of reskilling programmes (DESIGN.md
//! section 3) of the kind Finnish cities, vocational schools and universities of applied
//! sciences run for unemployed ICT people: a 12-week full-stack course, cloud and DevOps, data
//! analytics, Finnish for IT professionals, test automation, cyber security, mobile, Java
//! back-end, job-search mentoring and more.
//!
//! The catalogue itself (names, providers, skills taught and levels, regions, languages) is
//! data; the seed and `now` only choose the start dates (within about six months around
//! `now`, on Mondays) and the seats, so that every configuration has the same programmes and
//! ids. Providers are invented generic names.
//!
//! **Languages.** A human language is a skill of the taxonomy (`finnish`, `swedish`, kind
//! language), so a language course teaches that skill, level n standing for CEFR level n
//! (3 = B1, 4 = B2). The teaching language of a programme is its `language` field.

use crate::sample::record_rng;
use chrono::{DateTime, Datelike, NaiveDate, TimeDelta, Utc};
use kohtaanto_domain::{TaughtSkill, TrainingProgramme};
use rand::Rng;

/// Streams of programmes: this plus the programme's index.
const PROGRAMME_STREAM: u64 = 1 << 59;

/// When a programme starts.
#[derive(Debug, Clone, Copy)]
enum Intake {
    /// A fixed start date, drawn from `now - 4 weeks ..= now + 26 weeks`.
    Scheduled,
    /// Continuous intake (mentoring, online self-study): no start date.
    Continuous,
}

/// One programme of the catalogue, run in one or more regions (empty region: online).
#[derive(Debug)]
struct Template {
    /// Name in the teaching language.
    name: &'static str,
    /// Provider.
    provider: &'static str,
    /// Teaching language (ISO 639-1).
    language: &'static str,
    /// Regions where it runs; `""` means online.
    regions: &'static [&'static str],
    /// Duration in weeks.
    weeks: u32,
    /// Seats, smallest and largest.
    seats: (u32, u32),
    /// Start.
    intake: Intake,
    /// Skills taught and the level reached.
    skills: &'static [(&'static str, u8)],
}

const CITY_OF_HELSINKI: &str = "Helsingin kaupungin työllisyyspalvelut";

/// The catalogue. One programme per template and region, ids in this order.
const CATALOGUE: &[Template] = &[
    Template {
        name: "Full-stack-ohjelmistokehittäjäksi 12 viikossa",
        provider: "Koodikoulu Helsinki / Helsingin kaupungin työllisyyspalvelut",
        language: "fi",
        regions: &["Uusimaa", "Pirkanmaa"],
        weeks: 12,
        seats: (20, 30),
        intake: Intake::Scheduled,
        skills: &[
            ("javascript", 3),
            ("typescript", 3),
            ("react", 3),
            ("nodejs", 3),
            ("sql", 2),
            ("git", 3),
            ("html", 3),
            ("css", 3),
            ("rest-api", 2),
        ],
    },
    Template {
        name: "Full-Stack Web Development Bootcamp (12 weeks, in English)",
        provider: "Southern Finland University of Applied Sciences",
        language: "en",
        regions: &["Uusimaa", "Varsinais-Suomi"],
        weeks: 12,
        seats: (24, 36),
        intake: Intake::Scheduled,
        skills: &[
            ("javascript", 3),
            ("typescript", 3),
            ("react", 3),
            ("nodejs", 3),
            ("sql", 2),
            ("git", 3),
            ("agile", 2),
        ],
    },
    Template {
        name: "Pilvipalvelut ja DevOps -täsmäkoulutus",
        provider: "Pirkanmaan ammattikorkeakoulu",
        language: "fi",
        regions: &["Pirkanmaa", "Pohjois-Pohjanmaa"],
        weeks: 16,
        seats: (18, 25),
        intake: Intake::Scheduled,
        skills: &[
            ("docker", 3),
            ("kubernetes", 3),
            ("aws", 3),
            ("azure", 2),
            ("ci-cd", 3),
            ("terraform", 3),
            ("linux", 3),
            ("git", 3),
        ],
    },
    Template {
        name: "Cloud Engineer Reskilling: AWS, Azure and Kubernetes (online)",
        provider: "Finnish Online Tech Academy",
        language: "en",
        regions: &[""],
        weeks: 20,
        seats: (40, 80),
        intake: Intake::Scheduled,
        skills: &[
            ("aws", 3),
            ("azure", 3),
            ("kubernetes", 3),
            ("docker", 3),
            ("terraform", 2),
            ("ci-cd", 3),
            ("linux", 2),
            ("cloud-architecture", 2),
        ],
    },
    Template {
        name: "Data-analytiikan täydennyskoulutus",
        provider: "Keski-Suomen ammattikorkeakoulu",
        language: "fi",
        regions: &["Keski-Suomi", "Uusimaa"],
        weeks: 20,
        seats: (20, 30),
        intake: Intake::Scheduled,
        skills: &[
            ("python", 3),
            ("sql", 3),
            ("pandas", 3),
            ("power-bi", 3),
            ("statistics", 2),
            ("data-visualization", 3),
            ("excel", 3),
        ],
    },
    Template {
        name: "Dataanalys med Python och Power BI",
        provider: "Yrkeshögskolan i Österbotten",
        language: "sv",
        regions: &["Pohjanmaa"],
        weeks: 16,
        seats: (15, 22),
        intake: Intake::Scheduled,
        skills: &[("python", 3), ("sql", 3), ("pandas", 2), ("power-bi", 3), ("statistics", 2)],
    },
    Template {
        name: "Suomea IT-ammattilaisille (tavoitetaso B1)",
        provider: CITY_OF_HELSINKI,
        language: "fi",
        regions: &["Uusimaa", "Pirkanmaa"],
        weeks: 24,
        seats: (16, 24),
        intake: Intake::Scheduled,
        skills: &[("finnish", 3), ("communication", 2), ("intercultural-competence", 2)],
    },
    Template {
        name: "Työelämän suomi IT-alalle, jatkotaso (tavoitetaso B2, verkossa)",
        provider: "Suomen aikuisopisto",
        language: "fi",
        regions: &[""],
        weeks: 20,
        seats: (30, 50),
        intake: Intake::Scheduled,
        skills: &[("finnish", 4), ("technical-documentation", 2)],
    },
    Template {
        name: "Svenska för IT-proffs (B1)",
        provider: "Vasa arbetarinstitut",
        language: "sv",
        regions: &["Pohjanmaa"],
        weeks: 16,
        seats: (12, 18),
        intake: Intake::Scheduled,
        skills: &[("swedish", 3), ("communication", 2)],
    },
    Template {
        name: "Testiautomaatio: Robot Framework ja Selenium",
        provider: "Uudenmaan ammattiopisto",
        language: "fi",
        regions: &["Uusimaa", "Pirkanmaa"],
        weeks: 10,
        seats: (16, 24),
        intake: Intake::Scheduled,
        skills: &[
            ("test-automation", 3),
            ("robot-framework", 3),
            ("selenium", 3),
            ("python", 2),
            ("ci-cd", 2),
            ("software-testing", 3),
            ("git", 2),
        ],
    },
    Template {
        name: "Kyberturvallisuuden asiantuntijaksi",
        provider: "Oulun seudun ammattikorkeakoulu",
        language: "fi",
        regions: &["Pohjois-Pohjanmaa", "Keski-Suomi"],
        weeks: 24,
        seats: (18, 25),
        intake: Intake::Scheduled,
        skills: &[
            ("information-security", 3),
            ("network-security", 3),
            ("linux", 2),
            ("siem", 2),
            ("incident-response", 2),
            ("owasp", 2),
            ("security-operations", 2),
        ],
    },
    Template {
        name: "Mobile App Developer: Kotlin, Swift and React Native",
        provider: "Oulun seudun ammattikorkeakoulu",
        language: "en",
        regions: &["Pohjois-Pohjanmaa"],
        weeks: 16,
        seats: (16, 24),
        intake: Intake::Scheduled,
        skills: &[
            ("kotlin", 3),
            ("android-development", 3),
            ("swift", 2),
            ("ios-development", 2),
            ("react-native", 2),
            ("git", 2),
        ],
    },
    Template {
        name: "Java-backend-kehittäjä",
        provider: "Turun seudun ammattiopisto",
        language: "fi",
        regions: &["Varsinais-Suomi", "Uusimaa"],
        weeks: 16,
        seats: (18, 26),
        intake: Intake::Scheduled,
        skills: &[
            ("java", 3),
            ("spring-boot", 3),
            ("sql", 3),
            ("rest-api", 3),
            ("microservices", 2),
            ("docker", 2),
            ("junit", 2),
            ("git", 3),
        ],
    },
    Template {
        name: "C# ja .NET -ohjelmistokehittäjäksi",
        provider: "Hämeen aikuiskoulutuskeskus",
        language: "fi",
        regions: &["Kanta-Häme"],
        weeks: 16,
        seats: (15, 22),
        intake: Intake::Scheduled,
        skills: &[("csharp", 3), ("dotnet", 3), ("aspnet", 2), ("sql", 3), ("azure", 2), ("git", 3)],
    },
    Template {
        name: "Koneoppiminen ja tekoäly ohjelmistokehittäjille",
        provider: "Itä-Suomen ammattikorkeakoulu",
        language: "fi",
        regions: &["Pohjois-Savo"],
        weeks: 20,
        seats: (15, 20),
        intake: Intake::Scheduled,
        skills: &[
            ("python", 3),
            ("machine-learning", 3),
            ("scikit-learn", 3),
            ("pandas", 3),
            ("generative-ai", 2),
            ("llm", 2),
        ],
    },
    Template {
        name: "Data Engineering with Spark and Databricks (online)",
        provider: "Finnish Online Tech Academy",
        language: "en",
        regions: &[""],
        weeks: 14,
        seats: (30, 60),
        intake: Intake::Scheduled,
        skills: &[
            ("spark", 3),
            ("databricks", 3),
            ("azure-data-factory", 2),
            ("sql", 3),
            ("python", 3),
            ("data-modeling", 2),
        ],
    },
    Template {
        name: "IT-tukihenkilöksi",
        provider: "Kaakkois-Suomen ammattiopisto",
        language: "fi",
        regions: &["Etelä-Karjala", "Lappi"],
        weeks: 12,
        seats: (14, 20),
        intake: Intake::Scheduled,
        skills: &[
            ("it-support", 3),
            ("service-desk", 3),
            ("windows", 3),
            ("microsoft-365", 3),
            ("active-directory", 2),
            ("itil", 2),
            ("troubleshooting", 3),
        ],
    },
    Template {
        name: "UX/UI-suunnittelun täsmäkoulutus",
        provider: "Southern Finland University of Applied Sciences",
        language: "fi",
        regions: &["Uusimaa"],
        weeks: 12,
        seats: (16, 22),
        intake: Intake::Scheduled,
        skills: &[
            ("ux-design", 3),
            ("ui-design", 3),
            ("figma", 3),
            ("usability-testing", 2),
            ("accessibility", 2),
        ],
    },
    Template {
        name: "Vertaismentorointi: IT-osaajan työnhaku",
        provider: CITY_OF_HELSINKI,
        language: "fi",
        regions: &["Uusimaa"],
        weeks: 8,
        seats: (30, 40),
        intake: Intake::Continuous,
        skills: &[("communication", 3), ("presentation-skills", 2), ("self-direction", 3), ("teamwork", 2)],
    },
    Template {
        name: "Job Search Coaching for International IT Professionals",
        provider: "Tampere Region Employment Services",
        language: "en",
        regions: &["Pirkanmaa", ""],
        weeks: 6,
        seats: (25, 40),
        intake: Intake::Continuous,
        skills: &[
            ("communication", 3),
            ("intercultural-competence", 3),
            ("agile", 2),
            ("scrum", 2),
            ("presentation-skills", 2),
        ],
    },
];

/// Monday of the week of `date`, or of the next week when `date` is past Wednesday.
fn nearby_monday(date: NaiveDate) -> NaiveDate {
    let weekday = i64::from(date.weekday().num_days_from_monday());
    if weekday <= 2 { date - TimeDelta::days(weekday) } else { date + TimeDelta::days(7 - weekday) }
}

/// The programmes of the catalogue, ids `prog-001`, `prog-002`, ...: start dates from `now`
/// and seats from `seed`.
pub(crate) fn programmes(seed: u64, now: DateTime<Utc>) -> Vec<TrainingProgramme> {
    let today = now.date_naive();
    let mut programmes = Vec::new();
    for template in CATALOGUE {
        for region in template.regions {
            let index = programmes.len();
            let mut rng = record_rng(seed, PROGRAMME_STREAM + index as u64);
            let start_date = match template.intake {
                Intake::Scheduled => {
                    let offset_days = rng.random_range(-28..=182);
                    Some(nearby_monday(today + TimeDelta::days(offset_days)))
                }
                Intake::Continuous => None,
            };
            let (fewest, most) = template.seats;
            programmes.push(TrainingProgramme {
                id: format!("prog-{:03}", index + 1),
                name: template.name.to_string(),
                provider: template.provider.to_string(),
                skills: template
                    .skills
                    .iter()
                    .map(|&(skill, level)| TaughtSkill { skill: skill.to_string(), level })
                    .collect(),
                region: region.to_string(),
                language: template.language.to_string(),
                duration_weeks: template.weeks,
                start_date,
                seats: rng.random_range(fewest..=most),
            });
        }
    }
    programmes
}

#[cfg(test)]
mod tests {
    use super::*;
    use kohtaanto_domain::Validate;
    use kohtaanto_domain::regions::REGIONS;

    fn now() -> DateTime<Utc> {
        "2026-03-04T12:00:00Z".parse().expect("timestamp")
    }

    #[test]
    fn catalogue_is_valid_and_deterministic() {
        let programmes = programmes(7, now());
        assert!((10..=30).contains(&programmes.len()), "{} programmes", programmes.len());
        assert_eq!(programmes, super::programmes(7, now()));
        assert_ne!(programmes, super::programmes(8, now()), "the seed moves dates and seats");
        for (i, programme) in programmes.iter().enumerate() {
            programme.validate().unwrap_or_else(|e| panic!("{}: {e}", programme.id));
            assert_eq!(programme.id, format!("prog-{:03}", i + 1));
            assert!(programme.region.is_empty() || REGIONS.contains(&programme.region.as_str()));
            assert!(["fi", "sv", "en"].contains(&programme.language.as_str()));
            assert!(programme.seats > 0 && programme.duration_weeks > 0);
            if let Some(start) = programme.start_date {
                assert_eq!(start.weekday(), chrono::Weekday::Mon, "{}", programme.id);
                let days = (start - now().date_naive()).num_days();
                assert!((-31..=186).contains(&days), "{} starts {days} days from now", programme.id);
            }
        }
        let teaches =
            |skill: &str| programmes.iter().filter(|p| p.skills.iter().any(|s| s.skill == skill)).count();
        for skill in ["react", "kubernetes", "power-bi", "finnish", "robot-framework", "java", "kotlin"] {
            assert!(teaches(skill) > 0, "no programme teaches {skill}");
        }
        assert!(programmes.iter().any(|p| p.region.is_empty()), "online programmes");
        assert!(programmes.iter().any(|p| p.start_date.is_none()), "continuous intake");
    }

    #[test]
    fn taught_skills_are_in_the_embedded_taxonomy() {
        let taxonomy = kohtaanto_taxonomy::Taxonomy::embedded();
        for template in CATALOGUE {
            for (skill, _) in template.skills {
                assert!(taxonomy.index_of(skill).is_some(), "{}: unknown skill {skill}", template.name);
            }
        }
    }

    #[test]
    fn mondays_are_near() {
        let wednesday = NaiveDate::from_ymd_opt(2026, 3, 4).expect("date");
        assert_eq!(nearby_monday(wednesday), NaiveDate::from_ymd_opt(2026, 3, 2).expect("date"));
        let thursday = NaiveDate::from_ymd_opt(2026, 3, 5).expect("date");
        assert_eq!(nearby_monday(thursday), NaiveDate::from_ymd_opt(2026, 3, 9).expect("date"));
    }
}
