//! How each skill the generator uses is written in English, Finnish and Swedish text, and what
//! kind of thing it is (which decides the sentence patterns it fits into).
//!
//! The names are the ones people write in real postings and CVs ("Spring Boot", "SQL Server",
//! "testiautomaatio"), so that skill extraction finds them. Product names are the same in all
//! three languages; an empty `fi` or `sv` means "same as English".

/// What kind of skill a name denotes; decides which phrases it fits into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Category {
    /// A programming or query language (Java, SQL): "Java-ohjelmointi".
    Language,
    /// A library, framework or runtime (Spring Boot, React): "Spring Boot -sovelluskehys".
    Framework,
    /// A database product (PostgreSQL): "PostgreSQL-tietokannat".
    Database,
    /// A platform, cloud or infrastructure product (AWS, Kubernetes): "AWS-ympäristöt".
    Platform,
    /// A tool, product or named method (Git, Power BI, Scrum): "Git-osaaminen".
    Tool,
    /// A field or practice named by common nouns (test automation, "testiautomaatio"):
    /// Finnish cannot hyphenate it onto a head word, so it is written on its own.
    Practice,
    /// A transversal skill (teamwork, "yhteistyötaidot").
    Soft,
}

impl Category {
    /// Product-like names that Finnish attaches to a head word with a hyphen.
    pub(crate) fn is_named_technology(self) -> bool {
        !matches!(self, Category::Practice | Category::Soft)
    }
}

/// Names of one skill.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SkillText {
    /// Taxonomy skill id.
    pub id: &'static str,
    /// Kind of name.
    pub category: Category,
    /// English name as written mid-sentence.
    pub en: &'static str,
    /// Finnish name (nominative); empty = English.
    pub fi: &'static str,
    /// Swedish name; empty = English.
    pub sv: &'static str,
}

use Category::*;

const fn named(id: &'static str, category: Category, name: &'static str) -> SkillText {
    SkillText { id, category, en: name, fi: "", sv: "" }
}

const fn words(
    id: &'static str,
    category: Category,
    en: &'static str,
    fi: &'static str,
    sv: &'static str,
) -> SkillText {
    SkillText { id, category, en, fi, sv }
}

/// Every skill the generator can put into a record, with its names.
pub(crate) const SKILL_TEXTS: &[SkillText] = &[
    // Programming and query languages.
    named("python", Language, "Python"),
    named("java", Language, "Java"),
    named("javascript", Language, "JavaScript"),
    named("typescript", Language, "TypeScript"),
    named("csharp", Language, "C#"),
    named("cpp", Language, "C++"),
    named("c", Language, "C"),
    named("go", Language, "Go"),
    named("rust", Language, "Rust"),
    named("kotlin", Language, "Kotlin"),
    named("swift", Language, "Swift"),
    named("php", Language, "PHP"),
    named("ruby", Language, "Ruby"),
    named("scala", Language, "Scala"),
    named("r", Language, "R"),
    named("sql", Language, "SQL"),
    named("bash", Language, "Bash"),
    named("powershell", Language, "PowerShell"),
    named("dart", Language, "Dart"),
    named("matlab", Language, "MATLAB"),
    named("perl", Language, "Perl"),
    named("cobol", Language, "COBOL"),
    named("objective-c", Language, "Objective-C"),
    named("visual-basic", Language, "Visual Basic"),
    // Frameworks, libraries and runtimes.
    named("react", Framework, "React"),
    named("angular", Framework, "Angular"),
    named("vuejs", Framework, "Vue.js"),
    named("nodejs", Framework, "Node.js"),
    named("nextjs", Framework, "Next.js"),
    named("django", Framework, "Django"),
    named("flask", Framework, "Flask"),
    named("fastapi", Framework, "FastAPI"),
    named("spring", Framework, "Spring"),
    named("spring-boot", Framework, "Spring Boot"),
    named("dotnet", Framework, ".NET"),
    named("aspnet", Framework, "ASP.NET"),
    named("express", Framework, "Express"),
    named("jquery", Framework, "jQuery"),
    named("flutter", Framework, "Flutter"),
    named("react-native", Framework, "React Native"),
    named("sass", Framework, "Sass"),
    named("tailwind", Framework, "Tailwind CSS"),
    named("pandas", Framework, "pandas"),
    named("numpy", Framework, "NumPy"),
    named("scikit-learn", Framework, "scikit-learn"),
    named("tensorflow", Framework, "TensorFlow"),
    named("pytorch", Framework, "PyTorch"),
    named("spark", Framework, "Apache Spark"),
    named("robot-framework", Framework, "Robot Framework"),
    named("selenium", Framework, "Selenium"),
    named("cypress", Framework, "Cypress"),
    named("playwright", Framework, "Playwright"),
    named("junit", Framework, "JUnit"),
    named("pytest", Framework, "pytest"),
    // Databases.
    named("postgresql", Database, "PostgreSQL"),
    named("mysql", Database, "MySQL"),
    named("microsoft-sql-server", Database, "SQL Server"),
    named("oracle-database", Database, "Oracle"),
    named("mongodb", Database, "MongoDB"),
    named("redis", Database, "Redis"),
    named("elasticsearch", Database, "Elasticsearch"),
    named("dynamodb", Database, "DynamoDB"),
    named("snowflake", Database, "Snowflake"),
    named("mariadb", Database, "MariaDB"),
    // Platforms, clouds and infrastructure.
    named("aws", Platform, "AWS"),
    named("azure", Platform, "Azure"),
    named("google-cloud", Platform, "Google Cloud"),
    named("kubernetes", Platform, "Kubernetes"),
    named("docker", Platform, "Docker"),
    named("terraform", Platform, "Terraform"),
    named("ansible", Platform, "Ansible"),
    named("helm", Platform, "Helm"),
    named("openshift", Platform, "OpenShift"),
    named("linux", Platform, "Linux"),
    named("kafka", Platform, "Kafka"),
    named("airflow", Platform, "Airflow"),
    named("hadoop", Platform, "Hadoop"),
    named("databricks", Platform, "Databricks"),
    named("nginx", Platform, "Nginx"),
    named("prometheus", Platform, "Prometheus"),
    named("grafana", Platform, "Grafana"),
    named("sap", Platform, "SAP"),
    named("salesforce", Platform, "Salesforce"),
    named("servicenow", Platform, "ServiceNow"),
    // Tools, products and named methods.
    named("html", Tool, "HTML"),
    named("css", Tool, "CSS"),
    named("git", Tool, "Git"),
    named("jenkins", Tool, "Jenkins"),
    named("github-actions", Tool, "GitHub Actions"),
    named("gitlab-ci", Tool, "GitLab CI"),
    named("jira", Tool, "Jira"),
    named("figma", Tool, "Figma"),
    named("excel", Tool, "Excel"),
    named("power-bi", Tool, "Power BI"),
    named("tableau", Tool, "Tableau"),
    named("dbt", Tool, "dbt"),
    named("ci-cd", Tool, "CI/CD"),
    named("rest-api", Tool, "REST API"),
    named("graphql", Tool, "GraphQL"),
    named("grpc", Tool, "gRPC"),
    named("itil", Tool, "ITIL"),
    named("scrum", Tool, "Scrum"),
    named("kanban", Tool, "Kanban"),
    named("devops", Tool, "DevOps"),
    named("etl", Tool, "ETL"),
    // Fields and practices.
    words("microservices", Practice, "microservices", "mikropalvelut", "mikrotjänster"),
    words("sql-databases", Practice, "relational databases", "relaatiotietokannat", "relationsdatabaser"),
    words("nosql-databases", Practice, "NoSQL databases", "NoSQL-tietokannat", "NoSQL-databaser"),
    words("cloud-computing", Practice, "cloud services", "pilvipalvelut", "molntjänster"),
    words(
        "serverless",
        Practice,
        "serverless architecture",
        "serverless-arkkitehtuuri",
        "serverless-arkitektur",
    ),
    words("data-analysis", Practice, "data analysis", "data-analytiikka", "dataanalys"),
    words("data-engineering", Practice, "data engineering", "data engineering", "data engineering"),
    words("machine-learning", Practice, "machine learning", "koneoppiminen", "maskininlärning"),
    words("deep-learning", Practice, "deep learning", "syväoppiminen", "djupinlärning"),
    words("statistics", Practice, "statistics", "tilastotiede", "statistik"),
    words("nlp", Practice, "natural language processing", "luonnollisen kielen käsittely", "språkteknologi"),
    words("llm", Practice, "large language models", "suuret kielimallit", "stora språkmodeller"),
    words("information-security", Practice, "information security", "tietoturva", "informationssäkerhet"),
    words("network-security", Practice, "network security", "verkkoturvallisuus", "nätverkssäkerhet"),
    words(
        "penetration-testing",
        Practice,
        "penetration testing",
        "penetraatiotestaus",
        "penetrationstestning",
    ),
    words(
        "identity-and-access-management",
        Practice,
        "identity and access management",
        "identiteetin- ja pääsynhallinta",
        "identitets- och åtkomsthantering",
    ),
    words("cryptography", Practice, "cryptography", "kryptografia", "kryptografi"),
    words("software-testing", Practice, "software testing", "ohjelmistotestaus", "mjukvarutestning"),
    words("test-automation", Practice, "test automation", "testiautomaatio", "testautomatisering"),
    words("unit-testing", Practice, "unit testing", "yksikkötestaus", "enhetstestning"),
    words("performance-testing", Practice, "performance testing", "suorituskykytestaus", "prestandatestning"),
    words("agile", Practice, "agile methods", "ketterät menetelmät", "agila metoder"),
    words("project-management", Practice, "project management", "projektinhallinta", "projektledning"),
    words("product-management", Practice, "product management", "tuotehallinta", "produktledning"),
    words("ux-design", Practice, "UX design", "käyttäjäkokemuksen suunnittelu", "UX-design"),
    words("ui-design", Practice, "UI design", "käyttöliittymäsuunnittelu", "UI-design"),
    words(
        "requirements-engineering",
        Practice,
        "requirements engineering",
        "vaatimusmäärittely",
        "kravhantering",
    ),
    words(
        "software-architecture",
        Practice,
        "software architecture",
        "ohjelmistoarkkitehtuuri",
        "mjukvaruarkitektur",
    ),
    words(
        "software-development",
        Practice,
        "software development",
        "ohjelmistokehitys",
        "mjukvaruutveckling",
    ),
    words("web-development", Practice, "web development", "web-kehitys", "webbutveckling"),
    words("frontend-development", Practice, "frontend development", "frontend-kehitys", "frontendutveckling"),
    words("backend-development", Practice, "backend development", "backend-kehitys", "backendutveckling"),
    words(
        "full-stack-development",
        Practice,
        "full stack development",
        "full stack -kehitys",
        "fullstackutveckling",
    ),
    words("mobile-development", Practice, "mobile development", "mobiilikehitys", "mobilutveckling"),
    words("android-development", Practice, "Android development", "Android-kehitys", "Androidutveckling"),
    words("ios-development", Practice, "iOS development", "iOS-kehitys", "iOS-utveckling"),
    words("embedded-systems", Practice, "embedded systems", "sulautetut järjestelmät", "inbyggda system"),
    words("networking", Practice, "computer networks", "tietoliikenneverkot", "datornätverk"),
    words(
        "system-administration",
        Practice,
        "system administration",
        "järjestelmien ylläpito",
        "systemadministration",
    ),
    words("it-support", Practice, "IT support", "IT-tuki", "IT-support"),
    // Transversal skills.
    words("teamwork", Soft, "teamwork", "yhteistyötaidot", "samarbetsförmåga"),
    words("communication", Soft, "communication skills", "viestintätaidot", "kommunikationsförmåga"),
    words("problem-solving", Soft, "problem solving", "ongelmanratkaisukyky", "problemlösningsförmåga"),
    words("customer-service", Soft, "customer service", "asiakaspalvelutaidot", "kundservice"),
    words("leadership", Soft, "leadership", "johtamistaidot", "ledarskap"),
    words("analytical-thinking", Soft, "analytical thinking", "analyyttinen ajattelu", "analytiskt tänkande"),
    words("self-direction", Soft, "self-direction", "itseohjautuvuus", "självständighet"),
    words("mentoring", Soft, "mentoring", "mentorointi", "mentorskap"),
];

/// Transversal skills any posting or profile may list, with a relative weight.
pub(crate) const SOFT_SKILLS: &[(&str, u32)] = &[
    ("teamwork", 30),
    ("communication", 25),
    ("problem-solving", 20),
    ("analytical-thinking", 10),
    ("self-direction", 8),
    ("customer-service", 7),
    ("leadership", 5),
    ("mentoring", 5),
];
