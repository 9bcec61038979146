//! Place names as text needs them: Finnish locative and genitive forms and Swedish names of the
//! municipalities in [`kohtaanto_domain::regions::MUNICIPALITIES`], and which regions border
//! which (jobseekers often accept work in a neighbouring region).

/// Text forms of a municipality.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PlaceForms {
    /// Statistics Finland code.
    pub code: &'static str,
    /// Finnish "in X" form (inessive or adessive, as the name takes).
    pub fi_in: &'static str,
    /// Finnish genitive ("Helsingin kaupunki").
    pub fi_gen: &'static str,
    /// Swedish name.
    pub sv: &'static str,
}

const fn place(
    code: &'static str,
    fi_in: &'static str,
    fi_gen: &'static str,
    sv: &'static str,
) -> PlaceForms {
    PlaceForms { code, fi_in, fi_gen, sv }
}

/// Forms of every municipality in `MUNICIPALITIES` (a unit test checks the two lists agree).
pub(crate) const PLACE_FORMS: &[PlaceForms] = &[
    place("091", "Helsingissä", "Helsingin", "Helsingfors"),
    place("049", "Espoossa", "Espoon", "Esbo"),
    place("092", "Vantaalla", "Vantaan", "Vanda"),
    place("235", "Kauniaisissa", "Kauniaisten", "Grankulla"),
    place("106", "Hyvinkäällä", "Hyvinkään", "Hyvinge"),
    place("245", "Keravalla", "Keravan", "Kervo"),
    place("638", "Porvoossa", "Porvoon", "Borgå"),
    place("837", "Tampereella", "Tampereen", "Tammerfors"),
    place("536", "Nokialla", "Nokian", "Nokia"),
    place("853", "Turussa", "Turun", "Åbo"),
    place("680", "Raisiossa", "Raision", "Reso"),
    place("564", "Oulussa", "Oulun", "Uleåborg"),
    place("179", "Jyväskylässä", "Jyväskylän", "Jyväskylä"),
    place("297", "Kuopiossa", "Kuopion", "Kuopio"),
    place("398", "Lahdessa", "Lahden", "Lahtis"),
    place("405", "Lappeenrannassa", "Lappeenrannan", "Villmanstrand"),
    place("905", "Vaasassa", "Vaasan", "Vasa"),
    place("167", "Joensuussa", "Joensuun", "Joensuu"),
    place("609", "Porissa", "Porin", "Björneborg"),
    place("109", "Hämeenlinnassa", "Hämeenlinnan", "Tavastehus"),
    place("286", "Kouvolassa", "Kouvolan", "Kouvola"),
    place("285", "Kotkassa", "Kotkan", "Kotka"),
    place("491", "Mikkelissä", "Mikkelin", "S:t Michel"),
    place("743", "Seinäjoella", "Seinäjoen", "Seinäjoki"),
    place("272", "Kokkolassa", "Kokkolan", "Karleby"),
    place("205", "Kajaanissa", "Kajaanin", "Kajana"),
    place("698", "Rovaniemellä", "Rovaniemen", "Rovaniemi"),
    place("478", "Maarianhaminassa", "Maarianhaminan", "Mariehamn"),
];

/// Municipalities where Swedish-speaking employers are typically based.
pub(crate) const SWEDISH_SPEAKING_HOMES: &[(&str, u32)] =
    &[("091", 40), ("049", 15), ("638", 10), ("235", 5), ("853", 10), ("905", 15), ("478", 5)];

/// Neighbouring regions of each region (by land, plus Åland to Southwest Finland by sea).
pub(crate) const REGION_NEIGHBOURS: &[(&str, &[&str])] = &[
    ("Uusimaa", &["Varsinais-Suomi", "Kanta-Häme", "Päijät-Häme", "Kymenlaakso"]),
    ("Varsinais-Suomi", &["Uusimaa", "Satakunta", "Kanta-Häme", "Pirkanmaa", "Ahvenanmaa"]),
    ("Satakunta", &["Varsinais-Suomi", "Pirkanmaa", "Etelä-Pohjanmaa", "Pohjanmaa"]),
    ("Kanta-Häme", &["Uusimaa", "Varsinais-Suomi", "Pirkanmaa", "Päijät-Häme"]),
    (
        "Pirkanmaa",
        &["Satakunta", "Kanta-Häme", "Päijät-Häme", "Keski-Suomi", "Etelä-Pohjanmaa", "Varsinais-Suomi"],
    ),
    ("Päijät-Häme", &["Uusimaa", "Kanta-Häme", "Pirkanmaa", "Keski-Suomi", "Etelä-Savo", "Kymenlaakso"]),
    ("Kymenlaakso", &["Uusimaa", "Päijät-Häme", "Etelä-Savo", "Etelä-Karjala"]),
    ("Etelä-Karjala", &["Kymenlaakso", "Etelä-Savo"]),
    (
        "Etelä-Savo",
        &["Päijät-Häme", "Kymenlaakso", "Etelä-Karjala", "Pohjois-Savo", "Pohjois-Karjala", "Keski-Suomi"],
    ),
    ("Pohjois-Savo", &["Etelä-Savo", "Pohjois-Karjala", "Keski-Suomi", "Kainuu", "Pohjois-Pohjanmaa"]),
    ("Pohjois-Karjala", &["Etelä-Savo", "Pohjois-Savo", "Kainuu"]),
    (
        "Keski-Suomi",
        &[
            "Pirkanmaa",
            "Päijät-Häme",
            "Etelä-Savo",
            "Pohjois-Savo",
            "Pohjois-Pohjanmaa",
            "Keski-Pohjanmaa",
            "Etelä-Pohjanmaa",
        ],
    ),
    ("Etelä-Pohjanmaa", &["Satakunta", "Pirkanmaa", "Keski-Suomi", "Keski-Pohjanmaa", "Pohjanmaa"]),
    ("Pohjanmaa", &["Satakunta", "Etelä-Pohjanmaa", "Keski-Pohjanmaa"]),
    ("Keski-Pohjanmaa", &["Pohjanmaa", "Etelä-Pohjanmaa", "Keski-Suomi", "Pohjois-Pohjanmaa"]),
    ("Pohjois-Pohjanmaa", &["Keski-Pohjanmaa", "Keski-Suomi", "Pohjois-Savo", "Kainuu", "Lappi"]),
    ("Kainuu", &["Pohjois-Pohjanmaa", "Pohjois-Savo", "Pohjois-Karjala", "Lappi"]),
    ("Lappi", &["Pohjois-Pohjanmaa", "Kainuu"]),
    ("Ahvenanmaa", &["Varsinais-Suomi"]),
];

/// Text forms of a municipality code from `MUNICIPALITIES`.
pub(crate) fn place_forms(code: &str) -> Option<&'static PlaceForms> {
    PLACE_FORMS.iter().find(|forms| forms.code == code)
}

/// Neighbours of a region (empty for an unknown name).
pub(crate) fn neighbours(region: &str) -> &'static [&'static str] {
    REGION_NEIGHBOURS.iter().find(|(name, _)| *name == region).map_or(&[], |(_, list)| list)
}
