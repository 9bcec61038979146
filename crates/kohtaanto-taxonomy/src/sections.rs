//! Posting sections that describe the employer rather than the job: a company description
//! (`About us`, `Company description:`) or what the employer offers (`Benefits`, `What we
//! offer`). Skills named there are seldom requirements ("we build our platform on Kubernetes",
//! "free AWS certification courses"), so English mentions in them get a low confidence
//! ([`OFF_JOB_CONFIDENCE`]) and the tagger proposes no spans there.
//!
//! A section starts at a heading: a line (a segment, as [`Segmented`](crate::spans) splits text)
//! of at most [`HEADING_WORDS`] words naming a section, or a longer line ending in a colon whose
//! last three words name one (`... ETL processes etc. Job benefits:`). It lasts until the next
//! heading that names another section (`Requirements`, `Your role`, `Job description`);
//! headings that name none (`Private health insurance`) do not end it.
//!
//! Measured on the SkillSpan train split: of the 575 sentences in such sections, none has a gold
//! Knowledge span; on dev the rule removes 22 predictions, 1 of them overlapping a gold span
//! (see the README for the figures with and without it).

use crate::spans::Segmented;

/// Longest heading, in words.
pub const HEADING_WORDS: usize = 6;

/// The highest confidence a mention in a company or benefits section gets.
pub const OFF_JOB_CONFIDENCE: f32 = 0.2;

/// Heading words of a company description.
const COMPANY: &[&str] = &[
    "company description",
    "about us",
    "about the company",
    "who we are",
    "our company",
    "the company",
    "our story",
];

/// Heading words of what the employer offers.
const OFFER: &[&str] = &[
    "benefit",
    "we offer",
    "perks",
    "why join",
    "why work",
    "compensation",
    "in return",
    "what's in it",
    "what’s in it",
];

/// Heading words of the job itself (end a company or benefits section).
const JOB: &[&str] = &[
    "requirement",
    "qualification",
    "skills",
    "profile",
    "you have",
    "you bring",
    "you need",
    "looking for",
    "must have",
    "nice to have",
    "preferred",
    "desired",
    "ideal candidate",
    "about you",
    "about the role",
    "who you are",
    "we expect",
    "responsibilit",
    "tasks",
    "duties",
    "you'll do",
    "you will",
    "your role",
    "the role",
    "your mission",
    "job description",
    "the position",
    "technologies",
    "tech stack",
    "industry",
];

/// What a heading (lowercase) names: `Some(true)` a company or benefits section, `Some(false)` a
/// part of the job, `None` neither. Headings addressing the reader (`Who we are looking for`,
/// `About you`) are about the job even when they contain company words.
fn names_off_job(heading: &str) -> Option<bool> {
    let heading = heading.trim_end_matches([':', ' ']);
    let addresses_reader = heading.contains("looking for") || heading.split_whitespace().any(|w| w == "you");
    if !addresses_reader && COMPANY.iter().chain(OFFER).any(|k| heading.contains(k)) {
        return Some(true);
    }
    JOB.iter().any(|k| heading.contains(k)).then_some(false)
}

/// Byte ranges `[start, end)` of `text` that lie in company or benefits sections, in order.
pub fn off_job_ranges(text: &str) -> Vec<(usize, usize)> {
    let segmented = Segmented::new(text);
    let words = &segmented.words;
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut off_job = false;
    let mut at = 0;
    while at < words.len() {
        let end = segmented.segment_end[at].clamp(at + 1, words.len());
        let (first_byte, last_byte) = (words[at].start, words[end - 1].end);
        let count = end - at;
        let named = if count <= HEADING_WORDS {
            names_off_job(&text[first_byte..last_byte].to_lowercase())
        } else if text[first_byte..last_byte].ends_with(':') {
            let tail_start = words[end.saturating_sub(3)].start;
            names_off_job(&text[tail_start..last_byte].to_lowercase())
        } else {
            None
        };
        let is_heading = named.is_some() && count <= HEADING_WORDS;
        if off_job && !is_heading {
            match out.last_mut() {
                Some(last) if text[last.1..first_byte].trim().is_empty() => last.1 = last_byte,
                _ => out.push((first_byte, last_byte)),
            }
        }
        if let Some(named) = named {
            off_job = named;
        }
        at = end;
    }
    out
}

/// Whether the byte range `[start, end)` lies inside one of `ranges` (sorted, disjoint).
pub fn inside(ranges: &[(usize, usize)], start: usize, end: usize) -> bool {
    let i = ranges.partition_point(|&(_, e)| e <= start);
    ranges.get(i).is_some_and(|&(s, e)| s <= start && end <= e)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn off_job_texts(text: &str) -> Vec<&str> {
        off_job_ranges(text).into_iter().map(|(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn company_and_benefit_sections_last_until_a_job_heading() {
        let text = "Backend developer\nRequirements\nPython and Kubernetes\nWhat we offer:\nFree AWS courses\n\
                    Private health insurance\nYour role\nBuild APIs in Go\nAbout us\nWe run on Azure.";
        assert_eq!(
            off_job_texts(text),
            vec!["Free AWS courses\nPrivate health insurance", "We run on Azure."],
            "benefits end at `Your role`; an unnamed short line does not end them"
        );
    }

    #[test]
    fn headings_addressing_the_reader_are_about_the_job() {
        let text = "Company description:\nWe build games.\nWho we are looking for\nYou know Java.";
        assert_eq!(off_job_texts(text), vec!["We build games."]);
        let text = "Some ETL processes etc. ) Job benefits:\nMeal allowance and Docker courses";
        assert_eq!(
            off_job_texts(text),
            vec!["Meal allowance and Docker courses"],
            "a heading ending a long line"
        );
    }

    #[test]
    fn text_without_such_headings_has_no_off_job_ranges() {
        assert!(off_job_texts("We need Java.\nAbout the role\nKotlin and AWS.").is_empty());
        assert!(off_job_texts("").is_empty());
        let ranges = [(5, 10), (20, 30)];
        assert!(inside(&ranges, 6, 9));
        assert!(inside(&ranges, 20, 30));
        assert!(!inside(&ranges, 9, 12));
        assert!(!inside(&ranges, 0, 3));
    }
}
