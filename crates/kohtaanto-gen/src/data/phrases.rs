//! Sentence material for posting descriptions and profile summaries, in Finnish, Swedish and
//! English.
//!
//! Placeholders: `{x}` a skill name, `{x-}` the same as the first part of a Finnish hyphenated
//! compound ("Java-" / "Spring Boot -"), `{list}` a joined list, `{employer}`, `{role}`,
//! `{place}`, `{domain}`, `{date}`, `{a}` / `{b}` duty phrases, `{years}`, `{year}`, `{level}`,
//! `{tongue}`. Phrases never name a skill by themselves, so that skill extraction on the
//! generated text finds only the skills the record really has.

use super::skills::Category;

/// The same material in the three languages.
#[derive(Debug)]
pub(crate) struct Pool {
    /// Finnish.
    pub fi: &'static [&'static str],
    /// Swedish.
    pub sv: &'static [&'static str],
    /// English.
    pub en: &'static [&'static str],
}

/// Ways to write that a skill is wanted, by category.
#[derive(Debug)]
pub(crate) struct SkillPhrases {
    /// Finnish nominative phrases (bullets, "Sinulta löytyy ...").
    pub fi_nom: &'static [&'static str],
    /// Finnish partitive phrases aligned with `fi_nom` ("Edellytämme ..."); empty for categories
    /// written as bare nouns.
    pub fi_part: &'static [&'static str],
    /// Swedish.
    pub sv: &'static [&'static str],
    /// English.
    pub en: &'static [&'static str],
}

const PLATFORM_SV: &[&str] = &["erfarenhet av {x}", "praktisk erfarenhet av {x}", "goda kunskaper i {x}"];
const PLATFORM_EN: &[&str] =
    &["experience with {x}", "hands-on experience with {x}", "working knowledge of {x}"];

/// Skill phrases of a category.
pub(crate) fn skill_phrases(category: Category) -> &'static SkillPhrases {
    match category {
        Category::Language => &SkillPhrases {
            fi_nom: &["vahva {x-}osaaminen", "kokemus {x-}ohjelmoinnista", "{x-}kehityskokemus"],
            fi_part: &["vahvaa {x-}osaamista", "kokemusta {x-}ohjelmoinnista", "{x-}kehityskokemusta"],
            sv: &["erfarenhet av {x}", "goda kunskaper i {x}", "erfarenhet av utveckling med {x}"],
            en: &["solid experience with {x}", "strong {x} skills", "hands-on experience with {x}"],
        },
        Category::Framework => &SkillPhrases {
            fi_nom: &["{x-}osaaminen", "kokemus {x-}projekteista", "hyvä {x-}osaaminen"],
            fi_part: &["{x-}osaamista", "kokemusta {x-}projekteista", "hyvää {x-}osaamista"],
            sv: &["erfarenhet av {x}", "goda kunskaper i {x}", "erfarenhet av projekt med {x}"],
            en: &["experience with {x}", "good knowledge of {x}", "experience from {x} projects"],
        },
        Category::Database => &SkillPhrases {
            fi_nom: &["kokemus {x-}tietokannoista", "{x-}osaaminen"],
            fi_part: &["kokemusta {x-}tietokannoista", "{x-}osaamista"],
            sv: &["erfarenhet av {x}", "goda kunskaper i {x}"],
            en: &["experience with {x}", "good knowledge of {x}"],
        },
        Category::Platform => &SkillPhrases {
            fi_nom: &["kokemus {x-}ympäristöistä", "{x-}osaaminen", "käytännön {x-}kokemus"],
            fi_part: &["kokemusta {x-}ympäristöistä", "{x-}osaamista", "käytännön {x-}kokemusta"],
            sv: PLATFORM_SV,
            en: PLATFORM_EN,
        },
        Category::Tool => &SkillPhrases {
            fi_nom: &["{x-}osaaminen", "sujuva {x-}osaaminen", "käytännön {x-}kokemus"],
            fi_part: &["{x-}osaamista", "sujuvaa {x-}osaamista", "käytännön {x-}kokemusta"],
            sv: PLATFORM_SV,
            en: PLATFORM_EN,
        },
        Category::Practice => &SkillPhrases {
            fi_nom: &["{x}"],
            fi_part: &[],
            sv: &["erfarenhet av {x}", "kunskaper inom {x}"],
            en: &["experience in {x}", "knowledge of {x}"],
        },
        Category::Soft => &SkillPhrases { fi_nom: &["{x}"], fi_part: &[], sv: &["{x}"], en: &["{x}"] },
    }
}

/// Seniority words in the posting intro, (junior, mid, senior): Finnish partitive adjectives,
/// Swedish and English indefinite phrases put before the role.
pub(crate) const SENIORITY_FI: [&str; 3] = ["uransa alkuvaiheessa olevaa ", "", "kokenutta "];
/// Swedish seniority words.
pub(crate) const SENIORITY_SV: [&str; 3] = ["en junior ", "en ny ", "en erfaren "];
/// English seniority words.
pub(crate) const SENIORITY_EN: [&str; 3] = ["a junior ", "a new ", "an experienced "];

/// Title prefixes (junior, senior); mid-level titles have none.
pub(crate) const TITLE_JUNIOR: Pool =
    Pool { fi: &["Junior ", "Nuorempi "], sv: &["Junior "], en: &["Junior "] };
/// Senior title prefixes.
pub(crate) const TITLE_SENIOR: Pool = Pool {
    fi: &["Senior ", "Kokenut ", "Senior "],
    sv: &["Senior ", "Erfaren "],
    en: &["Senior ", "Lead ", "Senior "],
};

/// First sentence of a posting.
pub(crate) const INTROS: Pool = Pool {
    fi: &[
        "{employer} etsii {role} {place}.",
        "Etsimme {role} vahvistamaan tiimiämme {place}.",
        "Haemme nyt {role} {place}.",
    ],
    sv: &[
        "{employer} söker {role} till vårt team i {place}.",
        "Vi söker nu {role} till vårt kontor i {place}.",
    ],
    en: &[
        "{employer} is looking for {role} to join our team in {place}.",
        "We are hiring {role} in {place}.",
    ],
};

/// First sentence of a company's posting (not for public bodies).
pub(crate) const INTROS_GROWING: Pool = Pool {
    fi: &["{employer} kasvaa, ja etsimme joukkoomme {role}."],
    sv: &["{employer} växer och söker {role}."],
    en: &["{employer} is growing, and we are looking for {role}."],
};

/// About a Finnish company.
pub(crate) const ABOUT_COMPANY: Pool = Pool {
    fi: &[
        "Olemme noin {size} hengen suomalainen ohjelmistotalo, jonka asiakkaina on sekä yrityksiä että julkisen sektorin toimijoita.",
        "Olemme {size} asiantuntijan kasvuyhtiö, joka auttaa asiakkaitaan uudistamaan palvelujaan.",
        "Työskentelemme pitkäjänteisesti asiakkaidemme kanssa ja panostamme hyvään työilmapiiriin.",
    ],
    sv: &[
        "Vi är ett finländskt mjukvaruföretag med cirka {size} anställda och kunder inom både näringsliv och offentlig sektor.",
        "Vi är ett växande bolag med {size} specialister som hjälper kunderna att förnya sina tjänster.",
    ],
    en: &[
        "We are a Finnish software company of about {size} people, serving both businesses and the public sector.",
        "We are a growing company of {size} specialists helping our customers renew their services.",
    ],
};

/// About an international product company.
pub(crate) const ABOUT_INTERNATIONAL: Pool = Pool {
    fi: &[
        "Olemme kansainvälinen tuoteyhtiö, jonka {size} hengen tiimissä työskentelee ihmisiä yli 20 maasta.",
        "Rakennamme tuotetta, jota käytetään yli 40 maassa.",
    ],
    sv: &["Vi är ett internationellt produktbolag med {size} medarbetare från över 20 länder."],
    en: &[
        "We are an international product company of {size} people from more than 20 countries.",
        "Our product is used in more than 40 countries, and our working language is English.",
        "We are a fast-growing scale-up with offices in Helsinki and Stockholm.",
    ],
};

/// About a public-sector body.
pub(crate) const ABOUT_PUBLIC: Pool = Pool {
    fi: &[
        "Tuotamme palveluja, joita asukkaat käyttävät joka päivä.",
        "Tehtävä on vakituinen, ja siinä on kuuden kuukauden koeaika.",
        "Olemme luotettava ja vastuullinen työnantaja, joka tukee työn ja perhe-elämän yhteensovittamista.",
    ],
    sv: &[
        "Vi producerar tjänster som invånarna använder varje dag.",
        "Befattningen är fast och har sex månaders prövotid.",
    ],
    en: &[
        "We provide services that residents use every day.",
        "The position is permanent with a six-month trial period.",
    ],
};

/// What the team builds: Finnish partitive, Swedish, English.
pub(crate) const DOMAINS: Pool = Pool {
    fi: &[
        "verkkokaupan ratkaisuja",
        "terveydenhuollon järjestelmiä",
        "pankki- ja maksupalveluja",
        "logistiikan järjestelmiä",
        "energia-alan palveluja",
        "julkisen sektorin digipalveluja",
        "teollisuuden ratkaisuja",
        "mediapalveluja",
        "opetusalan palveluja",
        "vakuutusalan järjestelmiä",
        "liikenteen palveluja",
        "kiinteistöalan palveluja",
    ],
    sv: &[
        "e-handelslösningar",
        "system för hälso- och sjukvården",
        "bank- och betaltjänster",
        "logistiksystem",
        "tjänster för energisektorn",
        "digitala offentliga tjänster",
        "industrilösningar",
        "medietjänster",
        "utbildningstjänster",
        "försäkringssystem",
        "mobilitetstjänster",
        "fastighetstjänster",
    ],
    en: &[
        "e-commerce solutions",
        "healthcare systems",
        "banking and payment services",
        "logistics systems",
        "services for the energy sector",
        "digital public services",
        "industrial solutions",
        "media services",
        "education services",
        "insurance systems",
        "mobility services",
        "real estate services",
    ],
};

/// The team sentence.
pub(crate) const TEAM: Pool = Pool {
    fi: &["Tiimimme kehittää {domain}.", "Pääset mukaan kehittämään {domain}."],
    sv: &["Vårt team utvecklar {domain}.", "Du får vara med och utveckla {domain}."],
    en: &["Our team builds {domain}.", "You will help us build {domain}."],
};

/// The duties sentence.
pub(crate) const DUTIES: Pool = Pool {
    fi: &["Työssäsi {a} ja {b}.", "Tässä roolissa {a}. Lisäksi {b}."],
    sv: &["I rollen kommer du att {a} och {b}.", "Du kommer att {a}. Dessutom får du {b}."],
    en: &["In this role you will {a} and {b}.", "You will {a}. You will also {b}."],
};

/// Headers of the required-skills bullet list.
pub(crate) const REQUIRED_HEADERS: Pool = Pool {
    fi: &["Osaamisvaatimukset:", "Mitä odotamme:", "Sinulta löytyy:"],
    sv: &["Vi söker dig som har:", "Krav:"],
    en: &["What we expect:", "Requirements:", "You bring:"],
};

/// Headers of the nice-to-have bullet list.
pub(crate) const NICE_HEADERS: Pool = Pool {
    fi: &["Eduksi katsotaan:", "Plussaa:"],
    sv: &["Meriterande:"],
    en: &["Nice to have:", "Bonus points for:"],
};

/// Prose about required named technologies (skill phrases in `{list}`; the Finnish ones take
/// the partitive phrases, see [`REQUIRED_TECH_PROSE_FI_NOM`] for nominative ones).
pub(crate) const REQUIRED_TECH_PROSE: Pool = Pool {
    fi: &["Edellytämme {list}.", "Odotamme sinulta {list}."],
    sv: &["Du har {list}.", "Vi förutsätter {list}."],
    en: &["You have {list}.", "We expect {list}."],
};

/// Finnish frames for required technologies that take nominative phrases.
pub(crate) const REQUIRED_TECH_PROSE_FI_NOM: &[&str] = &["Sinulta löytyy {list}."];

/// Prose about required fields and transversal skills (names in `{list}`).
pub(crate) const REQUIRED_OTHER_PROSE: Pool = Pool {
    fi: &["Tehtävässä tarvitaan myös seuraavia taitoja: {list}.", "Lisäksi tärkeitä ovat: {list}."],
    sv: &["Vi värdesätter även {list}.", "Viktigt i rollen är också {list}."],
    en: &["We also value {list}.", "Important in this role: {list}."],
};

/// Prose about nice-to-have skills (names in `{list}`).
pub(crate) const NICE_PROSE: Pool = Pool {
    fi: &["Eduksi katsotaan {list}.", "Plussaa on {list}."],
    sv: &["Det är meriterande om du har erfarenhet av {list}.", "Meriterande är {list}."],
    en: &["Experience with {list} is a plus.", "Bonus points for {list}."],
};

/// A plain list of the stack (names in `{list}`).
pub(crate) const STACK: Pool = Pool {
    fi: &["Teknologiaympäristömme: {list}.", "Käytössämme ovat muun muassa {list}."],
    sv: &["Vår tekniska miljö: {list}."],
    en: &["Our stack: {list}.", "We work with {list}."],
};

/// Seniority requirement for senior roles.
pub(crate) const SENIOR_EXPERIENCE: Pool = Pool {
    fi: &["Sinulla on vähintään {years} vuoden työkokemus vastaavista tehtävistä."],
    sv: &["Du har minst {years} års erfarenhet av liknande uppgifter."],
    en: &["You have at least {years} years of experience in similar roles."],
};

/// Junior roles.
pub(crate) const JUNIOR_WELCOME: Pool = Pool {
    fi: &["Tehtävä sopii hyvin myös vastavalmistuneelle tai alanvaihtajalle."],
    sv: &["Rollen passar även nyutexaminerade och branschbytare."],
    en: &["This role is a good fit for recent graduates and career changers too."],
};

/// Work mode sentences: (onsite, hybrid, remote); `{place}` is the locative (fi) or name.
pub(crate) const WORK_ONSITE: Pool = Pool {
    fi: &["Työ tehdään toimistollamme {place}.", "Työskentely tapahtuu pääosin toimipisteessämme {place}."],
    sv: &["Arbetet utförs på vårt kontor i {place}."],
    en: &["The role is based at our office in {place}."],
};
/// Hybrid work.
pub(crate) const WORK_HYBRID: Pool = Pool {
    fi: &[
        "Työskentelemme hybridimallilla: osan viikosta toimistolla {place}, osan etänä.",
        "Voit tehdä osan työstä etänä; toimistomme sijaitsee {place}.",
    ],
    sv: &["Vi arbetar hybrid: en del av veckan på kontoret i {place}, resten på distans."],
    en: &["Hybrid work: a few days a week at our office in {place}, the rest remotely."],
};
/// Remote work.
pub(crate) const WORK_REMOTE: Pool = Pool {
    fi: &["Työ tehdään täysin etänä mistä päin Suomea tahansa."],
    sv: &["Tjänsten utförs helt på distans från var som helst i Finland."],
    en: &["This is a fully remote position anywhere in Finland."],
};

/// What the employer offers.
pub(crate) const OFFERS: Pool = Pool {
    fi: &[
        "Tarjoamme kilpailukykyisen palkan, joustavat työajat ja hyvät mahdollisuudet kehittyä.",
        "Meillä on käytössä liukuva työaika, lounas- ja liikuntaetu sekä kattava työterveyshuolto.",
        "Tarjoamme mielenkiintoisia tehtäviä, osaavan työyhteisön ja aikaa oppimiselle.",
    ],
    sv: &[
        "Vi erbjuder konkurrenskraftig lön, flexibla arbetstider och goda möjligheter att utvecklas.",
        "Hos oss får du lunch- och motionsförmån samt omfattande företagshälsovård.",
    ],
    en: &[
        "We offer a competitive salary, flexible hours and room to grow.",
        "Benefits include lunch and sports benefits and comprehensive occupational health care.",
        "You get interesting work, skilled colleagues and time for learning.",
    ],
};

/// Closing with the deadline.
pub(crate) const DEADLINES: Pool = Pool {
    fi: &["Hae viimeistään {date}.", "Haku päättyy {date}.", "Hakemukset pyydetään {date} mennessä."],
    sv: &["Sista ansökningsdag är {date}.", "Ansök senast {date}."],
    en: &["Apply by {date}.", "The application period ends on {date}."],
};

/// Language requirement intro before `{list}` ("Tehtävässä edellytetään hyvää suomen kielen taitoa").
pub(crate) const LANGUAGE_PROSE: Pool = Pool {
    fi: &["Tehtävässä edellytetään {list}.", "Kielitaitovaatimukset: {list}."],
    sv: &["Vi förutsätter {list}.", "Språkkrav: {list}."],
    en: &["We require {list}.", "Language requirements: {list}."],
};

/// English postings that do not require Finnish often say so (it matters to immigrants).
pub(crate) const NO_FINNISH_NEEDED: &[&str] =
    &["Finnish language skills are not required.", "You do not need to speak Finnish for this role."];

// Profile summaries.

/// Opening of a summary by seniority (junior, mid, senior); `{role}` is nominative, `{Role}`
/// the same capitalised, `{article}` the English indefinite article for it.
pub(crate) const SUMMARY_OPENERS: [Pool; 3] = [
    Pool {
        fi: &["Vastavalmistunut {role}.", "Alanvaihtaja ja {role}, työkokemusta {years} vuotta."],
        sv: &["Nyutexaminerad {role}.", "Branschbytare och {role} med {years} års erfarenhet."],
        en: &[
            "Recent graduate looking for {article} {role} position.",
            "Career changer and {role} with {years} years of experience.",
        ],
    },
    Pool {
        fi: &[
            "{Role}, jolla on {years} vuoden työkokemus.",
            "Olen {role} ja minulla on {years} vuoden kokemus alalta.",
        ],
        sv: &["{Role} med {years} års erfarenhet."],
        en: &[
            "{Role} with {years} years of experience.",
            "I am {article} {role} with {years} years in the industry.",
        ],
    },
    Pool {
        fi: &[
            "Kokenut {role}, jolla on {years} vuoden kokemus alalta.",
            "Olen kokenut {role} ({years} vuotta alalla).",
        ],
        sv: &["Erfaren {role} med {years} års erfarenhet."],
        en: &[
            "Experienced {role} with {years} years in the industry.",
            "Senior {role} with {years} years of experience.",
        ],
    },
];

/// Current skills in a summary (names in `{list}`).
pub(crate) const SUMMARY_SKILLS: Pool = Pool {
    fi: &[
        "Osaamiseni: {list}.",
        "Vahvinta osaamistani ovat {list}.",
        "Työssäni olen käyttänyt mm. seuraavia: {list}.",
    ],
    sv: &["Kunskaper i {list}.", "Jag har arbetat med {list}."],
    en: &["Main skills: {list}.", "Strong background in {list}.", "I have worked with {list}."],
};

/// Older skills in a summary (names in `{list}`).
pub(crate) const SUMMARY_STALE: Pool = Pool {
    fi: &["Aiemmin työskentelin seuraavien parissa: {list}.", "Taustaltani löytyy myös {list}."],
    sv: &["Tidigare har jag arbetat med {list}."],
    en: &["Earlier experience with {list}.", "Previously worked with {list}."],
};

/// Immigrant background; `{year}` moving year, `{level}` Finnish level, `{tongue}` mother tongue.
pub(crate) const SUMMARY_MOVED: Pool = Pool {
    fi: &[
        "Muutin Suomeen vuonna {year}, ja opiskelen suomea (taso {level}).",
        "Äidinkieleni on {tongue}. Suomen kielen taitoni on tasolla {level}.",
    ],
    sv: &["Jag flyttade till Finland {year} och studerar finska (nivå {level})."],
    en: &[
        "Moved to Finland in {year}; currently studying Finnish (level {level}).",
        "Native {tongue} speaker, fluent in English, Finnish at level {level}.",
    ],
};

/// Wishes at the end of a summary.
pub(crate) const SUMMARY_WISHES: Pool = Pool {
    fi: &[
        "Etsin uusia haasteita.",
        "Haluan päivittää osaamistani ja oppia uutta.",
        "Olen valmis aloittamaan heti.",
    ],
    sv: &["Jag söker nya utmaningar.", "Jag vill uppdatera mina kunskaper och lära mig nytt."],
    en: &[
        "Looking for new challenges.",
        "Eager to update my skills and learn new things.",
        "Available immediately.",
    ],
};

/// Remote work wish.
pub(crate) const SUMMARY_REMOTE: Pool = Pool {
    fi: &["Olen kiinnostunut myös etätyöstä."],
    sv: &["Jag är även intresserad av distansarbete."],
    en: &["Open to remote work."],
};
