//! Small text helpers: the text language, filling `{tech}` templates (with the Finnish hyphen
//! rule for compounds), joining lists the way each language does, capitalising, dates.

use chrono::{DateTime, Datelike, Utc};

/// Language of a generated text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TextLang {
    /// Finnish.
    Fi,
    /// Swedish.
    Sv,
    /// English.
    En,
}

impl TextLang {
    /// Pick the text for this language.
    pub(crate) fn pick<T: Copy>(self, fi: T, sv: T, en: T) -> T {
        match self {
            TextLang::Fi => fi,
            TextLang::Sv => sv,
            TextLang::En => en,
        }
    }
}

/// The first part of a Finnish hyphenated compound: `Java` -> `Java-`, but a name of several
/// words takes a space before the hyphen: `Spring Boot` -> `Spring Boot -`.
pub(crate) fn fi_compound_head(name: &str) -> String {
    if name.contains(' ') { format!("{name} -") } else { format!("{name}-") }
}

/// Fill `{key}` with `value` and `{key-}` with the Finnish compound head of `value`.
pub(crate) fn fill(template: &str, key: &str, value: &str) -> String {
    let hyphenated = format!("{{{key}-}}");
    let plain = format!("{{{key}}}");
    let mut text = template.to_string();
    if text.contains(&hyphenated) {
        text = text.replace(&hyphenated, &fi_compound_head(value));
    }
    if text.contains(&plain) {
        text = text.replace(&plain, value);
    }
    text
}

/// Upper-case the first letter (`ohjelmistokehittäjä` -> `Ohjelmistokehittäjä`; `.NET` stays).
pub(crate) fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Join items as a list: "A, B ja C" / "A, B och C" / "A, B and C"; `or` uses tai / eller / or.
pub(crate) fn join_list(lang: TextLang, items: &[String], or: bool) -> String {
    let conjunction = match (lang, or) {
        (TextLang::Fi, false) => "ja",
        (TextLang::Fi, true) => "tai",
        (TextLang::Sv, false) => "och",
        (TextLang::Sv, true) => "eller",
        (TextLang::En, false) => "and",
        (TextLang::En, true) => "or",
    };
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => format!("{} {conjunction} {last}", init.join(", ")),
    }
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date as written in the language: 31.3.2026 (fi, sv) or 31 March 2026 (en).
pub(crate) fn date_text(lang: TextLang, at: DateTime<Utc>) -> String {
    match lang {
        TextLang::Fi | TextLang::Sv => format!("{}.{}.{}", at.day(), at.month(), at.year()),
        TextLang::En => format!("{} {} {}", at.day(), MONTHS_EN[at.month0() as usize], at.year()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finnish_compounds_follow_the_hyphen_rule() {
        assert_eq!(fill("{tech-}kehittäjä", "tech", "Java"), "Java-kehittäjä");
        assert_eq!(fill("{tech-}kehittäjä", "tech", "React Native"), "React Native -kehittäjä");
        assert_eq!(fill("ohjelmistokehittäjä, {tech}", "tech", ".NET"), "ohjelmistokehittäjä, .NET");
    }

    #[test]
    fn lists_join_per_language() {
        let items: Vec<String> =
            ["Java", "Spring Boot", "PostgreSQL"].iter().map(|s| s.to_string()).collect();
        assert_eq!(join_list(TextLang::Fi, &items, false), "Java, Spring Boot ja PostgreSQL");
        assert_eq!(join_list(TextLang::Sv, &items[..2], true), "Java eller Spring Boot");
        assert_eq!(join_list(TextLang::En, &items[..1], false), "Java");
    }

    #[test]
    fn capitalizes_unicode() {
        assert_eq!(capitalize("ähtäri"), "Ähtäri");
        assert_eq!(capitalize(".NET"), ".NET");
        assert_eq!(capitalize(""), "");
    }

    #[test]
    fn dates_per_language() {
        let at: DateTime<Utc> = "2026-03-31T10:00:00Z".parse().expect("timestamp");
        assert_eq!(date_text(TextLang::Fi, at), "31.3.2026");
        assert_eq!(date_text(TextLang::En, at), "31 March 2026");
    }
}
