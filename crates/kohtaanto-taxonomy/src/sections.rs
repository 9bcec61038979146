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
//! The same holds for a posting's title: a short first line ([`TITLE_WORDS`] words at most)
//! followed by more text. It names the role (`Senior Java Developer`); the requirements come in
//! the text.
//!
//! Measured on the SkillSpan train split: of the 575 sentences in company or benefits sections
//! none has a gold Knowledge span, and neither has any of the 29 titles on a line of their own;
//! on dev the section rule removed 22 predictions, 1 of them overlapping a gold span, and the
//! title rule 7, none overlapping (see the README for the figures).

use crate::spans::Segmented;

/// Longest heading, in words.
pub const HEADING_WORDS: usize = 6;

/// The highest confidence a mention in a company or benefits section, or in the title, gets.
pub const OFF_JOB_CONFIDENCE: f32 = 0.2;

/// Longest first line taken for a title, in words.
pub const TITLE_WORDS: usize = 10;

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

/// Byte ranges `[start, end)` of `text` that lie in its title or in company or benefits
/// sections, in order.
pub fn off_job_ranges(text: &str) -> Vec<(usize, usize)> {
    off_job_ranges_in(text, &Segmented::new(text))
}

/// [`off_job_ranges`] of a text already split into words and segments (both English models
/// have it at hand).
pub(crate) fn off_job_ranges_in(text: &str, segmented: &Segmented) -> Vec<(usize, usize)> {
    let words = &segmented.words;
    let mut out: Vec<(usize, usize)> = Vec::new();
    // The title: a short first line with more text after it.
    let first_line_end = text.find('\n').unwrap_or(text.len());
    let title_words = words.partition_point(|w| w.end <= first_line_end);
    if (1..=TITLE_WORDS).contains(&title_words) && title_words < words.len() {
        out.push((words[0].start, words[title_words - 1].end));
    }
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
                Some(last) if last.1 > first_byte => {}
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
            vec!["Backend developer", "Free AWS courses\nPrivate health insurance", "We run on Azure."],
            "benefits end at `Your role`; an unnamed short line does not end them"
        );
    }

    #[test]
    fn headings_addressing_the_reader_are_about_the_job() {
        let text = "Company description:\nWe build games.\nWho we are looking for\nYou know Java.";
        assert_eq!(off_job_texts(text), vec!["Company description:\nWe build games."], "with the title");
        let text = "You will automate some ETL processes every night etc. ) Job benefits:\nMeal allowance and Docker courses";
        assert_eq!(
            off_job_texts(text),
            vec!["Meal allowance and Docker courses"],
            "a heading ending a long line"
        );
    }

    #[test]
    fn a_short_first_line_with_text_after_it_is_the_title() {
        assert_eq!(off_job_texts("Senior Java Developer\nYou know Java."), vec!["Senior Java Developer"]);
        assert!(off_job_texts("Senior Java Developer").is_empty(), "a line alone is no title");
        let long = "You will build services in Java and Kotlin with our team of eight\nMore text.";
        assert!(off_job_texts(long).is_empty(), "a long first line is text");
    }

    #[test]
    fn text_without_such_headings_has_no_off_job_ranges() {
        assert!(off_job_texts("We need Java. About the role: Kotlin and AWS.").is_empty());
        assert!(off_job_texts("").is_empty());
        let ranges = [(5, 10), (20, 30)];
        assert!(inside(&ranges, 6, 9));
        assert!(inside(&ranges, 20, 30));
        assert!(!inside(&ranges, 9, 12));
        assert!(!inside(&ranges, 0, 3));
    }
}
