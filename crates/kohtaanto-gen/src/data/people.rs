//! Jobseekers' mother tongues and the parts that fictional employer names are built from.
//!
//! Mother tongues follow the largest foreign-language groups among ICT professionals who moved
//! to Finland (Russian, Estonian, Ukrainian, Arabic, Chinese, Indian languages, Persian...).

/// A mother tongue of immigrant jobseekers.
#[derive(Debug, Clone, Copy)]
pub(crate) struct MotherTongue {
    /// ISO 639-1 code.
    pub code: &'static str,
    /// Relative weight.
    pub weight: u32,
    /// English name of the language.
    pub en: &'static str,
    /// Finnish name (nominative, lowercase).
    pub fi: &'static str,
    /// Estonian speakers learn Finnish fast: their Finnish is a level higher.
    pub close_to_finnish: bool,
}

const fn tongue(code: &'static str, weight: u32, en: &'static str, fi: &'static str) -> MotherTongue {
    MotherTongue { code, weight, en, fi, close_to_finnish: false }
}

/// Mother tongues of immigrant jobseekers, with relative weights.
pub(crate) const MOTHER_TONGUES: &[MotherTongue] = &[
    tongue("ru", 20, "Russian", "venäjä"),
    MotherTongue { code: "et", weight: 10, en: "Estonian", fi: "viro", close_to_finnish: true },
    tongue("uk", 10, "Ukrainian", "ukraina"),
    tongue("ar", 9, "Arabic", "arabia"),
    tongue("hi", 8, "Hindi", "hindi"),
    tongue("zh", 7, "Chinese", "kiina"),
    tongue("fa", 6, "Persian", "persia"),
    tongue("es", 5, "Spanish", "espanja"),
    tongue("tr", 4, "Turkish", "turkki"),
    tongue("so", 4, "Somali", "somali"),
    tongue("vi", 4, "Vietnamese", "vietnam"),
    tongue("pt", 4, "Portuguese", "portugali"),
    tongue("de", 3, "German", "saksa"),
    tongue("fr", 3, "French", "ranska"),
    tongue("bn", 3, "Bengali", "bengali"),
    tongue("ta", 2, "Tamil", "tamili"),
];

/// Finnish-sounding first parts of company names (nature words; none is a real brand on purpose).
pub(crate) const FINNISH_NAME_STEMS: &[&str] = &[
    "Revontuli",
    "Kuura",
    "Havu",
    "Tuisku",
    "Routa",
    "Kide",
    "Lumo",
    "Sisu",
    "Virta",
    "Kallio",
    "Louhi",
    "Aamurusko",
    "Hilla",
    "Lakka",
    "Kanerva",
    "Katajisto",
    "Paju",
    "Saarni",
    "Vaahtera",
    "Aava",
    "Ulappa",
    "Laine",
    "Kumpu",
    "Harju",
    "Rinne",
    "Haukka",
    "Ilves",
    "Kettu",
    "Majava",
    "Tähkä",
    "Hirvi",
    "Joutsen",
    "Kurki",
    "Kuikka",
    "Tiira",
    "Peippo",
    "Tikka",
    "Kaisla",
    "Selkä",
    "Lehto",
    "Kivikko",
    "Tyrsky",
    "Utu",
    "Hanki",
    "Nietos",
    "Tunturinen",
    "Kajo",
    "Vuolle",
    "Koskela",
    "Suvanto",
];

/// Last parts of Finnish company names.
pub(crate) const FINNISH_NAME_ENDS: &[&str] = &[
    "Digital Oy",
    "Solutions Oy",
    "Tech Oy",
    "Systems Oy",
    "Ohjelmistot Oy",
    "Software Oy",
    "Labs Oy",
    "Consulting Oy",
    "Group Oyj",
    "IT Oy",
    "Technologies Oy",
    "Innovations Oy",
    "Tietotekniikka Oy",
    "Partners Oy",
    "Works Oy",
];

/// First parts of English-styled start-up names.
pub(crate) const INTERNATIONAL_STEMS: &[&str] = &[
    "North", "Arctic", "Boreal", "Polar", "Blue", "Frost", "Silver", "Nord", "Aurora", "Lumen", "Vector",
    "Helix", "Pine", "Birch", "Granite", "Harbor", "Fjord", "Tundra", "Glacier", "Spruce",
];

/// Last parts of English-styled start-up names.
pub(crate) const INTERNATIONAL_ENDS: &[&str] = &[
    "byte Oy", "stack Oy", "wave Oy", "logic Oy", "forge Oy", "point Oy", "grid Oy", "labs Oy", "soft Oy",
    "ware Oy",
];

/// First parts of Swedish-speaking company names.
pub(crate) const SWEDISH_STEMS: &[&str] = &[
    "Skärgård",
    "Fyrtorn",
    "Ekholm",
    "Strand",
    "Sjöberg",
    "Granskog",
    "Vikström",
    "Lindholm",
    "Björkvik",
    "Mossberg",
    "Holmgård",
    "Kobbe",
];

/// Last parts of Swedish-speaking company names.
pub(crate) const SWEDISH_ENDS: &[&str] =
    &["System Ab", "IT Ab", "Teknik Ab", "Software Ab", "Solutions Ab", "Konsult Ab"];

/// Fictional state bodies with ICT staff in Helsinki.
pub(crate) const STATE_BODIES: &[&str] = &[
    "Valtion tietopalvelukeskus",
    "Kansallinen digivirasto",
    "Opetusalan palvelukeskus",
    "Terveystietojen palvelukeskus",
    "Liikenteen tietopalvelut",
    "Verotuksen digipalvelut",
];
