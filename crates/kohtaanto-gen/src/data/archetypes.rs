//! The ICT role archetypes: which skills a role asks for, how it is titled in Finnish, Swedish and
//! English, what the work is, which occupation it is, and how common it is on each side of the
//! market.
//!
//! # Reading the tables
//! - `posting_weight` / `profile_weight`: relative share among postings (demand) and among
//!   jobseekers (supply). They differ on purpose: IT support, embedded (after the Nokia era) and
//!   data science have more jobseekers than openings, DevOps and security the other way round.
//! - A *flavor* is a variant of the role. Its `skills` are always required (the title names
//!   them: "React-kehittäjä" requires React), its `extra` skills are optional ones that go with
//!   it (Azure goes with PowerShell), and it may bring its own titles and occupations.
//! - `core` skills are asked for with the given probability (percent), as required by default;
//!   `optional` ones are typically nice to have. Together they model realistic co-occurrence.
//! - `legacy` skills are what people in this role used ten years ago; jobseeker profiles carry
//!   them as stale skills (the reskilling case).
//! - Role name templates: `{tech}` is the flavor's technology, `{tech-}` the same as the first
//!   part of a Finnish hyphenated compound ("Java-" but "React Native -"). Finnish role names
//!   are (nominative, partitive) pairs, written lowercase unless they start with a name.
//! - Duties are verb phrases: Finnish in the 2nd person ("kehität"), Swedish in the infinitive
//!   ("utveckla"), English in the base form ("build").

/// A role name in each language; see the module documentation for the templates.
#[derive(Debug)]
pub(crate) struct Roles {
    /// Finnish (nominative, partitive), e.g. ("{tech-}kehittäjä", "{tech-}kehittäjää").
    pub fi: &'static [(&'static str, &'static str)],
    /// Swedish, e.g. "{tech}-utvecklare".
    pub sv: &'static [&'static str],
    /// English, e.g. "{tech} Developer".
    pub en: &'static [&'static str],
}

/// Three duty phrases per language.
#[derive(Debug)]
pub(crate) struct Duties {
    /// Finnish, 2nd person present.
    pub fi: [&'static str; 3],
    /// Swedish, infinitive without "att".
    pub sv: [&'static str; 3],
    /// English, base form.
    pub en: [&'static str; 3],
}

/// An ESCO occupation with its ISCO-08 unit group and a relative weight.
#[derive(Debug)]
pub(crate) struct Occ {
    /// ISCO-08 code.
    pub isco: &'static str,
    /// Last segment of the ESCO occupation URI.
    pub esco: &'static str,
    /// ESCO preferred label (English).
    pub label: &'static str,
    /// Relative weight within the role.
    pub weight: u32,
}

/// A variant of a role.
#[derive(Debug)]
pub(crate) struct Flavor {
    /// Technology named in titles (`{tech}`); empty when titles name none.
    pub tech: &'static str,
    /// Relative weight within the role.
    pub weight: u32,
    /// Skills always required.
    pub skills: &'static [&'static str],
    /// Optional skills that go with this variant (percent).
    pub extra: &'static [(&'static str, u8)],
    /// Titles replacing the role's titles.
    pub roles: Option<&'static Roles>,
    /// Occupations replacing the role's occupations.
    pub occupations: Option<&'static [Occ]>,
}

const fn flavor(tech: &'static str, weight: u32, skills: &'static [&'static str]) -> Flavor {
    Flavor { tech, weight, skills, extra: &[], roles: None, occupations: None }
}

impl Flavor {
    const fn extra(self, extra: &'static [(&'static str, u8)]) -> Flavor {
        Flavor { extra, ..self }
    }
    const fn roles(self, roles: &'static Roles) -> Flavor {
        Flavor { roles: Some(roles), ..self }
    }
    const fn occupations(self, occupations: &'static [Occ]) -> Flavor {
        Flavor { occupations: Some(occupations), ..self }
    }
}

/// An ICT role.
#[derive(Debug)]
pub(crate) struct Archetype {
    /// Stable key, for tests and debugging.
    #[cfg_attr(not(test), allow(dead_code))]
    pub key: &'static str,
    /// Relative share among postings.
    pub posting_weight: u32,
    /// Relative share among jobseekers.
    pub profile_weight: u32,
    /// Variants; at least one.
    pub flavors: &'static [Flavor],
    /// Skills usually required, with probability in percent.
    pub core: &'static [(&'static str, u8)],
    /// Skills usually nice to have, with probability in percent.
    pub optional: &'static [(&'static str, u8)],
    /// Role names used in titles and text.
    pub roles: &'static Roles,
    /// What the work is.
    pub duties: &'static Duties,
    /// Occupations (ESCO / ISCO-08).
    pub occupations: &'static [Occ],
    /// Skills that people in this role used years ago.
    pub legacy: &'static [&'static str],
}

const fn occ(isco: &'static str, esco: &'static str, label: &'static str, weight: u32) -> Occ {
    Occ { isco, esco, label, weight }
}

// ESCO v1.1 occupations used below (URI suffix after http://data.europa.eu/esco/occupation/).
const SOFTWARE_DEVELOPER: Occ = occ("2512", "f2b15a0e-e65a-438a-affb-29b9d50b77d1", "software developer", 70);
const APPLICATION_DEVELOPER: Occ =
    occ("2514", "bd272aee-adc9-4a06-a15c-a73b4b4a46a7", "ICT application developer", 30);
const BACKEND_OCCUPATIONS: &[Occ] = &[SOFTWARE_DEVELOPER, APPLICATION_DEVELOPER];

const BACKEND_DUTIES_EN: [&str; 3] = [
    "design and build backend services for our customers",
    "develop interfaces between systems together with the team",
    "take part in code reviews and the continuous improvement of our services",
];
const BACKEND_DUTIES_FI: [&str; 3] = [
    "suunnittelet ja toteutat asiakkaidemme taustajärjestelmiä",
    "kehität järjestelmien välisiä integraatioita yhdessä tiimin kanssa",
    "osallistut koodikatselmointeihin ja palveluiden jatkuvaan parantamiseen",
];
const BACKEND_DUTIES_SV: [&str; 3] = [
    "utveckla och underhålla backendtjänster för våra kunder",
    "bygga integrationer mellan system tillsammans med teamet",
    "delta i kodgranskningar och i den fortlöpande förbättringen av våra tjänster",
];
const BACKEND_DUTIES: Duties = Duties { fi: BACKEND_DUTIES_FI, sv: BACKEND_DUTIES_SV, en: BACKEND_DUTIES_EN };

const DEVELOPER_ROLES: Roles = Roles {
    fi: &[
        ("{tech-}kehittäjä", "{tech-}kehittäjää"),
        ("ohjelmistokehittäjä, {tech}", "ohjelmistokehittäjää ({tech})"),
        ("backend-kehittäjä ({tech})", "backend-kehittäjää ({tech})"),
    ],
    sv: &["{tech}-utvecklare", "systemutvecklare {tech}", "backendutvecklare ({tech})"],
    en: &["{tech} Developer", "Software Engineer, {tech}", "Backend Developer ({tech})"],
};

/// All archetypes.
pub(crate) const ARCHETYPES: &[Archetype] = &[
    Archetype {
        key: "backend-java",
        posting_weight: 9,
        profile_weight: 8,
        flavors: &[flavor("Java", 85, &["java"]), flavor("Kotlin", 15, &["kotlin"]).extra(&[("java", 60)])],
        core: &[
            ("spring-boot", 80),
            ("spring", 35),
            ("rest-api", 50),
            ("postgresql", 40),
            ("microservices", 35),
            ("git", 35),
            ("junit", 30),
        ],
        optional: &[
            ("oracle-database", 15),
            ("mysql", 10),
            ("kafka", 20),
            ("docker", 30),
            ("kubernetes", 20),
            ("aws", 15),
            ("azure", 12),
            ("ci-cd", 25),
            ("jenkins", 12),
            ("agile", 20),
            ("scrum", 10),
            ("linux", 15),
            ("redis", 8),
            ("elasticsearch", 8),
            ("software-architecture", 12),
            ("unit-testing", 15),
            ("graphql", 5),
            ("grpc", 5),
            ("mongodb", 6),
            ("backend-development", 10),
        ],
        roles: &DEVELOPER_ROLES,
        duties: &BACKEND_DUTIES,
        occupations: BACKEND_OCCUPATIONS,
        legacy: &["jquery", "oracle-database", "perl", "php"],
    },
    Archetype {
        key: "backend-python",
        posting_weight: 7,
        profile_weight: 6,
        flavors: &[
            flavor("Python", 40, &["python", "django"]),
            flavor("Python", 30, &["python", "fastapi"]),
            flavor("Python", 15, &["python", "flask"]),
            flavor("Python", 15, &["python"]),
        ],
        core: &[("postgresql", 45), ("rest-api", 50), ("git", 40), ("docker", 40), ("pytest", 30)],
        optional: &[
            ("aws", 25),
            ("kubernetes", 15),
            ("redis", 12),
            ("sql", 20),
            ("linux", 20),
            ("ci-cd", 25),
            ("github-actions", 12),
            ("microservices", 20),
            ("graphql", 8),
            ("mongodb", 10),
            ("kafka", 8),
            ("agile", 15),
            ("terraform", 8),
            ("unit-testing", 12),
            ("backend-development", 10),
        ],
        roles: &DEVELOPER_ROLES,
        duties: &BACKEND_DUTIES,
        occupations: BACKEND_OCCUPATIONS,
        legacy: &["perl", "php", "jquery"],
    },
    Archetype {
        key: "dotnet",
        posting_weight: 7,
        profile_weight: 6,
        flavors: &[flavor(".NET", 70, &["dotnet", "csharp"]), flavor("C#", 30, &["csharp", "dotnet"])],
        core: &[
            ("aspnet", 55),
            ("microsoft-sql-server", 50),
            ("azure", 45),
            ("rest-api", 40),
            ("git", 30),
            ("sql", 25),
        ],
        optional: &[
            ("angular", 12),
            ("react", 12),
            ("typescript", 15),
            ("javascript", 15),
            ("docker", 20),
            ("kubernetes", 10),
            ("ci-cd", 20),
            ("microservices", 15),
            ("powershell", 8),
            ("unit-testing", 15),
            ("agile", 15),
            ("scrum", 8),
            ("software-architecture", 8),
        ],
        roles: &Roles {
            fi: &[
                ("{tech-}kehittäjä", "{tech-}kehittäjää"),
                ("ohjelmistokehittäjä, {tech}", "ohjelmistokehittäjää ({tech})"),
            ],
            sv: &["systemutvecklare {tech}", "{tech}-utvecklare"],
            en: &["{tech} Developer", "Software Developer ({tech})"],
        },
        duties: &BACKEND_DUTIES,
        occupations: BACKEND_OCCUPATIONS,
        legacy: &["visual-basic", "jquery", "oracle-database"],
    },
    Archetype {
        key: "node-typescript",
        posting_weight: 6,
        profile_weight: 4,
        flavors: &[
            flavor("Node.js", 50, &["nodejs", "javascript"]),
            flavor("TypeScript", 50, &["typescript", "nodejs"]),
        ],
        core: &[
            ("express", 40),
            ("typescript", 45),
            ("rest-api", 45),
            ("graphql", 25),
            ("postgresql", 30),
            ("mongodb", 30),
            ("docker", 35),
            ("git", 35),
        ],
        optional: &[
            ("aws", 25),
            ("serverless", 15),
            ("react", 20),
            ("nextjs", 10),
            ("kubernetes", 10),
            ("redis", 10),
            ("ci-cd", 20),
            ("microservices", 20),
            ("dynamodb", 8),
            ("github-actions", 12),
            ("agile", 12),
            ("unit-testing", 10),
        ],
        roles: &DEVELOPER_ROLES,
        duties: &BACKEND_DUTIES,
        occupations: BACKEND_OCCUPATIONS,
        legacy: &["jquery", "php"],
    },
    Archetype {
        key: "frontend",
        posting_weight: 9,
        profile_weight: 8,
        flavors: &[
            flavor("React", 55, &["react"]).extra(&[("nextjs", 20), ("react-native", 5)]),
            flavor("Angular", 25, &["angular", "typescript"]),
            flavor("Vue.js", 20, &["vuejs"]),
        ],
        core: &[("javascript", 70), ("typescript", 60), ("html", 60), ("css", 60), ("git", 30)],
        optional: &[
            ("sass", 20),
            ("tailwind", 15),
            ("figma", 15),
            ("cypress", 12),
            ("playwright", 8),
            ("rest-api", 25),
            ("graphql", 15),
            ("ux-design", 10),
            ("web-development", 15),
            ("frontend-development", 20),
            ("nodejs", 15),
            ("unit-testing", 10),
            ("agile", 12),
        ],
        roles: &Roles {
            fi: &[
                ("{tech-}kehittäjä", "{tech-}kehittäjää"),
                ("frontend-kehittäjä ({tech})", "frontend-kehittäjää ({tech})"),
                ("frontend-kehittäjä", "frontend-kehittäjää"),
            ],
            sv: &["frontendutvecklare ({tech})", "{tech}-utvecklare", "frontendutvecklare"],
            en: &["Frontend Developer ({tech})", "{tech} Developer", "Frontend Engineer"],
        },
        duties: &Duties {
            fi: [
                "toteutat selainkäyttöliittymiä tiiviissä yhteistyössä suunnittelijoiden kanssa",
                "vastaat palvelun käytettävyydestä ja saavutettavuudesta",
                "kehität komponenttikirjastoamme",
            ],
            sv: [
                "bygga användargränssnitt i nära samarbete med designers",
                "ansvara för tjänstens användbarhet och tillgänglighet",
                "vidareutveckla vårt komponentbibliotek",
            ],
            en: [
                "build user interfaces in close collaboration with designers",
                "own the usability and accessibility of the service",
                "grow our component library",
            ],
        },
        occupations: &[
            occ("2513", "c40a2919-48a9-40ea-b506-1f34f693496d", "web developer", 60),
            occ("2512", "866c7813-2c03-47d7-9bdc-192cfbace57c", "user interface developer", 40),
        ],
        legacy: &["jquery", "php"],
    },
    Archetype {
        key: "full-stack",
        posting_weight: 8,
        profile_weight: 6,
        flavors: &[
            flavor("React, Node.js", 40, &["react", "nodejs"]).extra(&[("express", 40)]),
            flavor("Java, React", 20, &["java", "react"]).extra(&[("spring-boot", 60)]),
            flavor(".NET, Angular", 20, &["dotnet", "angular"]).extra(&[
                ("csharp", 90),
                ("aspnet", 50),
                ("microsoft-sql-server", 40),
            ]),
            flavor("Python, Vue.js", 10, &["python", "vuejs"]).extra(&[("django", 40), ("fastapi", 30)]),
            flavor("Python, React", 10, &["python", "react"]).extra(&[("django", 40), ("fastapi", 30)]),
        ],
        core: &[
            ("javascript", 50),
            ("typescript", 50),
            ("html", 35),
            ("css", 35),
            ("sql", 30),
            ("postgresql", 30),
            ("rest-api", 40),
            ("git", 40),
            ("docker", 30),
        ],
        optional: &[
            ("aws", 20),
            ("azure", 15),
            ("kubernetes", 10),
            ("ci-cd", 20),
            ("graphql", 10),
            ("mongodb", 10),
            ("full-stack-development", 20),
            ("agile", 15),
            ("nextjs", 10),
            ("unit-testing", 10),
        ],
        roles: &Roles {
            fi: &[
                ("full stack -kehittäjä", "full stack -kehittäjää"),
                ("full stack -kehittäjä ({tech})", "full stack -kehittäjää ({tech})"),
                ("ohjelmistokehittäjä ({tech})", "ohjelmistokehittäjää ({tech})"),
            ],
            sv: &["fullstackutvecklare", "fullstackutvecklare ({tech})"],
            en: &["Full Stack Developer", "Full Stack Developer ({tech})", "Software Engineer ({tech})"],
        },
        duties: &Duties {
            fi: [
                "kehität palvelua käyttöliittymästä tietokantaan asti",
                "osallistut uusien ominaisuuksien suunnitteluun asiakkaan kanssa",
                "viet muutokset tuotantoon asti ja seuraat niiden toimivuutta",
            ],
            sv: [
                "utveckla tjänsten från användargränssnittet till databasen",
                "delta i planeringen av nya funktioner tillsammans med kunden",
                "ta ändringar hela vägen till produktion",
            ],
            en: [
                "develop the service from the user interface down to the database",
                "plan new features together with the customer",
                "take changes all the way to production and follow how they work",
            ],
        },
        occupations: &[
            occ("2512", "f2b15a0e-e65a-438a-affb-29b9d50b77d1", "software developer", 60),
            occ("2513", "c40a2919-48a9-40ea-b506-1f34f693496d", "web developer", 40),
        ],
        legacy: &["jquery", "php", "perl"],
    },
    Archetype {
        key: "mobile",
        posting_weight: 4,
        profile_weight: 3,
        flavors: &[
            flavor("Android", 35, &["android-development", "kotlin"]).extra(&[("java", 40)]),
            flavor("iOS", 30, &["ios-development", "swift"]).extra(&[("objective-c", 15)]),
            flavor("Flutter", 20, &["flutter", "dart"]),
            flavor("React Native", 15, &["react-native", "javascript"])
                .extra(&[("typescript", 60), ("react", 40)]),
        ],
        core: &[
            ("mobile-development", 40),
            ("git", 40),
            ("rest-api", 40),
            ("unit-testing", 20),
            ("ci-cd", 15),
        ],
        optional: &[("graphql", 10), ("figma", 8), ("agile", 15), ("ui-design", 6), ("scrum", 8)],
        roles: &Roles {
            fi: &[
                ("{tech-}kehittäjä", "{tech-}kehittäjää"),
                ("mobiilikehittäjä ({tech})", "mobiilikehittäjää ({tech})"),
            ],
            sv: &["{tech}-utvecklare", "mobilutvecklare ({tech})"],
            en: &["{tech} Developer", "Mobile Developer ({tech})"],
        },
        duties: &Duties {
            fi: [
                "kehität sovellusta, jota käyttää päivittäin satojatuhansia ihmisiä",
                "julkaiset uusia versioita sovelluskauppoihin",
                "teet tiivistä yhteistyötä suunnittelijoiden ja taustajärjestelmätiimin kanssa",
            ],
            sv: [
                "utveckla en app som hundratusentals människor använder varje dag",
                "publicera nya versioner i appbutikerna",
                "samarbeta nära med designers och backendteamet",
            ],
            en: [
                "develop an app used daily by hundreds of thousands of people",
                "ship new releases to the app stores",
                "work closely with designers and the backend team",
            ],
        },
        occupations: &[occ(
            "2514",
            "2ed56c3f-61d6-4f7e-9ef8-8849eb102e4c",
            "mobile application developer",
            1,
        )],
        legacy: &["objective-c", "java"],
    },
    Archetype {
        key: "devops-cloud",
        posting_weight: 9,
        profile_weight: 4,
        flavors: &[
            flavor("AWS", 40, &["aws"]).extra(&[("serverless", 20), ("dynamodb", 5)]),
            flavor("Azure", 40, &["azure"]).extra(&[("powershell", 30)]),
            flavor("Google Cloud", 10, &["google-cloud"]),
            flavor("Kubernetes", 10, &["kubernetes"]).extra(&[("openshift", 30)]),
        ],
        core: &[
            ("devops", 50),
            ("kubernetes", 55),
            ("docker", 55),
            ("terraform", 50),
            ("ci-cd", 55),
            ("linux", 45),
            ("git", 30),
        ],
        optional: &[
            ("helm", 20),
            ("ansible", 20),
            ("prometheus", 20),
            ("grafana", 20),
            ("python", 30),
            ("bash", 30),
            ("github-actions", 15),
            ("gitlab-ci", 15),
            ("jenkins", 12),
            ("openshift", 6),
            ("go", 8),
            ("networking", 10),
            ("information-security", 10),
            ("cloud-computing", 25),
            ("nginx", 8),
        ],
        roles: &Roles {
            fi: &[
                ("DevOps-asiantuntija", "DevOps-asiantuntijaa"),
                ("{tech-}asiantuntija", "{tech-}asiantuntijaa"),
                ("DevOps-insinööri ({tech})", "DevOps-insinööriä ({tech})"),
            ],
            sv: &["DevOps-ingenjör", "{tech}-specialist", "DevOps-specialist ({tech})"],
            en: &[
                "DevOps Engineer",
                "Cloud Engineer ({tech})",
                "Platform Engineer",
                "Site Reliability Engineer",
            ],
        },
        duties: &Duties {
            fi: [
                "automatisoit infrastruktuurin ja julkaisuputket",
                "vastaat palveluiden luotettavuudesta ja valvonnasta yhdessä kehitystiimien kanssa",
                "kehität sisäistä kehitysalustaamme",
            ],
            sv: [
                "automatisera infrastruktur och leveranskedjor",
                "ansvara för tjänsternas driftsäkerhet och övervakning tillsammans med utvecklingsteamen",
                "vidareutveckla vår interna utvecklingsplattform",
            ],
            en: [
                "automate infrastructure and delivery pipelines",
                "own the reliability and monitoring of our services together with the development teams",
                "build our internal developer platform",
            ],
        },
        occupations: &[
            occ("2522", "9e2e6e1e-363b-4e1b-a673-7bc0f7343300", "ICT system administrator", 50),
            occ("2511", "07e60525-1aad-4099-aaf3-2c7014c92212", "integration engineer", 30),
            occ("2511", "e1c72b5f-4c5c-487c-a6df-e84b64a51dae", "ICT system architect", 20),
        ],
        legacy: &["perl", "visual-basic"],
    },
    Archetype {
        key: "data-engineer",
        posting_weight: 6,
        profile_weight: 3,
        flavors: &[
            flavor("Python", 35, &["python", "sql"]),
            flavor("Azure", 25, &["azure", "databricks"]).extra(&[("spark", 50)]),
            flavor("AWS", 15, &["aws"]).extra(&[("airflow", 30)]),
            flavor("Snowflake", 15, &["snowflake", "sql"]).extra(&[("dbt", 50)]),
            flavor("Spark", 10, &["spark", "scala"]),
        ],
        core: &[
            ("python", 70),
            ("sql", 80),
            ("etl", 50),
            ("data-engineering", 50),
            ("airflow", 25),
            ("spark", 30),
            ("git", 30),
        ],
        optional: &[
            ("dbt", 20),
            ("snowflake", 10),
            ("databricks", 15),
            ("kafka", 15),
            ("docker", 15),
            ("postgresql", 20),
            ("azure", 15),
            ("aws", 15),
            ("google-cloud", 8),
            ("terraform", 8),
            ("hadoop", 5),
            ("data-analysis", 10),
            ("power-bi", 8),
            ("microsoft-sql-server", 10),
            ("nosql-databases", 6),
        ],
        roles: &Roles {
            fi: &[
                ("data engineer", "data engineeriä"),
                ("data engineer ({tech})", "data engineeriä ({tech})"),
                ("data-insinööri", "data-insinööriä"),
            ],
            sv: &["data engineer", "data engineer ({tech})", "dataingenjör"],
            en: &["Data Engineer", "Data Engineer ({tech})", "Data Platform Engineer"],
        },
        duties: &Duties {
            fi: [
                "rakennat ja ylläpidät tietoalustaa sekä sen latausprosesseja",
                "mallinnat tietoa raportoinnin ja analytiikan tarpeisiin",
                "varmistat, että tieto on ajantasaista ja luotettavaa",
            ],
            sv: [
                "bygga och underhålla dataplattformen och dess laddningsflöden",
                "modellera data för rapportering och analys",
                "säkerställa att informationen är aktuell och pålitlig",
            ],
            en: [
                "build and run the data platform and its load pipelines",
                "model data for reporting and analytics",
                "make sure the data is timely and reliable",
            ],
        },
        occupations: &[
            occ("2521", "b11e1742-5e28-4270-b081-b0193d85ee7d", "database developer", 50),
            occ("2521", "1562c7a3-c7d9-419d-b9b6-db26610bcf84", "data warehouse designer", 30),
            occ("2521", "8c57af09-719c-42b3-be40-6ed4946236cc", "database administrator", 20),
        ],
        legacy: &["hadoop", "oracle-database", "perl"],
    },
    Archetype {
        key: "data-scientist",
        posting_weight: 4,
        profile_weight: 7,
        flavors: &[
            flavor("", 60, &["python", "machine-learning"]),
            flavor("", 20, &["python", "llm"]).extra(&[("nlp", 50), ("pytorch", 40)]),
            flavor("", 20, &["python", "deep-learning"]).extra(&[("pytorch", 50), ("tensorflow", 40)]),
        ],
        core: &[
            ("machine-learning", 90),
            ("statistics", 45),
            ("pandas", 50),
            ("numpy", 35),
            ("scikit-learn", 40),
            ("sql", 50),
            ("data-analysis", 40),
        ],
        optional: &[
            ("deep-learning", 20),
            ("pytorch", 15),
            ("tensorflow", 12),
            ("nlp", 10),
            ("llm", 12),
            ("r", 15),
            ("spark", 10),
            ("databricks", 10),
            ("azure", 10),
            ("aws", 10),
            ("docker", 10),
            ("git", 20),
            ("tableau", 5),
            ("power-bi", 5),
            ("matlab", 5),
            ("analytical-thinking", 10),
        ],
        roles: &Roles {
            fi: &[
                ("data scientist", "data scientistia"),
                ("datatieteilijä", "datatieteilijää"),
                ("koneoppimisasiantuntija", "koneoppimisasiantuntijaa"),
            ],
            sv: &["data scientist", "dataforskare", "specialist inom maskininlärning"],
            en: &["Data Scientist", "Machine Learning Engineer", "AI Engineer"],
        },
        duties: &Duties {
            fi: [
                "rakennat ennustemalleja liiketoiminnan tarpeisiin",
                "viet mallit tuotantoon yhdessä kehittäjien kanssa",
                "esittelet tuloksia selkeästi myös muille kuin asiantuntijoille",
            ],
            sv: [
                "bygga prognosmodeller för verksamhetens behov",
                "ta modeller i produktion tillsammans med utvecklarna",
                "presentera resultaten tydligt även för icke-specialister",
            ],
            en: [
                "build predictive models for business needs",
                "take models to production together with the developers",
                "explain results clearly to non-specialists",
            ],
        },
        occupations: &[occ("2511", "258e46f9-0075-4a2e-adae-1ff0477e0f30", "data scientist", 1)],
        legacy: &["matlab", "hadoop", "perl"],
    },
    Archetype {
        key: "bi-analyst",
        posting_weight: 5,
        profile_weight: 6,
        flavors: &[
            flavor("Power BI", 60, &["power-bi"]),
            flavor("Tableau", 20, &["tableau"]),
            flavor("SQL", 20, &["sql"]),
        ],
        core: &[
            ("sql", 80),
            ("excel", 50),
            ("data-analysis", 60),
            ("microsoft-sql-server", 25),
            ("etl", 20),
            ("statistics", 15),
        ],
        optional: &[
            ("python", 20),
            ("r", 8),
            ("azure", 15),
            ("snowflake", 8),
            ("dbt", 8),
            ("analytical-thinking", 20),
            ("communication", 15),
            ("databricks", 5),
            ("sql-databases", 10),
        ],
        roles: &Roles {
            fi: &[
                ("BI-asiantuntija", "BI-asiantuntijaa"),
                ("BI-analyytikko ({tech})", "BI-analyytikkoa ({tech})"),
                ("raportointiasiantuntija", "raportointiasiantuntijaa"),
            ],
            sv: &["BI-analytiker", "BI-specialist ({tech})", "rapporteringsspecialist"],
            en: &["BI Analyst", "Business Intelligence Specialist ({tech})", "Reporting Analyst"],
        },
        duties: &Duties {
            fi: [
                "rakennat raportteja ja mittaristoja johdon päätöksenteon tueksi",
                "selvität liiketoiminnan tietotarpeita yhdessä eri yksiköiden kanssa",
                "kehität raportoinnin tietomalleja",
            ],
            sv: [
                "bygga rapporter och instrumentpaneler som stöd för ledningens beslut",
                "kartlägga verksamhetens informationsbehov tillsammans med olika enheter",
                "utveckla rapporteringens datamodeller",
            ],
            en: [
                "build reports and dashboards that support management decisions",
                "work out the information needs of the business with different units",
                "develop the data models behind our reporting",
            ],
        },
        occupations: &[
            occ("2511", "d3edb8f8-3a06-47a0-8fb9-9b212c006aa2", "data analyst", 60),
            occ("2421", "60082a99-d8ef-4e84-9290-78902681b6ed", "business analyst", 25),
            occ("2421", "207d7b18-6540-432e-8aa6-785ed434572f", "business intelligence manager", 15),
        ],
        legacy: &["visual-basic", "oracle-database"],
    },
    Archetype {
        key: "qa-test",
        posting_weight: 5,
        profile_weight: 6,
        flavors: &[
            flavor("", 30, &["test-automation", "robot-framework"]).extra(&[("python", 60)]),
            flavor("", 20, &["test-automation", "selenium"]).extra(&[("java", 30), ("python", 30)]),
            flavor("", 15, &["test-automation", "playwright"]).extra(&[("typescript", 50)]),
            flavor("", 15, &["test-automation", "cypress"]).extra(&[("javascript", 60)]),
            flavor("", 20, &["software-testing"]),
        ],
        core: &[
            ("software-testing", 70),
            ("test-automation", 40),
            ("jira", 30),
            ("ci-cd", 25),
            ("git", 25),
            ("agile", 20),
            ("rest-api", 20),
        ],
        optional: &[
            ("performance-testing", 15),
            ("junit", 8),
            ("pytest", 10),
            ("java", 10),
            ("javascript", 10),
            ("jenkins", 10),
            ("sql", 15),
            ("scrum", 10),
            ("unit-testing", 10),
            ("linux", 8),
        ],
        roles: &Roles {
            fi: &[
                ("testausautomaatioasiantuntija", "testausautomaatioasiantuntijaa"),
                ("ohjelmistotestaaja", "ohjelmistotestaajaa"),
                ("testausasiantuntija", "testausasiantuntijaa"),
            ],
            sv: &["testautomatiseringsspecialist", "mjukvarutestare", "testare"],
            en: &["Test Automation Engineer", "QA Engineer", "Software Tester"],
        },
        duties: &Duties {
            fi: [
                "suunnittelet ja toteutat automaattitestejä",
                "varmistat julkaisujen laadun yhdessä kehittäjien kanssa",
                "kehität testausprosessejamme",
            ],
            sv: [
                "planera och bygga automatiserade tester",
                "säkra kvaliteten i leveranserna tillsammans med utvecklarna",
                "utveckla våra testprocesser",
            ],
            en: [
                "design and build automated tests",
                "secure the quality of releases together with the developers",
                "improve our testing processes",
            ],
        },
        occupations: &[
            occ("2519", "106f79e4-6264-45f1-9e7a-297435cd684b", "software tester", 60),
            occ("2519", "0ab5c12c-c1c1-4772-8345-aa287d0e391d", "ICT test analyst", 40),
        ],
        legacy: &["visual-basic", "perl"],
    },
    Archetype {
        key: "security",
        posting_weight: 5,
        profile_weight: 2,
        flavors: &[
            flavor("", 50, &["information-security"]),
            flavor("", 20, &["penetration-testing", "information-security"]).extra(&[("python", 40)]),
            flavor("IAM", 20, &["identity-and-access-management", "information-security"])
                .extra(&[("azure", 40)])
                .roles(&Roles {
                    fi: &[("IAM-asiantuntija", "IAM-asiantuntijaa")],
                    sv: &["IAM-specialist"],
                    en: &["IAM Specialist", "Identity and Access Management Engineer"],
                }),
            flavor("", 10, &["network-security", "networking"]),
        ],
        core: &[
            ("network-security", 35),
            ("linux", 40),
            ("azure", 20),
            ("aws", 15),
            ("cryptography", 15),
            ("python", 20),
            ("bash", 15),
        ],
        optional: &[
            ("identity-and-access-management", 20),
            ("penetration-testing", 15),
            ("powershell", 15),
            ("kubernetes", 10),
            ("docker", 10),
            ("networking", 25),
            ("itil", 10),
            ("analytical-thinking", 10),
        ],
        roles: &Roles {
            fi: &[
                ("tietoturva-asiantuntija", "tietoturva-asiantuntijaa"),
                ("kyberturvallisuusasiantuntija", "kyberturvallisuusasiantuntijaa"),
                ("tietoturva-analyytikko", "tietoturva-analyytikkoa"),
            ],
            sv: &["säkerhetsspecialist", "informationssäkerhetsspecialist", "cybersäkerhetsanalytiker"],
            en: &["Security Specialist", "Cyber Security Analyst", "Security Engineer"],
        },
        duties: &Duties {
            fi: [
                "tunnistat ja arvioit palveluidemme riskejä",
                "kehität valvontaa ja poikkeamien käsittelyä",
                "neuvot kehitystiimejä turvallisissa käytännöissä",
            ],
            sv: [
                "identifiera och bedöma risker i våra tjänster",
                "utveckla övervakningen och incidenthanteringen",
                "stödja utvecklingsteamen i säkra arbetssätt",
            ],
            en: [
                "identify and assess risks in our services",
                "develop monitoring and incident response",
                "advise development teams on secure practices",
            ],
        },
        occupations: &[
            occ("2529", "0ce5a9f4-e00a-4bbe-b255-3c63407167a4", "ICT security consultant", 45),
            occ("2529", "0464b062-cea6-4164-b10d-956c61956ae7", "ICT security administrator", 40),
            occ("2529", "76ef0a87-6afe-4560-b5d0-9a086abe45c5", "ethical hacker", 15),
        ],
        legacy: &["perl", "visual-basic"],
    },
    Archetype {
        key: "embedded",
        posting_weight: 4,
        profile_weight: 6,
        flavors: &[
            flavor("C++", 50, &["cpp", "embedded-systems"]).extra(&[("c", 40)]),
            flavor("C", 35, &["c", "embedded-systems"]).extra(&[("cpp", 30)]),
            flavor("Rust", 15, &["rust", "embedded-systems"]).extra(&[("c", 40)]),
        ],
        core: &[("linux", 55), ("git", 35), ("python", 30), ("bash", 15), ("unit-testing", 15)],
        optional: &[
            ("networking", 10),
            ("jenkins", 10),
            ("ci-cd", 15),
            ("matlab", 5),
            ("software-architecture", 10),
            ("go", 4),
            ("agile", 10),
            ("problem-solving", 8),
        ],
        roles: &Roles {
            fi: &[
                (
                    "sulautettujen järjestelmien kehittäjä ({tech})",
                    "sulautettujen järjestelmien kehittäjää ({tech})",
                ),
                ("{tech-}ohjelmistosuunnittelija", "{tech-}ohjelmistosuunnittelijaa"),
                ("embedded-ohjelmistokehittäjä", "embedded-ohjelmistokehittäjää"),
            ],
            sv: &["utvecklare av inbyggda system ({tech})", "inbyggd mjukvaruutvecklare"],
            en: &["Embedded Software Engineer ({tech})", "Embedded {tech} Developer", "Firmware Engineer"],
        },
        duties: &Duties {
            fi: [
                "kehität ohjelmistoa laitteisiin, jotka toimitetaan asiakkaillemme ympäri maailmaa",
                "teet yhteistyötä elektroniikkasuunnittelijoiden kanssa",
                "vianselvität ongelmia oikeassa laitteistossa",
            ],
            sv: [
                "utveckla mjukvara för enheter som levereras till kunder runt om i världen",
                "samarbeta med elektronikkonstruktörer",
                "felsöka problem i riktig hårdvara",
            ],
            en: [
                "develop software for devices shipped to customers around the world",
                "work with electronics designers",
                "debug problems on real hardware",
            ],
        },
        occupations: &[
            occ("2514", "57af9090-55b4-4911-b2d0-86db01c00b02", "embedded systems software developer", 70),
            occ("2511", "10469d70-78a3-4650-9e29-d04de13c62c1", "embedded system designer", 30),
        ],
        legacy: &["perl", "matlab", "objective-c"],
    },
    Archetype {
        key: "it-support",
        posting_weight: 8,
        profile_weight: 12,
        flavors: &[
            flavor("", 45, &["it-support"]).extra(&[("customer-service", 50)]),
            flavor("Linux", 20, &["system-administration", "linux"])
                .extra(&[("bash", 40), ("ansible", 20)])
                .roles(&Roles {
                    fi: &[("{tech-}järjestelmäasiantuntija", "{tech-}järjestelmäasiantuntijaa")],
                    sv: &["systemadministratör ({tech})"],
                    en: &["{tech} System Administrator", "System Specialist ({tech})"],
                })
                .occupations(&[occ(
                    "2522",
                    "9e2e6e1e-363b-4e1b-a673-7bc0f7343300",
                    "ICT system administrator",
                    1,
                )]),
            flavor("Microsoft 365", 20, &["system-administration", "azure"])
                .extra(&[("powershell", 50), ("identity-and-access-management", 20)])
                .roles(&Roles {
                    fi: &[("järjestelmäasiantuntija ({tech})", "järjestelmäasiantuntijaa ({tech})")],
                    sv: &["systemadministratör ({tech})"],
                    en: &["System Administrator ({tech})", "Modern Workplace Specialist"],
                })
                .occupations(&[occ(
                    "2522",
                    "9e2e6e1e-363b-4e1b-a673-7bc0f7343300",
                    "ICT system administrator",
                    1,
                )]),
            flavor("", 15, &["networking"])
                .extra(&[("network-security", 40)])
                .roles(&Roles {
                    fi: &[
                        ("verkkoasiantuntija", "verkkoasiantuntijaa"),
                        ("tietoliikenneasiantuntija", "tietoliikenneasiantuntijaa"),
                    ],
                    sv: &["nätverkstekniker", "nätverksspecialist"],
                    en: &["Network Engineer", "Network Specialist"],
                })
                .occupations(&[occ(
                    "2523",
                    "cf2b03cd-feb7-4f47-90f6-ff1ed6016d3d",
                    "ICT network engineer",
                    1,
                )]),
        ],
        core: &[
            ("itil", 30),
            ("servicenow", 20),
            ("jira", 15),
            ("linux", 25),
            ("powershell", 15),
            ("customer-service", 25),
            ("communication", 20),
        ],
        optional: &[
            ("identity-and-access-management", 10),
            ("excel", 10),
            ("ansible", 5),
            ("docker", 5),
            ("azure", 10),
            ("information-security", 10),
            ("sql", 6),
            ("problem-solving", 15),
            ("networking", 15),
            ("bash", 8),
        ],
        roles: &Roles {
            fi: &[
                ("IT-tukihenkilö", "IT-tukihenkilöä"),
                ("IT-tuen asiantuntija", "IT-tuen asiantuntijaa"),
                ("lähitukihenkilö", "lähitukihenkilöä"),
                ("palvelupisteen asiantuntija", "palvelupisteen asiantuntijaa"),
            ],
            sv: &["IT-supporttekniker", "IT-supportspecialist", "servicedeskspecialist"],
            en: &["IT Support Specialist", "Service Desk Specialist", "IT Support Engineer"],
        },
        duties: &Duties {
            fi: [
                "ratkaiset käyttäjien tukipyyntöjä puhelimitse, chatissa ja paikan päällä",
                "asennat ja ylläpidät työasemia ja käyttäjätunnuksia",
                "kehität palveluprosessejamme ja ohjeistusta",
            ],
            sv: [
                "lösa användarnas supportärenden via telefon, chatt och på plats",
                "installera och underhålla arbetsstationer och användarkonton",
                "utveckla våra serviceprocesser och instruktioner",
            ],
            en: [
                "solve user requests by phone, chat and on site",
                "install and maintain workstations and user accounts",
                "improve our service processes and instructions",
            ],
        },
        occupations: &[
            occ("3512", "aaeec9a7-dc57-4485-890c-86b3eef735f9", "ICT help desk agent", 60),
            occ("3512", "3e7bf729-4442-4b9f-ad5e-83111963795c", "ICT technician", 40),
        ],
        legacy: &["visual-basic", "cobol", "perl"],
    },
    Archetype {
        key: "sap-erp",
        posting_weight: 3,
        profile_weight: 2,
        flavors: &[
            flavor("SAP", 80, &["sap"]),
            flavor("Salesforce", 20, &["salesforce"]).roles(&Roles {
                fi: &[
                    ("{tech-}konsultti", "{tech-}konsulttia"),
                    ("CRM-asiantuntija ({tech})", "CRM-asiantuntijaa ({tech})"),
                ],
                sv: &["{tech}-konsult"],
                en: &["{tech} Consultant", "{tech} Developer"],
            }),
        ],
        core: &[
            ("requirements-engineering", 45),
            ("sql", 20),
            ("project-management", 20),
            ("communication", 30),
            ("customer-service", 15),
        ],
        optional: &[
            ("excel", 20),
            ("agile", 10),
            ("jira", 10),
            ("power-bi", 8),
            ("rest-api", 10),
            ("problem-solving", 15),
            ("analytical-thinking", 15),
            ("teamwork", 10),
            ("software-testing", 8),
        ],
        roles: &Roles {
            fi: &[
                ("{tech-}konsultti", "{tech-}konsulttia"),
                ("ERP-asiantuntija ({tech})", "ERP-asiantuntijaa ({tech})"),
            ],
            sv: &["{tech}-konsult", "ERP-specialist ({tech})"],
            en: &["{tech} Consultant", "ERP Specialist ({tech})"],
        },
        duties: &Duties {
            fi: [
                "määrittelet ja toteutat ratkaisuja asiakkaiden liiketoimintaprosesseihin",
                "koulutat ja tuet pääkäyttäjiä",
                "vastaat muutosten testauksesta ja käyttöönotosta",
            ],
            sv: [
                "specificera och genomföra lösningar för kundernas affärsprocesser",
                "utbilda och stödja huvudanvändare",
                "ansvara för test och införande av förändringar",
            ],
            en: [
                "specify and deliver solutions for our customers' business processes",
                "train and support key users",
                "own the testing and roll-out of changes",
            ],
        },
        occupations: &[
            occ("2514", "456ed487-02f2-45c9-9213-d0fd8e9a069d", "ICT application configurator", 50),
            occ("2511", "bd9d395a-d587-45c6-8d72-ceef226df9e1", "ICT system integration consultant", 50),
        ],
        legacy: &["cobol", "visual-basic"],
    },
    Archetype {
        key: "project-manager",
        posting_weight: 5,
        profile_weight: 7,
        flavors: &[
            flavor("", 60, &["project-management"]),
            flavor("", 25, &["scrum", "agile"]).roles(&Roles {
                fi: &[("Scrum Master", "Scrum Masteria"), ("agile coach", "agile coachia")],
                sv: &["Scrum Master", "agil coach"],
                en: &["Scrum Master", "Agile Coach"],
            }),
            flavor("", 15, &["product-management", "agile"])
                .roles(&Roles {
                    fi: &[("Product Owner", "Product Owneria"), ("tuoteomistaja", "tuoteomistajaa")],
                    sv: &["Product Owner", "produktägare"],
                    en: &["Product Owner", "Product Manager"],
                })
                .occupations(&[occ(
                    "1330",
                    "a79170ad-0b7b-4697-864f-1748359aa10a",
                    "ICT product manager",
                    1,
                )]),
        ],
        core: &[
            ("agile", 55),
            ("scrum", 35),
            ("jira", 45),
            ("communication", 40),
            ("leadership", 30),
            ("requirements-engineering", 20),
        ],
        optional: &[
            ("kanban", 15),
            ("itil", 10),
            ("software-development", 15),
            ("excel", 15),
            ("teamwork", 20),
            ("problem-solving", 10),
            ("mentoring", 8),
            ("cloud-computing", 5),
            ("servicenow", 5),
            ("sap", 5),
        ],
        roles: &Roles {
            fi: &[
                ("projektipäällikkö", "projektipäällikköä"),
                ("IT-projektipäällikkö", "IT-projektipäällikköä"),
                ("projektipäällikkö, ohjelmistokehitys", "projektipäällikköä ohjelmistokehitykseen"),
            ],
            sv: &["projektledare", "IT-projektledare"],
            en: &["Project Manager", "IT Project Manager", "Delivery Manager"],
        },
        duties: &Duties {
            fi: [
                "johdat asiakasprojekteja alusta loppuun",
                "vastaat aikataulusta, budjetista ja sidosryhmäviestinnästä",
                "tuet tiimiä poistamalla esteitä sen tieltä",
            ],
            sv: [
                "leda kundprojekt från start till mål",
                "ansvara för tidplan, budget och kontakten med intressenter",
                "stödja teamet genom att röja hinder ur vägen",
            ],
            en: [
                "lead customer projects from start to finish",
                "own schedule, budget and stakeholder relations",
                "support the team by removing obstacles",
            ],
        },
        occupations: &[
            occ("1330", "8b6388a4-4904-471b-9331-d3b1211f5525", "ICT project manager", 75),
            occ("2421", "6a29d804-f775-446c-bec7-35fc4e28ac97", "business consultant", 25),
        ],
        legacy: &["cobol", "visual-basic"],
    },
    Archetype {
        key: "ux-design",
        posting_weight: 3,
        profile_weight: 5,
        flavors: &[
            flavor("", 50, &["ux-design"]),
            flavor("", 30, &["ui-design"]),
            flavor("", 20, &["ux-design", "ui-design"]),
        ],
        core: &[
            ("figma", 80),
            ("ux-design", 50),
            ("ui-design", 45),
            ("html", 20),
            ("css", 20),
            ("communication", 20),
        ],
        optional: &[
            ("javascript", 8),
            ("react", 8),
            ("web-development", 8),
            ("product-management", 5),
            ("agile", 15),
            ("teamwork", 15),
            ("analytical-thinking", 8),
            ("requirements-engineering", 10),
            ("tailwind", 4),
        ],
        roles: &Roles {
            fi: &[
                ("UX-suunnittelija", "UX-suunnittelijaa"),
                ("käyttöliittymäsuunnittelija", "käyttöliittymäsuunnittelijaa"),
                ("UI/UX-suunnittelija", "UI/UX-suunnittelijaa"),
            ],
            sv: &["UX-designer", "UI-designer", "tjänstedesigner"],
            en: &["UX Designer", "UI/UX Designer", "Product Designer"],
        },
        duties: &Duties {
            fi: [
                "haastattelet käyttäjiä ja testaat ratkaisuja heidän kanssaan",
                "suunnittelet selkeitä ja saavutettavia näkymiä",
                "teet tiivistä yhteistyötä kehittäjien kanssa",
            ],
            sv: [
                "intervjua användare och testa lösningar tillsammans med dem",
                "designa tydliga och tillgängliga vyer",
                "samarbeta nära med utvecklarna",
            ],
            en: [
                "interview users and test solutions with them",
                "design clear and accessible views",
                "work closely with developers",
            ],
        },
        occupations: &[
            occ("2513", "96e20037-0a25-4bf6-a25e-808d1605d890", "user interface designer", 50),
            occ("2511", "faed411a-f920-4100-86a8-b877928b429c", "user experience analyst", 30),
            occ("2166", "69bcbb0a-8d80-4ecd-b0a4-9adea2a40de2", "graphic designer", 20),
        ],
        legacy: &["jquery", "php"],
    },
];
