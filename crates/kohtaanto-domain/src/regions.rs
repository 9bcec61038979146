//! Finnish regions (maakunnat) and a selection of municipalities with their Statistics Finland
//! codes. Used by the synthetic data generator and the demo data set; the service itself accepts
//! any region name.

/// The 19 regions of Finland (Finnish names, as used in the `region` fields).
pub const REGIONS: &[&str] = &[
    "Uusimaa",
    "Varsinais-Suomi",
    "Satakunta",
    "Kanta-Häme",
    "Pirkanmaa",
    "Päijät-Häme",
    "Kymenlaakso",
    "Etelä-Karjala",
    "Etelä-Savo",
    "Pohjois-Savo",
    "Pohjois-Karjala",
    "Keski-Suomi",
    "Etelä-Pohjanmaa",
    "Pohjanmaa",
    "Keski-Pohjanmaa",
    "Pohjois-Pohjanmaa",
    "Kainuu",
    "Lappi",
    "Ahvenanmaa",
];

/// A municipality: code, name, region, and a rough weight for how many ICT jobs it has.
#[derive(Debug, Clone, Copy)]
pub struct Municipality {
    /// Statistics Finland code.
    pub code: &'static str,
    /// Finnish name.
    pub name: &'static str,
    /// Region name (one of [`REGIONS`]).
    pub region: &'static str,
    /// Relative share of ICT jobs (arbitrary units).
    pub ict_weight: u32,
}

/// Municipalities with ICT employment, weighted roughly by their share of ICT jobs.
pub const MUNICIPALITIES: &[Municipality] = &[
    Municipality { code: "091", name: "Helsinki", region: "Uusimaa", ict_weight: 400 },
    Municipality { code: "049", name: "Espoo", region: "Uusimaa", ict_weight: 220 },
    Municipality { code: "092", name: "Vantaa", region: "Uusimaa", ict_weight: 90 },
    Municipality { code: "235", name: "Kauniainen", region: "Uusimaa", ict_weight: 4 },
    Municipality { code: "106", name: "Hyvinkää", region: "Uusimaa", ict_weight: 8 },
    Municipality { code: "245", name: "Kerava", region: "Uusimaa", ict_weight: 6 },
    Municipality { code: "638", name: "Porvoo", region: "Uusimaa", ict_weight: 7 },
    Municipality { code: "837", name: "Tampere", region: "Pirkanmaa", ict_weight: 150 },
    Municipality { code: "536", name: "Nokia", region: "Pirkanmaa", ict_weight: 6 },
    Municipality { code: "853", name: "Turku", region: "Varsinais-Suomi", ict_weight: 80 },
    Municipality { code: "680", name: "Raisio", region: "Varsinais-Suomi", ict_weight: 4 },
    Municipality { code: "564", name: "Oulu", region: "Pohjois-Pohjanmaa", ict_weight: 90 },
    Municipality { code: "179", name: "Jyväskylä", region: "Keski-Suomi", ict_weight: 45 },
    Municipality { code: "297", name: "Kuopio", region: "Pohjois-Savo", ict_weight: 30 },
    Municipality { code: "398", name: "Lahti", region: "Päijät-Häme", ict_weight: 20 },
    Municipality { code: "405", name: "Lappeenranta", region: "Etelä-Karjala", ict_weight: 18 },
    Municipality { code: "905", name: "Vaasa", region: "Pohjanmaa", ict_weight: 20 },
    Municipality { code: "167", name: "Joensuu", region: "Pohjois-Karjala", ict_weight: 14 },
    Municipality { code: "609", name: "Pori", region: "Satakunta", ict_weight: 10 },
    Municipality { code: "109", name: "Hämeenlinna", region: "Kanta-Häme", ict_weight: 9 },
    Municipality { code: "286", name: "Kouvola", region: "Kymenlaakso", ict_weight: 7 },
    Municipality { code: "285", name: "Kotka", region: "Kymenlaakso", ict_weight: 6 },
    Municipality { code: "491", name: "Mikkeli", region: "Etelä-Savo", ict_weight: 7 },
    Municipality { code: "743", name: "Seinäjoki", region: "Etelä-Pohjanmaa", ict_weight: 8 },
    Municipality { code: "272", name: "Kokkola", region: "Keski-Pohjanmaa", ict_weight: 5 },
    Municipality { code: "205", name: "Kajaani", region: "Kainuu", ict_weight: 5 },
    Municipality { code: "698", name: "Rovaniemi", region: "Lappi", ict_weight: 7 },
    Municipality { code: "478", name: "Maarianhamina", region: "Ahvenanmaa", ict_weight: 2 },
];

/// Region of a municipality code, if it is in [`MUNICIPALITIES`].
pub fn region_of_municipality(code: &str) -> Option<&'static str> {
    MUNICIPALITIES.iter().find(|m| m.code == code).map(|m| m.region)
}
