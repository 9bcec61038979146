"""The kohtaanto ICT skill taxonomy as data; build_taxonomy.py turns it into TOML.

s(id, kind, group, specificity, labels, broader=..., esco="<uuid prefix> <ESCO label>",
  en=[aliases], fi=[...], sv=[...], rel={other_id: similarity}, amb=True)

labels is one string (the same in en/fi/sv, for product names) or a tuple (en, fi, sv).
Aliases are matched case-insensitively as whole words by the extractor, which also handles
Finnish case endings, so no inflected forms here. Lowercase English aliases also match their
plural (`cloud` -> `clouds`, `technology` -> `technologies`); write an alias capitalised to avoid
that (`Security`, so that `securities` is not information security). `amb=True` marks a skill whose name or an
alias is also an everyday word (Go, Rust, Spring, Excel); it is only recognised in a tech
context. Related pairs are symmetric; write each pair once.
"""

K, S, T, L = "knowledge", "skill", "transversal", "language"

GROUPS = {
    "programming-languages": ("Programming languages", "Ohjelmointikielet", "Programmeringsspråk"),
    "software-engineering": ("Software engineering", "Ohjelmistotuotanto", "Programvaruteknik"),
    "web-frontend": ("Web and front-end development", "Web- ja frontend-kehitys", "Webb- och frontendutveckling"),
    "backend": ("Back-end development and integration", "Backend-kehitys ja integraatiot", "Backendutveckling och integration"),
    "mobile": ("Mobile development", "Mobiilikehitys", "Mobilutveckling"),
    "databases": ("Databases", "Tietokannat", "Databaser"),
    "cloud": ("Cloud computing", "Pilvipalvelut", "Molntjänster"),
    "devops": ("DevOps, CI/CD and observability", "DevOps, CI/CD ja valvonta", "DevOps, CI/CD och övervakning"),
    "infrastructure": ("IT infrastructure and operating systems", "IT-infrastruktuuri ja käyttöjärjestelmät", "IT-infrastruktur och operativsystem"),
    "networking": ("Networks and telecommunications", "Tietoverkot ja tietoliikenne", "Nätverk och telekommunikation"),
    "data-analytics": ("Data analysis and business intelligence", "Data-analytiikka ja raportointi", "Dataanalys och affärsanalys"),
    "data-engineering": ("Data engineering and big data", "Datan käsittely ja big data", "Datahantering och big data"),
    "ai-ml": ("Artificial intelligence and machine learning", "Tekoäly ja koneoppiminen", "Artificiell intelligens och maskininlärning"),
    "security": ("Information security", "Tietoturva", "Informationssäkerhet"),
    "testing": ("Software testing and quality assurance", "Ohjelmistotestaus ja laadunvarmistus", "Programvarutestning och kvalitetssäkring"),
    "methods": ("Methods, project and product management", "Menetelmät, projekti- ja tuotehallinta", "Metoder, projekt- och produktledning"),
    "design": ("UX, UI and visual design", "UX-, UI- ja visuaalinen suunnittelu", "UX-, UI- och visuell design"),
    "enterprise-systems": ("Enterprise systems", "Yritysjärjestelmät", "Affärssystem"),
    "embedded-iot": ("Embedded systems, electronics and IoT", "Sulautetut järjestelmät, elektroniikka ja IoT", "Inbyggda system, elektronik och IoT"),
    "it-support": ("IT support and service management", "IT-tuki ja palvelunhallinta", "IT-support och tjänstehantering"),
    "productivity-tools": ("Office and collaboration tools", "Toimisto- ja yhteistyövälineet", "Kontors- och samarbetsverktyg"),
    "transversal": ("Transversal skills", "Yleiset työelämätaidot", "Övergripande färdigheter"),
    "languages": ("Languages", "Kielitaito", "Språkkunskaper"),
    "domains": ("Business domains", "Toimialaosaaminen", "Branschkunskap"),
    # Industries a posting's employer works in: recognised and shown, never turned into an
    # extracted requirement or profile skill (see crates/kohtaanto-taxonomy/src/enrich.rs).
    "industries": ("Industries and sectors", "Toimialat ja sektorit", "Branscher och sektorer"),
    "education": ("Education and qualifications", "Koulutus ja tutkinnot", "Utbildning och examina"),
}


class Skill:
    def __init__(self, section, id, kind, group, specificity, labels, broader, esco, en, fi, sv, rel, amb):
        if isinstance(labels, str):
            labels = (labels, labels, labels)
        self.section = section
        self.id = id
        self.kind = kind
        self.group = group
        self.specificity = specificity
        self.labels = dict(zip(("en", "fi", "sv"), labels))
        self.broader = broader
        self.esco = esco
        self.aliases = {}
        for lang, values in (("en", en), ("fi", fi), ("sv", sv)):
            seen, kept = {self.labels[lang].lower()}, []
            for value in values:
                if value.lower() not in seen:
                    seen.add(value.lower())
                    kept.append(value)
            self.aliases[lang] = kept
        self.related = dict(rel or {})
        self.ambiguous = amb


SKILLS = []
_section = ["general"]


def section(name):
    _section[0] = name


def s(id, kind, group, specificity, labels, broader=None, esco=None, en=(), fi=(), sv=(), rel=None, amb=False):
    SKILLS.append(Skill(_section[0], id, kind, group, specificity, labels, broader, esco,
                        list(en), list(fi), list(sv), rel, amb))


# =====================================================================================
section("software development and programming languages")

s("software-development", S, "software-engineering", 0.3,
  ("software development", "ohjelmistokehitys", "mjukvaruutveckling"),
  en=["software engineering", "application development", "software programming",
      "software development lifecycle", "software development life cycle", "SDLC", "software lifecycle"],
  fi=["ohjelmistotuotanto", "ohjelmistokehityksen elinkaari", "sovelluskehitys", "ohjelmistosuunnittelu", "ohjelmistotekniikka"],
  sv=["systemutveckling", "programvaruutveckling", "applikationsutveckling", "mjukvaruteknik"])
s("programming", S, "programming-languages", 0.3,
  ("computer programming", "ohjelmointi", "programmering"), broader="software-development",
  esco="21d2f96d computer programming",
  en=["programming", "coding", "programming skills", "programming language"],
  fi=["koodaus", "ohjelmointitaidot"], sv=["kodning", "programmeringskunskaper"])
s("scripting", S, "programming-languages", 0.5, ("scripting", "skriptaus", "skriptprogrammering"),
  broader="programming", esco="5ef0c719 use scripting programming",
  en=["scripting languages", "shell scripting", "shell scripts", "script programming"],
  fi=["skriptiohjelmointi", "skriptikielet", "komentosarjat"], sv=["skriptning", "skriptspråk"])

s("python", K, "programming-languages", 0.8, "Python", broader="programming",
  esco="ccd0a1d9 Python (computer programming)", en=["python3", "python 3", "CPython"],
  rel={"ruby": 0.4, "julia": 0.3, "perl": 0.3})
s("java", K, "programming-languages", 0.8, "Java", broader="programming",
  esco="19a8293b Java (computer programming)", en=["Java SE", "J2SE", "JDK", "OpenJDK", "core Java"],
  rel={"kotlin": 0.6, "scala": 0.5, "csharp": 0.5, "groovy": 0.5}, amb=True)
s("javascript", K, "programming-languages", 0.75, "JavaScript", broader="programming",
  esco="3cd569a2 JavaScript", en=["JS", "ECMAScript", "ES6", "ES2015", "vanilla JS", "Javascript ES6"],
  rel={"typescript": 0.8, "coffeescript": 0.5})
s("typescript", K, "programming-languages", 0.8, "TypeScript", broader="programming",
  esco="867137fb TypeScript", en=["TS"])
s("csharp", K, "programming-languages", 0.8, "C#", broader="programming", esco="4c016b68 C#",
  en=["C sharp", "csharp", "C-sharp", "C# .NET"], rel={"visual-basic": 0.4, "fsharp": 0.5})
s("cpp", K, "programming-languages", 0.8, "C++", broader="programming", esco="b633eb55 C++",
  en=["cpp", "C plus plus", "modern C++", "C++11", "C++14", "C++17", "C++20"],
  rel={"c": 0.7, "rust": 0.5})
s("c", K, "programming-languages", 0.8, "C", broader="programming",
  en=["C language", "C programming", "ANSI C", "C99", "C11", "embedded C"],
  fi=["C-kieli", "C-ohjelmointi"], sv=["C-programmering"], rel={"objective-c": 0.4}, amb=True)
s("go", K, "programming-languages", 0.8, "Go", broader="programming",
  en=["golang", "Go language", "Go lang", "Go programming"], rel={"rust": 0.4}, amb=True)
s("rust", K, "programming-languages", 0.85, "Rust", broader="programming",
  en=["Rust language", "Rust lang", "rustlang", "Rust programming"], amb=True)
s("kotlin", K, "programming-languages", 0.8, "Kotlin", broader="programming",
  en=["Kotlin/JVM"], rel={"swift": 0.4, "scala": 0.4})
s("swift", K, "programming-languages", 0.8, "Swift", broader="programming",
  esco="be80acfc Swift (computer programming)", en=["Swift language", "Swift 5", "Swift programming"],
  rel={"objective-c": 0.6}, amb=True)
s("php", K, "programming-languages", 0.8, "PHP", broader="programming", esco="4350c38d PHP",
  en=["PHP7", "PHP 7", "PHP8", "PHP 8", "Hypertext Preprocessor"])
s("ruby", K, "programming-languages", 0.8, "Ruby", broader="programming",
  esco="0ccdfe98 Ruby (computer programming)", en=["Ruby language", "Ruby programming"], amb=True)
s("scala", K, "programming-languages", 0.85, "Scala", broader="programming", esco="ffddfc7c Scala",
  en=["Scala language", "Scala programming"], amb=True)
s("r", K, "programming-languages", 0.8, "R", broader="programming", esco="51586df8 R",
  en=["R language", "R programming", "RStudio", "R Studio", "tidyverse"], fi=["R-kieli"], sv=["R-språket"],
  rel={"python": 0.4, "sas": 0.5, "matlab": 0.4, "julia": 0.4, "statistics": 0.5}, amb=True)
s("bash", K, "programming-languages", 0.75, "Bash", broader="scripting",
  en=["Bash scripting", "bash scripts", "Bourne shell", "zsh"], fi=["Bash-skriptaus"],
  rel={"powershell": 0.4, "linux": 0.4}, amb=True)
s("powershell", K, "programming-languages", 0.8, "PowerShell", broader="scripting",
  en=["PowerShell scripting", "Windows PowerShell", "PowerShell Core"], rel={"windows-server": 0.4})
s("dart", K, "programming-languages", 0.8, "Dart", broader="programming",
  en=["Dart language", "Dart programming"], amb=True)
s("julia", K, "programming-languages", 0.85, "Julia", broader="programming",
  en=["Julia language", "Julia programming", "JuliaLang"], amb=True)
s("matlab", K, "programming-languages", 0.8, "MATLAB", broader="programming", esco="c3a03c5a MATLAB",
  en=["Matlab programming"], rel={"python": 0.3, "julia": 0.4})
s("perl", K, "programming-languages", 0.8, "Perl", broader="programming", esco="401eb8d8 Perl",
  en=["Perl 5", "Perl scripting", "Practical Extraction and Report Language"], rel={"bash": 0.3})
s("haskell", K, "programming-languages", 0.85, "Haskell", broader="programming", esco="000f1d3d Haskell",
  rel={"scala": 0.3, "fsharp": 0.4, "functional-programming": 0.5})
s("elixir", K, "programming-languages", 0.85, "Elixir", broader="programming",
  en=["Elixir language", "Phoenix Framework"], rel={"erlang": 0.7, "ruby": 0.3}, amb=True)
s("erlang", K, "programming-languages", 0.85, "Erlang", broader="programming", esco="034c29fa Erlang",
  en=["Erlang/OTP"])
s("objective-c", K, "programming-languages", 0.8, "Objective-C", broader="programming",
  esco="9973a5a2 Objective-C", en=["Objective C", "ObjC", "Obj-C"])
s("cobol", K, "programming-languages", 0.85, "COBOL", broader="programming", esco="def007fa COBOL",
  rel={"mainframe": 0.5})
s("visual-basic", K, "programming-languages", 0.75, "Visual Basic", broader="programming",
  esco="13bdd41a Visual Basic", en=["VB.NET", "VB", "Visual Basic .NET", "VB6"])
s("vba", K, "programming-languages", 0.75, "VBA", broader="visual-basic",
  en=["Visual Basic for Applications", "Excel VBA", "Excel macros", "VBA macros"],
  fi=["Excel-makrot", "VBA-makrot"], sv=["Excelmakron"], rel={"excel": 0.5})
s("vbscript", K, "programming-languages", 0.85, "VBScript", broader="scripting", esco="dcdd5ddf VBScript",
  en=["VB Script"], rel={"visual-basic": 0.5})
s("fortran", K, "programming-languages", 0.85, "Fortran", broader="programming",
  en=["FORTRAN 90", "Fortran 90", "Modern Fortran"], rel={"c": 0.3, "matlab": 0.3})
s("lua", K, "programming-languages", 0.85, "Lua", broader="scripting", en=["Lua scripting"])
s("groovy", K, "programming-languages", 0.8, "Groovy", broader="programming", esco="52cf3037 Groovy",
  en=["Apache Groovy", "Groovy scripting"], amb=True)
s("clojure", K, "programming-languages", 0.85, "Clojure", broader="programming",
  en=["ClojureScript"], rel={"lisp": 0.6, "functional-programming": 0.5})
s("fsharp", K, "programming-languages", 0.85, "F#", broader="programming", en=["F sharp", "fsharp"],
  rel={"functional-programming": 0.5})
s("common-lisp", K, "programming-languages", 0.85, "Common Lisp", broader="lisp",
  esco="0cd6dcf1 Common Lisp", en=["CLOS", "SBCL"])
s("visual-cpp", K, "programming-languages", 0.85, "Microsoft Visual C++", broader="cpp",
  esco="8369ede5 Microsoft Visual C++", en=["Visual C++", "MSVC", "VC++", "MS Visual C++"])
s("lisp", K, "programming-languages", 0.8, "Lisp", broader="programming", esco="0de61385 Lisp",
  en=["LISP", "Scheme", "Racket"], amb=True)
s("prolog", K, "programming-languages", 0.85, "Prolog", broader="programming",
  esco="2bde42ae Prolog (computer programming)", en=["logic programming"])
s("pascal", K, "programming-languages", 0.8, "Pascal", broader="programming",
  esco="e8b89eb6 Pascal (computer programming)", en=["Object Pascal", "Free Pascal"], amb=True)
s("delphi", K, "programming-languages", 0.85, "Delphi", broader="pascal",
  en=["Embarcadero Delphi", "Delphi programming"], amb=True)
s("assembly", K, "programming-languages", 0.85, ("assembly language", "assembly-kieli", "assemblerspråk"),
  broader="programming", esco="47b9bbcf Assembly (computer programming)",
  en=["assembly", "assembler", "x86 assembly", "ARM assembly", "ASM"],
  fi=["assembler", "symbolinen konekieli"], sv=["assembler", "assemblyspråk"], amb=True)
s("ada", K, "programming-languages", 0.85, "Ada", broader="programming",
  en=["Ada language", "Ada programming", "SPARK Ada"], amb=True)
s("solidity", K, "programming-languages", 0.9, "Solidity", broader="programming",
  esco="605399ce Solidity", en=["Solidity smart contracts"], rel={"blockchain": 0.6}, amb=True)
s("sas", K, "programming-languages", 0.85, "SAS", broader="programming", esco="04f1b938 SAS language",
  en=["SAS language", "SAS programming", "SAS Base", "Base SAS", "SAS Enterprise Guide", "SAS EG"],
  rel={"spss": 0.5}, amb=True)
s("coffeescript", K, "programming-languages", 0.85, "CoffeeScript", broader="programming",
  esco="993b1e23 CoffeeScript")
s("smalltalk", K, "programming-languages", 0.85, "Smalltalk", broader="programming",
  esco="42ed3bfb Smalltalk (computer programming)", en=["Pharo"])

# =====================================================================================
section("software engineering practices")

s("object-oriented-programming", S, "software-engineering", 0.5,
  ("object-oriented programming", "olio-ohjelmointi", "objektorienterad programmering"),
  broader="programming", esco="5b9cde20 use object-oriented programming",
  en=["OOP", "object oriented programming", "object-oriented design", "OOD", "object orientation"],
  fi=["oliopohjainen ohjelmointi", "olio-ohjelmointitaidot", "oliosuunnittelu"],
  sv=["objektorientering", "objektorienterad design"])
s("functional-programming", S, "software-engineering", 0.6,
  ("functional programming", "funktionaalinen ohjelmointi", "funktionell programmering"),
  broader="programming", esco="d31fab87 use functional programming",
  en=["FP", "functional languages"], fi=["funktionaaliset kielet"], sv=["funktionella språk"],
  rel={"scala": 0.4, "elixir": 0.4})
s("concurrent-programming", S, "software-engineering", 0.65,
  ("concurrent programming", "rinnakkaisohjelmointi", "parallellprogrammering"),
  broader="programming", esco="25b291b5 use concurrent programming",
  en=["concurrency", "parallel programming", "multithreading", "multi-threading", "parallel computing", "asynchronous programming"],
  fi=["säikeistys", "rinnakkaislaskenta", "asynkroninen ohjelmointi"],
  sv=["samtidig programmering", "flertrådning", "parallella beräkningar"])
s("computer-science", K, "software-engineering", 0.3,
  ("computer science", "tietojenkäsittelytiede", "datavetenskap"), esco="7b5cce4d computer science",
  en=["informatics", "computing science", "computer sciences", "CS degree", "computer science degree",
      "computer engineering"],
  fi=["tietojenkäsittelyoppi", "tietojenkäsittelytieteet", "tietotekniikka", "informaatioteknologia",
      "tietojenkäsittely"],
  sv=["datalogi", "datateknik", "informatik"], rel={"algorithms": 0.5, "software-development": 0.4})
s("information-technology", K, "software-engineering", 0.2,
  ("information technology", "informaatioteknologia-ala", "informationsteknik"),
  en=["information technologies", "IT industry", "ICT industry", "IT sector", "ICT sector", "information and communication technology"],
  fi=["IT-ala", "ICT-ala", "tietotekniikka-ala", "IT-toimiala"], sv=["IT-branschen", "IT-sektorn", "informationsteknologi"],
  rel={"computer-science": 0.4})
s("algorithms", K, "software-engineering", 0.5,
  ("algorithms and data structures", "algoritmit ja tietorakenteet", "algoritmer och datastrukturer"),
  broader="programming", esco="54924a2c algorithms",
  en=["algorithms", "data structures", "algorithm design"],
  fi=["algoritmit", "tietorakenteet", "algoritmisuunnittelu"], sv=["algoritmer", "datastrukturer"])
s("system-design", S, "software-engineering", 0.6, ("system design", "järjestelmäsuunnittelu", "systemdesign"),
  broader="software-architecture", esco="fae27053 system design",
  en=["systems design", "system architecture design", "distributed system design"])
s("software-architecture", S, "software-engineering", 0.6,
  ("software architecture", "ohjelmistoarkkitehtuuri", "mjukvaruarkitektur"),
  broader="software-development", esco="f7e2eb04 define software architecture",
  en=["application architecture", "system architecture", "software design", "technical architecture"],
  fi=["sovellusarkkitehtuuri", "järjestelmäarkkitehtuuri", "tekninen arkkitehtuuri"],
  sv=["programvaruarkitektur", "systemarkitektur", "applikationsarkitektur"],
  rel={"enterprise-architecture": 0.5, "solution-architecture": 0.6})
s("design-patterns", K, "software-engineering", 0.6,
  ("software design patterns", "suunnittelumallit", "designmönster"), broader="software-architecture",
  esco="2b7a79e5 use software design patterns",
  en=["design patterns", "GoF patterns", "architectural patterns"],
  fi=["ohjelmistojen suunnittelumallit", "arkkitehtuurimallit"], sv=["mjukvarudesignmönster", "arkitekturmönster"])
s("distributed-systems", K, "software-engineering", 0.7,
  ("distributed systems", "hajautetut järjestelmät", "distribuerade system"), broader="software-architecture",
  esco="897b393f distributed computing",
  en=["distributed computing", "distributed architecture"], fi=["hajautettu laskenta"],
  sv=["distribuerade beräkningar"], rel={"microservices": 0.5})
s("scalability", K, "software-engineering", 0.55, ("scalability and high availability", "skaalautuvuus ja korkea saatavuus", "skalbarhet och hög tillgänglighet"),
  broader="software-architecture",
  en=["resiliency", "scalability", "high availability", "scalable systems", "scalable architecture", "horizontal scaling",
      "fault tolerance", "fault-tolerant systems", "resilience engineering", "highly available systems"],
  fi=["skaalautuvuus", "korkea saatavuus", "vikasietoisuus", "skaalautuvat järjestelmät"],
  sv=["skalbarhet", "hög tillgänglighet", "feltolerans", "skalbara system"],
  rel={"distributed-systems": 0.6, "sre": 0.4})
s("domain-driven-design", K, "software-engineering", 0.8,
  ("domain-driven design", "domain-driven design", "domändriven design"), broader="software-architecture",
  en=["DDD", "domain driven design"], fi=["domain driven design"], rel={"microservices": 0.4})
s("solution-architecture", S, "software-engineering", 0.6,
  ("solution architecture", "ratkaisuarkkitehtuuri", "lösningsarkitektur"),
  en=["solutions architecture", "solution design"], fi=["ratkaisusuunnittelu"], sv=["lösningsdesign"],
  rel={"enterprise-architecture": 0.5, "cloud-architecture": 0.5})
s("uml", K, "software-engineering", 0.7, ("UML", "UML", "UML"), esco="7193cb6d unified modelling language",
  en=["Unified Modeling Language", "Unified Modelling Language", "UML diagrams", "UML modelling"],
  fi=["UML-mallinnus", "UML-kaaviot"], sv=["UML-modellering"], rel={"business-process-modeling": 0.3})
s("code-review", S, "software-engineering", 0.5, ("code review", "koodikatselmointi", "kodgranskning"),
  broader="software-development", esco="9d1b08b3 conduct ICT code review",
  en=["code reviews", "code reviewing", "pull request reviews", "peer code review"],
  fi=["koodikatselmoinnit", "koodin katselmointi"], sv=["kodgranskningar", "kodrecension"])
s("debugging", S, "software-engineering", 0.5, ("debugging", "debuggaus", "felsökning av kod"),
  broader="programming", esco="2522a6ce debug software",
  en=["debug software", "software debugging", "code debugging"],
  fi=["virheenjäljitys", "ohjelmistovirheiden korjaus"], sv=["kodfelsökning", "avlusning"])
s("debugging-tools", K, "software-engineering", 0.75, ("debugging tools", "debuggaustyökalut", "felsökningsverktyg"),
  broader="debugging", esco="6014921e ICT debugging tools",
  en=["debuggers", "GDB", "GNU Debugger", "Valgrind", "WinDbg", "LLDB"], fi=["debuggerit"], sv=["debuggers"])
s("refactoring", S, "software-engineering", 0.6, ("refactoring", "refaktorointi", "refaktorering"),
  broader="software-development", en=["code refactoring", "legacy modernisation", "legacy modernization"],
  fi=["koodin refaktorointi", "legacy-modernisointi"], sv=["kodrefaktorering"])
s("technical-documentation", S, "software-engineering", 0.4,
  ("technical documentation", "tekninen dokumentointi", "teknisk dokumentation"),
  esco="00b9a3aa draft scientific or academic papers and technical documentation",
  en=["technical writing", "software documentation", "writing documentation", "API documentation"],
  fi=["dokumentointi", "tekninen kirjoittaminen", "ohjelmistodokumentaatio", "dokumentaatio"],
  sv=["dokumentation", "tekniskt skrivande", "systemdokumentation"])
s("software-metrics", K, "software-engineering", 0.65, ("software metrics", "ohjelmistometriikat", "mjukvarumått"),
  esco="fb7aee4d software metrics",
  en=["deployment frequency", "lead time for changes", "change failure rate", "code metrics", "software quality metrics", "DORA metrics", "code coverage"],
  fi=["ohjelmistomittarit", "koodikattavuus"], sv=["kodmått", "kodtäckning"])
s("version-control", K, "software-engineering", 0.55, ("version control", "versionhallinta", "versionshantering"),
  broader="software-development", esco="9d2e926f tools for software configuration management",
  en=["source control", "revision control", "version control systems", "VCS", "source code management"],
  fi=["versionhallintajärjestelmät", "lähdekoodin hallinta"], sv=["versionshanteringssystem", "källkodshantering"])
s("git", K, "software-engineering", 0.75, "Git", broader="version-control",
  en=["Git version control", "git flow", "gitflow", "Bitbucket", "Gitea"], rel={"subversion": 0.6})
s("github", K, "software-engineering", 0.75, "GitHub", broader="git",
  en=["GitHub Enterprise", "Github.com"], rel={"gitlab": 0.7})
s("gitlab", K, "software-engineering", 0.75, "GitLab", broader="git", en=["GitLab CE", "GitLab EE"])
s("subversion", K, "software-engineering", 0.8, "Subversion", broader="version-control",
  en=["SVN", "Apache Subversion", "TortoiseSVN"])
s("ides", K, "software-engineering", 0.5,
  ("integrated development environments", "kehitysympäristöt", "integrerade utvecklingsmiljöer"),
  esco="925463a7 integrated development environment software",
  en=["IDEs", "Visual Studio", "Microsoft Visual Studio", "Visual Studio Code", "VS Code", "VSCode",
      "IntelliJ IDEA", "IntelliJ", "NetBeans", "PyCharm", "JetBrains IDEs", "Android Studio"],
  fi=["ohjelmointiympäristöt", "IDE-ympäristöt", "kehitystyökalut"], sv=["utvecklingsmiljöer", "utvecklingsverktyg"])
s("eclipse-ide", K, "software-engineering", 0.75, "Eclipse IDE", broader="ides",
  esco="6b6a9252 Eclipse (integrated development environment software)", en=["Eclipse IDE for Java"])
s("open-source", K, "software-engineering", 0.45,
  ("open-source software", "avoimen lähdekoodin ohjelmistot", "programvara med öppen källkod"),
  esco="2b34764d operate open source software",
  en=["inner source", "InnerSource", "open source", "open-source", "OSS", "FOSS", "open source contributions"],
  fi=["avoin lähdekoodi", "avoimen lähdekoodin kehitys"], sv=["öppen källkod"])
s("game-development", S, "software-engineering", 0.65, ("game development", "pelikehitys", "spelutveckling"),
  broader="software-development",
  en=["gaming industry", "igaming", "game programming", "game dev", "gamedev", "video game development", "mobile games",
      "games industry", "game industry"],
  fi=["pelinkehitys", "peliohjelmointi", "pelialan ohjelmointi", "peliala", "peliteollisuus"],
  sv=["spelprogrammering", "spelbranschen", "spelindustrin"])
s("unity", K, "software-engineering", 0.85, "Unity", broader="game-development",
  esco="d1a86399 Unity (digital game creation systems)", en=["Unity3D", "Unity 3D", "Unity engine"],
  rel={"unreal-engine": 0.6, "csharp": 0.3}, amb=True)
s("unreal-engine", K, "software-engineering", 0.85, "Unreal Engine", broader="game-development",
  esco="b04c4965 Unreal Engine", en=["UE4", "UE5", "Unreal Engine 5"])
s("blockchain", K, "software-engineering", 0.75, ("blockchain", "lohkoketjut", "blockkedjor"),
  esco="afa14e38 blockchain",
  en=["cryptocurrency", "cryptocurrencies", "blockchain technology", "distributed ledger", "DLT", "Web3", "smart contracts"],
  fi=["lohkoketju", "lohkoketjuteknologia", "älysopimukset"], sv=["blockkedja", "blockkedjeteknik", "smarta kontrakt"])
s("quantum-computing", K, "software-engineering", 0.85, ("quantum computing", "kvanttilaskenta", "kvantdatorer"),
  esco="e79a3803 quantum computing",
  en=["quantum programming", "Qiskit", "quantum algorithms"], fi=["kvanttitietokoneet", "kvanttiohjelmointi"],
  sv=["kvantberäkning", "kvantdatorteknik"])
s("hpc", K, "software-engineering", 0.8,
  ("high-performance computing", "suurteholaskenta", "högprestandaberäkning"), esco="4503c65f supercomputing",
  en=["HPC", "supercomputing", "scientific computing", "CUDA", "GPU computing", "MPI", "OpenMP"],
  fi=["supertietokonelaskenta", "tieteellinen laskenta", "GPU-laskenta"], sv=["superdatorer", "vetenskapliga beräkningar"],
  rel={"concurrent-programming": 0.5})

# =====================================================================================
section("web and front-end development")

s("web-development", S, "web-frontend", 0.4, ("web development", "web-kehitys", "webbutveckling"),
  broader="software-development", esco="69bbd53f web programming",
  en=["web programming", "web application development", "web apps development", "webdev", "web engineering",
      "web applications", "web apps", "web technologies"],
  fi=["verkkosovelluskehitys", "web-ohjelmointi", "verkkokehitys", "web-sovelluskehitys", "verkkopalvelukehitys",
      "web-sovellukset", "web-sovellus", "verkkosovellukset", "verkkosovellus"],
  sv=["webbprogrammering", "webbapplikationsutveckling", "webbsystemutveckling", "webbapplikationer", "webbapplikation",
      "webbappar"])
s("frontend-development", S, "web-frontend", 0.5,
  ("front-end development", "frontend-kehitys", "frontendutveckling"), broader="web-development",
  esco="c4b1f326 implement front-end website design",
  en=["frontend development", "front end development", "frontend", "front-end", "client-side development",
      "front-end engineering"],
  fi=["front-end-kehitys", "käyttöliittymäkehitys", "käyttöliittymäohjelmointi", "frontend"],
  sv=["frontend-utveckling", "frontend", "gränssnittsutveckling", "klientutveckling"])
s("full-stack-development", S, "web-frontend", 0.5,
  ("full-stack development", "full stack -kehitys", "fullstackutveckling"), broader="web-development",
  en=["full stack development", "full-stack", "full stack", "fullstack", "full-stack engineering"],
  fi=["full stack -ohjelmistokehitys", "fullstack-kehitys", "full-stack-kehitys"],
  sv=["full stack-utveckling", "fullstack"],
  rel={"frontend-development": 0.6, "backend-development": 0.6})
s("html", K, "web-frontend", 0.6, "HTML", broader="frontend-development", esco="0af062de use markup languages",
  en=["HTML5", "HTML 5", "XHTML", "HyperText Markup Language", "semantic HTML"], rel={"css": 0.6})
s("css", K, "web-frontend", 0.65, "CSS", broader="frontend-development", esco="e5d1f825 CSS",
  en=["CSS3", "CSS 3", "Cascading Style Sheets", "CSS-in-JS", "styled-components"])
s("sass", K, "web-frontend", 0.85, "Sass", broader="css", esco="1110c92f Sass",
  en=["SCSS", "Syntactically Awesome Stylesheets"], rel={"tailwind": 0.4}, amb=True)
s("tailwind", K, "web-frontend", 0.85, "Tailwind CSS", broader="css", en=["Tailwind", "TailwindCSS"],
  rel={"bootstrap": 0.6}, amb=True)
s("bootstrap", K, "web-frontend", 0.8, "Bootstrap", broader="css", en=["Twitter Bootstrap", "Bootstrap 5"],
  amb=True)
s("react", K, "web-frontend", 0.85, "React", broader="frontend-development",
  en=["ReactJS", "React.js", "React JS", "React Hooks", "Redux", "Redux Toolkit"],
  rel={"javascript": 0.6, "typescript": 0.5, "vuejs": 0.5, "angular": 0.5, "svelte": 0.5}, amb=True)
s("angular", K, "web-frontend", 0.85, "Angular", broader="frontend-development", esco="1ffac4ac Angular",
  en=["Angular 2+", "Angular2", "AngularJS", "Angular.js", "RxJS", "NgRx"],
  rel={"typescript": 0.6, "vuejs": 0.5})
s("vuejs", K, "web-frontend", 0.85, "Vue.js", broader="frontend-development",
  en=["Vue", "VueJS", "Vue 3", "Vue.js 3", "Vuex", "Pinia", "Nuxt", "Nuxt.js", "NuxtJS"],
  rel={"svelte": 0.5, "javascript": 0.6})
s("svelte", K, "web-frontend", 0.9, "Svelte", broader="frontend-development", en=["SvelteKit", "Svelte Kit"])
s("nextjs", K, "web-frontend", 0.9, "Next.js", broader="react", en=["NextJS", "Next JS", "Next.js 14"])
s("jquery", K, "web-frontend", 0.8, "jQuery", broader="frontend-development", en=["jQuery UI"],
  rel={"javascript": 0.6})
s("ajax", K, "web-frontend", 0.7, "AJAX", broader="frontend-development", esco="b4dc6e4f AJAX",
  en=["Asynchronous JavaScript and XML", "XMLHttpRequest", "Fetch API"], rel={"javascript": 0.5})
s("webpack", K, "web-frontend", 0.85, "webpack", broader="frontend-development",
  en=["Vite", "esbuild", "frontend build tools"], rel={"nodejs": 0.3})
s("backbonejs", K, "web-frontend", 0.85, "Backbone.js", broader="frontend-development",
  en=["BackboneJS", "Marionette.js"], rel={"javascript": 0.6})
s("emberjs", K, "web-frontend", 0.85, "Ember.js", broader="frontend-development",
  en=["EmberJS", "Ember Octane"], rel={"javascript": 0.6})
s("storybook", K, "web-frontend", 0.85, "Storybook", broader="frontend-development",
  en=["Storybook.js", "StorybookJS"], rel={"react": 0.4})
s("responsive-design", S, "web-frontend", 0.6,
  ("responsive web design", "responsiivinen suunnittelu", "responsiv design"), broader="frontend-development",
  esco="6ad40ca3 maintain responsive design",
  en=["responsive design", "mobile-first design", "RWD", "responsive layouts"],
  fi=["responsiivisuus", "responsiivinen web-suunnittelu", "mobile first"], sv=["responsiv webbdesign"])
s("webassembly", K, "web-frontend", 0.9, "WebAssembly", broader="web-development", en=["WASM", "Wasm"],
  rel={"rust": 0.3})
s("cms", K, "web-frontend", 0.6,
  ("content management systems", "sisällönhallintajärjestelmät", "innehållshanteringssystem"),
  broader="web-development", esco="5c66ce3a WebCMS",
  en=["CMS", "web content management", "WCMS", "headless CMS", "WebCMS", "Contentful", "Strapi"],
  fi=["sisällönhallintajärjestelmä", "julkaisujärjestelmä", "julkaisujärjestelmät", "CMS-järjestelmät"],
  sv=["publiceringssystem", "CMS-system", "innehållshanteringssystemet"])
s("wordpress", K, "web-frontend", 0.85, "WordPress", broader="cms", esco="6d289e8b WordPress",
  en=["WooCommerce", "WordPress development"], rel={"drupal": 0.5, "php": 0.3})
s("drupal", K, "web-frontend", 0.85, "Drupal", broader="cms", esco="1de3942b Drupal", rel={"joomla": 0.5})
s("joomla", K, "web-frontend", 0.85, "Joomla", broader="cms", esco="d2adb565 Joomla", rel={"wordpress": 0.5})
s("optimizely", K, "web-frontend", 0.9, "Optimizely CMS", broader="cms",
  en=["Episerver", "EPiServer", "Optimizely"], rel={"dotnet": 0.3})
s("seo", S, "web-frontend", 0.6, ("search engine optimisation", "hakukoneoptimointi", "sökmotoroptimering"),
  esco="eda4d727 search engine optimisation",
  en=["SEO", "search engine optimization", "search engine marketing"],
  fi=["SEO-optimointi", "hakukonemarkkinointi"], sv=["SEO", "sökmotormarknadsföring"],
  rel={"web-analytics": 0.4, "digital-marketing": 0.5})
s("digital-marketing", S, "web-frontend", 0.5, ("digital marketing", "digitaalinen markkinointi", "digital marknadsföring"),
  esco="43dfbe7f digital marketing techniques",
  en=["email marketing", "programmatic advertising", "online marketing", "web marketing", "performance marketing", "digital advertising", "marketing automation"],
  fi=["digimarkkinointi", "verkkomarkkinointi", "markkinoinnin automaatio"], sv=["onlinemarknadsföring", "webbmarknadsföring"])
s("social-media-marketing", S, "web-frontend", 0.55,
  ("social media marketing", "sosiaalisen median markkinointi", "marknadsföring i sociala medier"),
  broader="digital-marketing", esco="509909a2 social media marketing techniques",
  en=["social media management", "SoMe marketing"], fi=["somemarkkinointi", "some-markkinointi", "somen hallinta"],
  sv=["sociala medier", "marknadsföring på sociala medier"])

# =====================================================================================
section("back-end development, APIs and integration")

s("backend-development", S, "backend", 0.5, ("back-end development", "backend-kehitys", "backendutveckling"),
  broader="software-development",
  en=["backend development", "back end development", "backend", "back-end", "server-side development",
      "server side programming", "server-side programming"],
  fi=["taustajärjestelmäkehitys", "palvelinohjelmointi", "palvelinpuolen kehitys", "back end -kehitys"],
  sv=["backend-utveckling", "backend", "serverutveckling", "serverprogrammering"])
s("nodejs", K, "backend", 0.85, "Node.js", broader="javascript",
  en=["NodeJS", "Node JS", "node", "Node.js backend", "Deno"],
  rel={"backend-development": 0.5, "typescript": 0.5}, amb=True)
s("express", K, "backend", 0.85, "Express.js", broader="nodejs", en=["Express", "ExpressJS", "Express JS", "Koa"],
  rel={"nestjs": 0.6}, amb=True)
s("nestjs", K, "backend", 0.9, "NestJS", broader="nodejs", en=["Nest.js", "Nest JS"])
s("django", K, "backend", 0.85, "Django", broader="python", en=["Django REST framework", "DRF", "Django ORM"],
  rel={"flask": 0.6, "fastapi": 0.6, "ruby-on-rails": 0.4, "laravel": 0.3})
s("flask", K, "backend", 0.85, "Flask", broader="python", en=["Python Flask", "Flask framework"],
  rel={"fastapi": 0.7}, amb=True)
s("fastapi", K, "backend", 0.9, "FastAPI", broader="python", en=["Fast API", "Pydantic"])
s("spring", K, "backend", 0.8, "Spring Framework", broader="java",
  en=["Spring", "Spring MVC", "Spring Framework 6", "Spring Cloud", "Spring Security", "Spring Data"],
  rel={"jakarta-ee": 0.5, "dotnet": 0.3}, amb=True)
s("spring-boot", K, "backend", 0.85, "Spring Boot", broader="spring", en=["SpringBoot", "Spring-Boot"],
  rel={"quarkus": 0.6})
s("quarkus", K, "backend", 0.9, "Quarkus", broader="java", en=["Micronaut"])
s("hibernate", K, "backend", 0.85, "Hibernate", broader="java",
  en=["JPA", "Java Persistence API", "Hibernate ORM", "Spring Data JPA"], rel={"entity-framework": 0.5})
s("jakarta-ee", K, "backend", 0.8, "Jakarta EE", broader="java",
  en=["Java EE", "J2EE", "JEE", "Java Enterprise Edition", "EJB", "JSP", "Servlets", "JSF"])
s("dotnet", K, "backend", 0.8, ".NET", broader="backend-development",
  en=["dotnet", "dot net", ".NET Core", ".NET Framework", ".NET 6", ".NET 8", "DotNet"],
  fi=[".NET-kehitys"], sv=[".NET-utveckling"], rel={"csharp": 0.8, "java": 0.3})
s("aspnet", K, "backend", 0.85, "ASP.NET", broader="dotnet", esco="56a7f561 ASP.NET",
  en=["ASP.NET Core", "ASP.NET MVC", "ASP .NET", "ASPNET", "ASP.NET Web API", "Blazor"])
s("entity-framework", K, "backend", 0.85, "Entity Framework", broader="dotnet",
  en=["EF Core", "Entity Framework Core", "EF6"])
s("linq", K, "backend", 0.85, "LINQ", broader="dotnet", esco="c7d24594 LINQ", en=["Language Integrated Query"])
s("ruby-on-rails", K, "backend", 0.85, "Ruby on Rails", broader="ruby",
  en=["Rails", "RoR", "RubyOnRails", "Ruby-on-Rails"], rel={"laravel": 0.4}, amb=True)
s("laravel", K, "backend", 0.85, "Laravel", broader="php", en=["Laravel framework"], rel={"symfony": 0.6})
s("symfony", K, "backend", 0.85, "Symfony", broader="php", en=["Symfony framework"])
s("api-development", S, "backend", 0.5, ("API development", "rajapintakehitys", "API-utveckling"),
  broader="backend-development",
  en=["API", "APIs", "API design", "API integration", "API integrations", "web APIs", "interface development", "web services"],
  fi=["rajapinnat", "rajapintasuunnittelu", "rajapintaintegraatiot", "ohjelmointirajapinnat", "API-kehitys"],
  sv=["API:er", "API-design", "API-integrationer", "gränssnittsutveckling mot API"])
s("rest-api", K, "backend", 0.65, ("REST APIs", "REST-rajapinnat", "REST-API:er"), broader="api-development",
  en=["REST", "RESTful", "RESTful API", "RESTful APIs", "REST API", "RESTful web services", "REST interfaces",
      "JSON API"],
  fi=["REST-rajapinta", "REST-palvelut"], sv=["REST-API", "REST-gränssnitt", "RESTful-tjänster"],
  rel={"graphql": 0.5, "grpc": 0.4, "soap": 0.4})
s("json", K, "backend", 0.6, "JSON", broader="api-development",
  en=["JSON Schema", "JavaScript Object Notation"], rel={"xml": 0.5})
s("xquery", K, "backend", 0.85, "XQuery", broader="xml", esco="3f4dab51 XQuery",
  en=["XQuery language"])
s("yaml", K, "backend", 0.6, "YAML", broader="api-development", en=["YML"], rel={"json": 0.6})
s("xml", K, "backend", 0.6, "XML", broader="api-development",
  en=["XML Schema", "XSD", "XSLT", "XPath", "Extensible Markup Language"])
s("openapi", K, "backend", 0.85, "OpenAPI", broader="rest-api",
  en=["Swagger", "OpenAPI Specification", "OpenAPI 3", "Swagger UI"])
s("graphql", K, "backend", 0.85, "GraphQL", broader="api-development", en=["Apollo GraphQL", "Apollo Server", "Hasura"])
s("grpc", K, "backend", 0.85, "gRPC", broader="api-development",
  en=["Protocol Buffers", "protobuf", "protobufs", "gRPC-web"])
s("soap", K, "backend", 0.75, ("SOAP web services", "SOAP-web-palvelut", "SOAP-webbtjänster"),
  broader="api-development", esco="f84a433f web services",
  en=["SOAP", "WSDL", "SOAP API", "XML web services", "SOAP services"],
  fi=["SOAP-rajapinnat", "SOAP-palvelut"], sv=["SOAP-tjänster"], amb=True)
s("microservices", K, "backend", 0.75, ("microservices", "mikropalvelut", "mikrotjänster"),
  broader="software-architecture",
  en=["microservice architecture", "micro-services", "microservice", "microservices architecture"],
  fi=["mikropalveluarkkitehtuuri", "mikropalvelu"], sv=["mikrotjänstarkitektur", "mikrotjänst"],
  rel={"docker": 0.3, "kubernetes": 0.4, "event-driven-architecture": 0.4, "service-oriented-architecture": 0.6,
       "cloud-native": 0.5})
s("service-oriented-architecture", K, "backend", 0.7,
  ("service-oriented architecture", "palvelukeskeinen arkkitehtuuri", "tjänsteorienterad arkitektur"),
  broader="software-architecture", esco="83218cac service-oriented modelling",
  en=["SOA", "service oriented architecture", "ESB", "enterprise service bus"],
  fi=["palveluarkkitehtuuri", "palveluväylä"], sv=["tjänstearkitektur"])
s("event-driven-architecture", K, "backend", 0.75,
  ("event-driven architecture", "tapahtumapohjainen arkkitehtuuri", "händelsedriven arkitektur"),
  broader="software-architecture",
  en=["event driven architecture", "event-driven", "event sourcing", "CQRS", "event-driven systems"],
  fi=["tapahtumaohjattu arkkitehtuuri"], sv=["händelsestyrd arkitektur"], rel={"kafka": 0.4})
s("message-queues", K, "backend", 0.7, ("message brokers", "viestinvälittäjät", "meddelandemäklare"),
  broader="backend-development",
  en=["message queues", "message queue", "message broker", "messaging middleware", "MQ", "message queuing",
      "ActiveMQ", "IBM MQ", "Azure Service Bus", "Amazon SQS", "SQS", "messaging", "messaging systems",
      "JMS", "Java Message Service", "Amazon SNS", "SNS", "TIBCO EMS", "publish-subscribe"],
  fi=["viestijonot", "viestinvälitys"], sv=["meddelandeköer", "meddelandehantering"],
  rel={"event-driven-architecture": 0.5})
s("rabbitmq", K, "backend", 0.9, "RabbitMQ", broader="message-queues", en=["Rabbit MQ", "AMQP"],
  rel={"kafka": 0.5})
s("system-integration", S, "backend", 0.55, ("system integration", "järjestelmäintegraatiot", "systemintegration"),
  broader="software-development", esco="6fa1c2c0 ICT system integration",
  en=["systems integration", "integrations", "enterprise integration", "EAI", "integration development",
      "iPaaS", "integration platforms"],
  fi=["integraatiot", "integraatio", "integraatiokehitys", "järjestelmäintegraatio", "integraatioalustat"],
  sv=["integrationer", "systemintegrationer", "integrationsutveckling"],
  rel={"api-development": 0.5, "message-queues": 0.4})
s("mulesoft", K, "backend", 0.9, "MuleSoft", broader="system-integration",
  en=["Mule ESB", "Mule 4", "Anypoint Platform", "Anypoint"])
s("azure-integration", K, "backend", 0.9, "Azure Integration Services", broader="system-integration",
  en=["Azure Logic Apps", "Logic Apps", "Azure API Management", "APIM", "BizTalk", "BizTalk Server"],
  rel={"azure": 0.5, "mulesoft": 0.5})
s("frends", K, "backend", 0.9, "Frends", broader="system-integration", en=["Frends iPaaS", "FRENDS"],
  rel={"mulesoft": 0.5, "azure-integration": 0.5})
s("tomcat", K, "backend", 0.85, "Apache Tomcat", broader="java", esco="0fb753a1 Apache Tomcat",
  en=["Tomcat"], rel={"wildfly": 0.6})
s("wildfly", K, "backend", 0.85, "WildFly", broader="java", esco="b16bcbcb WildFly",
  en=["JBoss", "JBoss EAP", "Red Hat JBoss"], rel={"weblogic": 0.6, "websphere": 0.6})
s("weblogic", K, "backend", 0.85, "Oracle WebLogic", broader="java", esco="70de94f5 Oracle WebLogic",
  en=["WebLogic", "WebLogic Server"], rel={"websphere": 0.7})
s("websphere", K, "backend", 0.85, "IBM WebSphere", broader="java", esco="a4e31589 IBM WebSphere",
  en=["WebSphere", "WebSphere Application Server"])
s("maven", K, "backend", 0.8, "Apache Maven", broader="java", esco="0d168770 Apache Maven", en=["Maven"],
  rel={"gradle": 0.7})
s("gradle", K, "backend", 0.8, "Gradle", broader="java", en=["Gradle build", "Gradle Kotlin DSL"])
s("caching", K, "backend", 0.65, ("caching", "välimuistit", "cachning"), broader="backend-development",
  en=["cache", "caches", "distributed caching", "distributed cache", "in-memory caching", "caching strategies",
      "Hazelcast", "Varnish", "Varnish Cache"],
  fi=["välimuisti", "välimuistitus", "välimuistiratkaisut"], sv=["cachelagring", "cacheminne", "distribuerad cache"],
  rel={"redis": 0.5})
s("orm", K, "backend", 0.65, ("object-relational mapping", "oliorelaatiomallinnus", "objektrelationell mappning"),
  broader="backend-development",
  en=["ORM", "ORMs", "object relational mapping", "ORM frameworks", "ORM tools", "jOOQ", "Sequelize", "Prisma",
      "SQLAlchemy", "TypeORM"],
  fi=["ORM-kehykset", "ORM-työkalut"], sv=["ORM-ramverk"],
  rel={"hibernate": 0.7, "entity-framework": 0.7, "sql-databases": 0.4})
s("reactive-programming", S, "software-engineering", 0.7,
  ("reactive programming", "reaktiivinen ohjelmointi", "reaktiv programmering"), broader="programming",
  en=["Rx-Java", "RxJava 2", "RxJava", "RxSwift", "ReactiveX", "Reactive Extensions", "Project Reactor", "Spring WebFlux",
      "reactive streams", "reactive systems"],
  fi=["reaktiiviset järjestelmät"], sv=["reaktiva system"], rel={"concurrent-programming": 0.5})
s("cmake", K, "software-engineering", 0.85, "CMake", broader="cpp", en=["CMakeLists", "Ninja build", "Bazel"],
  rel={"c": 0.4})
s("wpf", K, "backend", 0.85, "WPF", broader="dotnet",
  en=["Windows Presentation Foundation", "WinForms", "Windows Forms", "XAML", "WinUI"])
s("trino", K, "data-engineering", 0.9, "Trino", broader="big-data", en=["Presto", "PrestoDB", "PrestoSQL",
  "Starburst"], rel={"spark": 0.4, "hive": 0.5})

# =====================================================================================
section("mobile development")

s("mobile-development", S, "mobile", 0.5, ("mobile development", "mobiilikehitys", "mobilutveckling"),
  broader="software-development", esco="b8c01891 mobile device software frameworks",
  en=["mobile app development", "mobile application development", "app development", "mobile apps",
      "mobile applications"],
  fi=["mobiilisovelluskehitys", "mobiiliohjelmointi", "mobiilisovellukset", "sovelluskehitys mobiiliin"],
  sv=["apputveckling", "mobilapputveckling", "mobilappar", "mobilapplikationer"])
s("android-development", S, "mobile", 0.8, ("Android development", "Android-kehitys", "Android-utveckling"),
  broader="mobile-development", esco="d8829a1d Android (mobile operating systems)",
  en=["Android", "Android SDK", "Android app development", "Android apps", "Jetpack Compose", "Android Jetpack"],
  fi=["Android-sovelluskehitys", "Android-ohjelmointi"], sv=["Androidutveckling", "Android-appar"],
  rel={"ios-development": 0.5, "kotlin": 0.5})
s("ios-development", S, "mobile", 0.8, ("iOS development", "iOS-kehitys", "iOS-utveckling"),
  broader="mobile-development", esco="ce26e71f iOS",
  en=["iOS", "iOS SDK", "iPhone development", "iOS apps", "SwiftUI", "UIKit", "Cocoa Touch"],
  fi=["iOS-sovelluskehitys", "iOS-ohjelmointi"], sv=["iOS-appar"], rel={"swift": 0.6})
s("xcode", K, "mobile", 0.85, "Xcode", broader="ios-development", esco="449d119b Xcode", en=["Xcode IDE"])
s("react-native", K, "mobile", 0.85, "React Native", broader="mobile-development",
  en=["ReactNative", "React-Native"], rel={"react": 0.7, "flutter": 0.6})
s("flutter", K, "mobile", 0.85, "Flutter", broader="mobile-development", en=["Flutter SDK", "Flutter framework"],
  rel={"dart": 0.7}, amb=True)
s("xamarin", K, "mobile", 0.85, ".NET MAUI", broader="mobile-development",
  en=["Xamarin", "Xamarin.Forms", "MAUI", "dotnet MAUI"], rel={"csharp": 0.4, "flutter": 0.4})
s("ionic", K, "mobile", 0.85, "Ionic", broader="mobile-development",
  en=["Ionic Framework", "Apache Cordova", "Cordova", "PhoneGap"])
s("kotlin-multiplatform", K, "mobile", 0.9, "Kotlin Multiplatform", broader="mobile-development",
  en=["KMP", "KMM", "Kotlin Multiplatform Mobile", "Compose Multiplatform"], rel={"kotlin": 0.6, "flutter": 0.4})

# =====================================================================================
section("databases")

s("databases", K, "databases", 0.4, ("databases", "tietokannat", "databaser"), esco="43ae58b9 database",
  en=["database", "database systems", "DBMS", "database management systems"],
  fi=["tietokanta", "tietokantajärjestelmät", "tietokannanhallintajärjestelmät"],
  sv=["databas", "databassystem", "databashanterare"])
s("sql", K, "databases", 0.7, "SQL", esco="598de5b0 SQL",
  en=["Structured Query Language", "SQL queries", "SQL programming", "ANSI SQL"],
  fi=["SQL-kyselyt", "SQL-kieli"], sv=["SQL-frågor"], rel={"sql-databases": 0.7})
s("sql-databases", K, "databases", 0.6, ("SQL databases", "SQL-tietokannat", "SQL-databaser"),
  broader="databases", esco="7369f779 operate relational database management system",
  en=["relational DBs", "relational DB", "relational databases", "RDBMS", "relational database", "SQL database", "relational database management systems"],
  fi=["relaatiotietokannat", "relaatiotietokanta", "SQL-tietokanta"], sv=["relationsdatabaser", "relationsdatabas", "SQL-databas"],
  rel={"nosql-databases": 0.4})
s("nosql-databases", K, "databases", 0.65, ("NoSQL databases", "NoSQL-tietokannat", "NoSQL-databaser"),
  broader="databases", esco="76ef6ed3 NoSQL",
  en=["NoSQL", "non-relational databases", "document databases", "key-value stores"],
  fi=["NoSQL-tietokanta", "dokumenttitietokannat"], sv=["NoSQL-databas", "dokumentdatabaser"])
s("postgresql", K, "databases", 0.85, "PostgreSQL", broader="sql-databases", esco="a8d07b5a PostgreSQL",
  en=["Postgres", "PostgresSQL", "psql", "PostGIS"],
  rel={"mysql": 0.7, "mariadb": 0.6, "microsoft-sql-server": 0.6, "oracle-database": 0.6, "sqlite": 0.4})
s("mysql", K, "databases", 0.85, "MySQL", broader="sql-databases", esco="4da171e5 MySQL",
  en=["My SQL", "MySQL Server"],
  rel={"mariadb": 0.8, "microsoft-sql-server": 0.6, "oracle-database": 0.5, "sqlite": 0.4})
s("mariadb", K, "databases", 0.85, "MariaDB", broader="sql-databases", en=["Maria DB"])
s("microsoft-sql-server", K, "databases", 0.85, "Microsoft SQL Server", broader="sql-databases",
  esco="c062bab3 SQL Server",
  en=["MSSQL", "MS SQL", "SQL Server", "MS SQL Server", "MSSQL Server", "Azure SQL", "Azure SQL Database"],
  rel={"oracle-database": 0.6})
s("oracle-database", K, "databases", 0.85, "Oracle Database", broader="sql-databases",
  en=["Oracle DB", "Oracle RDBMS", "Oracle", "Oracle 19c", "Oracle Exadata"], rel={"ibm-db2": 0.5})
s("pl-sql", K, "databases", 0.85, "PL/SQL", broader="sql", en=["PLSQL", "PL-SQL", "Oracle PL/SQL"],
  rel={"oracle-database": 0.6, "t-sql": 0.5})
s("t-sql", K, "databases", 0.85, "T-SQL", broader="sql", en=["Transact-SQL", "TSQL", "Transact SQL"],
  rel={"microsoft-sql-server": 0.6})
s("sqlite", K, "databases", 0.85, "SQLite", broader="sql-databases", en=["SQLite3"])
s("ibm-db2", K, "databases", 0.85, "IBM Db2", broader="sql-databases", esco="3cee858e DB2",
  en=["DB2", "IBM DB2", "Db2 for z/OS"], rel={"mainframe": 0.4})
s("teradata", K, "databases", 0.9, "Teradata", broader="sql-databases", esco="d9eaf831 Teradata Database",
  en=["Teradata Database", "Teradata Vantage"], rel={"data-warehousing": 0.5})
s("microsoft-access", K, "databases", 0.7, "Microsoft Access", broader="sql-databases",
  esco="3d03c40c Microsoft Access", en=["MS Access", "Access database", "Microsoft Office Access"])
s("mongodb", K, "databases", 0.85, "MongoDB", broader="nosql-databases",
  en=["Mongo", "Mongo DB", "MongoDB Atlas"],
  rel={"dynamodb": 0.5, "cosmosdb": 0.6, "couchbase": 0.6, "firebase": 0.4})
s("redis", K, "databases", 0.85, "Redis", broader="nosql-databases",
  en=["Redis Cache", "Valkey", "Memcached"])
s("couchbase", K, "databases", 0.9, "Couchbase", broader="nosql-databases", en=["CouchDB", "Apache CouchDB"])
s("full-text-search", K, "databases", 0.7, ("full-text search", "tekstihaku", "fritextsökning"),
  broader="databases", en=["search engines technology", "enterprise search", "search technology", "Lucene",
                           "Apache Lucene", "search indexing"],
  fi=["hakuteknologiat", "hakupalvelut", "hakuindeksointi"], sv=["sökteknik", "sökmotorteknik"])
s("elasticsearch", K, "databases", 0.85, "Elasticsearch", broader="full-text-search",
  en=["Elastic Search", "ElasticSearch", "OpenSearch", "Amazon OpenSearch"], rel={"solr": 0.6})
s("solr", K, "databases", 0.9, "Apache Solr", broader="full-text-search", en=["Solr", "SolrCloud"])
s("cassandra", K, "databases", 0.85, "Apache Cassandra", broader="nosql-databases",
  en=["Cassandra", "ScyllaDB", "CQL"], rel={"dynamodb": 0.5}, amb=True)
s("dynamodb", K, "databases", 0.85, "Amazon DynamoDB", broader="nosql-databases",
  en=["DynamoDB", "Dynamo DB", "AWS DynamoDB"], rel={"aws": 0.5, "cosmosdb": 0.5})
s("cosmosdb", K, "databases", 0.85, "Azure Cosmos DB", broader="nosql-databases",
  en=["Cosmos DB", "CosmosDB"], rel={"azure": 0.5})
s("graph-databases", K, "databases", 0.75, ("graph databases", "graafitietokannat", "grafdatabaser"),
  broader="nosql-databases", en=["graph DBs", "graph DB", "graph database", "graph DB", "knowledge graphs"],
  fi=["graafitietokanta", "tietämysgraafit"], sv=["grafdatabas", "kunskapsgrafer"])
s("neo4j", K, "databases", 0.9, "Neo4j", broader="graph-databases", en=["Cypher", "Neo4J"])
s("sparql", K, "databases", 0.85, "SPARQL", broader="graph-databases", esco="5da8018b SPARQL",
  en=["RDF", "SPARQL Protocol and RDF Query Language", "linked data", "semantic web"],
  fi=["linkitetty data", "semanttinen web"], sv=["länkade data", "semantiska webben"])
s("time-series-databases", K, "databases", 0.75,
  ("time series databases", "aikasarjatietokannat", "tidsseriedatabaser"), broader="nosql-databases",
  en=["time-series database", "TSDB", "InfluxDB", "TimescaleDB", "Prometheus TSDB"],
  fi=["aikasarjatietokanta"], sv=["tidsseriedatabas"])
s("vector-databases", K, "databases", 0.8, ("vector databases", "vektoritietokannat", "vektordatabaser"),
  broader="databases", en=["vector database", "vector DB", "vector store", "vector search", "pgvector",
                           "Weaviate", "Milvus", "Qdrant"],
  fi=["vektoritietokanta", "vektorihaku"], sv=["vektordatabas", "vektorsökning"], rel={"llm": 0.4})
s("database-administration", S, "databases", 0.6,
  ("database administration", "tietokantojen ylläpito", "databasadministration"), broader="databases",
  esco="29fb0fb5 manage database",
  en=["DBA", "database management", "database operations"],
  fi=["tietokantojen hallinta", "tietokantahallinta", "tietokantojen hallinnointi"],
  sv=["databasförvaltning", "databashantering", "databasdrift"])
s("database-performance-tuning", S, "databases", 0.7,
  ("database performance tuning", "tietokantojen suorituskyvyn optimointi", "prestandaoptimering av databaser"),
  broader="database-administration", esco="d6cdef49 maintain database performance",
  en=["query optimization", "query optimisation", "SQL tuning", "database tuning", "index optimization",
      "database optimization"],
  fi=["kyselyjen optimointi", "SQL-optimointi", "tietokantaoptimointi"], sv=["frågeoptimering", "databasoptimering"])
s("database-security", S, "databases", 0.75, ("database security", "tietokantojen tietoturva", "databassäkerhet"),
  broader="database-administration", esco="ec85cc63 maintain database security",
  en=["database access control", "database encryption"], fi=["tietokantaturvallisuus"], sv=["databasskydd"],
  rel={"information-security": 0.4})
s("database-design", S, "databases", 0.6, ("database design", "tietokantasuunnittelu", "databasdesign"),
  broader="databases", esco="6c08403c design database scheme",
  en=["database modelling", "database modeling", "schema design", "database schema design", "normalisation",
      "database normalization"],
  fi=["tietokantamallinnus", "tietokantojen suunnittelu", "skeemasuunnittelu"],
  sv=["databasmodellering", "databasschemadesign"], rel={"data-modeling": 0.6})

# =====================================================================================
section("cloud computing")

s("heroku", K, "cloud", 0.85, "Heroku", broader="cloud-computing",
  en=["Heroku Postgres", "Heroku Dynos"], rel={"docker": 0.3})
s("green-computing", K, "infrastructure", 0.6, ("green computing", "vihreä tietotekniikka", "grön IT"),
  esco="0e78d9c9 green computing", en=["sustainable computing", "green IT", "sustainable IT"])
s("cloud-computing", K, "cloud", 0.5, ("cloud computing", "pilvipalvelut", "molntjänster"),
  esco="bd14968e cloud technologies",
  en=["cloud technologies", "cloud services", "cloud platforms", "cloud infrastructure", "cloud platform",
      "public cloud", "hybrid cloud", "multi-cloud", "IaaS", "PaaS", "cloud", "cloud environments",
      "cloud providers", "cloud solutions"],
  fi=["pilviteknologiat", "pilvilaskenta", "pilvi-infrastruktuuri", "pilvialustat", "pilvipalvelu",
      "pilviympäristöt", "julkipilvi", "hybridipilvi", "pilvi", "pilviratkaisut"],
  sv=["molnteknik", "molnplattformar", "molnbaserade tjänster", "molninfrastruktur", "molntjänst",
      "publikt moln", "hybridmoln", "moln", "molnlösningar"])
s("saas", K, "cloud", 0.6, ("SaaS", "SaaS-palvelut", "SaaS-tjänster"), broader="cloud-computing",
  en=["software as a service", "software-as-a-service", "SaaS platforms", "SaaS products", "SaaS applications",
      "SaaS solutions"],
  fi=["ohjelmisto palveluna", "SaaS-ohjelmistot", "SaaS-ratkaisut"], sv=["programvara som tjänst", "SaaS-lösningar"])
s("aws", K, "cloud", 0.75, "Amazon Web Services", broader="cloud-computing",
  en=["AWS", "Amazon cloud", "AWS cloud", "Amazon AWS", "Amazon CloudFront", "CloudFront", "Elastic Load Balancing",
      "ELB", "Elastic Beanstalk", "AWS Elastic Beanstalk", "Route 53", "Amazon Route 53"],
  fi=["AWS-pilvi"],
  rel={"azure": 0.5, "google-cloud": 0.5})
s("azure", K, "cloud", 0.75, "Microsoft Azure", broader="cloud-computing",
  en=["Azure", "MS Azure", "Azure cloud", "Windows Azure"], fi=["Azure-pilvi"], rel={"google-cloud": 0.5})
s("google-cloud", K, "cloud", 0.75, "Google Cloud Platform", broader="cloud-computing",
  en=["GCP", "Google Cloud", "Google Cloud Platform (GCP)"])
s("openstack", K, "cloud", 0.85, "OpenStack", broader="cloud-computing", en=["OpenStack cloud"], rel={"vmware": 0.4})
s("ec2", K, "cloud", 0.85, "Amazon EC2", broader="aws", en=["EC2", "Elastic Compute Cloud", "AWS EC2"])
s("s3", K, "cloud", 0.85, "Amazon S3", broader="aws", en=["S3", "AWS S3", "Simple Storage Service"],
  rel={"cloud-storage": 0.6})
s("aws-lambda", K, "cloud", 0.85, "AWS Lambda", broader="aws",
  en=["Amazon Lambda", "AWS Lambda functions", "Lambda", "Lambda functions"],
  rel={"serverless": 0.7, "azure-functions": 0.7}, amb=True)
s("eks", K, "cloud", 0.9, "Amazon EKS", broader="aws",
  en=["EKS", "Elastic Kubernetes Service", "AWS EKS"], rel={"kubernetes": 0.7, "aks": 0.7, "gke": 0.7})
s("ecs", K, "cloud", 0.85, "Amazon ECS", broader="aws",
  en=["ECS", "Elastic Container Service", "AWS Fargate", "Fargate"], rel={"docker": 0.5, "eks": 0.6})
s("rds", K, "cloud", 0.85, "Amazon RDS", broader="aws",
  en=["AWS Aurora", "Aurora PostgreSQL", "Aurora MySQL", "RDS", "AWS RDS", "Amazon Aurora"], rel={"postgresql": 0.4, "mysql": 0.4, "cloud-databases": 0.6})
s("cloudformation", K, "cloud", 0.85, "AWS CloudFormation", broader="aws", en=["CloudFormation", "CFN"],
  rel={"terraform": 0.6, "aws-cdk": 0.7})
s("aws-cdk", K, "cloud", 0.9, "AWS CDK", broader="aws", en=["CDK", "AWS Cloud Development Kit", "Cloud Development Kit"],
  rel={"infrastructure-as-code": 0.6})
s("cloudwatch", K, "cloud", 0.85, "Amazon CloudWatch", broader="cloud-monitoring",
  en=["CloudWatch", "AWS CloudWatch"], rel={"aws": 0.5, "azure-monitor": 0.6})
s("sagemaker", K, "cloud", 0.9, "Amazon SageMaker", broader="mlops", en=["SageMaker", "AWS SageMaker"],
  rel={"aws": 0.5, "azure-ml": 0.6, "vertex-ai": 0.6})
s("aks", K, "cloud", 0.9, "Azure Kubernetes Service", broader="azure", en=["AKS"],
  rel={"kubernetes": 0.7, "gke": 0.7})
s("azure-functions", K, "cloud", 0.85, "Azure Functions", broader="azure", en=["Azure Function Apps"],
  rel={"serverless": 0.7})
s("azure-app-service", K, "cloud", 0.85, "Azure App Service", broader="azure", en=["Azure Web Apps", "App Service"])
s("bicep", K, "cloud", 0.9, "Azure Bicep", broader="infrastructure-as-code",
  en=["Bicep", "ARM templates", "Azure Resource Manager templates", "ARM template"],
  rel={"azure": 0.5, "terraform": 0.6}, amb=True)
s("azure-monitor", K, "cloud", 0.85, "Azure Monitor", broader="cloud-monitoring",
  en=["Application Insights", "Log Analytics", "Azure Log Analytics", "App Insights"], rel={"azure": 0.5})
s("azure-ml", K, "cloud", 0.9, "Azure Machine Learning", broader="mlops",
  en=["Azure ML", "AzureML", "Azure AI Studio", "Azure AI Foundry"], rel={"azure": 0.5, "vertex-ai": 0.6})
s("gke", K, "cloud", 0.9, "Google Kubernetes Engine", broader="google-cloud", en=["GKE"],
  rel={"kubernetes": 0.7})
s("cloud-run", K, "cloud", 0.85, "Google Cloud Run", broader="google-cloud",
  en=["Cloud Run", "Cloud Functions", "Google Cloud Functions", "App Engine", "Google App Engine"],
  rel={"serverless": 0.6})
s("firebase", K, "cloud", 0.85, "Firebase", broader="google-cloud",
  en=["Firestore", "Cloud Firestore", "Firebase Realtime Database", "Firebase Auth"], rel={"mobile-development": 0.3})
s("vertex-ai", K, "cloud", 0.9, "Vertex AI", broader="mlops", en=["Google Vertex AI", "Google AI Platform"],
  rel={"google-cloud": 0.5})
s("serverless", K, "cloud", 0.7, ("serverless computing", "serverless-arkkitehtuuri", "serverlös arkitektur"),
  broader="cloud-computing",
  en=["function as a service", "serverless functions", "serverless", "FaaS", "functions as a service", "serverless architecture", "Serverless Framework"],
  fi=["palvelimeton arkkitehtuuri", "palvelimeton laskenta"], sv=["serverlös", "serverlösa tjänster"])
s("cloud-architecture", S, "cloud", 0.65, ("cloud architecture", "pilviarkkitehtuuri", "molnarkitektur"),
  broader="cloud-computing", esco="11430d93 design cloud architecture",
  en=["cloud solution architecture", "cloud design", "AWS architecture", "Azure architecture", "well-architected"],
  fi=["pilviratkaisuarkkitehtuuri", "pilvipalveluarkkitehtuuri"], sv=["molnlösningsarkitektur"])
s("cloud-migration", S, "cloud", 0.65, ("cloud migration", "pilvisiirtymä", "molnmigrering"),
  broader="cloud-computing", esco="0a52bed5 plan migration to cloud",
  en=["migration to cloud", "cloud migrations", "lift and shift", "cloud transformation"],
  fi=["pilveen siirtyminen", "pilvimigraatio", "pilvisiirrot"], sv=["molnmigration", "flytt till molnet"])
s("cloud-native", K, "cloud", 0.7, ("cloud-native development", "pilvinatiivi kehitys", "molnbaserad utveckling"),
  broader="cloud-computing", en=["cloud native", "cloud-native", "CNCF", "cloud native applications"],
  fi=["pilvinatiivi", "pilvinatiivit sovellukset"], sv=["molnnativ", "molnnativa applikationer"],
  rel={"kubernetes": 0.5})
s("cloud-development", S, "cloud", 0.65, ("cloud application development", "pilvisovelluskehitys", "molnapplikationsutveckling"),
  broader="cloud-computing", esco="6b643893 develop with cloud services",
  en=["cloud development", "developing cloud applications", "cloud applications", "cloud SDKs"],
  fi=["pilvikehitys", "pilvisovellukset"], sv=["molnutveckling", "molnapplikationer"], rel={"cloud-native": 0.6})
s("cloud-automation", S, "cloud", 0.7, ("cloud automation", "pilviautomaatio", "molnautomatisering"),
  broader="cloud-computing", esco="ce8ae6ca automate cloud tasks",
  en=["cloud task automation", "cloud orchestration"], fi=["pilvipalvelujen automatisointi"], sv=["automatisering i molnet"],
  rel={"infrastructure-as-code": 0.6})
s("cloud-monitoring", S, "cloud", 0.7, ("cloud monitoring", "pilvipalvelujen valvonta", "molnövervakning"),
  broader="cloud-computing", esco="8efa6a7a cloud monitoring and reporting",
  en=["cloud monitoring and reporting", "cloud observability"], fi=["pilvivalvonta", "pilvimonitorointi"],
  sv=["övervakning av molntjänster"], rel={"observability": 0.6})
s("cloud-storage", S, "cloud", 0.7, ("cloud storage", "pilvitallennus", "molnlagring"),
  broader="cloud-computing", esco="d3286405 manage cloud data and storage",
  en=["cloud data management", "cloud data storage", "Azure Blob Storage", "Blob Storage", "Google Cloud Storage"],
  fi=["pilvitallennuspalvelut", "pilvidatan hallinta"], sv=["molndatahantering"], rel={"storage-systems": 0.5})
s("cloud-databases", S, "cloud", 0.7, ("cloud databases", "pilvitietokannat", "molndatabaser"),
  broader="cloud-computing", esco="7e796b51 design database in the cloud",
  en=["cloud database design", "database as a service", "DBaaS", "managed databases"],
  fi=["pilvitietokanta", "pilvipohjaiset tietokannat"], sv=["molndatabas"], rel={"databases": 0.5})
s("cloud-networking", S, "cloud", 0.7, ("cloud networking", "pilviverkot", "molnnätverk"),
  broader="cloud-computing", esco="4da4587a design cloud networks",
  en=["cloud network design", "VPC", "virtual networks", "VNet", "cloud network"],
  fi=["pilviverkkosuunnittelu", "virtuaaliverkot"], sv=["molnnätverksdesign", "virtuella nätverk"],
  rel={"networking": 0.5})
s("cloud-security", S, "security", 0.75, ("cloud security", "pilvitietoturva", "molnsäkerhet"),
  broader="information-security", esco="1c2978b8 cloud security and compliance",
  en=["cloud security and compliance", "cloud compliance", "CSPM", "cloud security posture management"],
  fi=["pilviturvallisuus", "pilvipalvelujen tietoturva"], sv=["molnsäkerhet och efterlevnad"],
  rel={"cloud-computing": 0.5})
s("finops", K, "cloud", 0.85, "FinOps", broader="cloud-computing",
  en=["cloud cost optimization", "cloud cost optimisation", "cloud cost management"],
  fi=["pilvikustannusten optimointi", "pilvikustannusten hallinta"], sv=["molnkostnadsoptimering"])

# =====================================================================================
section("DevOps, CI/CD, containers and observability")

s("devops", K, "devops", 0.6, ("DevOps", "DevOps", "DevOps"), esco="f0de4973 DevOps",
  en=["DevOps culture", "DevOps practices", "Dev Ops", "DevOps engineering", "DevOps methodology"],
  fi=["DevOps-kulttuuri", "DevOps-käytännöt", "DevOps-toimintamalli"], sv=["DevOps-kultur", "DevOps-arbetssätt"],
  rel={"agile": 0.4})
s("artifact-repository", K, "devops", 0.8, ("artifact repositories", "artefaktivarastot", "artefaktförråd"),
  broader="ci-cd", en=["Artifactory", "JFrog Artifactory", "Nexus Repository", "Sonatype Nexus", "artifact repository"])
s("compilers", K, "software-engineering", 0.75, ("compilers", "kääntäjät", "kompilatorer"),
  en=["compiler design", "compiler construction", "compiler development"])
s("ci-cd", K, "devops", 0.7, ("CI/CD", "CI/CD", "CI/CD"), broader="devops",
  en=["continuous integration", "continuous delivery", "continuous deployment", "CI CD", "CI-CD", "CICD", "CI",
      "CI/CD pipelines", "build pipelines", "deployment pipelines", "build automation", "deployment automation"],
  fi=["jatkuva integraatio", "jatkuva toimitus", "jatkuva julkaisu", "CI/CD-putket", "käännösputket",
      "julkaisuautomaatio"],
  sv=["kontinuerlig integration", "kontinuerlig leverans", "kontinuerlig driftsättning", "CI/CD-pipelines",
      "byggpipelines"])
s("jenkins", K, "devops", 0.85, "Jenkins", broader="ci-cd",
  esco="f47a1998 Jenkins (tools for software configuration management)",
  en=["Jenkins CI", "Jenkins pipelines", "Jenkinsfile"],
  rel={"gitlab-ci": 0.6, "github-actions": 0.6, "teamcity": 0.6, "azure-devops": 0.6, "circleci": 0.6})
s("github-actions", K, "devops", 0.85, "GitHub Actions", broader="ci-cd", en=["GH Actions", "GitHub workflows"],
  rel={"gitlab-ci": 0.7, "azure-devops": 0.6, "circleci": 0.6, "github": 0.5})
s("gitlab-ci", K, "devops", 0.85, "GitLab CI/CD", broader="ci-cd", en=["GitLab CI", "GitLab pipelines", "GitLab CI CD"],
  rel={"gitlab": 0.5, "azure-devops": 0.6})
s("azure-devops", K, "devops", 0.85, "Azure DevOps", broader="ci-cd",
  en=["Azure DevOps Server", "TFS", "Team Foundation Server", "VSTS", "Azure Pipelines", "Azure Repos",
      "Azure Boards"], rel={"azure": 0.5, "jira": 0.3})
s("circleci", K, "devops", 0.9, "CircleCI", broader="ci-cd", en=["Circle CI", "Travis CI", "Bitbucket Pipelines"])
s("teamcity", K, "devops", 0.9, "TeamCity", broader="ci-cd", en=["JetBrains TeamCity", "Atlassian Bamboo"])
s("octopus-deploy", K, "devops", 0.9, "Octopus Deploy", broader="ci-cd", esco="2f04bb71 Octopus Deploy")
s("gitops", K, "devops", 0.8, "GitOps", broader="ci-cd",
  en=["Argo CD", "ArgoCD", "Flux CD", "FluxCD", "Argo Workflows"], rel={"kubernetes": 0.5})
s("release-management", S, "devops", 0.6, ("release management", "julkaisunhallinta", "releasehantering"),
  esco="978db6a1 manage software releases",
  en=["software releases", "release engineering", "release planning", "deployment management"],
  fi=["julkaisujen hallinta", "ohjelmistojulkaisut", "julkaisuprosessi"], sv=["leveranshantering", "releaseplanering"],
  rel={"ci-cd": 0.5})
s("containerization", K, "devops", 0.7, ("containerisation", "kontitus", "containerisering"), broader="devops",
  en=["containerization", "container technologies", "container technology", "containerised applications",
      "containerized applications", "OCI containers"],
  fi=["konttiteknologiat", "konttiteknologia", "konttien hallinta", "konttiympäristöt"],
  sv=["containerteknik", "containerteknologi"], rel={"virtualization": 0.4})
s("docker", K, "devops", 0.85, "Docker", broader="containerization",
  en=["Docker Compose", "docker-compose", "Dockerfile", "Docker Swarm", "Docker containers", "Docker Desktop"],
  fi=["Docker-kontit"], sv=["Docker-containrar"], rel={"podman": 0.8, "kubernetes": 0.6})
s("podman", K, "devops", 0.9, "Podman", broader="containerization", en=["Buildah", "containerd"])
s("kubernetes", K, "devops", 0.85, "Kubernetes", broader="containerization",
  en=["k8s", "kube", "Kubernetes clusters", "kubectl", "K3s", "Rancher Kubernetes"],
  fi=["Kubernetes-klusterit"], sv=["Kubernetes-kluster"])
s("openshift", K, "devops", 0.9, "Red Hat OpenShift", broader="kubernetes", en=["OpenShift", "OCP", "OKD"])
s("helm", K, "devops", 0.85, "Helm", broader="kubernetes", en=["Helm charts", "Kustomize"], amb=True)
s("istio", K, "devops", 0.9, "Istio", broader="kubernetes", en=["service mesh", "Linkerd", "Envoy Proxy"],
  fi=["palveluverkko"], sv=["tjänstenät"])
s("infrastructure-as-code", K, "devops", 0.7,
  ("infrastructure as code", "infrastruktuuri koodina", "infrastruktur som kod"), broader="devops",
  en=["IaC", "infra as code", "infrastructure-as-code", "infrastructure automation"],
  fi=["IaC", "infran automatisointi", "infrastruktuurin automatisointi"], sv=["IaC", "infrastrukturautomation"])
s("terraform", K, "devops", 0.85, "Terraform", broader="infrastructure-as-code",
  en=["HashiCorp Terraform", "HCL", "OpenTofu", "Terraform Cloud", "Terragrunt"], rel={"pulumi": 0.7})
s("pulumi", K, "devops", 0.9, "Pulumi", broader="infrastructure-as-code")
s("configuration-management", K, "devops", 0.65,
  ("configuration management", "konfiguraationhallinta", "konfigurationshantering"), broader="infrastructure-as-code",
  en=["configuration management tools", "config management", "server configuration management"],
  fi=["asetustenhallinta", "konfiguraatioiden hallinta"], sv=["konfigurationsstyrning"])
s("ansible", K, "devops", 0.85, "Ansible", broader="configuration-management", esco="6f8a40d6 Ansible",
  en=["Ansible playbooks", "Ansible Tower", "AWX", "Red Hat Ansible"],
  rel={"puppet": 0.6, "chef": 0.6, "salt": 0.6, "terraform": 0.5})
s("puppet", K, "devops", 0.85, "Puppet", broader="configuration-management",
  esco="6417a4cc Puppet (tools for software configuration management)", en=["Puppet Enterprise", "Puppet modules"],
  rel={"chef": 0.7, "salt": 0.6}, amb=True)
s("chef", K, "devops", 0.85, "Chef", broader="configuration-management",
  esco="49f85a99 Chef (tools for software configuration management)", en=["Chef Infra", "Chef cookbooks", "Opscode Chef"],
  rel={"salt": 0.6}, amb=True)
s("salt", K, "devops", 0.85, "SaltStack", broader="configuration-management",
  esco="c7451027 Salt (tools for software configuration management)", en=["Salt", "Salt Project"], amb=True)
s("vagrant", K, "devops", 0.85, "Vagrant", broader="infrastructure-as-code", esco="6b3afb82 Vagrant",
  en=["HashiCorp Vagrant", "Packer", "HashiCorp Packer"], amb=True)
s("observability", K, "devops", 0.65, ("observability and monitoring", "valvonta ja havaittavuus", "observerbarhet och övervakning"),
  broader="devops", esco="9190d87f monitor system performance",
  en=["observability", "system monitoring", "application monitoring", "APM", "infrastructure monitoring",
      "logging and monitoring", "IT monitoring", "application performance monitoring", "log management",
      "performance monitoring", "monitoring", "logging", "telemetry", "log aggregation", "alerting"],
  fi=["järjestelmävalvonta", "monitorointi", "palveluiden valvonta", "havaittavuus", "lokienhallinta",
      "järjestelmien valvonta", "sovellusvalvonta"],
  sv=["systemövervakning", "observerbarhet", "IT-övervakning", "applikationsövervakning", "logghantering"])
s("prometheus", K, "devops", 0.85, "Prometheus", broader="observability", en=["PromQL", "Alertmanager"],
  rel={"grafana": 0.5, "datadog": 0.6, "zabbix": 0.5})
s("grafana", K, "devops", 0.85, "Grafana", broader="observability",
  en=["Grafana dashboards", "Grafana Loki", "Grafana Tempo"], rel={"elk-stack": 0.6})
s("elk-stack", K, "devops", 0.85, "Elastic Stack", broader="observability",
  en=["ELK", "ELK stack", "ELK Stack", "Kibana", "Logstash", "Elastic Observability", "Filebeat"],
  rel={"splunk": 0.6, "elasticsearch": 0.6})
s("splunk", K, "devops", 0.85, "Splunk", broader="observability", en=["Splunk Enterprise", "Splunk Cloud"],
  rel={"siem": 0.5})
s("datadog", K, "devops", 0.9, "Datadog", broader="observability", en=["Data Dog", "New Relic"],
  rel={"dynatrace": 0.7})
s("dynatrace", K, "devops", 0.9, "Dynatrace", broader="observability", en=["AppDynamics"])
s("zabbix", K, "devops", 0.9, "Zabbix", broader="observability", rel={"nagios": 0.7})
s("nagios", K, "devops", 0.9, "Nagios", broader="observability", en=["Icinga", "Nagios XI"])
s("opentelemetry", K, "devops", 0.9, "OpenTelemetry", broader="observability",
  en=["OTel", "Jaeger", "distributed tracing"], fi=["hajautettu jäljitys"], sv=["distribuerad spårning"])
s("sre", K, "devops", 0.7, ("site reliability engineering", "site reliability engineering", "site reliability engineering"),
  broader="devops", en=["SRE", "site reliability", "SLOs", "error budgets"], fi=["SRE-toiminta"],
  rel={"observability": 0.5})
s("platform-engineering", K, "devops", 0.7, ("platform engineering", "alustakehitys", "plattformsutveckling"),
  broader="devops", en=["internal developer platform", "developer platform", "Backstage.io"],
  fi=["kehittäjäalusta", "alustatiimi"], sv=["utvecklarplattform"], rel={"kubernetes": 0.4})

# =====================================================================================
section("IT infrastructure and operating systems")

s("ict-infrastructure", K, "infrastructure", 0.45, ("IT infrastructure", "IT-infrastruktuuri", "IT-infrastruktur"),
  esco="d0c6d77e ICT infrastructure",
  en=["ICT infrastructure", "infrastructure management", "IT infra", "infrastructure services", "infrastructure operations",
      "infrastructure architecture", "IT infrastructure architecture"],
  fi=["ICT-infrastruktuuri", "infrastruktuuripalvelut", "infrastruktuurin hallinta", "IT-ympäristöt"],
  sv=["ICT-infrastruktur", "infrastrukturtjänster", "IT-miljöer"])
s("system-administration", S, "infrastructure", 0.5,
  ("system administration", "järjestelmäylläpito", "systemadministration"), broader="ict-infrastructure",
  esco="0868eef3 administer ICT system",
  en=["systems administration", "sysadmin", "server administration", "IT administration", "server management",
      "patch management"],
  fi=["järjestelmien ylläpito", "palvelinylläpito", "palvelinten ylläpito", "järjestelmähallinta",
      "palvelinten hallinta", "päivitystenhallinta"],
  sv=["serveradministration", "systemförvaltning", "IT-drift", "serverdrift", "patchhantering"])
s("ict-capacity-planning", S, "infrastructure", 0.7, ("IT capacity planning", "kapasiteetin suunnittelu", "kapacitetsplanering"),
  broader="system-administration", esco="a2fef437 plan ICT capacity",
  en=["capacity planning", "capacity management", "ICT capacity planning"],
  fi=["kapasiteetinhallinta", "kapasiteettisuunnittelu"], sv=["kapacitetshantering"])
s("operating-systems", K, "infrastructure", 0.5, ("operating systems", "käyttöjärjestelmät", "operativsystem"),
  esco="f9a6f35b operating systems", en=["operating system", "OS internals"], fi=["käyttöjärjestelmä"],
  sv=["operativsystemet"])
s("linux", K, "infrastructure", 0.75, "Linux", broader="operating-systems",
  en=["GNU/Linux", "Linux administration", "Linux servers", "Linux systems", "Linux server administration",
      "Debian", "CentOS", "Rocky Linux", "AlmaLinux", "SUSE", "SLES"],
  fi=["Linux-ylläpito", "Linux-palvelimet", "Linux-ympäristöt"], sv=["Linuxadministration", "Linux-servrar"],
  rel={"unix": 0.7, "windows-server": 0.3})
s("unix", K, "infrastructure", 0.8, "Unix", broader="operating-systems",
  en=["UNIX", "Solaris", "AIX", "HP-UX", "BSD", "FreeBSD"])
s("red-hat-linux", K, "infrastructure", 0.85, "Red Hat Enterprise Linux", broader="linux",
  en=["RHEL", "Red Hat Linux", "Red Hat", "RHCSA", "RHCE"], rel={"ubuntu": 0.7})
s("ubuntu", K, "infrastructure", 0.85, "Ubuntu", broader="linux", en=["Ubuntu Server", "Ubuntu Linux"])
s("windows-server", K, "infrastructure", 0.8, "Windows Server", broader="operating-systems",
  en=["Microsoft Windows Server", "Windows Server 2019", "Windows Server 2022", "Windows servers",
      "Windows Server administration"],
  fi=["Windows-palvelimet", "Windows-ylläpito", "Windows-palvelinympäristöt"], sv=["Windows-servrar"])
s("windows", K, "infrastructure", 0.55, "Microsoft Windows", broader="operating-systems",
  en=["Windows", "Windows 10", "Windows 11", "Windows workstations", "MS Windows"],
  fi=["Windows-työasemat"], sv=["Windows-klienter"], rel={"windows-server": 0.5}, amb=True)
s("macos", K, "infrastructure", 0.8, "macOS", broader="operating-systems", en=["Mac OS", "OS X", "Mac OS X"],
  rel={"unix": 0.3})
s("mainframe", K, "infrastructure", 0.85, "IBM mainframe", broader="operating-systems",
  en=["mainframe", "z/OS", "IBM Z", "zOS", "JCL", "CICS", "mainframe systems"],
  fi=["keskustietokoneet", "mainframe-ympäristö"], sv=["stordator", "stordatorer"])
s("virtualization", K, "infrastructure", 0.65, ("virtualisation", "virtualisointi", "virtualisering"),
  broader="system-administration", esco="ae4f0cc6 manage ICT virtualisation environments",
  en=["virtualization", "server virtualization", "server virtualisation", "virtual machines", "VMs", "hypervisors",
      "KVM", "Proxmox", "Xen", "VDI", "desktop virtualization"],
  fi=["palvelinvirtualisointi", "virtuaalikoneet", "virtuaalipalvelimet", "työpöytävirtualisointi"],
  sv=["servervirtualisering", "virtuella maskiner", "virtuella servrar"])
s("vmware", K, "infrastructure", 0.85, "VMware", broader="virtualization",
  en=["VMware vSphere", "vSphere", "ESXi", "vCenter", "VMware ESXi", "VCP", "VMware Horizon"],
  rel={"hyper-v": 0.7})
s("hyper-v", K, "infrastructure", 0.85, "Microsoft Hyper-V", broader="virtualization", en=["Hyper-V", "HyperV"])
s("citrix", K, "infrastructure", 0.85, "Citrix", broader="virtualization",
  en=["Citrix Virtual Apps", "Citrix Virtual Apps and Desktops", "XenApp", "XenDesktop", "Citrix NetScaler"],
  rel={"vmware": 0.5})
s("active-directory", K, "infrastructure", 0.8, "Active Directory", broader="windows-server",
  esco="d1e954cd distributed directory information services",
  en=["MS Active Directory", "AD DS", "Active Directory Domain Services", "Group Policy", "GPO",
      "directory services"],
  fi=["AD-ympäristö", "hakemistopalvelut"], sv=["katalogtjänster"], rel={"identity-and-access-management": 0.5})
s("exchange", K, "infrastructure", 0.85, "Microsoft Exchange", broader="system-administration",
  en=["Exchange Server", "Exchange Online", "MS Exchange"], rel={"microsoft-365": 0.5})
s("web-servers", K, "infrastructure", 0.6, ("web servers", "web-palvelimet", "webbservrar"),
  broader="system-administration", en=["web server", "HTTP servers", "reverse proxies", "reverse proxy"],
  fi=["verkkopalvelimet", "web-palvelin"], sv=["webbserver"])
s("nginx", K, "infrastructure", 0.85, "NGINX", broader="web-servers", esco="553e1d2d proxy servers",
  en=["Nginx web server", "nginx proxy"], rel={"apache-http-server": 0.7})
s("apache-http-server", K, "infrastructure", 0.85, "Apache HTTP Server", broader="web-servers",
  en=["Apache", "Apache httpd", "httpd", "Apache web server", "Apache2"], rel={"iis": 0.5}, amb=True)
s("iis", K, "infrastructure", 0.85, "Microsoft IIS", broader="web-servers", en=["IIS", "Internet Information Services"])
s("backup-and-recovery", S, "infrastructure", 0.55, ("backup and recovery", "varmuuskopiointi", "säkerhetskopiering"),
  broader="system-administration", esco="cf3e976d perform backups",
  en=["backups", "data backup", "backup management", "backup solutions", "Veeam", "Commvault"],
  fi=["varmuuskopiot", "varmuuskopioinnit", "varmuuskopiointi ja palautus"], sv=["säkerhetskopior", "återställning av data"])
s("disaster-recovery", S, "infrastructure", 0.65, ("disaster recovery", "toipumissuunnittelu", "katastrofåterställning"),
  broader="system-administration", esco="fc2f1d4f implement ICT recovery system",
  en=["disaster recovery planning", "business continuity", "BCP", "DRP", "IT service continuity"],
  fi=["jatkuvuudenhallinta", "jatkuvuussuunnittelu", "toipuminen häiriöistä"], sv=["kontinuitetsplanering"],
  rel={"backup-and-recovery": 0.6})
s("storage-systems", K, "infrastructure", 0.7, ("storage systems", "tallennusjärjestelmät", "lagringssystem"),
  broader="system-administration", esco="a7f0fbe0 data storage",
  en=["SAN", "NAS", "enterprise storage", "storage management", "NetApp", "storage area network", "data storage"],
  fi=["tallennusratkaisut", "levyjärjestelmät", "tallennusympäristöt"], sv=["lagringslösningar", "datalagring"])
s("datacenter", K, "infrastructure", 0.6, ("data centre operations", "konesalit", "datacenter"),
  broader="ict-infrastructure",
  en=["data center", "data centre", "datacenter", "datacenter operations", "data center operations", "server room"],
  fi=["konesali", "datakeskus", "datakeskukset", "konesalipalvelut"], sv=["datacenterdrift", "serverhall"])

# =====================================================================================
section("networks and telecommunications")

s("networking", K, "networking", 0.5, ("computer networks", "tietoverkot", "datornätverk"),
  broader="ict-infrastructure", esco="02058de6 network engineering",
  en=["network engineering", "network administration", "data networks", "network infrastructure", "LAN/WAN", "LAN and WAN", "computer networking", "data communications", "IP networks"],
  fi=["verkkotekniikka", "tietoliikenne", "verkonhallinta", "lähiverkot", "tietoliikenneverkot", "verkkoinfrastruktuuri",
      "tietoverkkojen ylläpito", "verkkoasiantuntijuus"],
  sv=["nätverksteknik", "datakommunikation", "nätverksadministration", "nätverksinfrastruktur", "datanätverk"])
s("network-protocols", K, "networking", 0.6, ("network protocols", "tietoliikenneprotokollat", "nätverksprotokoll"),
  broader="networking", esco="6e4f75b4 ICT communications protocols",
  en=["communication protocols", "networking protocols", "communications protocols"],
  fi=["verkkoprotokollat"], sv=["kommunikationsprotokoll"])
s("http", K, "networking", 0.65, "HTTP", broader="network-protocols",
  en=["HTTPS", "HTTP/2", "HTTP/3", "HTTP/1.1", "HTTP protocol", "HTTP protocols"], fi=["HTTP-protokolla"],
  sv=["HTTP-protokollet"], rel={"rest-api": 0.4, "web-servers": 0.4})
s("websockets", K, "networking", 0.8, "WebSockets", broader="http",
  en=["WebSocket", "web sockets", "web socket", "Socket.IO", "SignalR", "server-sent events"],
  rel={"rest-api": 0.3})
s("tcp-ip", K, "networking", 0.7, "TCP/IP", broader="network-protocols",
  en=["TCP", "IP networking", "IPv4", "IPv6", "UDP", "DHCP", "subnetting"], fi=["IP-verkot", "IP-osoitteistus"],
  sv=["IP-nätverk"])
s("dns", K, "networking", 0.75, "DNS", broader="network-protocols", esco="071233c4 domain name service",
  en=["Domain Name System", "DNS servers", "DNS management"], fi=["nimipalvelu", "nimipalvelimet"],
  sv=["namnserver", "DNS-hantering"])
s("routing-and-switching", K, "networking", 0.75, ("routing and switching", "reititys ja kytkentä", "routing och switching"),
  broader="networking", esco="0da6cab1 ICT network routing",
  en=["network routing", "routers and switches", "BGP", "OSPF", "VLAN", "VLANs", "MPLS", "IP routing"],
  fi=["reititys", "reitittimet ja kytkimet", "verkkoreititys"], sv=["routrar och switchar", "nätverksrouting"])
s("networking-hardware", K, "networking", 0.6, ("network equipment", "verkkolaitteet", "nätverksutrustning"),
  broader="networking", esco="f9e788df ICT networking hardware",
  en=["ICT networking hardware", "networking hardware", "network devices", "structured cabling", "network cabling"],
  fi=["tietoliikennelaitteet", "verkkolaitteisto", "verkkokaapelointi", "rakenteellinen kaapelointi"],
  sv=["nätverkshårdvara", "nätverkskablage", "strukturerad kabling"])
s("network-management", S, "networking", 0.65, ("network monitoring and management", "verkonvalvonta", "nätverksövervakning"),
  broader="networking", esco="0ab03c6c network management system tools",
  en=["network management", "network monitoring", "NMS", "network management systems", "SNMP"],
  fi=["verkon valvonta", "verkonhallintajärjestelmät"], sv=["nätverkshantering", "nätverksövervakningsverktyg"],
  rel={"observability": 0.4})
s("network-design", S, "networking", 0.65, ("network design", "verkkosuunnittelu", "nätverksdesign"),
  broader="networking", esco="2164e860 design computer network",
  en=["network architecture", "network planning", "designing networks"],
  fi=["tietoverkkosuunnittelu", "verkkoarkkitehtuuri", "verkkojen suunnittelu"], sv=["nätverksplanering", "nätverksarkitektur"])
s("network-troubleshooting", S, "networking", 0.65, ("network diagnostics", "verkkovikojen selvitys", "nätverksfelsökning"),
  broader="networking", esco="bf7ea00f implement ICT network diagnostic tools",
  en=["network troubleshooting", "network diagnostic tools", "packet analysis"],
  fi=["verkon vianetsintä", "verkkodiagnostiikka"], sv=["nätverksdiagnostik"])
s("wireshark", K, "networking", 0.85, "Wireshark", broader="network-troubleshooting", esco="8fa510d0 Wireshark",
  en=["tcpdump"])
s("cisco", K, "networking", 0.85, "Cisco", broader="networking-hardware", esco="709ef32a Cisco",
  en=["Cisco IOS", "Cisco Systems", "Cisco ASA", "Cisco Meraki", "Meraki", "Cisco networking"],
  rel={"juniper": 0.6, "routing-and-switching": 0.5})
s("ccna", K, "networking", 0.85, "CCNA", broader="cisco", en=["Cisco Certified Network Associate", "CCNP", "CCIE"])
s("juniper", K, "networking", 0.9, "Juniper Networks", broader="networking-hardware", en=["Junos", "Junos OS"])
s("wlan", K, "networking", 0.7, ("wireless networks", "langattomat verkot", "trådlösa nätverk"), broader="networking",
  en=["WLAN", "Wi-Fi", "WiFi", "wireless LAN", "802.11"], fi=["WLAN-verkot", "langaton lähiverkko"],
  sv=["trådlöst nätverk", "WLAN-nät"])
s("sd-wan", K, "networking", 0.85, "SD-WAN", broader="networking",
  en=["SDWAN", "software-defined WAN", "SDN", "software-defined networking"], fi=["ohjelmistopohjainen verkko"])
s("load-balancing", K, "networking", 0.75, ("load balancing", "kuormantasaus", "lastbalansering"),
  broader="networking", en=["load balancers", "load balancer", "HAProxy", "F5 BIG-IP"],
  fi=["kuormantasaajat"], sv=["lastbalanserare"])
s("cdn", K, "networking", 0.75, ("content delivery networks", "sisällönjakeluverkot", "innehållsleveransnätverk"),
  broader="networking", en=["CDN", "content delivery network", "Cloudflare", "Akamai", "Fastly"],
  fi=["CDN-palvelut"], sv=["CDN-tjänster"])
s("telecommunications", K, "networking", 0.55, ("telecommunications", "tietoliikennetekniikka", "telekommunikation"),
  broader="networking", esco="14764a75 telecommunications engineering",
  en=["telecom", "telco", "telecommunications engineering", "telecommunication systems"],
  fi=["televiestintä", "tietoliikennejärjestelmät", "teleala"], sv=["telekom", "teleteknik"])
s("mobile-networks", K, "networking", 0.75, ("mobile networks", "matkaviestinverkot", "mobilnät"),
  broader="telecommunications",
  en=["cellular networks", "LTE", "4G", "radio access network", "5G", "5G NR", "mobile network technologies"],
  fi=["mobiiliverkot", "radioverkot", "5G-verkot", "radioverkkotekniikka"], sv=["mobilnätverk", "radionät", "5G-nät"])
s("voip", K, "networking", 0.8, "VoIP", broader="telecommunications",
  en=["SIP", "Voice over IP", "IP telephony", "unified communications", "telephony systems"],
  fi=["IP-puhelinjärjestelmät", "puhelinjärjestelmät"], sv=["IP-telefoni", "telefonisystem"])

# =====================================================================================
section("data analysis and business intelligence")

s("data-analysis", S, "data-analytics", 0.5, ("data analysis", "data-analyysi", "dataanalys"),
  esco="2b92a5b2 perform data analysis",
  en=["data analytics", "analytics", "data analyses", "analysing data", "analyzing data", "data analysis skills"],
  fi=["data-analytiikka", "tietojen analysointi", "analytiikka", "datan analysointi", "tiedon analysointi",
      "data-analyysit"],
  sv=["dataanalytik", "analys av data", "analytik", "dataanalyser"],
  rel={"data-science": 0.6, "statistics": 0.6})
s("probability-theory", K, "data-analytics", 0.6, ("probability theory", "todennäköisyyslaskenta", "sannolikhetslära"),
  broader="statistics", esco="b758675a probability theory", en=["probability and statistics"])
s("statistics", K, "data-analytics", 0.55, ("statistics", "tilastotiede", "statistik"), esco="7ee4c2ea statistics",
  en=["statistical analysis", "statistical methods", "applied statistics", "statistical analyses"],
  fi=["tilastollinen analyysi", "tilastolliset menetelmät", "tilastomatematiikka"],
  sv=["statistisk analys", "statistiska metoder"], rel={"machine-learning": 0.4})
s("statistical-modeling", S, "data-analytics", 0.7,
  ("statistical modelling", "tilastollinen mallinnus", "statistisk modellering"), broader="statistics",
  esco="68ef0e4d statistical modeling techniques",
  en=["statistical modeling", "regression analysis", "predictive modelling", "predictive modeling",
      "time series analysis", "forecasting models", "econometrics"],
  fi=["regressioanalyysi", "ennustemallit", "ennustemallinnus", "aikasarja-analyysi"],
  sv=["regressionsanalys", "prediktiv modellering", "tidsserieanalys"], rel={"machine-learning": 0.5})
s("spss", K, "data-analytics", 0.85, "IBM SPSS Statistics", broader="statistics",
  en=["SPSS", "IBM SPSS", "SPSS Modeler"], rel={"r": 0.4})
s("data-visualization", S, "data-analytics", 0.6, ("data visualisation", "datan visualisointi", "datavisualisering"),
  broader="data-analysis", esco="65e58886 data visualisation software",
  en=["data visualization", "dataviz", "dashboards", "dashboarding", "data storytelling", "D3.js", "D3"],
  fi=["tiedon visualisointi", "visualisointi", "raporttien visualisointi", "dashboardit"],
  sv=["visualisering", "datavisualiseringar", "instrumentpaneler"])
s("business-intelligence", K, "data-analytics", 0.6,
  ("business intelligence", "liiketoimintatiedon hallinta", "business intelligence"), broader="data-analysis",
  esco="143769cb business intelligence",
  en=["BI", "BI tools", "BI reporting", "BI development", "business intelligence tools"],
  fi=["BI-raportointi", "BI-työkalut", "BI-ratkaisut", "BI-kehitys", "tiedolla johtaminen"],
  sv=["BI-rapportering", "BI-verktyg", "BI-lösningar", "BI-utveckling"])
s("reporting", S, "data-analytics", 0.5, ("report development", "raportointi", "rapportering"),
  broader="business-intelligence", esco="9d2f77af develop reporting software",
  en=["report design", "reporting solutions", "management reporting", "reporting tools", "BI reports"],
  fi=["raportointiratkaisut", "raporttien kehitys", "johdon raportointi", "raportoinnin kehittäminen"],
  sv=["rapportutveckling", "rapporteringslösningar", "ledningsrapportering"])
s("power-bi", K, "data-analytics", 0.85, "Power BI", broader="business-intelligence",
  en=["PowerBI", "Microsoft Power BI", "Power BI Desktop", "DAX", "Power Query", "Power BI Service"],
  rel={"tableau": 0.7, "qlik": 0.7, "looker": 0.6, "excel": 0.3})
s("tableau", K, "data-analytics", 0.85, "Tableau", broader="business-intelligence",
  en=["Tableau Desktop", "Tableau Server", "Tableau Prep"], rel={"qlik": 0.7, "looker": 0.6})
s("qlik", K, "data-analytics", 0.85, "Qlik Sense", broader="business-intelligence",
  en=["Qlik", "QlikView", "QlikSense", "Qlik Cloud"], rel={"looker": 0.6})
s("looker", K, "data-analytics", 0.85, "Looker", broader="business-intelligence",
  en=["Looker Studio", "Google Data Studio", "LookML"], amb=True)
s("ssrs", K, "data-analytics", 0.85, "SQL Server Reporting Services", broader="business-intelligence",
  en=["SSRS", "SQL Server Analysis Services", "SSAS", "Power BI Report Server"],
  rel={"microsoft-sql-server": 0.5, "power-bi": 0.5})
s("sap-businessobjects", K, "data-analytics", 0.9, "SAP BusinessObjects", broader="business-intelligence",
  en=["BusinessObjects", "SAP BO", "BOBJ", "Web Intelligence", "SAP Analytics Cloud"],
  rel={"sap": 0.4})
s("olap", K, "data-analytics", 0.75, "OLAP", broader="business-intelligence",
  esco="b0a3bb25 online analytical processing",
  en=["online analytical processing", "OLAP cubes", "OLAP cube", "MDX", "multidimensional modelling"],
  fi=["OLAP-kuutiot"], sv=["OLAP-kuber"])
s("business-analytics", K, "data-analytics", 0.55, ("business analytics", "liiketoiminta-analytiikka", "affärsanalytik"),
  broader="data-analysis", esco="98a1dec3 business analytics",
  en=["business data analytics", "commercial analytics", "sales analytics"],
  fi=["myyntianalytiikka", "liiketoiminnan analytiikka"], sv=["försäljningsanalys"])
s("marketing-analytics", K, "data-analytics", 0.7, ("marketing analytics", "markkinointianalytiikka", "marknadsföringsanalys"),
  broader="data-analysis", esco="11c56452 marketing analytics",
  en=["marketing data analytics", "customer analytics"], fi=["asiakasanalytiikka"], sv=["kundanalys"],
  rel={"digital-marketing": 0.5})
s("web-analytics", K, "data-analytics", 0.65, ("web analytics", "verkkoanalytiikka", "webbanalys"),
  broader="data-analysis", esco="1605025e web analytics",
  en=["digital analytics", "website analytics", "Google Analytics", "GA4", "Adobe Analytics", "Matomo",
      "Google Tag Manager"],
  fi=["web-analytiikka", "digitaalinen analytiikka", "kävijäseuranta"], sv=["webbanalytik", "digital analys"])
s("ab-testing", S, "data-analytics", 0.75, ("A/B testing", "A/B-testaus", "A/B-testning"), broader="data-analysis",
  en=["AB testing", "A/B tests", "split testing", "online experimentation", "conversion rate optimisation", "CRO"],
  fi=["A/B-testit", "konversio-optimointi"], sv=["A/B-tester", "konverteringsoptimering"],
  rel={"web-analytics": 0.5})
s("data-mining", S, "data-analytics", 0.65, ("data mining", "tiedonlouhinta", "datautvinning"),
  broader="data-science", esco="25f0ea33 data mining",
  en=["knowledge discovery", "text mining", "pattern mining"], fi=["datan louhinta", "tekstinlouhinta"],
  sv=["textutvinning", "datagruvdrift"])
s("data-science", K, "data-analytics", 0.6, ("data science", "datatiede", "data science"), esco="edebd83d data science",
  en=["data science methods", "applied data science"], fi=["datatieteet", "data science -menetelmät"],
  sv=["datavetenskaplig analys"], rel={"machine-learning": 0.6})
s("jupyter", K, "data-analytics", 0.8, "Jupyter", en=["Jupyter Notebook", "JupyterLab", "Jupyter notebooks",
                                                       "IPython", "Google Colab"],
  rel={"python": 0.4, "data-science": 0.4})
s("pandas", K, "data-analytics", 0.85, "pandas", broader="python", en=["Python pandas", "Polars", "DataFrames"],
  rel={"data-analysis": 0.5, "numpy": 0.6})
s("numpy", K, "data-analytics", 0.85, "NumPy", broader="python", en=["SciPy", "Numpy"], rel={"scikit-learn": 0.4})
s("matplotlib", K, "data-analytics", 0.85, "Matplotlib", broader="python", en=["Seaborn", "Plotly", "pyplot"],
  rel={"data-visualization": 0.5})
s("gis", K, "data-analytics", 0.75, ("geographic information systems", "paikkatietojärjestelmät", "geografiska informationssystem"),
  esco="440f64e5 use geographic information systems",
  en=["geospatial", "GIS", "geospatial data", "geospatial analysis", "ArcGIS", "QGIS", "spatial data"],
  fi=["paikkatieto", "paikkatietojärjestelmä", "paikkatietoanalyysi", "GIS-järjestelmät"],
  sv=["GIS", "geodata", "geografisk information"])

# =====================================================================================
section("data engineering and big data")

s("data-engineering", S, "data-engineering", 0.55, ("data engineering", "datainsinöörityö", "data engineering"),
  esco="48db96bf data engineering",
  en=["data pipelines", "data pipeline development", "data platform", "data platforms", "data infrastructure",
      "data pipeline"],
  fi=["dataputket", "data-alustat", "data-alusta", "datankäsittely", "datakehitys"],
  sv=["datapipelines", "dataplattformar", "dataplattform", "dataflöden"],
  rel={"data-analysis": 0.3, "backend-development": 0.3})
s("etl", K, "data-engineering", 0.65, "ETL", broader="data-engineering",
  esco="9d0d89be data extraction, transformation and loading tools",
  en=["extract, transform, load", "ELT", "ETL processes", "ETL pipelines", "ETL tools", "ETL development"],
  fi=["ETL-prosessit", "ETL-kehitys", "ETL-työkalut"], sv=["ETL-processer", "ETL-utveckling"])
s("data-integration", S, "data-engineering", 0.6, ("data integration", "tietojen integrointi", "dataintegration"),
  broader="data-engineering", esco="46ec0033 integrate ICT data",
  en=["integrating data", "data consolidation"], fi=["dataintegraatio", "tietojen yhdistäminen", "datan integrointi"],
  sv=["integrering av data"], rel={"etl": 0.7, "system-integration": 0.4})
s("data-warehousing", K, "data-engineering", 0.65, ("data warehousing", "tietovarastointi", "datalager"),
  broader="data-engineering", esco="3ec2e4d6 data warehouse",
  en=["data warehouse", "DWH", "EDW", "enterprise data warehouse", "data warehouses", "data marts",
      "dimensional modelling", "data vault"],
  fi=["tietovarasto", "tietovarastot", "tietovarastoratkaisut"], sv=["datavaruhus", "informationslager"],
  rel={"business-intelligence": 0.5})
s("data-lakes", K, "data-engineering", 0.7, ("data lakes", "datajärvet", "datasjöar"), broader="data-engineering",
  en=["data lake", "lakehouse", "data lakehouse", "Delta Lake", "Apache Iceberg"], fi=["datajärvi"],
  sv=["datasjö"], rel={"data-warehousing": 0.6})
s("big-data", K, "data-engineering", 0.6, ("big data", "big data", "big data"), broader="data-engineering",
  esco="47a49cd6 analyse big data",
  en=["big data technologies", "large-scale data processing", "big data analytics"],
  fi=["massadata", "big data -teknologiat", "big data -analytiikka"], sv=["stordata", "big data-teknik"])
s("hadoop", K, "data-engineering", 0.85, "Hadoop", broader="big-data", esco="e46291c7 Hadoop",
  en=["Apache Hadoop", "HDFS", "MapReduce", "HBase", "Cloudera"], rel={"spark": 0.5})
s("hive", K, "data-engineering", 0.85, "Apache Hive", broader="hadoop", en=["Hive", "HiveQL"], amb=True)
s("apache-pig", K, "data-engineering", 0.9, "Apache Pig", broader="hadoop", en=["Pig", "Pig Latin"], amb=True)
s("spark", K, "data-engineering", 0.85, "Apache Spark", broader="big-data",
  en=["Spark", "PySpark", "Spark SQL", "Spark Streaming", "Apache Spark SQL"],
  rel={"databricks": 0.7, "flink": 0.6}, amb=True)
s("stream-processing", K, "data-engineering", 0.75, ("stream processing", "reaaliaikainen datankäsittely", "strömbearbetning"),
  broader="data-engineering",
  en=["real-time data processing", "streaming data", "event streaming", "data streaming", "real-time analytics",
      "Apache Storm"],
  fi=["tietovirtojen käsittely", "reaaliaikainen analytiikka", "datavirrat"], sv=["realtidsdatabehandling", "dataströmmar"])
s("kafka", K, "data-engineering", 0.85, "Apache Kafka", broader="stream-processing",
  en=["Kafka", "Kafka Streams", "Confluent", "Kafka Connect", "Confluent Kafka"],
  rel={"rabbitmq": 0.5, "kinesis": 0.5, "message-queues": 0.6})
s("flink", K, "data-engineering", 0.9, "Apache Flink", broader="stream-processing", en=["Flink"], amb=True)
s("kinesis", K, "data-engineering", 0.9, "Amazon Kinesis", broader="stream-processing",
  en=["Kinesis", "AWS Kinesis", "Azure Event Hubs", "Event Hubs", "Google Pub/Sub", "Pub/Sub"],
  rel={"aws": 0.4})
s("airflow", K, "data-engineering", 0.85, "Apache Airflow", broader="data-engineering",
  en=["Airflow", "Dagster"], rel={"azure-data-factory": 0.5}, amb=True)
s("dbt", K, "data-engineering", 0.85, "dbt", broader="etl", en=["data build tool", "dbt Cloud", "dbt Core"],
  rel={"sql": 0.5, "snowflake": 0.4})
s("snowflake", K, "data-engineering", 0.85, "Snowflake", broader="data-warehousing",
  en=["Snowflake Data Cloud", "Snowflake DWH"], rel={"bigquery": 0.7, "redshift": 0.7, "databricks": 0.6,
                                                    "azure-synapse": 0.6}, amb=True)
s("databricks", K, "data-engineering", 0.85, "Databricks", broader="big-data",
  en=["Azure Databricks", "Databricks Lakehouse", "Unity Catalog"], rel={"microsoft-fabric": 0.5})
s("bigquery", K, "data-engineering", 0.85, "BigQuery", broader="data-warehousing",
  en=["Google BigQuery", "GCP BigQuery"], rel={"google-cloud": 0.5, "redshift": 0.7})
s("redshift", K, "data-engineering", 0.85, "Amazon Redshift", broader="data-warehousing",
  en=["Redshift", "AWS Redshift", "Amazon Athena", "AWS Glue"], rel={"aws": 0.5, "azure-synapse": 0.6})
s("azure-synapse", K, "data-engineering", 0.85, "Azure Synapse Analytics", broader="data-warehousing",
  en=["Azure Synapse", "Synapse Analytics", "Azure SQL Data Warehouse"], rel={"azure": 0.5, "microsoft-fabric": 0.7})
s("microsoft-fabric", K, "data-engineering", 0.85, "Microsoft Fabric", broader="data-engineering",
  en=["MS Fabric", "Fabric lakehouse", "OneLake"], rel={"power-bi": 0.5})
s("azure-data-factory", K, "data-engineering", 0.85, "Azure Data Factory", broader="etl",
  en=["ADF", "Data Factory", "Azure Data Factory pipelines"], rel={"azure": 0.5, "ssis": 0.6})
s("informatica", K, "data-engineering", 0.9, "Informatica PowerCenter", broader="etl",
  esco="0f00f63f Informatica PowerCenter", en=["Informatica", "PowerCenter", "Informatica Cloud", "IICS"],
  rel={"ssis": 0.6, "talend": 0.6})
s("ssis", K, "data-engineering", 0.85, "SQL Server Integration Services", broader="etl",
  esco="6f7512ab SQL Server Integration Services", en=["SSIS", "Microsoft SSIS"], rel={"microsoft-sql-server": 0.5})
s("talend", K, "data-engineering", 0.9, "Talend", broader="etl", en=["Talend Open Studio", "Talend Data Integration"],
  rel={"pentaho": 0.6})
s("pentaho", K, "data-engineering", 0.9, "Pentaho Data Integration", broader="etl",
  esco="42c3287f Pentaho Data Integration", en=["Pentaho", "PDI", "Pentaho Kettle"])
s("ibm-datastage", K, "data-engineering", 0.9, "IBM InfoSphere DataStage", broader="etl",
  esco="14fdac88 IBM InfoSphere DataStage", en=["DataStage", "InfoSphere DataStage", "IBM DataStage"],
  rel={"informatica": 0.6})
s("oracle-data-integrator", K, "data-engineering", 0.9, "Oracle Data Integrator", broader="etl",
  esco="3af687cb Oracle Data Integrator", en=["ODI", "Oracle ODI"], rel={"informatica": 0.5})
s("sap-data-services", K, "data-engineering", 0.9, "SAP Data Services", broader="etl",
  esco="f8e3425c SAP Data Services", en=["SAP BODS", "BODS", "BusinessObjects Data Services"], rel={"sap": 0.4})
s("data-modeling", S, "data-engineering", 0.6, ("data modelling", "tietomallinnus", "datamodellering"),
  esco="fbafa41f create data models",
  en=["data modeling", "conceptual data modelling", "logical data modelling", "data models", "information modelling"],
  fi=["datamallinnus", "tietomallit", "käsitemallinnus"], sv=["informationsmodellering", "datamodeller"],
  rel={"data-warehousing": 0.4})
s("data-architecture", S, "data-engineering", 0.65, ("data architecture", "tietoarkkitehtuuri", "dataarkitektur"),
  esco="4d85b881 manage ICT data architecture",
  en=["enterprise data architecture", "data platform architecture"], fi=["data-arkkitehtuuri", "tietoarkkitehtuurit"],
  sv=["informationsarkitektur för data"], rel={"data-modeling": 0.5, "data-engineering": 0.5})
s("data-management", S, "data-engineering", 0.55, ("data management", "tiedonhallinta", "datahantering"),
  esco="9ff9db9d manage data",
  en=["data lifecycle management", "data administration", "information management"],
  fi=["datanhallinta", "tiedon elinkaaren hallinta", "tietojen hallinta"], sv=["informationshantering", "dataförvaltning"])
s("data-governance", S, "data-engineering", 0.75, ("data governance", "tiedonhallintamalli", "datastyrning"),
  broader="data-management", en=["data stewardship", "data ownership", "data catalog", "data catalogue"],
  fi=["datan hallintamalli", "tiedon omistajuus", "datakatalogi"], sv=["informationsstyrning", "dataägarskap"])
s("data-quality", S, "data-engineering", 0.7, ("data quality", "tiedon laatu", "datakvalitet"),
  broader="data-management", esco="54c9c155 define data quality criteria",
  en=["data integrity", "data quality management", "data cleansing", "data cleaning", "data validation"],
  fi=["datan laatu", "tiedon laadunhallinta", "datan puhdistus"], sv=["datarensning", "datakvalitetsarbete"])
s("master-data-management", S, "data-engineering", 0.8,
  ("master data management", "master datan hallinta", "masterdatahantering"), broader="data-management",
  en=["master data", "MDM solutions", "reference data management"],
  fi=["perustietojen hallinta", "ydintiedon hallinta", "master data"], sv=["grunddatahantering", "masterdata"])
s("data-migration", S, "data-engineering", 0.6, ("data migration", "tiedonsiirrot", "datamigrering"),
  broader="data-engineering", esco="020918ef migrate existing data",
  en=["data migrations", "data conversion", "database migration"],
  fi=["datamigraatio", "tietojen migraatio", "tietokantamigraatio"], sv=["datamigration", "datakonvertering"])

# =====================================================================================
section("artificial intelligence and machine learning")

s("cognitive-computing", K, "ai-ml", 0.7, ("cognitive computing", "kognitiivinen laskenta", "kognitiv databehandling"),
  broader="artificial-intelligence", esco="ca71c597 cognitive computing")
s("artificial-intelligence", K, "ai-ml", 0.5, ("artificial intelligence", "tekoäly", "artificiell intelligens"),
  esco="e465a154 principles of artificial intelligence",
  en=["AI", "AI technologies", "AI solutions", "applied AI", "AI development"],
  fi=["tekoälyteknologiat", "tekoälyratkaisut", "tekoälysovellukset", "AI-ratkaisut"],
  sv=["AI", "AI-lösningar", "AI-teknik"])
s("machine-learning", K, "ai-ml", 0.7, ("machine learning", "koneoppiminen", "maskininlärning"),
  broader="artificial-intelligence", esco="3a2d5b45 machine learning",
  en=["ML", "supervised learning", "unsupervised learning", "ML models", "machine learning models",
      "machine learning algorithms", "predictive analytics"],
  fi=["koneoppimismallit", "ML-mallit", "ennakoiva analytiikka"], sv=["maskininlärningsmodeller", "ML-modeller"])
s("neural-networks", K, "ai-ml", 0.75, ("artificial neural networks", "neuroverkot", "neurala nätverk"),
  broader="machine-learning", esco="5608d5a0 artificial neural networks",
  en=["neural networks", "neural nets"], fi=["keinotekoiset neuroverkot", "hermoverkot"],
  sv=["artificiella neurala nätverk"])
s("deep-learning", K, "ai-ml", 0.8, ("deep learning", "syväoppiminen", "djupinlärning"), broader="neural-networks",
  esco="ecc4552a deep learning",
  en=["deep neural networks", "DNN", "convolutional neural networks", "recurrent neural networks", "transformer models"],
  fi=["syvät neuroverkot"], sv=["djupa neurala nätverk"])
s("reinforcement-learning", K, "ai-ml", 0.85, ("reinforcement learning", "vahvistusoppiminen", "förstärkningsinlärning"),
  broader="machine-learning", en=["deep reinforcement learning", "RLHF"], fi=["vahvistettu oppiminen"])
s("computer-vision", K, "ai-ml", 0.8, ("computer vision", "konenäkö", "datorseende"), broader="artificial-intelligence",
  esco="7b0d5000 computer vision",
  en=["machine vision", "image recognition", "image processing", "object detection", "OpenCV"],
  fi=["tietokonenäkö", "kuvantunnistus", "kuvankäsittelyalgoritmit", "hahmontunnistus"],
  sv=["maskinseende", "bildigenkänning", "bildbehandling"], rel={"deep-learning": 0.5})
s("information-extraction", K, "ai-ml", 0.75, ("information extraction", "tiedon poiminta", "informationsextraktion"),
  broader="nlp", esco="696e3b5b information extraction", en=["entity extraction", "named entity recognition", "NER"])
s("nlp", K, "ai-ml", 0.8, ("natural language processing", "luonnollisen kielen käsittely", "naturlig språkbehandling"),
  broader="artificial-intelligence", esco="fff0e2cd natural language processing",
  en=["NLP", "text analytics", "computational linguistics", "language technology", "speech recognition",
      "spaCy", "NLTK"],
  fi=["kieliteknologia", "tekstianalytiikka", "puheentunnistus"], sv=["språkteknologi", "textanalys", "taligenkänning"],
  rel={"machine-learning": 0.5, "llm": 0.6})
s("generative-ai", K, "ai-ml", 0.8, ("generative AI", "generatiivinen tekoäly", "generativ AI"),
  broader="artificial-intelligence",
  en=["GenAI", "Gen AI", "generative artificial intelligence", "AI agents", "agentic AI"],
  fi=["generatiiviset tekoälymallit", "tekoälyagentit"], sv=["generativ artificiell intelligens", "AI-agenter"])
s("llm", K, "ai-ml", 0.85, ("large language models", "suuret kielimallit", "stora språkmodeller"),
  broader="generative-ai",
  en=["LLM", "LLMs", "large language model", "GPT", "foundation models", "ChatGPT", "GitHub Copilot"],
  fi=["kielimallit", "LLM-mallit", "suuri kielimalli"], sv=["språkmodeller", "LLM-modeller", "stor språkmodell"])
s("prompt-engineering", S, "ai-ml", 0.85, ("prompt engineering", "kehotesuunnittelu", "promptdesign"),
  broader="llm", en=["prompt design", "prompting"], fi=["kehotteiden suunnittelu", "prompttaus"], sv=["promptteknik"])
s("rag", K, "ai-ml", 0.9, ("retrieval-augmented generation", "hakuavusteinen generointi", "hämtningsförstärkt generering"),
  broader="llm", en=["RAG", "retrieval augmented generation"], fi=["RAG-ratkaisut"], sv=["RAG-lösningar"],
  rel={"vector-databases": 0.5}, amb=True)
s("langchain", K, "ai-ml", 0.9, "LangChain", broader="llm", en=["LangGraph", "LlamaIndex", "Semantic Kernel"])
s("openai-api", K, "ai-ml", 0.9, "OpenAI API", broader="llm",
  en=["OpenAI", "Azure OpenAI", "Azure OpenAI Service", "ChatGPT API", "GPT-4", "GPT-4o"])
s("hugging-face", K, "ai-ml", 0.9, "Hugging Face", broader="machine-learning",
  en=["HuggingFace", "Hugging Face Transformers", "transformers library"], rel={"nlp": 0.5, "pytorch": 0.5})
s("tensorflow", K, "ai-ml", 0.85, "TensorFlow", broader="deep-learning",
  en=["Tensorflow", "TensorFlow 2", "Keras", "TFX", "TensorFlow Lite"], rel={"pytorch": 0.7})
s("pytorch", K, "ai-ml", 0.85, "PyTorch", broader="deep-learning", en=["Pytorch", "PyTorch Lightning"])
s("scikit-learn", K, "ai-ml", 0.85, "scikit-learn", broader="machine-learning",
  en=["sklearn", "scikit learn", "scikit", "XGBoost", "LightGBM", "CatBoost"], rel={"pandas": 0.4})
s("mlops", K, "ai-ml", 0.8, "MLOps", broader="machine-learning",
  en=["ML Ops", "ML engineering", "machine learning operations", "model deployment", "LLMOps"],
  fi=["MLOps-käytännöt", "mallien tuotantoonvienti"], sv=["MLOps-arbete"], rel={"devops": 0.4})
s("mlflow", K, "ai-ml", 0.9, "MLflow", broader="mlops", en=["ML flow", "Kubeflow", "Weights & Biases"])
s("recommender-systems", K, "ai-ml", 0.8, ("recommender systems", "suosittelujärjestelmät", "rekommendationssystem"),
  broader="machine-learning", esco="505e4ef3 build recommender systems",
  en=["recommendation systems", "recommendation engines", "recommender engine"], fi=["suosittelualgoritmit"],
  sv=["rekommendationsmotorer"])
s("responsible-ai", K, "ai-ml", 0.75, ("responsible AI", "vastuullinen tekoäly", "ansvarsfull AI"),
  broader="artificial-intelligence",
  en=["AI ethics", "trustworthy AI", "EU AI Act", "AI governance", "explainable AI", "XAI"],
  fi=["tekoälyetiikka", "tekoälyn etiikka", "luotettava tekoäly", "selitettävä tekoäly"], sv=["AI-etik", "tillförlitlig AI"])

# =====================================================================================
section("information security")

s("information-security", K, "security", 0.55, ("information security", "tietoturva", "informationssäkerhet"),
  esco="8088750d cyber security",
  en=["cybersecurity", "cyber security", "IT security", "ICT security", "infosec", "digital security",
      "Security"],
  fi=["kyberturvallisuus", "kyberturva", "tietoturvallisuus", "tietoturvaosaaminen", "IT-tietoturva"],
  sv=["cybersäkerhet", "IT-säkerhet", "datasäkerhet", "informationssäkerhetsarbete"])
s("network-security", K, "security", 0.75, ("network security", "verkkoturvallisuus", "nätverkssäkerhet"),
  broader="information-security",
  en=["network protection", "perimeter security", "IDS/IPS", "intrusion detection", "intrusion prevention"],
  fi=["tietoverkkojen tietoturva", "verkkojen tietoturva", "tietoliikenneturvallisuus", "tunkeutumisen havaitseminen"],
  sv=["nätverksskydd", "intrångsdetektering"], rel={"networking": 0.4})
s("firewalls", K, "security", 0.75, ("firewalls", "palomuurit", "brandväggar"), broader="network-security",
  esco="e5b5053e implement a firewall",
  en=["firewall", "firewall configuration", "firewall management", "next-generation firewalls", "NGFW",
      "Palo Alto Networks", "Fortinet", "FortiGate", "Check Point firewalls"],
  fi=["palomuuri", "palomuurien hallinta", "palomuurisäännöt"], sv=["brandvägg", "brandväggskonfiguration"])
s("vpn", K, "security", 0.7, "VPN", broader="network-security", esco="acf0a78c implement a virtual private network",
  en=["virtual private network", "IPsec", "WireGuard", "OpenVPN", "VPN connections"],
  fi=["VPN-yhteydet"], sv=["VPN-anslutningar"])
s("zero-trust", K, "security", 0.8, ("zero trust", "nollaluottamus", "nollförtroende"), broader="network-security",
  en=["zero-trust architecture", "zero trust security", "ZTNA", "SASE"], fi=["zero trust -malli"], sv=["zero trust-modell"])
s("application-security", K, "security", 0.75, ("application security", "sovellusturvallisuus", "applikationssäkerhet"),
  broader="information-security",
  en=["AppSec", "secure coding", "secure software development", "software security", "secure development",
      "SAST", "DAST"],
  fi=["sovellustietoturva", "turvallinen ohjelmointi", "turvallinen ohjelmistokehitys"],
  sv=["säker kodning", "säker programvaruutveckling"])
s("owasp", K, "security", 0.85, "OWASP", broader="application-security", esco="902fb91c web application security threats",
  en=["OWASP Top 10", "OWASP Top Ten", "web application security", "Open Web Application Security Project"],
  fi=["web-sovellusten tietoturva"], sv=["webbapplikationssäkerhet"])
s("devsecops", K, "security", 0.8, "DevSecOps", broader="application-security",
  en=["Dev Sec Ops", "security automation", "shift-left security", "supply chain security"],
  rel={"devops": 0.5, "ci-cd": 0.4})
s("penetration-testing", S, "security", 0.8, ("penetration testing", "tunkeutumistestaus", "penetrationstestning"),
  broader="information-security", esco="f4a85869 perform ICT security testing",
  en=["pentesting", "pen testing", "pentest", "pentests", "security testing", "red teaming", "red team"],
  fi=["murtotestaus", "tietoturvatestaus", "penetraatiotestaus"],
  sv=["intrångstestning", "säkerhetstestning", "penetrationstester"], rel={"vulnerability-management": 0.5})
s("ethical-hacking", S, "security", 0.8, ("ethical hacking", "eettinen hakkerointi", "etisk hackning"),
  broader="penetration-testing", esco="0ffdb6ac ethical hacking principles",
  en=["ethical hacking principles", "white hat hacking", "bug bounty", "CTF", "capture the flag"],
  fi=["eettinen hakkerointi", "bug bounty -toiminta"], sv=["etisk hackning"])
s("exploit-development", S, "security", 0.9, ("exploit development", "haavoittuvuuksien hyödyntäminen", "exploitutveckling"),
  broader="penetration-testing", esco="af313ba1 develop code exploits",
  en=["exploit writing", "code exploits", "vulnerability research"], fi=["haavoittuvuustutkimus"],
  sv=["sårbarhetsforskning"])
s("burp-suite", K, "security", 0.9, "Burp Suite", broader="penetration-testing", en=["Burp Suite Pro", "PortSwigger"])
s("metasploit", K, "security", 0.9, "Metasploit", broader="penetration-testing", esco="50597e96 Metasploit",
  en=["Metasploit Framework"])
s("kali-linux", K, "security", 0.9, "Kali Linux", broader="penetration-testing", esco="625b57ee Kali Linux",
  en=["Parrot Security OS", "Parrot OS"])
s("owasp-zap", K, "security", 0.9, "OWASP ZAP", broader="penetration-testing", esco="1ce4cddd OWASP ZAP",
  en=["Zed Attack Proxy", "OWASP Zed Attack Proxy", "ZAP proxy"], rel={"burp-suite": 0.7})
s("john-the-ripper", K, "security", 0.9, "John the Ripper", broader="penetration-testing",
  esco="7bf4539a John The Ripper (penetration testing tool)", en=["Hashcat", "THC Hydra", "password cracking"],
  fi=["salasanojen murtaminen"], sv=["lösenordsknäckning"])
s("vulnerability-management", S, "security", 0.75,
  ("vulnerability management", "haavoittuvuuksien hallinta", "sårbarhetshantering"), broader="information-security",
  esco="dad7e408 identify ICT system weaknesses",
  en=["vulnerability assessment", "vulnerability scanning", "vulnerability assessments", "CVE management"],
  fi=["haavoittuvuusskannaus", "haavoittuvuusanalyysi", "haavoittuvuuksien tunnistaminen"],
  sv=["sårbarhetsanalys", "sårbarhetsskanning"])
s("nessus", K, "security", 0.9, "Nessus", broader="vulnerability-management", esco="2891f0dc Nessus",
  en=["Tenable Nessus", "Tenable.io", "Qualys"], rel={"nexpose": 0.7})
s("nexpose", K, "security", 0.9, "Rapid7 Nexpose", broader="vulnerability-management", esco="f0010b93 Nexpose",
  en=["Nexpose", "Rapid7", "InsightVM"])
s("security-operations", S, "security", 0.75, ("security operations", "tietoturvavalvonta", "säkerhetsövervakning"),
  broader="information-security",
  en=["SOC", "security operations center", "security operations centre", "security monitoring", "SecOps",
      "blue team"],
  fi=["SOC-toiminta", "kyberturvallisuuskeskus", "tietoturvapoikkeamien valvonta"], sv=["säkerhetscenter", "SOC-verksamhet"])
s("incident-response", S, "security", 0.75, ("security incident response", "tietoturvapoikkeamien hallinta", "säkerhetsincidenthantering"),
  broader="security-operations", esco="8181aa4c handle cybersecurity incidents",
  en=["incident response", "cyber incident response", "security incident management", "incident handling",
      "CSIRT", "DFIR"],
  fi=["tietoturvahäiriöiden hallinta", "tietoturvaloukkausten käsittely", "kyberhäiriöiden hallinta"],
  sv=["cyberincidenthantering", "hantering av säkerhetsincidenter"])
s("siem", K, "security", 0.8, "SIEM", broader="security-operations",
  en=["security information and event management", "SIEM systems", "Microsoft Sentinel", "Azure Sentinel",
      "QRadar", "ArcSight", "SOAR"],
  fi=["SIEM-järjestelmät"], sv=["SIEM-system"], rel={"splunk": 0.5})
s("threat-intelligence", S, "security", 0.8, ("threat intelligence", "uhkatiedustelu", "hotunderrättelser"),
  broader="security-operations", esco="78845d0c conduct threat intelligence",
  en=["cyber threat intelligence", "CTI", "threat hunting", "threat analysis", "MITRE ATT&CK"],
  fi=["kyberuhkatiedustelu", "uhka-analyysi", "uhkien metsästys"], sv=["hotanalys", "hotjakt"])
s("endpoint-security", K, "security", 0.75, ("endpoint security", "päätelaitteiden tietoturva", "slutpunktssäkerhet"),
  broader="information-security",
  en=["EDR", "XDR", "endpoint protection", "endpoint detection and response", "antivirus", "anti-virus",
      "Microsoft Defender", "Microsoft Defender for Endpoint", "CrowdStrike", "CrowdStrike Falcon", "SentinelOne"],
  fi=["päätelaitesuojaus", "virustorjunta", "haittaohjelmasuojaus"], sv=["ändpunktsskydd", "antivirusskydd"])
s("digital-forensics", S, "security", 0.8, ("digital forensics", "digitaalinen forensiikka", "digital forensik"),
  broader="information-security", esco="118a9b27 computer forensics",
  en=["computer forensics", "forensics", "forensic analysis", "IT forensics"],
  fi=["forensiikka", "tietotekninen rikostutkinta", "forensinen analyysi"], sv=["IT-forensik", "datorforensik"])
s("reverse-engineering", S, "security", 0.85, ("reverse engineering", "takaisinmallinnus", "omvänd ingenjörskonst"),
  broader="information-security", esco="a7a14be2 apply reverse engineering",
  en=["malware analysis", "binary analysis", "IDA Pro", "Ghidra"], fi=["käänteissuunnittelu", "haittaohjelma-analyysi"],
  sv=["skadeprogramsanalys", "binäranalys"])
s("identity-and-access-management", K, "security", 0.75,
  ("identity and access management", "identiteetin- ja pääsynhallinta", "identitets- och åtkomsthantering"),
  broader="information-security", esco="33efa504 digital identity management",
  en=["IAM", "identity management", "access management", "IdM", "identity governance", "IGA",
      "digital identity management", "MFA", "multi-factor authentication"],
  fi=["identiteetinhallinta", "käyttöoikeushallinta", "pääsynhallinta", "käyttövaltuushallinta",
      "käyttäjähallinta", "monivaiheinen tunnistautuminen", "vahva tunnistautuminen"],
  sv=["identitetshantering", "behörighetshantering", "åtkomsthantering", "IAM", "flerfaktorsautentisering"])
s("access-control", S, "security", 0.7, ("access control", "pääsynvalvonta", "åtkomstkontroll"),
  broader="identity-and-access-management", esco="5da73370 use access control software",
  en=["access rights management", "role-based access control", "RBAC", "user permissions", "access rights"],
  fi=["käyttöoikeuksien hallinta", "roolipohjainen pääsynhallinta", "käyttöoikeudet"],
  sv=["behörighetsstyrning", "rollbaserad åtkomstkontroll", "åtkomsträttigheter"])
s("oauth", K, "security", 0.85, "OAuth 2.0", broader="identity-and-access-management",
  en=["OAuth", "OAuth2", "OpenID Connect", "OIDC", "JWT", "JSON Web Tokens"], rel={"single-sign-on": 0.6})
s("single-sign-on", K, "security", 0.8, ("single sign-on", "kertakirjautuminen", "enkel inloggning"),
  broader="identity-and-access-management",
  en=["SSO", "single sign on", "SAML", "SAML 2.0", "federated identity", "ADFS"],
  fi=["SSO-kirjautuminen", "federoitu tunnistautuminen"], sv=["SSO", "federerad inloggning"])
s("entra-id", K, "security", 0.85, "Microsoft Entra ID", broader="identity-and-access-management",
  en=["Entra ID", "Azure AD", "Azure Active Directory", "AAD", "Azure AD B2C", "Entra"],
  rel={"azure": 0.5, "active-directory": 0.7})
s("okta", K, "security", 0.9, "Okta", broader="identity-and-access-management", en=["Auth0", "Ping Identity"],
  rel={"keycloak": 0.6, "entra-id": 0.6})
s("keycloak", K, "security", 0.9, "Keycloak", broader="identity-and-access-management", en=["Red Hat SSO"])
s("privileged-access-management", K, "security", 0.85,
  ("privileged access management", "etuoikeutettujen käyttöoikeuksien hallinta", "hantering av privilegierad åtkomst"),
  broader="identity-and-access-management", en=["privileged access", "PAM solutions", "CyberArk", "BeyondTrust"],
  fi=["pääkäyttäjäoikeuksien hallinta"], sv=["privilegierad åtkomst"])
s("ldap", K, "security", 0.8, "LDAP", broader="identity-and-access-management", esco="a57a54b6 LDAP",
  en=["Lightweight Directory Access Protocol", "OpenLDAP"], rel={"active-directory": 0.6})
s("cryptography", K, "security", 0.75, ("cryptography", "kryptografia", "kryptografi"), broader="information-security",
  esco="d32db06e ICT encryption",
  en=["SSL", "SSL certificates", "TLS certificates", "encryption", "applied cryptography", "cryptographic protocols", "TLS", "SSL/TLS", "public-key cryptography"],
  fi=["salaus", "salausmenetelmät", "salaustekniikka", "salausalgoritmit"], sv=["kryptering", "krypteringsteknik"])
s("pki", K, "security", 0.85, "PKI", broader="cryptography",
  en=["public key infrastructure", "X.509", "certificate management", "digital certificates", "HSM",
      "key management"],
  fi=["julkisen avaimen infrastruktuuri", "varmenteiden hallinta", "varmennepalvelut", "avaintenhallinta"],
  sv=["certifikathantering", "nyckelhantering", "digitala certifikat"])
s("information-security-strategy", S, "security", 0.7,
  ("information security management", "tietoturvan hallinta", "ledning av informationssäkerhet"),
  broader="information-security", esco="11eebd42 information security strategy",
  en=["information security strategy", "security strategy", "security governance", "security programme",
      "CISO", "cybersecurity strategy"],
  fi=["tietoturvastrategia", "tietoturvajohtaminen", "kyberturvallisuusstrategia"],
  sv=["säkerhetsstrategi", "informationssäkerhetsstrategi", "säkerhetsstyrning"])
s("security-policies", S, "security", 0.6, ("information security policies", "tietoturvapolitiikka", "informationssäkerhetspolicy"),
  broader="information-security-strategy", esco="86d2e2ea apply information security policies",
  en=["security policies", "security policy", "information security policy", "data security"],
  fi=["tietoturvaohjeet", "tietoturvaperiaatteet", "tietoturvapolitiikat"], sv=["säkerhetspolicyer", "säkerhetspolicy"])
s("security-standards", K, "security", 0.7, ("information security standards", "tietoturvastandardit", "säkerhetsstandarder"),
  broader="information-security", esco="3ff589b7 ICT security standards",
  en=["ICT security standards", "IT security standards", "security frameworks", "NIST", "NIST CSF", "CIS Controls",
      "Katakri", "PCI DSS"],
  fi=["tietoturvavaatimukset", "tietoturvakehykset", "Katakri-auditointi"],
  sv=["informationssäkerhetsstandarder", "säkerhetsramverk"])
s("iso-27001", K, "security", 0.85, "ISO/IEC 27001", broader="security-standards",
  esco="4918ec9a establish an Information Security Management System",
  en=["ISO 27001", "ISO27001", "ISMS", "ISO 27002", "information security management system"],
  fi=["tietoturvallisuuden hallintajärjestelmä"], sv=["ledningssystem för informationssäkerhet"])
s("security-compliance", S, "security", 0.7, ("IT security compliance", "tietoturvavaatimustenmukaisuus", "säkerhetsefterlevnad"),
  broader="information-security", esco="06358891 manage IT security compliances",
  en=["security compliance", "cybersecurity compliance", "compliance management", "IT compliance"],
  fi=["tietoturvan vaatimustenmukaisuus", "vaatimustenmukaisuuden hallinta"], sv=["säkerhetsregelefterlevnad"],
  rel={"security-standards": 0.6})
s("security-legislation", K, "security", 0.7, ("information security legislation", "tietoturvalainsäädäntö", "säkerhetslagstiftning"),
  broader="information-security", esco="7814e88f ICT security legislation",
  en=["ICT security legislation", "cybersecurity legislation", "NIS2", "NIS2 directive", "DORA regulation",
      "Cyber Resilience Act"],
  fi=["kyberturvallisuuslaki", "NIS2-direktiivi", "kyberturvallisuuslainsäädäntö"], sv=["cybersäkerhetslagstiftning", "NIS2-direktivet"])
s("data-protection", K, "security", 0.6, ("data protection", "tietosuoja", "dataskydd"),
  broader="information-security", esco="a4346013 data protection",
  en=["data privacy", "privacy protection", "privacy by design", "personal data protection"],
  fi=["tietosuojaosaaminen", "henkilötietojen suojaus", "yksityisyydensuoja", "sisäänrakennettu tietosuoja"],
  sv=["integritetsskydd", "personuppgiftsskydd", "inbyggt dataskydd"])
s("gdpr", K, "security", 0.75, "GDPR", broader="data-protection", esco="d3e9b00a GDPR",
  en=["General Data Protection Regulation", "EU GDPR"],
  fi=["tietosuoja-asetus", "EU:n yleinen tietosuoja-asetus", "yleinen tietosuoja-asetus"],
  sv=["dataskyddsförordningen", "dataskyddsförordning", "GDPR-efterlevnad"])
s("security-risk-management", S, "security", 0.7, ("ICT risk management", "tietoturvariskien hallinta", "IT-riskhantering"),
  broader="information-security", esco="69cfc5ed implement ICT risk management",
  en=["IT risk management", "cyber risk management", "security risk assessment", "threat modeling", "threat modelling",
      "information security risk management"],
  fi=["tietoturvariskienhallinta", "kyberriskien hallinta", "uhkamallinnus", "tietoturvariskiarviointi"],
  sv=["säkerhetsriskhantering", "hotmodellering", "informationssäkerhetsrisker"], rel={"risk-management": 0.6})
s("security-audit", S, "security", 0.7, ("security audits", "tietoturva-auditointi", "säkerhetsrevision"),
  broader="information-security", esco="7e1f9657 execute ICT audits",
  en=["security auditing", "IT audit", "ICT audit", "IT audits", "information security audits", "security assessment"],
  fi=["IT-auditointi", "tietoturvatarkastus", "tietoturva-arviointi", "tietoturva-auditoinnit"],
  sv=["IT-revision", "säkerhetsgranskning", "säkerhetsrevisioner"])
s("security-engineering", S, "security", 0.75, ("security engineering", "tietoturvasuunnittelu", "säkerhetsteknik"),
  broader="information-security", esco="6f1edc19 security engineering",
  en=["information security engineering", "security architecture", "security design", "systems security engineering"],
  fi=["tietoturva-arkkitehtuuri", "tietoturva-arkkitehtuurit"], sv=["säkerhetsarkitektur", "säkerhetsdesign"])
s("security-awareness", S, "security", 0.6, ("security awareness", "tietoturvatietoisuus", "säkerhetsmedvetenhet"),
  broader="information-security", esco="54d774a3 set up cybersecurity training programmes",
  en=["security awareness training", "cybersecurity training", "phishing awareness"],
  fi=["tietoturvakoulutus", "tietoturvakoulutukset", "kyberturvallisuuskoulutus"], sv=["säkerhetsutbildning"])
s("ot-security", K, "security", 0.85, ("OT security", "OT-tietoturva", "OT-säkerhet"), broader="information-security",
  en=["ICS security", "industrial cybersecurity", "IEC 62443", "SCADA security", "operational technology security"],
  fi=["automaatiotietoturva", "teollisuuden kyberturvallisuus"], sv=["industriell cybersäkerhet"],
  rel={"automation-and-control": 0.4})
s("cissp", K, "security", 0.85, "CISSP", broader="information-security",
  en=["Certified Information Systems Security Professional", "CISM", "CEH", "OSCP", "CompTIA Security+"])

# =====================================================================================
section("software testing and quality assurance")

s("software-testing", S, "testing", 0.5, ("software testing", "ohjelmistotestaus", "programvarutestning"),
  esco="913e7e83 execute software tests",
  en=["testing", "QA testing", "software QA", "test engineering", "application testing", "system testing",
      "functional testing", "regression testing"],
  fi=["testaus", "ohjelmistojen testaus", "sovellustestaus", "järjestelmätestaus", "regressiotestaus",
      "toiminnallinen testaus"],
  sv=["testning", "mjukvarutestning", "systemtestning", "regressionstestning", "funktionell testning"],
  rel={"quality-assurance": 0.7})
s("quality-assurance", K, "testing", 0.5, ("software quality assurance", "laadunvarmistus", "kvalitetssäkring"),
  esco="c7cc6dc5 quality assurance methodologies",
  en=["QA", "quality assurance", "software quality", "quality engineering", "QA methodologies"],
  fi=["ohjelmistojen laadunvarmistus", "QA", "ohjelmistolaatu", "laadunvarmistusmenetelmät"],
  sv=["QA", "programvarukvalitet", "kvalitetssäkringsmetoder"])
s("test-automation", S, "testing", 0.75, ("test automation", "testiautomaatio", "testautomatisering"),
  broader="software-testing", esco="6a322874 develop automated software tests",
  en=["automated testing", "automation testing", "test automation frameworks", "automated tests",
      "end-to-end testing", "E2E testing", "e2e tests", "UI test automation", "Appium"],
  fi=["testausautomaatio", "automaattinen testaus", "automaatiotestaus", "testien automatisointi",
      "end-to-end-testaus"],
  sv=["automatiserad testning", "automatiserade tester", "end-to-end-testning"])
s("unit-testing", S, "testing", 0.7, ("unit testing", "yksikkötestaus", "enhetstestning"),
  broader="software-testing", esco="7961413f perform software unit testing",
  en=["unit tests", "unit test", "xUnit", "NUnit", "xUnit.net", "MSTest", "Mockito"],
  fi=["yksikkötestit"], sv=["enhetstester"])
s("integration-testing", S, "testing", 0.7, ("integration testing", "integraatiotestaus", "integrationstestning"),
  broader="software-testing", esco="ea412de3 execute integration testing",
  en=["integration tests", "system integration testing", "contract testing"],
  fi=["integraatiotestit", "järjestelmäintegraatiotestaus"], sv=["integrationstester"])
s("manual-testing", S, "testing", 0.6, ("manual testing", "manuaalinen testaus", "manuell testning"),
  broader="software-testing", en=["exploratory testing", "manual QA", "manual test execution"],
  fi=["manuaalitestaus", "tutkiva testaus", "käsin testaus"], sv=["utforskande testning", "manuella tester"])
s("acceptance-testing", S, "testing", 0.65, ("acceptance testing", "hyväksymistestaus", "acceptanstestning"),
  broader="software-testing", en=["UAT", "user acceptance testing", "acceptance tests"],
  fi=["hyväksymistestit", "käyttäjien hyväksymistestaus"], sv=["acceptanstester", "användaracceptanstestning"])
s("performance-testing", S, "testing", 0.75, ("performance testing", "suorituskykytestaus", "prestandatestning"),
  broader="software-testing",
  en=["load testing", "stress testing", "performance tests", "load tests", "scalability testing"],
  fi=["kuormitustestaus", "suorituskykytestit", "kuormatestaus"], sv=["lasttestning", "prestandatester", "belastningstestning"])
s("jmeter", K, "testing", 0.9, "Apache JMeter", broader="performance-testing",
  en=["JMeter", "Gatling", "k6", "Grafana k6", "LoadRunner", "Locust load testing"])
s("selenium", K, "testing", 0.85, "Selenium", broader="test-automation",
  en=["Selenium WebDriver", "WebDriver", "Selenium Grid", "Selenide"],
  rel={"playwright": 0.7, "cypress": 0.7, "robot-framework": 0.5})
s("cypress", K, "testing", 0.85, "Cypress", broader="test-automation", en=["Cypress.io", "Cypress testing"],
  rel={"playwright": 0.8}, amb=True)
s("playwright", K, "testing", 0.85, "Playwright", broader="test-automation",
  en=["Microsoft Playwright", "Playwright testing"], amb=True)
s("robot-framework", K, "testing", 0.85, "Robot Framework", broader="test-automation",
  en=["RobotFramework", "Robot FW"], rel={"pytest": 0.4})
s("bdd", K, "testing", 0.75, ("behaviour-driven development", "BDD", "beteendedriven utveckling"),
  broader="software-testing",
  en=["BDD", "behavior-driven development", "behaviour driven development", "Gherkin", "SpecFlow"],
  fi=["käyttäytymisvetoinen kehitys"], sv=["BDD"], rel={"tdd": 0.6})
s("cucumber", K, "testing", 0.85, "Cucumber", broader="bdd", en=["Cucumber BDD", "Cucumber.js", "Cucumber-JVM"],
  amb=True)
s("tdd", K, "testing", 0.75, ("test-driven development", "testivetoinen kehitys", "testdriven utveckling"),
  broader="software-testing", en=["TDD", "test driven development", "test-first development"],
  fi=["TDD", "testilähtöinen kehitys"], sv=["TDD"], rel={"unit-testing": 0.6})
s("junit", K, "testing", 0.85, "JUnit", broader="unit-testing", en=["JUnit 5", "JUnit5", "TestNG"],
  rel={"java": 0.4, "pytest": 0.5})
s("pytest", K, "testing", 0.85, "pytest", broader="unit-testing", en=["py.test", "Python unittest"],
  rel={"python": 0.4})
s("jest", K, "testing", 0.85, "Jest", broader="unit-testing",
  en=["Jest testing", "Vitest", "Mocha", "Jasmine", "Testing Library", "React Testing Library"],
  rel={"javascript": 0.4}, amb=True)
s("api-testing", S, "testing", 0.7, ("API testing", "rajapintatestaus", "API-testning"), broader="software-testing",
  en=["REST API testing", "SoapUI", "ReadyAPI", "REST Assured"],
  fi=["API-testaus", "rajapintojen testaus"], sv=["gränssnittstestning"], rel={"rest-api": 0.4})
s("postman", K, "testing", 0.85, "Postman", broader="api-testing", en=["Postman API", "Postman collections", "Newman"],
  amb=True)
s("test-management", S, "testing", 0.65, ("test management", "testauksen hallinta", "testledning"),
  broader="software-testing", esco="5d74614d plan software testing",
  en=["test planning", "test strategy", "test plans", "test lead", "test coordination", "TestRail", "Xray Test Management",
      "Zephyr Scale"],
  fi=["testauksen suunnittelu", "testisuunnittelu", "testausstrategia", "testauksen koordinointi", "testipäällikkyys"],
  sv=["testplanering", "teststrategi", "testkoordinering"])
s("test-design", S, "testing", 0.65, ("test case design", "testitapausten suunnittelu", "testfallsdesign"),
  broader="software-testing", esco="7253d98c develop ICT test suite",
  en=["test design", "test cases", "test case writing", "test suites"],
  fi=["testitapaukset", "testitapausten kirjoittaminen", "testisuunnitelmat"], sv=["testfall", "testdesign"])
s("test-documentation", S, "testing", 0.6, ("test documentation", "testausdokumentaatio", "testdokumentation"),
  broader="software-testing", esco="78a74fd1 provide software testing documentation",
  en=["test reports", "test reporting", "test documentation"], fi=["testiraportointi", "testausraportit"],
  sv=["testrapportering", "testrapporter"])
s("istqb", K, "testing", 0.8, "ISTQB", broader="software-testing",
  en=["ISTQB Foundation", "ISTQB certification", "CTFL", "ISTQB Advanced"], fi=["ISTQB-sertifikaatti"],
  sv=["ISTQB-certifiering"])
s("accessibility-testing", S, "testing", 0.75, ("accessibility testing", "saavutettavuustestaus", "tillgänglighetstestning"),
  broader="software-testing", esco="be64bb4c test system accessibility for users with special needs",
  en=["a11y testing", "accessibility audits", "accessibility auditing"],
  fi=["saavutettavuusauditointi", "saavutettavuuden arviointi"], sv=["tillgänglighetsgranskning"],
  rel={"accessibility": 0.6})
s("static-analysis", K, "testing", 0.75, ("static code analysis", "staattinen koodianalyysi", "statisk kodanalys"),
  broader="quality-assurance",
  en=["Sonar", "static analysis", "SonarQube", "SonarCloud", "linters", "linting", "ESLint", "code quality tools"],
  fi=["staattinen analyysi", "koodin laadun analysointi"], sv=["statisk analys", "kodkvalitetsverktyg"],
  rel={"code-review": 0.4})
s("cmmi", K, "testing", 0.8, ("process maturity models", "prosessien kypsyysmallit", "processmognadsmodeller"),
  broader="quality-assurance", esco="fafe0b9d ICT process quality models",
  en=["CMMI", "Capability Maturity Model", "CMM", "ICT process quality models", "Automotive SPICE"],
  fi=["kypsyysmallit"], sv=["mognadsmodeller"])

# =====================================================================================
section("methods, project and product management")

s("agile", K, "methods", 0.5, ("agile software development", "ketterä ohjelmistokehitys", "agil systemutveckling"),
  esco="dba46f87 Agile development",
  en=["agile", "agile methods", "agile methodologies", "agile development", "agile practices", "agile ways of working",
      "agile methodology", "extreme programming", "XP practices", "pair programming", "mob programming"],
  fi=["ketterät menetelmät", "ketterä kehitys", "agile", "ketterät käytännöt", "ketterä kehittäminen",
      "pariohjelmointi", "ketterä työskentely", "ketterä"],
  sv=["agila metoder", "agil utveckling", "agilt arbetssätt", "agila arbetssätt", "parprogrammering", "agil",
      "agila", "agilt"],
  rel={"iterative-development": 0.6})
s("agile-project-management", S, "methods", 0.6,
  ("agile project management", "ketterä projektinhallinta", "agil projektledning"), broader="project-management",
  esco="0a9acb6b Agile project management",
  en=["agile PM", "agile delivery", "agile coaching", "agile coach"],
  fi=["ketterä projektinjohtaminen", "ketterä valmennus", "agile coach"], sv=["agil coachning", "agil leverans"],
  rel={"agile": 0.7, "scrum": 0.5})
s("scrum", K, "methods", 0.7, "Scrum", broader="agile",
  en=["retrospectives", "sprint retrospectives", "stand-ups", "daily stand-ups", "backlog refinement", "Scrum framework", "Scrum methodology", "sprints", "sprint planning", "Scrum teams"],
  fi=["Scrum-menetelmä", "sprintit"], sv=["Scrum-metodik", "sprintar"], rel={"kanban": 0.6, "safe": 0.5})
s("scrum-master", S, "methods", 0.75, ("Scrum Master", "Scrum Master", "Scrum Master"), broader="scrum",
  en=["scrum mastering", "certified scrum master", "CSM", "PSM", "PSM I"], fi=["scrum masterointi"])
s("kanban", K, "methods", 0.7, "Kanban", broader="agile", en=["Kanban method", "Kanban board", "Kanban boards"],
  fi=["Kanban-taulu"], sv=["Kanbantavla"], rel={"lean": 0.5})
s("safe", K, "methods", 0.8, ("SAFe (Scaled Agile Framework)", "SAFe", "SAFe"), broader="agile",
  en=["SAFe", "Scaled Agile Framework", "scaled agile", "SAFe Agilist", "SAFe 6", "LeSS framework",
      "Large-Scale Scrum"],
  fi=["skaalattu ketteryys", "skaalattu ketterä kehitys"], sv=["skalad agil utveckling"], amb=True)
s("lean", K, "methods", 0.6, ("lean", "lean", "lean"), esco="da6393d5 lean project management",
  en=["lean software development", "lean thinking", "lean management", "lean project management", "lean six sigma",
      "six sigma"],
  fi=["lean-ajattelu", "lean-johtaminen", "lean-menetelmät", "lean-toimintatapa"],
  sv=["lean-tänkande", "lean-metoder", "leanproduktion"], amb=True)
s("waterfall", K, "methods", 0.5, ("waterfall model", "vesiputousmalli", "vattenfallsmodellen"),
  esco="6a876489 Waterfall development",
  en=["waterfall development", "waterfall methodology", "V-model", "V model"],
  fi=["vesiputousmenetelmä", "V-malli"], sv=["vattenfallsmetoden", "V-modellen"])
s("iterative-development", K, "methods", 0.55, ("iterative development", "iteratiivinen kehitys", "iterativ utveckling"),
  esco="33d49d4f Iterative development",
  en=["iterative and incremental development", "incremental development", "iterative software development"],
  fi=["iteratiivinen ohjelmistokehitys", "inkrementaalinen kehitys"], sv=["inkrementell utveckling"])
s("rapid-application-development", K, "methods", 0.65,
  ("rapid application development", "nopea sovelluskehitys", "snabb applikationsutveckling"),
  esco="96eb286a Rapid application development", en=["rapid prototyping", "RAD methodology"],
  fi=["nopea prototypointi"], sv=["snabb prototypframtagning"], rel={"low-code": 0.4})
s("project-management", S, "methods", 0.45, ("project management", "projektinhallinta", "projektledning"),
  esco="7111b95d project management",
  en=["managing projects", "project planning", "project coordination", "project delivery", "programme management",
      "program management", "project leadership"],
  fi=["projektinjohtaminen", "projektijohtaminen", "projektien hallinta", "projektien johtaminen",
      "projektipäällikkyys", "projektien koordinointi", "ohjelmajohtaminen"],
  sv=["projekthantering", "projektstyrning", "projektplanering", "programledning"])
s("ict-project-management", S, "methods", 0.55, ("IT project management", "IT-projektinhallinta", "IT-projektledning"),
  broader="project-management", esco="94dd823c ICT project management",
  en=["ICT project management", "software project management", "IT projects", "delivery management"],
  fi=["IT-projektien johtaminen", "ohjelmistoprojektien hallinta", "IT-projektit", "toimitusprojektit"],
  sv=["IT-projekt", "mjukvaruprojektledning"])
s("prince2", K, "methods", 0.8, "PRINCE2", broader="project-management", esco="7106b5df Prince2 project management",
  en=["Prince 2", "PRINCE2 Foundation", "PRINCE2 Practitioner", "PRINCE2 Agile"])
s("pmp", K, "methods", 0.8, "PMP", broader="project-management",
  en=["Project Management Professional", "PMI", "PMBOK", "IPMA", "PMI-ACP"], rel={"prince2": 0.6})
s("risk-management", S, "methods", 0.45, ("risk management", "riskienhallinta", "riskhantering"),
  esco="6eff134b risk management",
  en=["risk assessment", "risk analysis", "risk mitigation", "enterprise risk management"],
  fi=["riskianalyysi", "riskien arviointi", "riskien tunnistaminen"], sv=["riskanalys", "riskbedömning"])
s("change-management", S, "methods", 0.45, ("organisational change management", "muutosjohtaminen", "förändringsledning"),
  esco="3c03ee71 apply change management",
  en=["change management", "organizational change management", "change leadership"],
  fi=["muutoksen johtaminen", "muutosjohtajuus", "organisaatiomuutokset"], sv=["förändringsarbete", "förändringsprocesser"])
s("stakeholder-management", S, "methods", 0.4, ("stakeholder management", "sidosryhmäyhteistyö", "intressenthantering"),
  esco="1af2db15 manage relationships with stakeholders",
  en=["stakeholder engagement", "stakeholder communication", "stakeholder relations", "client management",
      "customer relationship building"],
  fi=["sidosryhmien hallinta", "sidosryhmätyö", "sidosryhmäviestintä", "asiakkuuksien hoito"],
  sv=["intressentdialog", "intressentkommunikation", "relationshantering"])
s("product-management", S, "methods", 0.55, ("product management", "tuotehallinta", "produktledning"),
  en=["product strategy", "product roadmap", "product roadmapping", "product lifecycle management",
      "product discovery", "digital product management"],
  fi=["tuotejohtaminen", "tuotehallinnointi", "tuotestrategia", "tuotekehityksen johtaminen", "tuotepäällikkyys"],
  sv=["produkthantering", "produktstyrning", "produktstrategi"], rel={"product-owner": 0.7})
s("product-owner", S, "methods", 0.7, ("product ownership", "tuoteomistajuus", "produktägarskap"),
  broader="scrum", en=["product owner", "CSPO", "PSPO", "backlog management", "backlog prioritisation"],
  fi=["tuoteomistaja", "tuoteomistajan rooli", "backlogin hallinta"], sv=["produktägare", "backloghantering"])
s("business-analysis", S, "methods", 0.55, ("business analysis", "liiketoiminta-analyysi", "verksamhetsanalys"),
  esco="27ed854c perform business analysis",
  en=["business analyst skills", "business needs analysis", "gap analysis", "business requirements"],
  fi=["liiketoimintatarpeiden analysointi", "liiketoimintavaatimukset"],
  sv=["affärsanalys", "affärskrav"], rel={"requirements-engineering": 0.6})
s("requirements-engineering", S, "methods", 0.6, ("requirements engineering", "vaatimusmäärittely", "kravhantering"),
  esco="ca73ac82 ICT system user requirements",
  en=["requirement gathering", "requirements analysis", "requirements management", "requirements gathering", "requirements specification",
      "requirement specification", "requirements elicitation", "user stories", "use cases"],
  fi=["vaatimusten hallinta", "määrittelytyö", "vaatimusmäärittelyt", "käyttäjätarinat",
      "käyttötapaukset", "järjestelmämäärittely"],
  sv=["kravanalys", "kravspecifikation", "kravställning", "användarberättelser", "kravinsamling"])
s("business-process-modeling", S, "methods", 0.65,
  ("business process modelling", "prosessimallinnus", "processmodellering"), esco="98301d4a business process modelling",
  en=["BPMN", "business process modeling", "process modelling", "process modeling", "business process management",
      "BPM", "process mapping"],
  fi=["liiketoimintaprosessien mallinnus", "prosessikuvaukset", "prosessien kehittäminen", "prosessikuvaus"],
  sv=["verksamhetsprocessmodellering", "processkartläggning", "processutveckling"])
s("enterprise-architecture", S, "methods", 0.7, ("enterprise architecture", "kokonaisarkkitehtuuri", "verksamhetsarkitektur"),
  esco="ee3c1d54 design enterprise architecture",
  en=["enterprise architect", "business architecture", "IT architecture", "ArchiMate"],
  fi=["kokonaisarkkitehtuurityö", "liiketoimintaarkkitehtuuri", "JHS 179"],
  sv=["företagsarkitektur", "IT-arkitektur"])
s("togaf", K, "methods", 0.85, "TOGAF", broader="enterprise-architecture", en=["TOGAF 9", "TOGAF 10", "TOGAF certification"])
s("ict-consulting", S, "methods", 0.45, ("IT consulting", "IT-konsultointi", "IT-konsultation"),
  esco="283cbcd3 provide ICT consulting advice",
  en=["ICT consulting", "technology consulting", "IT advisory", "technical consulting", "consulting skills",
      "consultative approach"],
  fi=["konsultointi", "konsultointitaidot", "asiantuntijakonsultointi", "IT-neuvonta"],
  sv=["IT-rådgivning", "konsultation", "teknisk rådgivning"])
s("ict-sales", S, "methods", 0.5, ("IT sales", "IT-myynti", "IT-försäljning"), esco="628664ec ICT sales methodologies",
  en=["ICT sales", "software sales", "technology sales", "solution selling", "SaaS sales", "B2B technology sales"],
  fi=["ohjelmistomyynti", "ratkaisumyynti", "teknologiamyynti", "B2B-myynti"],
  sv=["lösningsförsäljning", "mjukvaruförsäljning", "B2B-försäljning"])
s("vendor-management", S, "methods", 0.5, ("vendor management", "toimittajahallinta", "leverantörshantering"),
  esco="fe1ec582 supplier management",
  en=["supplier management", "IT procurement", "vendor relationship management", "outsourcing management"],
  fi=["toimittajien hallinta", "toimittajaohjaus", "IT-hankinnat"],
  sv=["leverantörsstyrning", "IT-upphandling"])
s("software-cost-estimation", S, "methods", 0.6, ("effort estimation", "työmääräarviointi", "tidsuppskattning"),
  esco="ab20726a evaluate cost of software products",
  en=["software estimation", "cost estimation", "effort estimates", "software cost estimation", "story points"],
  fi=["työmääräarviot", "kustannusarviointi", "työmäärän arviointi"], sv=["kostnadsuppskattning", "estimering"])

# =====================================================================================
section("UX, UI and visual design")

s("augmented-reality", K, "design", 0.75, ("augmented reality", "lisätty todellisuus", "förstärkt verklighet"),
  esco="abdc7ac8 augmented reality", en=["AR development", "mixed reality", "ARKit", "ARCore"], rel={"virtual-reality": 0.7})
s("virtual-reality", K, "design", 0.75, ("virtual reality", "virtuaalitodellisuus", "virtuell verklighet"),
  esco="5da42cfd virtual reality", en=["VR development", "AR/VR", "VR/AR", "XR", "extended reality"])
s("ux-design", S, "design", 0.6, ("UX design", "UX-suunnittelu", "UX-design"),
  esco="07dd856d create prototype of user experience solutions",
  en=["user experience design", "UX", "user experience", "user-centred design", "user-centered design", "UCD",
      "UX prototyping", "experience design"],
  fi=["käyttäjäkokemussuunnittelu", "käyttäjäkokemuksen suunnittelu", "käyttäjäkeskeinen suunnittelu",
      "käyttökokemus", "käyttäjäkokemus", "UX-muotoilu"],
  sv=["användarupplevelsedesign", "användarcentrerad design", "användarupplevelse", "UX"],
  rel={"ui-design": 0.6, "service-design": 0.5})
s("ui-design", S, "design", 0.65, ("UI design", "käyttöliittymäsuunnittelu", "gränssnittsdesign"),
  esco="fd33c66c design user interface",
  en=["user interface design", "UI", "GUI design", "interface design", "visual UI design", "UI/UX design",
      "UX/UI design"],
  fi=["UI-suunnittelu", "käyttöliittymien suunnittelu", "UI-muotoilu", "käyttöliittymämuotoilu"],
  sv=["UI-design", "användargränssnittsdesign", "gränssnittsdesigner"], rel={"graphic-design": 0.4})
s("interaction-design", S, "design", 0.7, ("interaction design", "vuorovaikutussuunnittelu", "interaktionsdesign"),
  broader="ux-design", esco="de0be6e8 software interaction design",
  en=["IxD", "software interaction design"], fi=["vuorovaikutusmuotoilu"], sv=["interaktionsdesigner"])
s("usability", K, "design", 0.6, ("usability", "käytettävyys", "användbarhet"), broader="ux-design",
  esco="c4b626c1 application usability",
  en=["software usability", "application usability", "usability engineering", "ease of use"],
  fi=["käytettävyyssuunnittelu", "ohjelmistojen käytettävyys"], sv=["användbarhetsdesign"])
s("usability-testing", S, "design", 0.7, ("usability testing", "käytettävyystestaus", "användbarhetstestning"),
  broader="usability", esco="be0ff6d8 measure software usability",
  en=["usability evaluation", "user testing", "usability studies", "usability tests"],
  fi=["käytettävyyden arviointi", "käyttäjätestaus", "käytettävyystestit"], sv=["användartester", "användbarhetsutvärdering"])
s("user-research", S, "design", 0.7, ("user research", "käyttäjätutkimus", "användarundersökningar"),
  broader="ux-design", esco="a4c2aa71 execute ICT user research activities",
  en=["UX research", "user interviews", "design research", "customer insight research", "personas"],
  fi=["käyttäjähaastattelut", "käyttäjäymmärrys", "asiakasymmärrys", "persoonat"],
  sv=["användarforskning", "användarintervjuer", "personas"])
s("wireframing", S, "design", 0.75, ("wireframing and prototyping", "rautalankamallit ja prototypointi", "wireframes och prototyper"),
  broader="ux-design", esco="f0f5bb34 create website wireframe",
  en=["wireframes", "wireframe", "mockups", "mock-ups", "prototyping", "clickable prototypes", "UI prototypes"],
  fi=["rautalankamallit", "rautalankamallinnus", "prototypointi", "prototyypit"], sv=["prototyper", "prototypning"])
s("information-architecture", S, "design", 0.7, ("information architecture", "informaatioarkkitehtuuri", "informationsarkitektur"),
  broader="ux-design", esco="1bba98a7 information architecture",
  en=["IA design", "content structure", "navigation design"], fi=["sisältörakenteet", "navigaatiosuunnittelu"],
  sv=["navigationsdesign"])
s("hci", K, "design", 0.7, ("human-computer interaction", "ihmisen ja tietokoneen vuorovaikutus", "människa-datorinteraktion"),
  esco="9136cbf1 human-computer interaction", en=["HCI", "human computer interaction"],
  fi=["HCI", "ihminen–kone-vuorovaikutus"], sv=["MDI", "HCI"], rel={"ux-design": 0.5})
s("accessibility", K, "design", 0.65, ("digital accessibility", "digitaalinen saavutettavuus", "digital tillgänglighet"),
  esco="3e23db60 ICT accessibility standards",
  en=["accessibility", "web accessibility", "a11y", "WCAG", "WCAG 2.1", "WCAG 2.2", "accessibility standards",
      "accessible design"],
  fi=["saavutettavuus", "verkkosaavutettavuus", "saavutettavuusvaatimukset", "saavutettavuusdirektiivi"],
  sv=["webbtillgänglighet", "tillgänglighetsdirektivet", "tillgänglighetskrav"])
s("graphic-design", S, "design", 0.6, ("graphic design", "graafinen suunnittelu", "grafisk design"),
  esco="7fb699d9 graphic design",
  en=["visual design", "graphic designing", "brand design", "visual identity"],
  fi=["visuaalinen suunnittelu", "graafinen muotoilu", "visuaalinen ilme"], sv=["visuell design", "grafisk formgivning"])
s("design-systems", K, "design", 0.75, ("design systems", "design-järjestelmät", "designsystem"), broader="ui-design",
  en=["design system", "component libraries", "UI component library", "style guides", "UI kits"],
  fi=["design system", "komponenttikirjastot", "tyylioppaat"], sv=["komponentbibliotek", "stilguider"])
s("figma", K, "design", 0.85, "Figma", broader="ui-design",
  en=["FigJam", "Figma prototyping", "Sketch app", "Adobe XD", "InVision", "Axure", "Framer"])
s("adobe-creative-cloud", K, "design", 0.7, "Adobe Creative Cloud", broader="graphic-design",
  esco="719d8699 adobe creative suite",
  en=["Adobe Creative Suite", "Adobe CC", "Creative Cloud", "Adobe InDesign", "InDesign", "Adobe After Effects",
      "Adobe Premiere"])
s("adobe-photoshop", K, "design", 0.8, "Adobe Photoshop", broader="graphic-design", esco="14ced458 Adobe Photoshop",
  en=["Photoshop", "Adobe Photoshop CC"], rel={"gimp": 0.6, "adobe-illustrator": 0.5})
s("adobe-illustrator", K, "design", 0.8, "Adobe Illustrator", broader="graphic-design", esco="27b913f0 Adobe Illustrator",
  en=["Adobe Illustrator CC"])
s("gimp", K, "design", 0.85, "GIMP", broader="graphic-design", esco="4a466c62 GIMP (graphics editor software)",
  en=["GNU Image Manipulation Program", "Inkscape"])
s("3d-modeling", S, "design", 0.7, ("3D modelling", "3D-mallinnus", "3D-modellering"), esco="97965983 3D modelling",
  en=["3D modeling", "3D design", "3D graphics", "3D rendering", "Blender 3D", "Autodesk Maya", "3ds Max"],
  fi=["3D-grafiikka", "3D-suunnittelu", "3D-renderöinti"], sv=["3D-grafik", "3D-design"], rel={"unity": 0.3})
s("threejs", K, "design", 0.9, "three.js", broader="computer-graphics", en=["ThreeJS", "Three JS", "Babylon.js",
  "react-three-fiber"], rel={"javascript": 0.4})
s("computer-graphics", K, "design", 0.75, ("computer graphics", "tietokonegrafiikka", "datorgrafik"),
  esco="afda6ca0 computer graphics",
  en=["graphics programming", "OpenGL", "Vulkan", "DirectX", "WebGL", "shaders", "3D rendering engines"],
  fi=["grafiikkaohjelmointi"], sv=["grafikprogrammering"], rel={"game-development": 0.5})
s("service-design", S, "design", 0.6, ("service design", "palvelumuotoilu", "tjänstedesign"),
  en=["customer journey mapping", "customer journeys", "service blueprinting"],
  fi=["palvelumuotoilija", "asiakaspolut", "asiakaspolkujen suunnittelu"], sv=["kundresor", "tjänsteutveckling"],
  rel={"design-thinking": 0.6})
s("design-thinking", S, "design", 0.55, ("design thinking", "muotoiluajattelu", "designtänkande"),
  esco="df64a7cc design thinking", en=["human-centred design", "human-centered design", "double diamond"],
  fi=["ihmiskeskeinen suunnittelu", "muotoilulähtöinen ajattelu"], sv=["människocentrerad design"])

# =====================================================================================
section("enterprise systems")

s("erp", K, "enterprise-systems", 0.55, ("ERP systems", "toiminnanohjausjärjestelmät", "affärssystem"),
  esco="f0393af3 manage standard enterprise resource planning system",
  en=["ERP", "enterprise resource planning", "ERP system", "ERP implementation", "ERP solutions"],
  fi=["toiminnanohjausjärjestelmä", "ERP-järjestelmät", "ERP-järjestelmä", "ERP-ratkaisut", "ERP-käyttöönotto"],
  sv=["ERP-system", "affärssystemet", "ERP-lösningar", "affärssystemsimplementering"])
s("sap", K, "enterprise-systems", 0.8, "SAP", broader="erp", esco="bb99af26 SAP R3",
  en=["SAP ERP", "SAP R/3", "SAP ECC", "SAP HANA", "SAP Basis", "SAP NetWeaver", "SAP BW", "SAP BW/4HANA",
      "SAP Business Warehouse", "SAP MM", "SAP SD"],
  rel={"microsoft-dynamics-365": 0.5, "oracle-ebs": 0.5, "ifs": 0.5})
s("sap-s4hana", K, "enterprise-systems", 0.85, "SAP S/4HANA", broader="sap",
  en=["S/4HANA", "S4HANA", "S/4 HANA", "SAP S4/HANA", "SAP S4 HANA"])
s("abap", K, "enterprise-systems", 0.85, "ABAP", broader="sap", esco="eb0e5615 ABAP",
  en=["ABAP Objects", "SAP ABAP", "ABAP OO", "ABAP development"])
s("sap-fiori", K, "enterprise-systems", 0.9, "SAP Fiori", broader="sap", en=["Fiori", "SAPUI5", "UI5", "OpenUI5"],
  rel={"abap": 0.4})
s("sap-fico", K, "enterprise-systems", 0.9, "SAP FI/CO", broader="sap",
  en=["SAP FI", "SAP CO", "SAP FICO", "SAP Finance", "SAP FI-CO"])
s("microsoft-dynamics-365", K, "enterprise-systems", 0.85, "Microsoft Dynamics 365", broader="erp",
  en=["NAV/BC", "Dynamics NAV/BC", "Dynamics 365", "D365", "MS Dynamics", "Microsoft Dynamics", "Dynamics AX", "Dynamics NAV",
      "Business Central", "Dynamics 365 Finance and Operations", "D365 F&O", "Dynamics CRM", "Dynamics 365 CE"],
  rel={"salesforce": 0.4, "crm": 0.5, "ifs": 0.5})
s("oracle-ebs", K, "enterprise-systems", 0.9, "Oracle E-Business Suite", broader="erp",
  en=["Oracle EBS", "Oracle ERP", "Oracle Fusion", "Oracle Fusion Cloud ERP", "Oracle NetSuite", "NetSuite"])
s("ifs", K, "enterprise-systems", 0.9, "IFS Applications", broader="erp", en=["IFS Cloud", "IFS ERP"])
s("crm", K, "enterprise-systems", 0.55, ("CRM systems", "asiakkuudenhallintajärjestelmät", "CRM-system"),
  esco="9889b795 use customer relationship management software",
  en=["CRM", "customer relationship management", "CRM system", "CRM software", "HubSpot", "HubSpot CRM"],
  fi=["asiakkuudenhallinta", "asiakkuudenhallintajärjestelmä", "CRM-järjestelmä", "CRM-järjestelmät"],
  sv=["kundrelationshantering", "kundhanteringssystem", "CRM-systemet"])
s("salesforce", K, "enterprise-systems", 0.85, "Salesforce", broader="crm",
  en=["Salesforce.com", "SFDC", "Salesforce CRM", "Sales Cloud", "Service Cloud", "Salesforce Lightning",
      "Marketing Cloud"])
s("apex", K, "enterprise-systems", 0.9, "Salesforce Apex", broader="salesforce", en=["Apex", "Apex programming"],
  rel={"java": 0.4}, amb=True)
s("low-code", K, "enterprise-systems", 0.6, ("low-code development", "low-code-kehitys", "lågkodsutveckling"),
  en=["low-code", "low code", "no-code", "low-code platforms", "OutSystems", "Mendix"],
  fi=["low code -kehitys", "low-code-alustat", "vähäkoodinen kehitys"], sv=["lågkod", "lågkodsplattformar"])
s("power-apps", K, "enterprise-systems", 0.85, "Microsoft Power Apps", broader="low-code",
  en=["Power Apps", "PowerApps", "Power Platform", "Microsoft Power Platform", "Dataverse", "Canvas apps"],
  rel={"power-automate": 0.7})
s("power-automate", K, "enterprise-systems", 0.85, "Microsoft Power Automate", broader="low-code",
  en=["Power Automate", "Microsoft Flow", "Power Automate Desktop"], rel={"rpa": 0.6})
s("rpa", K, "enterprise-systems", 0.75, ("robotic process automation", "ohjelmistorobotiikka", "robotiserad processautomation"),
  en=["RPA", "software robotics", "UiPath", "Blue Prism", "Automation Anywhere", "intelligent automation"],
  fi=["RPA", "ohjelmistorobotit", "prosessirobotiikka"], sv=["RPA", "mjukvarurobotar"])
s("health-informatics", K, "enterprise-systems", 0.7, ("health informatics", "terveysinformatiikka", "hälsoinformatik"),
  esco="fb82ae25 health informatics",
  en=["healthcare IT", "eHealth", "e-health", "digital health", "electronic health records", "EHR", "EPR"],
  fi=["terveydenhuollon tietojärjestelmät", "sote-tietojärjestelmät", "potilastietojärjestelmät", "terveysteknologia",
      "digitaaliset terveyspalvelut"],
  sv=["e-hälsa", "vårdinformatik", "journalsystem", "digital hälsa"])
s("hl7-fhir", K, "enterprise-systems", 0.9, "HL7 FHIR", broader="health-informatics", en=["FHIR", "HL7", "HL7 v2"],
  rel={"system-integration": 0.4})
s("core-banking", K, "enterprise-systems", 0.85, ("core banking systems", "pankkijärjestelmät", "kärnbanksystem"),
  esco="84f583f4 core banking software",
  en=["core banking", "core banking software", "banking systems", "payment systems"],
  fi=["ydinpankkijärjestelmät", "maksujärjestelmät", "maksuliikennejärjestelmät"], sv=["banksystem", "betalningssystem"])
s("learning-management-systems", K, "enterprise-systems", 0.75,
  ("learning management systems", "oppimisalustat", "lärplattformar"), esco="6c80d53c learning management systems",
  en=["LMS", "e-learning platforms", "learning platforms", "Blackboard Learn", "Canvas LMS"],
  fi=["verkko-oppimisympäristöt", "oppimisympäristöt", "LMS-järjestelmät"], sv=["lärplattform", "LMS"])
s("moodle", K, "enterprise-systems", 0.85, "Moodle", broader="learning-management-systems", esco="bedd8fa7 Moodle")
s("product-data-management", K, "enterprise-systems", 0.8,
  ("product data management", "tuotetiedonhallinta", "produktdatahantering"), esco="e2d0daae product data management",
  en=["PDM", "PLM", "product lifecycle management systems", "PLM systems", "Teamcenter", "Windchill", "PIM"],
  fi=["tuotetietojen hallinta", "PDM-järjestelmät", "PLM-järjestelmät", "tuotetiedon hallinta"], sv=["PLM-system", "PDM-system"])
s("warehouse-management-systems", K, "enterprise-systems", 0.8,
  ("warehouse management systems", "varastonhallintajärjestelmät", "lagerhanteringssystem"),
  esco="7c821387 use a warehouse management system",
  en=["WMS", "warehouse management system", "logistics systems", "supply chain systems"],
  fi=["varastonhallintajärjestelmä", "WMS-järjestelmä", "logistiikkajärjestelmät"], sv=["WMS", "logistiksystem"],
  rel={"erp": 0.5})
s("document-management", K, "enterprise-systems", 0.7, ("document management systems", "dokumenttienhallinta", "dokumenthantering"),
  esco="b769f524 manage digital documents",
  en=["document management", "DMS", "ECM", "enterprise content management", "M-Files", "OpenText", "records management"],
  fi=["asiakirjahallinta", "dokumentinhallintajärjestelmät", "asianhallinta", "asianhallintajärjestelmät"],
  sv=["dokumenthanteringssystem", "ärendehanteringssystem för dokument", "arkivhantering"])

# =====================================================================================
section("embedded systems, electronics, automation and IoT")

s("embedded-systems", K, "embedded-iot", 0.65, ("embedded systems", "sulautetut järjestelmät", "inbyggda system"),
  esco="2180bd8c embedded systems",
  en=["embedded software", "embedded development", "embedded programming", "embedded engineering",
      "embedded software development"],
  fi=["sulautettu ohjelmointi", "sulautetut ohjelmistot", "sulautettu ohjelmistokehitys", "sulautetut"],
  sv=["inbyggd programvara", "inbäddade system", "inbyggd mjukvara", "inbyggda mjukvarusystem"],
  rel={"c": 0.5, "cpp": 0.4})
s("firmware", K, "embedded-iot", 0.75, ("firmware development", "laiteohjelmistokehitys", "firmwareutveckling"),
  broader="embedded-systems", esco="4f7fa632 firmware",
  en=["firmware", "firmware engineering", "bare-metal programming", "bootloaders"],
  fi=["laiteohjelmisto", "laiteohjelmistot"], sv=["fast programvara", "firmware"])
s("real-time-systems", K, "embedded-iot", 0.8, ("real-time systems", "reaaliaikajärjestelmät", "realtidssystem"),
  broader="embedded-systems", esco="bf6c5ed4 real-time computing",
  en=["real-time computing", "RTOS", "real-time operating systems", "real-time software", "FreeRTOS",
      "Zephyr RTOS", "VxWorks", "QNX"],
  fi=["reaaliaikakäyttöjärjestelmät", "reaaliaikaohjelmointi"], sv=["realtidsoperativsystem"])
s("embedded-linux", K, "embedded-iot", 0.8, ("embedded Linux", "sulautettu Linux", "inbyggd Linux"),
  broader="embedded-systems",
  en=["Yocto", "Yocto Project", "Buildroot", "OpenEmbedded", "Raspberry Pi", "BSP", "board support packages"],
  fi=["sulautettu Linux-kehitys"], sv=["inbäddad Linux"], rel={"linux": 0.6})
s("microcontrollers", K, "embedded-iot", 0.8, ("microcontrollers", "mikrokontrollerit", "mikrokontroller"),
  broader="embedded-systems",
  en=["MCU", "MCUs", "microcontroller", "STM32", "ARM Cortex-M", "Cortex-M", "ESP32", "Arduino", "nRF52", "AVR"],
  fi=["mikrokontrolleri", "mikro-ohjaimet", "mikro-ohjain"], sv=["mikrostyrenheter", "mikroprocessorer"])
s("device-drivers", S, "embedded-iot", 0.8, ("device driver development", "laiteajurikehitys", "drivrutinsutveckling"),
  broader="embedded-systems", esco="85616cc4 develop ICT device driver",
  en=["device drivers", "driver development", "kernel drivers", "Linux kernel", "Linux kernel development",
      "kernel programming"],
  fi=["laiteajurit", "ajurikehitys", "Linux-ytimen kehitys"], sv=["drivrutiner", "Linuxkärnan"])
s("electronics", K, "embedded-iot", 0.5, ("electronics", "elektroniikka", "elektronik"), esco="95c35c3a electronics",
  en=["electronics engineering", "electronic engineering", "analog electronics", "digital electronics",
      "electronic systems"],
  fi=["elektroniikkatekniikka", "analogiaelektroniikka", "digitaalielektroniikka"], sv=["elektronikteknik"])
s("hardware-design", S, "embedded-iot", 0.65, ("hardware design", "laitteistosuunnittelu", "hårdvarudesign"),
  broader="electronics", esco="bee296bc design hardware",
  en=["HW design", "digital design", "electronics design", "electronic design", "circuit design", "ASIC design"],
  fi=["elektroniikkasuunnittelu", "elektroniikan suunnittelu", "HW-suunnittelu", "piirisuunnittelu"],
  sv=["elektronikkonstruktion", "hårdvarukonstruktion", "kretsdesign"])
s("pcb-design", S, "embedded-iot", 0.8, ("PCB design", "piirilevysuunnittelu", "kretskortsdesign"),
  broader="hardware-design", esco="77bf865e design circuit boards",
  en=["PCB layout", "circuit board design", "Altium", "Altium Designer", "KiCad", "OrCAD", "schematic design"],
  fi=["piirilevyjen suunnittelu", "piirikaaviosuunnittelu"], sv=["mönsterkortsdesign", "kretskortslayout"])
s("fpga", K, "embedded-iot", 0.85, "FPGA", broader="hardware-design",
  en=["FPGA development", "FPGA design", "Xilinx", "AMD Xilinx", "Intel FPGA", "Altera", "Vivado"],
  fi=["FPGA-suunnittelu", "FPGA-kehitys"], sv=["FPGA-utveckling"])
s("vhdl", K, "embedded-iot", 0.85, "VHDL", broader="fpga", en=["VHDL design"], rel={"verilog": 0.7})
s("verilog", K, "embedded-iot", 0.85, "Verilog", broader="fpga", en=["SystemVerilog", "Verilog HDL", "UVM"])
s("hardware-testing", S, "embedded-iot", 0.65, ("hardware testing", "laitteistotestaus", "hårdvarutestning"),
  broader="hardware-design", esco="52b38e90 test hardware",
  en=["HW testing", "hardware verification", "hardware validation", "test equipment", "oscilloscope"],
  fi=["laitetestaus", "HW-testaus", "elektroniikan testaus"], sv=["hårdvaruverifiering", "elektroniktestning"])
s("dsp", K, "embedded-iot", 0.85, ("digital signal processing", "digitaalinen signaalinkäsittely", "digital signalbehandling"),
  broader="electronics", esco="cfa2be0d signal processing", en=["DSP", "signal processing", "audio signal processing"],
  fi=["signaalinkäsittely", "DSP-ohjelmointi"], sv=["signalbehandling"])
s("iot", K, "embedded-iot", 0.65, ("Internet of Things", "esineiden internet", "sakernas internet"),
  esco="f049d050 Internet of Things",
  en=["IoT", "IIoT", "Industrial IoT", "industrial internet of things", "connected devices", "IoT solutions",
      "AWS IoT", "Azure IoT Hub", "Azure IoT"],
  fi=["IoT", "teollinen internet", "asioiden internet", "IoT-ratkaisut", "IoT-laitteet"],
  sv=["IoT", "industriellt IoT", "uppkopplade enheter"])
s("mqtt", K, "embedded-iot", 0.85, "MQTT", broader="iot", en=["MQTT protocol", "CoAP", "LwM2M"])
s("edge-computing", K, "embedded-iot", 0.75, ("edge computing", "reunalaskenta", "edge computing"), broader="iot",
  en=["edge devices", "fog computing", "edge AI"], fi=["reunalaitteet", "reunapalvelut"], sv=["kantberäkning"],
  rel={"cloud-computing": 0.4})
s("wireless-technologies", K, "embedded-iot", 0.75, ("short-range wireless technologies", "lyhyen kantaman langattomat tekniikat", "trådlös närkommunikation"),
  broader="iot", en=["Bluetooth", "Bluetooth Low Energy", "BLE", "Zigbee", "LoRaWAN", "NB-IoT", "NFC", "RFID"],
  fi=["Bluetooth-tekniikka"], sv=["Bluetooth-teknik"])
s("automation-and-control", K, "embedded-iot", 0.6,
  ("automation and control systems", "automaatio- ja ohjausjärjestelmät", "automations- och styrsystem"),
  esco="7229b6dc automatic control system",
  en=["industrial automation", "control systems", "automation engineering", "process automation", "factory automation",
      "control engineering", "DCS"],
  fi=["teollisuusautomaatio", "automaatiotekniikka", "ohjausjärjestelmät", "säätötekniikka", "prosessiautomaatio"],
  sv=["industriautomation", "automationsteknik", "styrsystem", "reglerteknik", "processautomation"])
s("plc", K, "embedded-iot", 0.8, ("PLC programming", "PLC-ohjelmointi", "PLC-programmering"), broader="automation-and-control",
  esco="6468e5fb programmable logic controller",
  en=["PLC", "PLCs", "programmable logic controllers", "Siemens TIA Portal", "TIA Portal", "Codesys", "IEC 61131-3",
      "ladder logic", "Siemens S7"],
  fi=["logiikkaohjelmointi", "ohjelmoitavat logiikat", "PLC-logiikat"], sv=["PLC-system"])
s("scada", K, "embedded-iot", 0.85, "SCADA", broader="automation-and-control",
  en=["SCADA systems", "HMI", "HMI development", "OPC UA", "OPC Unified Architecture"],
  fi=["SCADA-järjestelmät", "valvomojärjestelmät"], sv=["SCADA-system"])
s("robotics", K, "embedded-iot", 0.65, ("robotics", "robotiikka", "robotik"), esco="e87ec79a robotics",
  en=["robotic systems", "robot programming", "industrial robotics", "autonomous systems"],
  fi=["robottiohjelmointi", "robottijärjestelmät", "teollisuusrobotiikka"], sv=["robotteknik", "robotprogrammering"])
s("ros", K, "embedded-iot", 0.9, "ROS", broader="robotics", en=["Robot Operating System", "ROS2", "ROS 2"])
s("mechatronics", K, "embedded-iot", 0.7, ("mechatronics", "mekatroniikka", "mekatronik"), esco="d88cb3f1 mechatronics",
  en=["mechatronic engineering", "mechatronic systems"], fi=["mekatroniikkasuunnittelu"], sv=["mekatroniska system"],
  rel={"robotics": 0.5})
s("can-bus", K, "embedded-iot", 0.85, ("CAN bus", "CAN-väylä", "CAN-buss"), broader="embedded-systems",
  en=["CAN-bus", "CANopen", "J1939", "LIN bus", "automotive networks", "fieldbus", "Modbus", "PROFINET"],
  fi=["kenttäväylät", "CAN-väylät"], sv=["fältbussar"])
s("autosar", K, "embedded-iot", 0.9, "AUTOSAR", broader="embedded-systems",
  en=["AUTOSAR Classic", "AUTOSAR Adaptive", "automotive software", "ISO 26262"], rel={"can-bus": 0.5})
s("qt", K, "embedded-iot", 0.85, "Qt", broader="cpp", en=["Qt framework", "QML", "Qt Quick", "Qt Creator"])
s("cad", K, "embedded-iot", 0.7, ("CAD software", "CAD-ohjelmistot", "CAD-program"), esco="a2b5dcf3 CAD software",
  en=["CAD", "computer-aided design", "AutoCAD", "SolidWorks", "CATIA", "Siemens NX", "PTC Creo"],
  fi=["CAD", "CAD-suunnittelu", "tietokoneavusteinen suunnittelu"], sv=["CAD", "datorstödd konstruktion"])
s("digital-twins", K, "embedded-iot", 0.8, ("digital twins", "digitaaliset kaksoset", "digitala tvillingar"),
  esco="737f8895 digital twin technology",
  en=["digital twin", "digital twin technology", "virtual twin"], fi=["digitaalinen kaksonen", "digikaksonen"],
  sv=["digital tvilling"], rel={"iot": 0.5})
s("predictive-maintenance", K, "embedded-iot", 0.8, ("predictive maintenance", "ennakoiva kunnossapito", "prediktivt underhåll"),
  esco="7d913551 predictive maintenance",
  en=["condition monitoring", "predictive maintenance analytics"], fi=["kunnonvalvonta", "ennakoiva huolto"],
  sv=["tillståndsövervakning", "förutsägande underhåll"], rel={"machine-learning": 0.4, "iot": 0.5})

# =====================================================================================
section("IT support and service management")

s("it-support", S, "it-support", 0.45, ("IT support", "IT-tuki", "IT-support"), esco="c2296e2e provide ICT support",
  en=["technical support", "tech support", "ICT support", "end-user support", "desktop support", "user support",
      "IT helpdesk support", "first-line support", "second-line support", "1st line support", "2nd line support"],
  fi=["tekninen tuki", "käyttäjätuki", "lähituki", "IT-tukipalvelut", "mikrotuki", "tietotekniikkatuki",
      "etätuki", "IT-tukihenkilö"],
  sv=["teknisk support", "användarsupport", "IT-stöd", "datorsupport", "IT-supporten"])
s("service-desk", S, "it-support", 0.5, ("service desk", "IT-palvelupiste", "servicedesk"), broader="it-support",
  esco="db36f7f1 support ICT system users",
  en=["helpdesk", "help desk", "IT service desk", "servicedesk", "user assistance", "support desk"],
  fi=["helpdesk", "service desk", "palvelupistetoiminta"],
  sv=["helpdesk", "supportdesk", "IT-servicedesk"])
s("troubleshooting", S, "it-support", 0.45, ("IT troubleshooting", "vianetsintä", "felsökning"), broader="it-support",
  esco="744442ac perform ICT troubleshooting",
  en=["troubleshooting", "fault finding", "fault diagnosis", "problem diagnosis", "technical troubleshooting"],
  fi=["vianmääritys", "vianselvitys", "vikojen selvittäminen", "ongelmien selvittäminen"],
  sv=["felsökningar", "felanalys", "teknisk felsökning"])
s("hardware-support", S, "it-support", 0.5, ("computer hardware maintenance", "laitehuolto", "datorservice"),
  broader="it-support", esco="c77db25e maintain computer hardware",
  en=["hardware support", "hardware maintenance", "PC maintenance", "computer repair", "hardware troubleshooting",
      "workstation support", "device repair"],
  fi=["laitetuki", "tietokoneiden huolto", "laitteiden huolto", "laiteasennukset", "työasematuki"],
  sv=["hårdvarusupport", "hårdvaruunderhåll", "datorreparation"])
s("os-deployment", S, "it-support", 0.55, ("operating system installation", "käyttöjärjestelmäasennukset", "installation av operativsystem"),
  broader="it-support", esco="c330db31 install operating system",
  en=["OS installation", "OS deployment", "workstation deployment", "device provisioning", "Windows deployment",
      "Windows Autopilot"],
  fi=["työasemien asennus", "työasema-asennukset", "käyttöjärjestelmien asennus", "laitteiden käyttöönotto"],
  sv=["datorinstallation", "utrullning av datorer", "klientinstallation"])
s("software-installation", S, "it-support", 0.45, ("software installation", "ohjelmistoasennukset", "programvaruinstallation"),
  broader="it-support", esco="c8de8023 install software",
  en=["application installation", "installing software", "software packaging", "application packaging"],
  fi=["sovellusasennukset", "ohjelmistojen asennus", "sovellusten paketointi"], sv=["programinstallation", "applikationspaketering"])
s("malware-removal", S, "it-support", 0.55, ("malware removal", "haittaohjelmien poisto", "borttagning av skadlig kod"),
  broader="it-support", esco="8359bd04 remove computer virus or malware from a computer",
  en=["virus removal", "removing malware", "malware cleanup"], fi=["virusten poisto", "haittaohjelmien siivous"],
  sv=["virusborttagning"], rel={"endpoint-security": 0.5})
s("user-training", S, "it-support", 0.45, ("end-user training", "käyttäjäkoulutus", "användarutbildning"),
  esco="418a56a2 provide ICT system training",
  en=["user training", "IT training", "end user training", "system training", "ICT training"],
  fi=["käyttäjien koulutus", "järjestelmäkoulutus", "IT-koulutus", "käyttäjäkoulutukset"],
  sv=["systemutbildning", "IT-utbildning", "användarutbildningar"])
s("it-service-management", K, "it-support", 0.6, ("IT service management", "IT-palvelunhallinta", "IT-tjänstehantering"),
  en=["ITSM", "IT service delivery", "service management", "IT operations management", "ITSM processes"],
  fi=["palvelunhallinta", "IT-palveluhallinta", "IT-palvelujen hallinta", "ITSM-prosessit"],
  sv=["tjänstehantering", "IT Service Management", "ITSM"])
s("itil", K, "methods", 0.75, "ITIL", broader="it-service-management",
  esco="d12e9d68 apply operations for an ITIL-based environment",
  en=["ITIL 4", "ITIL v3", "ITIL Foundation", "IT Infrastructure Library", "ITIL processes"],
  fi=["ITIL-prosessit", "ITIL-sertifikaatti"], sv=["ITIL-processer"])
s("incident-management", S, "it-support", 0.55, ("incident management", "häiriönhallinta", "incidenthantering"),
  broader="it-service-management",
  en=["IT incident management", "major incident management", "incident handling process"],
  fi=["häiriötilanteiden hallinta", "häiriöiden hallinta", "vikatilanteiden hallinta"],
  sv=["störningshantering", "incidenthanteringsprocess"])
s("problem-management", S, "it-support", 0.6, ("problem management", "ongelmanhallinta", "problemhantering"),
  broader="it-service-management", esco="a3ce2bf7 ICT problem management techniques",
  en=["root cause analysis", "RCA", "ICT problem management"],
  fi=["juurisyyanalyysi", "juurisyiden selvitys"], sv=["rotorsaksanalys"])
s("it-change-management", S, "it-support", 0.6, ("IT change management", "muutostenhallinta", "ändringshantering"),
  broader="it-service-management", esco="1e7ed56a manage changes in ICT system",
  en=["change control", "ITIL change management", "change enablement", "system upgrades"],
  fi=["IT-muutostenhallinta", "muutoshallinta", "järjestelmäpäivitykset"], sv=["ändringsstyrning", "systemuppgraderingar"])
s("it-asset-management", S, "it-support", 0.65, ("IT asset management", "IT-omaisuudenhallinta", "IT-tillgångshantering"),
  broader="it-service-management",
  en=["ITAM", "software asset management", "hardware asset management", "license management", "CMDB",
      "configuration management database"],
  fi=["lisenssienhallinta", "laiterekisteri", "ohjelmistolisenssien hallinta"], sv=["licenshantering", "IT-inventering"])
s("ticketing-systems", K, "it-support", 0.6, ("ticketing systems", "tikettijärjestelmät", "ärendehanteringssystem"),
  broader="it-service-management", esco="6430eb0d use ICT ticketing system",
  en=["ticketing system", "ticket management", "issue tracking system", "help desk software", "TOPdesk",
      "Jira Service Management", "Jira Service Desk", "Zendesk", "Freshservice", "BMC Remedy"],
  fi=["tikettijärjestelmä", "tiketöinti", "tikettienhallinta", "palvelupyyntöjärjestelmä"],
  sv=["ärendehantering", "ärendesystem"])
s("servicenow", K, "it-support", 0.85, "ServiceNow", broader="it-service-management",
  en=["ServiceNow ITSM", "ServiceNow platform", "Now Platform", "ServiceNow development"],
  rel={"ticketing-systems": 0.6})
s("endpoint-management", S, "it-support", 0.65, ("endpoint management", "päätelaitehallinta", "enhetshantering"),
  esco="cf532795 mobile device management",
  en=["mobile device management", "device management", "UEM", "unified endpoint management", "SCCM", "MECM",
      "ConfigMgr", "Microsoft Configuration Manager", "Jamf", "Jamf Pro"],
  fi=["laitehallinta", "päätelaitteiden hallinta", "mobiililaitehallinta"], sv=["mobilenhetshantering", "klienthantering"])
s("intune", K, "it-support", 0.85, "Microsoft Intune", broader="endpoint-management",
  en=["Intune", "Microsoft Endpoint Manager", "Endpoint Manager"])
s("computer-literacy", S, "it-support", 0.25, ("computer literacy", "tietotekniset taidot", "datorvana"),
  esco="d15ce60f have computer literacy",
  en=["IT skills", "computer skills", "basic IT skills", "digital skills", "digital literacy", "IT literacy"],
  fi=["tietokoneen käyttötaidot", "digitaidot", "IT-taidot", "atk-taidot", "digitaaliset taidot", "tietotekniikkataidot"],
  sv=["datorkunskaper", "IT-kunskaper", "digital kompetens", "digitala färdigheter"])

# =====================================================================================
section("office and collaboration tools")

s("microsoft-office", K, "productivity-tools", 0.3, "Microsoft Office", esco="f683ae1d use microsoft office",
  en=["MS Office", "Office suite", "Microsoft Office Suite", "MS Office Suite", "Office applications"],
  fi=["Office-ohjelmat", "toimisto-ohjelmat", "toimisto-ohjelmistot", "Office-työkalut"],
  sv=["Office-paketet", "kontorsprogram", "Officepaketet", "Office-program"],
  rel={"google-workspace": 0.6, "microsoft-365": 0.7}, amb=True)
s("microsoft-365", K, "productivity-tools", 0.6, "Microsoft 365",
  en=["Office 365", "O365", "M365", "Microsoft Office 365", "Microsoft 365 administration", "M365 administration"],
  fi=["Microsoft 365 -ympäristö", "M365-ympäristö"], sv=["Microsoft 365-miljö"], rel={"exchange": 0.5, "entra-id": 0.4})
s("spreadsheets", S, "productivity-tools", 0.35, ("spreadsheets", "taulukkolaskenta", "kalkylprogram"),
  esco="1973c966 use spreadsheets software",
  en=["spreadsheet software", "spreadsheet", "spreadsheet skills", "Google Sheets", "LibreOffice Calc"],
  fi=["taulukkolaskentaohjelmat", "taulukkolaskentaohjelma", "taulukkolaskentataidot"], sv=["kalkylblad", "kalkylark"])
s("excel", K, "productivity-tools", 0.6, "Microsoft Excel", broader="spreadsheets",
  en=["Excel", "MS Excel", "advanced Excel", "Excel pivot tables", "pivot tables", "Excel formulas"],
  fi=["Excel-osaaminen", "pivot-taulukot"], sv=["Excelkunskaper", "pivottabeller"], rel={"data-analysis": 0.3},
  amb=True)
s("word-processing", S, "productivity-tools", 0.25, ("word processing", "tekstinkäsittely", "ordbehandling"),
  esco="81633a44 use word processing software",
  en=["Microsoft Word", "MS Word", "word processor", "word processing software", "Google Docs"],
  fi=["tekstinkäsittelyohjelmat", "Word-osaaminen"], sv=["ordbehandlingsprogram"])
s("presentation-software", S, "productivity-tools", 0.25, ("presentation software", "esitysgrafiikka", "presentationsprogram"),
  esco="234aeb8d use presentation software",
  en=["PowerPoint", "Microsoft PowerPoint", "MS PowerPoint", "Google Slides", "presentation tools"],
  fi=["esitysgrafiikkaohjelmat", "PowerPoint-esitykset"], sv=["presentationsverktyg"])
s("google-workspace", K, "productivity-tools", 0.6, "Google Workspace",
  en=["G Suite", "GSuite", "Google Drive", "Google Apps", "Google Apps Script"])
s("collaboration-tools", K, "productivity-tools", 0.3, ("online collaboration tools", "etäyhteistyövälineet", "digitala samarbetsverktyg"),
  esco="580660a6 use online tools to collaborate",
  en=["collaboration tools", "remote collaboration tools", "video conferencing", "Slack", "Miro", "Trello"],
  fi=["yhteistyötyökalut", "etätyövälineet", "yhteistyövälineet", "videoneuvottelu", "etäpalaverityökalut"],
  sv=["samarbetsverktyg", "videokonferens", "distansarbetsverktyg"], amb=True)
s("microsoft-teams", K, "productivity-tools", 0.55, "Microsoft Teams", broader="collaboration-tools",
  en=["MS Teams", "Teams administration", "Teams Phone"])
s("sharepoint", K, "productivity-tools", 0.75, "Microsoft SharePoint", broader="collaboration-tools",
  en=["SharePoint", "SharePoint Online", "SharePoint development", "SharePoint administration", "OneDrive"],
  rel={"microsoft-365": 0.5})
s("jira", K, "productivity-tools", 0.7, "Jira", en=["Atlassian Jira", "JIRA Software", "Jira Software", "Jira Cloud"],
  rel={"confluence": 0.5})
s("confluence", K, "productivity-tools", 0.7, "Confluence", broader="collaboration-tools",
  en=["Atlassian Confluence", "Confluence wiki"], amb=True)
s("microsoft-visio", K, "productivity-tools", 0.75, "Microsoft Visio", esco="86f7126d Microsoft Visio",
  en=["MS Visio", "draw.io", "diagrams.net", "Lucidchart"])
s("ms-project", K, "productivity-tools", 0.75, "Microsoft Project", en=["MS Project", "Project Online", "Smartsheet"],
  rel={"project-management": 0.4})

# =====================================================================================
section("business domains")
# Industry knowledge that ICT postings ask for ("experience in financial services", "kokemus
# finanssialalta"); the systems of a domain (core banking, health informatics) live in their groups.

s("financial-services", K, "domains", 0.5, ("financial services", "finanssiala", "finansbranschen"),
  esco="0bd4c62a financial products",
  en=["financial services industry", "financial sector", "finance industry", "financial industry", "finance sector",
      "capital markets", "financial products", "Finance"],
  fi=["rahoitusala", "finanssisektori", "rahoituspalvelut", "finanssipalvelut", "finanssiala", "rahoitussektori"],
  sv=["finanssektorn", "finansiella tjänster", "finansbransch", "finansiell sektor"])
s("banking", K, "domains", 0.6, ("banking", "pankkiala", "bankverksamhet"), broader="financial-services",
  esco="3c209873 banking activities",
  en=["banking industry", "banking sector", "retail banking", "investment banking", "corporate banking",
      "banking activities"],
  fi=["pankkitoiminta", "pankkisektori"], sv=["bankbranschen", "banksektorn", "bankväsendet"],
  rel={"core-banking": 0.7})
s("fintech", K, "domains", 0.7, ("fintech", "fintech", "fintech"), broader="financial-services",
  en=["financial technology", "financial technologies", "FinTech industry", "payments industry", "payment technology"],
  fi=["finanssiteknologia", "rahoitusteknologia", "maksuliikenneteknologia"], sv=["finansteknik", "betalteknik"],
  rel={"core-banking": 0.5})
s("insurance", K, "domains", 0.6, ("insurance industry", "vakuutusala", "försäkringsbranschen"),
  esco="fcd02121 insurance market",
  en=["insurance sector", "insurance market", "insurtech", "insurance business"],
  fi=["vakuutusliiketoiminta", "vakuutussektori"], sv=["försäkringssektorn", "försäkringsverksamhet"],
  rel={"financial-services": 0.5})
s("e-commerce", K, "domains", 0.6, ("e-commerce", "verkkokauppa", "e-handel"),
  esco="b1272de4 e-commerce systems",
  en=["ecommerce", "e-commerce platforms", "online commerce", "online retail", "webshop", "Shopify", "Magento",
      "Adobe Commerce", "commercetools"],
  fi=["verkkokaupat", "sähköinen kaupankäynti", "verkkokauppa-alusta", "verkkokauppa-ala"],
  sv=["näthandel", "webbhandel", "e-handelsplattformar", "e-handelsplattform"], rel={"wordpress": 0.3})
s("health-technology", K, "domains", 0.65, ("health technology", "terveysteknologia-ala", "hälsoteknik"),
  en=["healthtech", "health tech", "medtech", "medical technology", "medical devices", "healthcare technology",
      "digital healthcare"],
  fi=["lääketekniikka", "hyvinvointiteknologia"], sv=["medicinteknik", "hälsoteknologi"],
  rel={"health-informatics": 0.7})
s("bioinformatics", K, "domains", 0.8, ("bioinformatics", "bioinformatiikka", "bioinformatik"),
  esco="e464363b computational biology",
  en=["computational biology", "genomics data analysis", "computational genomics"],
  fi=["laskennallinen biologia"], sv=["beräkningsbiologi"], rel={"data-science": 0.4, "statistics": 0.3})

# =====================================================================================
section("education and qualifications")
# Degrees are what postings require as often as technologies; SkillSpan annotates them as
# Knowledge. The field of study is its own skill (computer science); a degree named together
# with the field (`degree in computer science`) is an alias of the field.

s("university-degree", K, "education", 0.3, ("university degree", "korkeakoulututkinto", "högskoleexamen"),
  en=["college degree", "academic degree", "higher education degree", "technical degree", "relevant degree",
      "engineering degree", "university education", "BS/MS degree", "BS/MS", "BS/BA/MS degree",
      "bachelor's or master's degree", "bachelor’s or master’s degree", "bachelors or masters degree"],
  fi=["yliopistotutkinto", "ammattikorkeakoulututkinto", "AMK-tutkinto", "korkeakoulukoulutus", "tekninen tutkinto"],
  sv=["universitetsexamen", "akademisk examen", "högskoleutbildning", "teknisk examen"])
s("bachelors-degree", K, "education", 0.35, ("bachelor's degree", "kandidaatin tutkinto", "kandidatexamen"),
  broader="university-degree",
  en=["bachelor degree", "bachelors degree", "bachelor's", "BSc", "B.Sc.", "B.Sc", "BS degree", "BA degree",
      "BS/BA degree", "BA/BS degree", "BS/BA", "BA/BS", "undergraduate degree", "BEng", "B.Eng."],
  fi=["alempi korkeakoulututkinto", "insinöörin tutkinto", "insinööri (AMK)", "tradenomi"],
  sv=["kandidatexamen i", "högskoleingenjörsexamen", "ingenjörsexamen"])
s("masters-degree", K, "education", 0.4, ("master's degree", "maisterin tutkinto", "masterexamen"),
  broader="university-degree",
  en=["master's", "M.S", "master degree", "masters degree", "MSc", "M.Sc.", "M.Sc", "MS degree", "M.S. degree", "MEng", "M.Eng.",
      "postgraduate degree", "graduate degree"],
  fi=["ylempi korkeakoulututkinto", "diplomi-insinöörin tutkinto", "diplomi-insinööri", "DI-tutkinto", "FM-tutkinto"],
  sv=["magisterexamen", "civilingenjörsexamen", "civilingenjör", "masterexamen i"])
s("doctoral-degree", K, "education", 0.5, ("doctoral degree", "tohtorin tutkinto", "doktorsexamen"),
  broader="university-degree",
  en=["PhD", "Ph.D.", "Ph.D", "doctorate", "doctorate degree", "PhD degree", "doctoral studies"],
  fi=["tohtorintutkinto", "väitöskirja", "tohtoriopinnot"], sv=["doktorsgrad", "forskarutbildning"])
s("secondary-education", K, "education", 0.2, ("upper secondary education", "toisen asteen tutkinto", "gymnasieexamen"),
  en=["high school diploma", "GED", "secondary education", "high school education"],
  fi=["ylioppilastutkinto", "ammatillinen perustutkinto", "toisen asteen koulutus"],
  sv=["studentexamen", "gymnasieutbildning"])
s("mathematics", K, "education", 0.45, ("mathematics", "matematiikka", "matematik"),
  esco="4339176e mathematics",
  en=["maths", "math", "applied mathematics", "numerical mathematics"],
  fi=["sovellettu matematiikka"], sv=["tillämpad matematik"])
s("physics", K, "education", 0.45, ("physics", "fysiikka", "fysik"), esco="692ace70 physics",
  en=["applied physics", "condensed-matter physics"], fi=["sovellettu fysiikka"], sv=["teknisk fysik"])
s("electrical-engineering", K, "embedded-iot", 0.5, ("electrical engineering", "sähkötekniikka", "elektroteknik"),
  esco="3e40c7d0 electrical engineering",
  en=["electrical and electronic engineering", "EE degree"],
  fi=["sähkö- ja elektroniikkatekniikka"], sv=["elektroteknik och elektronik"])

# =====================================================================================
section("tools, libraries and concepts added from the SkillSpan train misses")
# Real ICT concepts the taxonomy lacked (found as unannotated misses on the SkillSpan train
# split, then written as a taxonomy should have them, with their usual aliases).

s("npm", K, "web-frontend", 0.8, "npm", broader="nodejs", en=["yarn", "pnpm", "npm packages"],
  rel={"webpack": 0.4})
s("package-management", K, "software-engineering", 0.55,
  ("package management", "pakettienhallinta", "pakethantering"), broader="software-development",
  en=["package managers", "dependency management", "package manager"],
  fi=["riippuvuuksien hallinta"], sv=["beroendehantering"], rel={"npm": 0.5})
s("spinnaker", K, "devops", 0.85, "Spinnaker", broader="ci-cd")
s("concourse-ci", K, "devops", 0.85, "Concourse CI", broader="ci-cd", en=["Concourse"])
s("drone-ci", K, "devops", 0.85, "Drone CI", broader="ci-cd", en=["Drone", "drone.io"], amb=True)
s("rancher", K, "devops", 0.85, "Rancher", broader="kubernetes", en=["RKE"], amb=True)
s("testcafe", K, "testing", 0.85, "TestCafe", broader="test-automation", rel={"cypress": 0.6})
s("webdriverio", K, "testing", 0.85, "WebdriverIO", broader="test-automation", en=["webdriver.io", "wdio"],
  rel={"selenium": 0.6})
s("browserstack", K, "testing", 0.8, "BrowserStack", broader="test-automation", en=["Sauce Labs", "SauceLabs"])
s("mocking", K, "testing", 0.6, ("mocking", "mockaus", "mockning"), broader="unit-testing",
  en=["mocking frameworks", "mocking techniques", "Mockk", "PowerMock", "EasyMock", "Sinon", "Sinon.js",
      "test doubles"], fi=["mock-oliot"], sv=["mockobjekt"])
s("test-frameworks", K, "testing", 0.5, ("test frameworks", "testikehykset", "testramverk"),
  broader="test-automation", en=["testing frameworks", "test framework", "testing framework"],
  fi=["testauskehykset"], sv=["testningsramverk"])
s("ramda", K, "web-frontend", 0.85, "Ramda", broader="javascript", en=["fp-ts", "io-ts", "lodash", "Ramda.js"])
s("android-libraries", K, "mobile", 0.8, ("Android libraries", "Android-kirjastot", "Android-bibliotek"),
  broader="android-development",
  en=["Jetpack", "Retrofit", "Dagger", "Dagger 2", "Hilt", "ButterKnife", "Butter Knife",
      "Picasso", "Glide", "Volley", "OkHttp"], amb=True)
s("ios-frameworks", K, "mobile", 0.8, ("iOS frameworks", "iOS-kehykset", "iOS-ramverk"),
  broader="ios-development",
  en=["Cocoa", "Core Data", "Auto Layout", "AutoLayout", "NSURLSession",
      "URLSession", "Grand Central Dispatch", "GCD", "XIBs", "CocoaPods", "Carthage", "Combine framework"])
s("fastlane", K, "mobile", 0.85, "fastlane", broader="mobile-development", en=["Fastlane"])
s("mobile-architecture-patterns", K, "mobile", 0.65,
  ("MVVM", "MVVM", "MVVM"), broader="software-architecture",
  en=["MVC", "MVP", "VIPER", "MVI", "MVC/MVVM", "Model-View-ViewModel", "Model-View-Controller"])
s("aerospike", K, "databases", 0.85, "Aerospike", broader="nosql-databases", rel={"redis": 0.5})
s("tibco", K, "backend", 0.8, "TIBCO", en=["TIBCO BusinessWorks", "Tibco"], broader="message-queues")
s("spring-cloud-netflix", K, "backend", 0.85, "Spring Cloud Netflix", broader="spring",
  en=["Eureka", "Ribbon", "Hystrix", "Zuul", "Netflix OSS"], amb=True)
s("odata", K, "backend", 0.8, "OData", broader="api-development", en=["Open Data Protocol"])
s("snowpack", K, "web-frontend", 0.85, "Snowpack", broader="javascript", en=["Parcel"], rel={"webpack": 0.6})
s("c-compilers", K, "embedded-iot", 0.75, ("GCC", "GCC", "GCC"), broader="c",
  en=["gcc", "Clang", "LLVM", "Keil", "IAR Embedded Workbench", "GNU toolchain"])
s("network-automation", S, "networking", 0.7, ("network automation", "verkkoautomaatio", "nätverksautomation"),
  broader="networking", en=["network programmability", "YANG", "NETCONF", "OpenConfig", "RESTCONF",
                            "network modeling"], fi=["verkkojen automatisointi"], sv=["nätverksprogrammerbarhet"])
s("f5", K, "networking", 0.85, "F5", broader="networking",
  en=["BIG-IP", "F5 LTM", "F5 GTM", "F5 WAF", "F5 LTM/GTM"])
s("product-analytics", K, "data-analytics", 0.75, ("product analytics", "tuoteanalytiikka", "produktanalys"),
  broader="data-analysis", en=["Amplitude", "Mixpanel", "Segment", "Heap analytics", "Pendo"], amb=True)
s("statsmodels", K, "data-analytics", 0.85, "statsmodels", broader="python", rel={"pandas": 0.5})
s("spark-mllib", K, "ai-ml", 0.85, "Spark MLlib", broader="machine-learning", en=["MLlib", "SparkML", "Spark ML", "MLeap"])
s("iptv", K, "networking", 0.8, "IPTV", broader="networking", en=["OTT", "video streaming", "video delivery", "media streaming"])
s("server-side-rendering", K, "web-frontend", 0.7,
  ("server-side rendering", "palvelinpuolen renderöinti", "serverrendering"), broader="frontend-development",
  en=["server side rendering", "SSR", "static site generation", "SSG"])
s("code-quality", S, "software-engineering", 0.45, ("code quality", "koodin laatu", "kodkvalitet"),
  broader="software-development",
  en=["clean code", "code standards", "coding standards", "code standardization", "KISS principle", "DRY principle", "YAGNI",
      "SOLID principles"],
  fi=["puhdas koodi", "koodauskäytännöt"], sv=["ren kod", "kodstandarder"])
s("performance-optimization", S, "software-engineering", 0.5,
  ("performance optimization", "suorituskyvyn optimointi", "prestandaoptimering"), broader="software-development",
  en=["performance optimisation", "performance tuning", "performance analysis", "application performance",
      "software performance analysis", "system tuning", "optimization techniques"],
  fi=["suorituskyvyn parantaminen", "suorituskykyoptimointi"], sv=["prestandaanalys", "prestandajustering"])
s("dependency-injection", K, "software-engineering", 0.65,
  ("dependency injection", "riippuvuusinjektio", "beroendeinjektion"), broader="design-patterns",
  en=["DI container", "inversion of control", "IoC container"])
s("twelve-factor-app", K, "software-engineering", 0.7, ("twelve-factor app", "twelve-factor app", "twelve-factor app"),
  broader="software-architecture",
  en=["12 factor", "12-factor", "twelve-factor", "12 factor app", "12-factor app", "twelve-factor application methodology",
      "12 factor methodology", "12 factor app methodologies"])
s("virtual-desktops", K, "infrastructure", 0.7, ("virtual desktops", "virtuaalityöpöydät", "virtuella skrivbord"),
  en=["virtual desktop infrastructure", "desktop as a service", "DaaS", "Azure Virtual Desktop",
      "Windows Virtual Desktop"],
  fi=["virtuaalityöpöytä"], sv=["virtuellt skrivbord"])
s("orchestration-tools", K, "devops", 0.5, ("orchestration", "orkestrointi", "orkestrering"),
  broader="devops", en=["orchestration tools", "container orchestration", "workflow orchestration"],
  fi=["konttien orkestrointi"], sv=["containerorkestrering"])
s("forecasting", K, "data-analytics", 0.6, ("forecasting", "ennustaminen", "prognostisering"), broader="statistics",
  en=["predictive models", "time series forecasting",
      "demand forecasting"], fi=["ennusteet"], sv=["prognosmodeller"])
s("nlu", K, "ai-ml", 0.75, ("natural language understanding", "luonnollisen kielen ymmärtäminen", "förståelse av naturligt språk"),
  broader="nlp", en=["NLU", "NLI", "natural language inference", "conversational AI", "intent recognition"])
s("auth-protocols", K, "security", 0.6, ("authentication and authorization", "tunnistautuminen ja valtuutus",
                                        "autentisering och auktorisering"),
  broader="identity-and-access-management",
  en=["authentication", "authorization", "authN", "authZ", "session management", "identity federation",
      ], fi=["tunnistautuminen", "käyttövaltuudet"], sv=["autentisering"])
s("threat-detection", K, "security", 0.7, ("threat detection", "uhkien havaitseminen", "hotdetektering"),
  broader="information-security",
  en=["threat intel", "threat landscape", "threat actor techniques"],
  fi=[], sv=[])
s("ibm-i", K, "infrastructure", 0.8, "IBM i", en=["iSeries", "AS/400", "AS400", "System i", "IBM Power Systems"], broader="operating-systems",
  rel={"mainframe": 0.5})
s("media-publishing", K, "domains", 0.4, ("media and publishing", "media- ja julkaisuala", "media och förlag"),
  esco="39f9b48c publishing industry",
  en=["publishing", "online media", "broadcasting", "television"],
  fi=["mediaala", "julkaisuala"], sv=["mediebranschen", "förlagsbranschen"])
s("biotechnology", K, "domains", 0.55, ("biotechnology", "bioteknologia", "bioteknik"), esco="61bef658 biotechnology",
  en=["biotech", "life sciences"],
  fi=["biotekniikka"], sv=["biovetenskap"])

s("single-page-applications", K, "web-frontend", 0.7,
  ("single-page applications", "yhden sivun sovellukset", "ensidesapplikationer"), broader="frontend-development",
  en=["SPA", "single page applications", "single-page application", "single page application", "SPA development"],
  fi=["SPA-sovellukset"], sv=["SPA-applikationer"])
s("jvm", K, "programming-languages", 0.7, ("JVM", "JVM", "JVM"), broader="programming",
  en=["Java Virtual Machine", "JVM languages", "JVM ecosystem", "JVM tuning"], rel={"java": 0.7, "kotlin": 0.6, "scala": 0.6})
s("cloud-foundry", K, "cloud", 0.85, "Cloud Foundry", broader="cloud-computing",
  en=["PCF", "Pivotal Cloud Foundry", "Tanzu Application Service"], rel={"openshift": 0.5})
s("web-performance", K, "web-frontend", 0.7, ("web performance", "verkkosivujen suorituskyky", "webbprestanda"),
  broader="frontend-development",
  en=["web performance optimisation", "web performance optimization", "Core Web Vitals", "TTFB", "page speed",
      "image optimisation", "image optimization", "front-end performance", "frontend performance"],
  fi=["sivuston latausnopeus"], sv=["sidladdningstid"])
s("defect-management", S, "testing", 0.55, ("defect management", "virheenhallinta", "felhantering"),
  broader="quality-assurance",
  en=["bug tracking", "defect tracking", "issue tracking", "bug triage", "defect triage"],
  fi=["vikojen hallinta", "virheiden seuranta"], sv=["buggspårning", "ärendespårning"])
# =====================================================================================
section("transversal skills")

s("teamwork", T, "transversal", 0.2, ("teamwork", "tiimityö", "lagarbete"), esco="a5b0cd5c teamwork principles",
  en=["team work", "team player", "working in teams", "teamwork skills", "working in a team", "cross-functional teamwork"],
  fi=["tiimityöskentely", "yhteistyötaidot", "ryhmätyö", "ryhmätyötaidot", "yhteistyökyky", "tiimipelaaja",
      "tiimityötaidot"],
  sv=["samarbetsförmåga", "teamarbete", "lagspelare", "teamwork"], rel={"communication": 0.3})
s("communication", T, "transversal", 0.25, ("communication skills", "vuorovaikutustaidot", "kommunikationsförmåga"),
  esco="15d76317 communication",
  en=["communication", "verbal communication", "written communication", "communicative skills", "good communicator",
      "written and verbal communication"],
  fi=["viestintätaidot", "kommunikointitaidot", "viestintätaito", "kommunikaatiotaidot", "vuorovaikutusosaaminen",
      "kirjallinen viestintä", "suullinen viestintä"],
  sv=["kommunikativ förmåga", "kommunikationsfärdigheter", "muntlig kommunikation", "skriftlig kommunikation"])
s("interpersonal-skills", T, "transversal", 0.25, ("interpersonal skills", "sosiaaliset taidot", "social kompetens"),
  esco="09e28145 interact with others",
  en=["people skills", "social skills", "interacting with others", "relationship building"],
  fi=["ihmissuhdetaidot", "sosiaalisuus", "ihmisten kanssa toimiminen"], sv=["sociala färdigheter", "relationsskapande"],
  rel={"communication": 0.6})
s("problem-solving", T, "transversal", 0.3, ("problem solving", "ongelmanratkaisu", "problemlösning"),
  esco="adc6dc11 solve problems",
  en=["problem-solving", "problem solving skills", "problem-solving skills", "solving problems", "solution-oriented",
      "solution oriented"],
  fi=["ongelmanratkaisutaidot", "ongelmanratkaisukyky", "ratkaisukeskeisyys", "ongelmanratkaisutaito", "ratkaisukeskeinen"],
  sv=["problemlösningsförmåga", "lösningsorienterad", "lösningsfokuserad"], rel={"analytical-thinking": 0.5})
s("customer-service", T, "transversal", 0.3, ("customer service", "asiakaspalvelu", "kundservice"),
  esco="15a33d76 customer service",
  en=["customer support", "customer care", "customer orientation", "customer focus", "customer-oriented",
      "client service", "customer service skills", "customer-centric"],
  fi=["asiakaspalvelutaidot", "asiakaslähtöisyys", "asiakaspalveluhenkisyys", "asiakastuki", "asiakaspalveluasenne",
      "asiakaslähtöinen"],
  sv=["kundtjänst", "kundbemötande", "kundfokus", "kundorientering", "kundsupport", "kundorienterad"],
  rel={"it-support": 0.4})
s("leadership", T, "transversal", 0.35, ("leadership", "johtaminen", "ledarskap"), esco="d5145a9a leadership principles",
  en=["leadership skills", "team leadership", "people management", "people leadership", "leading teams",
      "line management", "team management", "leading people", "technical leadership"],
  fi=["johtamistaidot", "esihenkilötyö", "esimiestyö", "ihmisten johtaminen", "lähijohtaminen", "tiimin vetäminen",
      "esihenkilötaidot", "tiiminvetäjyys", "johtajuus"],
  sv=["ledarskapsförmåga", "personalledning", "chefskap", "teamledning", "ledarförmåga"],
  rel={"mentoring": 0.4, "project-management": 0.3})
s("analytical-thinking", T, "transversal", 0.3, ("analytical thinking", "analyyttinen ajattelu", "analytisk förmåga"),
  esco="4707da90 think analytically",
  en=["analytical skills", "analytical mindset", "analytical approach", "logical thinking"],
  fi=["analyyttisyys", "analyyttiset taidot", "analyyttinen ote", "looginen ajattelu"],
  sv=["analytiskt tänkande", "analytiska färdigheter", "logiskt tänkande"],
  rel={"critical-thinking": 0.5})
s("critical-thinking", T, "transversal", 0.3, ("critical thinking", "kriittinen ajattelu", "kritiskt tänkande"),
  esco="7dd94ad3 think critically", en=["critical thinker", "evaluating information"],
  fi=["kriittisyys", "lähdekriittisyys"], sv=["källkritik"])
s("self-direction", T, "transversal", 0.3, ("self-direction", "itseohjautuvuus", "självständighet"),
  esco="c29aa9d2 work independently",
  en=["self-directed", "self-directed work", "independent work", "working independently", "self-motivated",
      "self-starter", "work independently", "proactive", "proactiveness", "self-management"],
  fi=["itsenäinen työskentely", "oma-aloitteisuus", "itseohjautuva", "itsenäisyys", "itsensä johtaminen",
      "oma-aloitteinen", "proaktiivisuus"],
  sv=["självständigt arbete", "självgående", "eget initiativ", "självledarskap", "självständig", "initiativförmåga",
      "proaktiv"])
s("mentoring", T, "transversal", 0.35, ("mentoring", "mentorointi", "mentorskap"), esco="28722c99 provide mentorship",
  en=["mentorship", "coaching", "mentoring junior developers", "coaching colleagues", "knowledge sharing", "mentor"],
  fi=["valmentaminen", "coachaus", "perehdyttäminen", "osaamisen jakaminen", "sparraus", "mentorina toimiminen"],
  sv=["coachning", "handledning", "kunskapsdelning", "mentor"], rel={"training-others": 0.6})
s("training-others", T, "transversal", 0.35, ("teaching and training", "kouluttaminen", "undervisning"),
  esco="699e7c26 instruct others",
  en=["training others", "teaching", "instructing", "knowledge transfer", "delivering training", "trainer"],
  fi=["opettaminen", "kouluttajana toimiminen", "koulutusten pitäminen"],
  sv=["utbildare", "kunskapsöverföring", "hålla utbildningar"])
s("creativity", T, "transversal", 0.25, ("creativity", "luovuus", "kreativitet"), esco="c624c6a3 think creatively",
  en=["creative thinking", "innovative thinking", "innovativeness", "creative problem solving", "ideation"],
  fi=["luova ajattelu", "innovatiivisuus", "luova ongelmanratkaisu", "ideointi"],
  sv=["kreativt tänkande", "innovationsförmåga", "idéskapande"])
s("adaptability", T, "transversal", 0.25, ("adaptability", "muutosvalmius", "anpassningsförmåga"),
  esco="49de9958 adapt to change",
  en=["adaptable", "adaptability to change", "openness to change", "adapting to change"],
  fi=["sopeutumiskyky", "muutoskyvykkyys", "muutosjoustavuus"], sv=["förändringsbenägenhet", "förmåga att anpassa sig"])
s("time-management", T, "transversal", 0.3, ("time management", "ajanhallinta", "tidsplanering"), esco="d9013e0e manage time",
  en=["time management skills", "prioritisation", "prioritization", "organisational skills", "organizational skills",
      "meeting deadlines", "planning skills"],
  fi=["priorisointi", "organisointikyky", "ajankäytön hallinta", "organisointitaidot", "suunnitelmallisuus",
      "priorisointikyky"],
  sv=["prioritering", "organisationsförmåga", "planeringsförmåga"])
s("stress-tolerance", T, "transversal", 0.25, ("stress tolerance", "paineensietokyky", "stresstålighet"),
  esco="7a147904 cope with pressure",
  en=["working under pressure", "resilience", "stress management", "ability to work under pressure"],
  fi=["stressinsietokyky", "paineensieto", "paineen alla työskentely"],
  sv=["stresstålig", "arbeta under press", "stresshantering"])
s("decision-making", T, "transversal", 0.3, ("decision making", "päätöksenteko", "beslutsfattande"),
  esco="d62d2b4c make decisions", en=["decision-making", "decisiveness", "decision-making skills"],
  fi=["päätöksentekokyky", "päätöksentekotaidot"], sv=["beslutsförmåga"])
s("willingness-to-learn", T, "transversal", 0.25, ("willingness to learn", "oppimishalu", "lärvilja"),
  esco="9bf266a6 demonstrate willingness to learn",
  en=["eagerness to learn", "learning agility", "continuous learning", "growth mindset", "lifelong learning", "curiosity",
      "eager to learn"],
  fi=["oppimiskyky", "halu oppia", "kehittymishalu", "uteliaisuus", "jatkuva oppiminen", "halu kehittyä"],
  sv=["vilja att lära", "nyfikenhet", "vilja att utvecklas", "livslångt lärande"])
s("attention-to-detail", T, "transversal", 0.25, ("attention to detail", "huolellisuus", "noggrannhet"),
  esco="83e6510b attend to detail",
  en=["detail-oriented", "detail oriented", "meticulousness", "thoroughness", "eye for detail"],
  fi=["tarkkuus", "yksityiskohtien huomioiminen", "täsmällisyys"], sv=["detaljfokus", "detaljorienterad", "omsorgsfullhet"])
s("negotiation", T, "transversal", 0.35, ("negotiation skills", "neuvottelutaidot", "förhandlingsförmåga"),
  esco="7954861c negotiate compromise",
  en=["negotiation", "negotiating", "conflict resolution", "conflict management"],
  fi=["neuvottelukyky", "konfliktinratkaisu", "konfliktien ratkaisu", "neuvottelutaito"],
  sv=["förhandling", "konflikthantering", "konfliktlösning"])
s("presentation-skills", T, "transversal", 0.3, ("presentation skills", "esiintymistaidot", "presentationsförmåga"),
  esco="609a8ac1 address an audience",
  en=["public speaking", "presenting", "presentation abilities", "speaking skills"],
  fi=["esiintymiskyky", "esitystaidot", "esiintymistaito"], sv=["presentationsteknik", "talarförmåga"])
s("intercultural-competence", T, "transversal", 0.3,
  ("intercultural competence", "kulttuurienvälinen osaaminen", "interkulturell kompetens"),
  esco="c10d5d87 demonstrate intercultural competence",
  en=["intercultural skills", "cross-cultural communication", "multicultural environment", "cultural awareness",
      "international environment", "multicultural teams"],
  fi=["monikulttuurisuus", "kulttuurienvälinen viestintä", "monikulttuurinen työympäristö", "kansainvälinen ympäristö",
      "monikulttuuriset tiimit"],
  sv=["mångkulturell kompetens", "kulturell medvetenhet", "internationell miljö", "mångkulturell arbetsmiljö"])
s("motivating-others", T, "transversal", 0.3, ("motivating others", "motivointi", "motivera andra"),
  esco="e2d44a9b motivate others",
  en=["inspiring others", "team motivation", "motivating people", "empowering others"],
  fi=["innostaminen", "motivointikyky", "kannustaminen"], sv=["motivationsförmåga", "inspirera andra"])
s("responsibility", T, "transversal", 0.2, ("sense of responsibility", "vastuuntunto", "ansvarstagande"),
  esco="113b4428 meet commitments",
  en=["dependability", "accountability", "conscientiousness", "ownership mindset"],
  fi=["vastuuntuntoisuus", "vastuunotto", "sitoutuneisuus", "tunnollisuus"],
  sv=["ansvarskänsla", "pålitlighet", "plikttrogenhet"])
s("business-acumen", T, "transversal", 0.3, ("business acumen", "liiketoimintaosaaminen", "affärsförståelse"),
  en=["business understanding", "commercial awareness", "business mindset", "business thinking"],
  fi=["liiketoimintaymmärrys", "liiketoiminnan ymmärrys"], sv=["affärsmannaskap", "affärssinne"])
s("facilitation", T, "transversal", 0.35, ("facilitation", "fasilitointi", "facilitering"),
  en=["workshop facilitation", "facilitation skills", "facilitating workshops", "running workshops"],
  fi=["työpajojen fasilitointi", "työpajojen vetäminen", "fasilitointitaidot"], sv=["workshopledning", "facilitera workshops"])

# =====================================================================================
section("languages")
# Language names double as nationality adjectives (Finnish, svenska) and, in Finnish, as
# country names (Suomi, Ruotsi, Venäjä), so every language skill is marked ambiguous: the
# extractor should accept them next to language context (kieli, kielitaito, språk, language,
# fluent, sujuva, native, äidinkieli, CEFR levels A1-C2).


def lang(id, en, fi, sv, esco=None, spec=0.6, aen=(), afi=(), asv=(), rel=None):
    s(id, L, "languages", spec, (en, fi, sv), esco=(esco + " " + en) if esco else None,
      en=[f"{en} language", *aen], fi=list(afi), sv=list(asv), rel=rel, amb=True)


lang("finnish", "Finnish", "suomi", "finska", "0e3493f4", spec=0.5, afi=["suomen kieli", "äidinkielinen suomi"],
     asv=["finska språket"])
lang("swedish", "Swedish", "ruotsi", "svenska", "7ee51257", spec=0.5, afi=["ruotsin kieli", "toinen kotimainen kieli"],
     asv=["svenska språket"])
lang("english", "English", "englanti", "engelska", "6d3edede", spec=0.5, aen=["business English"],
     afi=["englannin kieli"], asv=["engelska språket"])
lang("russian", "Russian", "venäjä", "ryska", "6891bbce", afi=["venäjän kieli"], asv=["ryska språket"])
lang("estonian", "Estonian", "viro", "estniska", "1b7e6f56", afi=["viron kieli", "eesti", "eestin kieli"],
     asv=["estniska språket"], rel={"finnish": 0.3})
lang("arabic", "Arabic", "arabia", "arabiska", "33859d93", afi=["arabian kieli"], asv=["arabiska språket"])
lang("somali", "Somali", "somali", "somaliska", None, afi=["somalin kieli"], asv=["somaliska språket"])
lang("ukrainian", "Ukrainian", "ukraina", "ukrainska", "354b948c", afi=["ukrainan kieli"], asv=["ukrainska språket"],
     rel={"russian": 0.4})
lang("german", "German", "saksa", "tyska", "4812a4ea", afi=["saksan kieli"], asv=["tyska språket"])
lang("french", "French", "ranska", "franska", "e747e77e", afi=["ranskan kieli"], asv=["franska språket"])
lang("spanish", "Spanish", "espanja", "spanska", "14ee9f76", aen=["Castilian"], afi=["espanjan kieli"],
     asv=["spanska språket"], rel={"portuguese": 0.3, "italian": 0.3})
lang("chinese", "Chinese", "kiina", "kinesiska", "1fe42b38", aen=["Mandarin", "Mandarin Chinese", "Cantonese",
                                                                  "Standard Chinese"],
     afi=["kiinan kieli", "mandariinikiina", "kantoninkiina"], asv=["kinesiska språket", "mandarin", "kantonesiska"])
lang("persian", "Persian", "persia", "persiska", "58cabf75", aen=["Farsi", "Dari"], afi=["persian kieli", "farsi", "dari"],
     asv=["persiska språket", "farsi", "dari"])
lang("kurdish", "Kurdish", "kurdi", "kurdiska", "2874065e", aen=["Sorani", "Kurmanji"],
     afi=["kurdin kieli", "sorani", "kurmandži"], asv=["kurdiska språket", "sorani", "kurmanji"])
lang("vietnamese", "Vietnamese", "vietnam", "vietnamesiska", "bf60009d", afi=["vietnamin kieli"],
     asv=["vietnamesiska språket"])
lang("hindi", "Hindi", "hindi", "hindi", "d93a7370", afi=["hindin kieli"], asv=["hindi språket"], rel={"urdu": 0.6})
lang("turkish", "Turkish", "turkki", "turkiska", "aa66a033", afi=["turkin kieli"], asv=["turkiska språket"])
lang("polish", "Polish", "puola", "polska", "f3e9b964", afi=["puolan kieli"], asv=["polska språket"])
lang("portuguese", "Portuguese", "portugali", "portugisiska", "584c13e8", aen=["Brazilian Portuguese"],
     afi=["portugalin kieli"], asv=["portugisiska språket"])
lang("italian", "Italian", "italia", "italienska", "87219dfe", afi=["italian kieli"], asv=["italienska språket"])
lang("japanese", "Japanese", "japani", "japanska", "39c675c4", afi=["japanin kieli"], asv=["japanska språket"])
lang("korean", "Korean", "korea", "koreanska", "f9bc2890", afi=["korean kieli"], asv=["koreanska språket"])
lang("dutch", "Dutch", "hollanti", "nederländska", "cad4f44b", aen=["Flemish"], afi=["hollannin kieli", "flaami"],
     asv=["nederländska språket", "holländska", "flamländska"])
lang("norwegian", "Norwegian", "norja", "norska", "829f6eb5", afi=["norjan kieli"], asv=["norska språket"],
     rel={"swedish": 0.5, "danish": 0.6})
lang("danish", "Danish", "tanska", "danska", "273a28d6", afi=["tanskan kieli"], asv=["danska språket"],
     rel={"swedish": 0.4})
lang("tamil", "Tamil", "tamili", "tamil", "e9e9b625", afi=["tamilin kieli"], asv=["tamilska"])
lang("urdu", "Urdu", "urdu", "urdu", "bc546a09", afi=["urdun kieli"], asv=[])
lang("bengali", "Bengali", "bengali", "bengali", "ede98e07", aen=["Bangla"], afi=["bengalin kieli", "bangla"],
     asv=["bangla"])
lang("albanian", "Albanian", "albania", "albanska", "f1a08ec9", afi=["albanian kieli"], asv=["albanska språket"])
lang("romanian", "Romanian", "romania", "rumänska", "4b9f1ae5", afi=["romanian kieli"], asv=["rumänska språket"])
lang("hungarian", "Hungarian", "unkari", "ungerska", "ddd3596a", afi=["unkarin kieli"], asv=["ungerska språket"])
lang("greek", "Greek", "kreikka", "grekiska", "ea4ebfa1", afi=["kreikan kieli"], asv=["grekiska språket"])
lang("latvian", "Latvian", "latvia", "lettiska", "5de39924", afi=["latvian kieli"], asv=["lettiska språket"])
lang("lithuanian", "Lithuanian", "liettua", "litauiska", "b3950b87", afi=["liettuan kieli"], asv=["litauiska språket"])
lang("czech", "Czech", "tšekki", "tjeckiska", "da0795a7", afi=["tšekin kieli", "tsekki"], asv=["tjeckiska språket"])
lang("bulgarian", "Bulgarian", "bulgaria", "bulgariska", "d5fd4958", afi=["bulgarian kieli"], asv=["bulgariska språket"])
lang("serbian", "Serbian", "serbia", "serbiska", "c5cb0cc1", afi=["serbian kieli"], asv=["serbiska språket"],
     rel={"croatian": 0.8})
lang("croatian", "Croatian", "kroatia", "kroatiska", "6bc58e91", afi=["kroatian kieli"], asv=["kroatiska språket"])
lang("thai", "Thai", "thai", "thailändska", None, afi=["thain kieli"], asv=["thailändska språket"])
lang("tagalog", "Tagalog", "tagalog", "tagalog", None, aen=["Filipino"], afi=["filipino"], asv=["filippinska"])
lang("nepali", "Nepali", "nepali", "nepalesiska", None, afi=["nepalin kieli"], asv=["nepalesiska språket"])
lang("tigrinya", "Tigrinya", "tigrinja", "tigrinska", None, afi=["tigrinjan kieli"], asv=["tigrinska språket"])
lang("amharic", "Amharic", "amhara", "amhariska", None, afi=["amharan kieli"], asv=["amhariska språket"])
s("sign-language", L, "languages", 0.7, ("sign language", "viittomakieli", "teckenspråk"), esco="e2088cd0 sign language",
  en=["Finnish Sign Language", "Finland-Swedish Sign Language"],
  fi=["suomalainen viittomakieli", "suomenruotsalainen viittomakieli", "viittomakielet"],
  sv=["finländskt teckenspråk", "finlandssvenskt teckenspråk"], amb=False)

# =====================================================================================
section("broader ICT coverage")
# Technologies and concepts a general ICT taxonomy has (by area: languages, web platform, Java and
# .NET platforms, integration, data stores, data platforms, cloud services, delivery and operations
# tooling, performance tools, operating systems, networking, security standards and tooling,
# embedded interfaces, practices, collaboration tools, industries). Product names are the same in
# every language; generic concepts carry Finnish and Swedish labels.

s("ocaml", K, "programming-languages", 0.9, "OCaml", broader="functional-programming")
s("zig", K, "programming-languages", 0.9, "Zig", broader="programming", en=["Zig language"], amb=True)
s("nim", K, "programming-languages", 0.9, "Nim", broader="programming", en=["Nim language"], amb=True)
s("racket", K, "programming-languages", 0.9, "Scheme language", broader="lisp", amb=True)
s("elm", K, "programming-languages", 0.9, "Elm", broader="functional-programming", en=["Elm language"], amb=True)
s("reasonml", K, "programming-languages", 0.9, "ReScript", broader="functional-programming", en=["ReasonML"])
s("purescript", K, "programming-languages", 0.9, "PureScript", broader="functional-programming")
s("crystal", K, "programming-languages", 0.9, "Crystal", broader="programming", en=["Crystal language"], amb=True)
s("cuda", K, "programming-languages", 0.9, "CUDA programming", broader="hpc", en=["GPU programming"])
s("opencl", K, "programming-languages", 0.9, "OpenCL", broader="hpc")
s("glsl", K, "programming-languages", 0.9, "GLSL", broader="computer-graphics", en=["HLSL", "shader programming"])
s("labview", K, "programming-languages", 0.9, "LabVIEW", broader="programming")
s("jcl", K, "programming-languages", 0.9, "Job Control Language", broader="mainframe")
s("rpg-language", K, "programming-languages", 0.9, "RPG IV", broader="ibm-i", en=["RPGLE", "ILE RPG"])
s("pl-i", K, "programming-languages", 0.9, "PL/I", broader="mainframe")
s("abl-progress", K, "programming-languages", 0.9, "OpenEdge ABL", broader="programming", en=["Progress 4GL"])
s("bun-runtime", K, "programming-languages", 0.9, "Bun", broader="javascript", amb=True)
s("async-programming", K, "software-engineering", 0.75, ("async programming patterns", "asynkroniset ohjelmointimallit", "asynkrona programmeringsmönster"), broader="concurrent-programming", en=["async programming", "async/await", "futures and promises", "event loop", "non-blocking I/O"], fi=["asynkroniset ohjelmat"], sv=["asynkron kod"])
s("multithreading", K, "software-engineering", 0.75, ("threads and synchronisation", "säikeet ja synkronointi", "trådar och synkronisering"), broader="concurrent-programming", en=["threading", "thread synchronization", "mutexes"], fi=["säikeet"], sv=["trådar", "trådning"])
s("memory-management", K, "software-engineering", 0.75, ("memory management", "muistinhallinta", "minneshantering"), broader="programming", en=["garbage collection", "memory leaks", "memory allocation"], fi=["muistinkäsittely"], sv=["minnesallokering"])
s("low-level-programming", K, "software-engineering", 0.75, ("systems programming", "järjestelmäohjelmointi", "systemprogrammering"), broader="programming", en=["low-level programming", "system programming", "operating system internals"], fi=["matalan tason ohjelmointi"], sv=["lågnivåprogrammering"])
s("network-programming", K, "networking", 0.75, ("network programming", "verkko-ohjelmointi", "nätverksprogrammering"), broader="network-protocols", en=["socket programming", "sockets", "BSD sockets"], fi=["socket-ohjelmointi"], sv=["socketprogrammering"])
s("compiler-tooling", K, "software-engineering", 0.75, ("build tools", "käännöstyökalut", "byggverktyg"), broader="software-development", en=["build systems", "Makefiles", "GNU Make", "MSBuild", "Ant", "Apache Ant", "sbt"], fi=["build-työkalut"], sv=["byggsystem"])
s("static-typing", K, "software-engineering", 0.7, ("type systems", "tyyppijärjestelmät", "typsystem"), broader="programming", en=["static typing", "strong typing", "typing", "type checking", "mypy", "type hints"], fi=["tyypitys"], sv=["typning"])
s("redux", K, "web-frontend", 0.9, "React Redux", broader="react", en=["redux-saga", "redux-thunk"])
s("mobx", K, "web-frontend", 0.9, "MobX", broader="react")
s("rxjs", K, "web-frontend", 0.9, "Rx.NET", broader="reactive-programming")
s("nuxtjs", K, "web-frontend", 0.9, "Nuxt 3", broader="vuejs")
s("gatsby", K, "web-frontend", 0.9, "Gatsby", broader="react", en=["GatsbyJS", "Gatsby.js"])
s("remix", K, "web-frontend", 0.9, "Remix", broader="react", en=["Remix Run"], amb=True)
s("vite", K, "web-frontend", 0.9, "Vitejs", broader="webpack", en=["Vite.js"])
s("eslint", K, "web-frontend", 0.9, ("linters and formatters", "linterit ja muotoilijat", "linters och formaterare"), broader="static-analysis", en=["TSLint", "JSHint", "Stylelint"])
s("rollup", K, "web-frontend", 0.9, ("JavaScript bundlers", "JavaScript-paketointityökalut", "JavaScript-paketerare"), broader="webpack", en=["Rollup", "Rollup.js", "Browserify", "Turbopack", "module bundlers", "bundlers"])
s("less-css", K, "web-frontend", 0.9, ("CSS preprocessors", "CSS-esikääntäjät", "CSS-preprocessorer"), broader="css", en=["LESS CSS", "PostCSS", "Emotion CSS", "CSS Modules", "BEM"], esco="26fa7a33 LESS")
s("material-ui", K, "web-frontend", 0.9, ("UI component libraries", "käyttöliittymäkomponenttikirjastot", "UI-komponentbibliotek"), broader="design-systems", en=["Material UI", "MUI", "Material Design", "Angular Material", "Chakra UI", "Ant Design", "Vuetify", "PrimeNG", "Semantic UI"])
s("web-components", K, "web-frontend", 0.85, "Web Components", broader="html", en=["LitElement", "Polymer"])
s("dom", K, "web-frontend", 0.8, "DOM", broader="html", en=["Document Object Model", "DOM manipulation", "browser APIs"])
s("pwa", K, "web-frontend", 0.85, ("progressive web apps", "progressiiviset verkkosovellukset", "progressiva webbappar"), broader="web-development", en=["PWA", "PWAs", "service workers", "offline-first"], fi=["PWA-sovellukset"], sv=["PWA-appar"])
s("preact", K, "web-frontend", 0.9, ("lightweight front-end frameworks", "kevyet frontend-kehykset", "lätta frontend-ramverk"), broader="react", en=["Preact", "SolidJS", "Solid.js", "Qwik", "Alpine.js", "htmx", "Inferno.js"])
s("d3js", K, "data-analytics", 0.9, ("JavaScript charting libraries", "JavaScript-kaaviokirjastot", "JavaScript-diagrambibliotek"), broader="data-visualization", en=["Chart.js", "Highcharts", "ECharts", "Apache ECharts", "Mapbox", "OpenLayers", "Recharts"])
s("gsap", K, "web-frontend", 0.9, ("web animation", "web-animaatiot", "webbanimering"), broader="web-development", en=["GSAP", "GreenSock", "anime.js", "Framer Motion", "web animations", "CSS animations"])
s("template-engines", K, "web-frontend", 0.8, ("template engines", "sivupohjamoottorit", "mallmotorer"), broader="web-development", en=["Jade templates", "EJS", "Thymeleaf", "FreeMarker", "Apache Velocity", "Jinja", "Jinja2", "Blade templates", "Liquid templates"], fi=["template-moottorit"], sv=["templatemotorer"])
s("blazor", K, "web-frontend", 0.9, "Blazor WebAssembly", broader="aspnet", en=["Blazor Server", "Razor Pages"])
s("mocha", K, "testing", 0.9, "Mocha.js", broader="unit-testing", en=["QUnit"], amb=True)
s("protractor", K, "testing", 0.9, ("browser test automation tools", "selaintestauksen automaatiotyökalut", "verktyg för automatiserad webbläsartestning"), broader="test-automation", en=["Protractor", "Nightwatch.js", "Puppeteer"])
s("appium", K, "testing", 0.9, ("mobile test automation", "mobiilitestauksen automaatio", "automatiserad mobiltestning"), broader="test-automation", en=["XCTest", "XCUITest", "UI Automator"])
s("cross-browser", K, "web-frontend", 0.7, ("web browsers", "verkkoselaimet", "webbläsare"), broader="web-development", en=["cross-browser compatibility", "cross-browser testing", "browser compatibility", "Chrome DevTools", "browser developer tools", "Firefox Developer Tools", "Google Chrome", "Mozilla Firefox", "Microsoft Edge", "Safari browser", "Internet Explorer", "browser extensions"], fi=["selaimet", "selainyhteensopivuus"], sv=["webbläsarkompatibilitet"])
s("jakarta-apis", K, "backend", 0.9, ("Java EE APIs", "Java EE -rajapinnat", "Java EE-API:er"), broader="jakarta-ee", en=["JavaServer Pages", "JavaServer Faces", "RESTEasy", "Apache CXF", "Enterprise JavaBeans", "CDI", "JNDI", "JMX", "Bean Validation", "JSON-B", "JSON-P"])
s("jdbc", K, "backend", 0.9, ("database connectivity APIs", "tietokantayhteysrajapinnat", "databasanslutnings-API:er"), broader="sql-databases", en=["JDBC", "ODBC", "ADO.NET", "database drivers", "JDBI"])
s("spring-mvc", K, "backend", 0.9, ("Spring modules", "Spring-moduulit", "Spring-moduler"), broader="spring", en=["Spring Web MVC", "WebFlux", "Spring Batch", "Spring Integration", "Spring AOP", "Spring Kafka", "Spring JDBC"])
s("micronaut", K, "backend", 0.9, ("JVM web frameworks", "JVM-web-kehykset", "JVM-webbramverk"), broader="jvm", en=["Vert.x", "Eclipse Vert.x", "Dropwizard", "Helidon", "Javalin", "Spark Java", "Ktor", "Play Framework"])
s("akka", K, "backend", 0.9, ("actor model frameworks", "aktorimallin kehykset", "aktörsmodellramverk"), broader="reactive-programming", en=["Akka Streams", "Akka HTTP", "Pekko", "Apache Pekko", "actor model", "actors model"])
s("netty", K, "backend", 0.9, ("Java network servers", "Java-verkkopalvelimet", "Java-nätverksservrar"), broader="network-programming", en=["Netty", "Eclipse Jetty", "Apache MINA"])
s("mybatis", K, "backend", 0.9, ("data access libraries", "tiedonkäsittelykirjastot", "dataåtkomstbibliotek"), broader="orm", en=["MyBatis", "iBATIS", "Spring JDBC Template", "NHibernate", "Knex", "Doctrine ORM", "Eloquent ORM", "GORM", "Active Record"])
s("liquibase", K, "databases", 0.9, ("database migration tools", "tietokantamigraatiotyökalut", "verktyg för databasmigrering"), broader="database-design", en=["Liquibase", "Flyway", "database migrations", "schema migrations", "DbUp"])
s("java-libraries", K, "backend", 0.9, ("Java libraries", "Java-kirjastot", "Java-bibliotek"), broader="java", en=["Project Lombok", "Gson", "Apache Commons", "SLF4J", "Log4j", "Logback", "MapStruct", "Vavr"])
s("mockito", K, "testing", 0.9, ("unit test and mocking libraries", "yksikkötestaus- ja mock-kirjastot", "bibliotek för enhetstest och mockning"), broader="mocking", en=["JMockit", "WireMock", "Testcontainers", "AssertJ", "Hamcrest", "REST-assured", "Moq", "NSubstitute", "RSpec", "Minitest", "PHPUnit", "Pest PHP", "unittest", "nose2", "doctest", "GoogleTest", "Google Test", "Catch2", "CppUnit", "Unity test framework"])
s("wcf", K, "backend", 0.9, (".NET application frameworks", ".NET-sovelluskehykset", ".NET-applikationsramverk"), broader="dotnet", en=["WCF", "Windows Communication Foundation", "ASP.NET SignalR", "MediatR", "UWP", "Avalonia", "MAUI Blazor"])
s("dotnet-libraries", K, "backend", 0.9, (".NET libraries", ".NET-kirjastot", ".NET-bibliotek"), broader="package-management", en=["NuGet", "NuGet packages", "Serilog", "NLog", "AutoMapper", "FluentValidation", "Hangfire", "MassTransit", "NServiceBus"])
s("python-web", K, "backend", 0.9, ("Python web frameworks", "Python-web-kehykset", "Python-webbramverk"), broader="django", en=["aiohttp", "Sanic", "CherryPy", "Starlette", "Uvicorn", "Gunicorn", "WSGI", "ASGI"])
s("celery", K, "backend", 0.9, ("background job queues", "taustatyöjonot", "bakgrundsjobbköer"), broader="message-queues", en=["Celery", "Celery workers", "Sidekiq", "Bull queue", "BullMQ", "background jobs", "job queues", "task queues"], amb=True)
s("go-web", K, "backend", 0.9, ("Go web frameworks", "Go-web-kehykset", "Go-webbramverk"), broader="go", en=["Gin", "Gin framework", "Gin Gonic", "Gorilla Mux", "go-kit", "Chi router", "Beego", "Buffalo framework"], amb=True)
s("rust-web", K, "backend", 0.9, ("Rust web and async libraries", "Rust-web- ja async-kirjastot", "Rust webb- och async-bibliotek"), broader="rust", en=["Tokio", "Actix", "Actix Web", "Axum", "Serde", "async Rust"])
s("js-backend", K, "backend", 0.9, ("Node.js web frameworks", "Node.js-web-kehykset", "Node.js-webbramverk"), broader="nodejs", en=["Koa.js", "Hapi.js", "Fastify", "Sails.js", "Meteor.js", "AdonisJS", "LoopBack", "Feathers.js", "Deno Fresh"], amb=True)
s("php-frameworks", K, "backend", 0.9, ("PHP frameworks", "PHP-kehykset", "PHP-ramverk"), broader="php", en=["CodeIgniter", "CakePHP", "Yii", "Yii2", "Zend Framework", "Laminas", "Phalcon", "Magento 2 development", "PHP-FPM", "Drush"])
s("phoenix", K, "backend", 0.9, "Phoenix", broader="elixir", en=["Phoenix LiveView", "Ecto"], amb=True)
s("sinatra", K, "backend", 0.9, "Sinatra", broader="ruby", en=["RubyGems"], amb=True)
s("strapi", K, "web-frontend", 0.9, ("headless and enterprise CMS platforms", "headless- ja yritys-CMS-alustat", "headless- och företags-CMS-plattformar"), broader="cms", en=["Sanity.io", "Prismic", "Directus", "Payload CMS", "Sitecore", "Adobe Experience Manager", "AEM", "Umbraco", "Liferay", "TYPO3", "Contao", "Craft CMS", "Kentico", "Magnolia CMS", "Hippo CMS", "Bloomreach"])
s("shopify-dev", K, "web-frontend", 0.9, ("e-commerce platform development", "verkkokauppa-alustojen kehitys", "utveckling av e-handelsplattformar"), broader="e-commerce", en=["Shopify development", "Shopify Liquid", "BigCommerce", "PrestaShop", "Salesforce Commerce Cloud", "SAP Commerce", "SAP Hybris", "Hybris", "Spryker", "Shopware", "OXID"])
s("hexagonal-architecture", K, "software-engineering", 0.8, ("clean architecture", "puhdas arkkitehtuuri", "ren arkitektur"), broader="software-architecture", en=["hexagonal architecture", "ports and adapters", "onion architecture", "layered architecture", "n-tier architecture", "multi-tier architecture", "KISS"], fi=["kerrosarkkitehtuuri"], sv=["skiktad arkitektur"])
s("cqrs", K, "software-engineering", 0.85, "command query responsibility segregation", broader="software-architecture", en=["sagas", "saga pattern", "outbox pattern"])
s("multitenancy", K, "cloud", 0.8, ("multitenancy", "monivuokraisuus", "multitenans"), broader="cloud-architecture", en=["multi-tenancy", "multi-tenant architecture", "multi-tenant", "tenant isolation"], fi=["monivuokralaisuus"], sv=["flerhyresgästarkitektur"])
s("middleware", K, "backend", 0.7, ("middleware", "väliohjelmistot", "mellanprogramvara"), broader="system-integration", en=["enterprise integration patterns", "integration patterns", "message-oriented middleware"], fi=["middleware-ohjelmistot"], sv=["integrationsplattformar"])
s("apache-camel", K, "backend", 0.9, ("integration frameworks and iPaaS", "integraatiokehykset ja iPaaS", "integrationsramverk och iPaaS"), broader="system-integration", en=["Apache Camel", "Spring Integration DSL", "Apache ServiceMix", "Red Hat Fuse", "WSO2", "Boomi", "Dell Boomi", "Oracle SOA Suite", "IBM App Connect", "IBM Integration Bus", "Microsoft BizTalk", "SAP PI", "SAP PO", "SAP CPI", "Workato", "Zapier", "Tray.io", "Jitterbit", "SnapLogic"])
s("activemq", K, "backend", 0.9, ("messaging platforms", "viestinvälitysalustat", "meddelandeplattformar"), broader="message-queues", en=["Apache ActiveMQ", "ActiveMQ Artemis", "WebSphere MQ", "MQSeries", "ZeroMQ", "NATS", "Apache Pulsar", "Amazon MQ", "Cloud Pub/Sub", "Azure Event Grid", "MQTT brokers", "Mosquitto", "Redis Streams", "ksqlDB", "Confluent Platform"])
s("drools", K, "backend", 0.9, ("rules engines", "sääntömoottorit", "regelmotorer"), broader="backend-development", en=["Drools", "business rules engines", "BRMS", "OpenL Tablets", "IBM ODM"])
s("api-gateways", K, "backend", 0.9, ("API gateways", "API-yhdyskäytävät", "API-gateways"), broader="api-development", en=["API gateway", "API management", "Kong Gateway", "Apigee", "Amazon API Gateway", "Tyk", "3scale", "MuleSoft Anypoint", "KrakenD", "Spring Cloud Gateway"])
s("service-mesh", K, "devops", 0.9, ("service mesh and proxies", "palveluverkot ja välityspalvelimet", "tjänstenät och proxyservrar"), broader="microservices", en=["Consul Connect", "Kuma", "Cilium", "Traefik", "Squid proxy"])
s("service-discovery", K, "devops", 0.9, ("service discovery", "palvelujen löytäminen", "tjänsteupptäckt"), broader="microservices", en=["Consul", "HashiCorp Consul", "etcd", "ZooKeeper", "Apache ZooKeeper", "Netflix Eureka", "service registry"], amb=True)
s("protobuf", K, "backend", 0.9, ("serialization formats", "sarjallistamismuodot", "serialiseringsformat"), broader="grpc", en=["Apache Thrift", "Apache Avro", "Avro", "MessagePack", "Cap'n Proto", "FlatBuffers"])
s("jwt", K, "security", 0.9, ("authentication tokens and federation", "tunnistautumistunnisteet ja federointi", "autentiseringstoken och federation"), broader="auth-protocols", en=["JSON Web Token", "Kerberos", "FIDO2", "WebAuthn", "passkeys", "SCIM"])
s("server-sent-events", K, "web-frontend", 0.8, ("real-time web", "reaaliaikainen web", "realtidswebb"), broader="websockets", en=["SSE", "long polling", "WebRTC", "Pusher", "real-time communication"], fi=["reaaliaikaiset verkkosovellukset"], sv=["realtidskommunikation"])
s("aurora", K, "databases", 0.9, ("AWS managed databases", "AWS:n hallinnoidut tietokannat", "AWS hanterade databaser"), broader="rds", en=["Aurora Serverless", "Amazon DocumentDB", "DocumentDB", "Amazon Neptune", "Amazon Timestream", "Amazon Keyspaces", "Amazon ElastiCache", "ElastiCache", "Amazon MemoryDB"])
s("azure-sql", K, "databases", 0.9, ("Azure managed databases", "Azuren hallinnoidut tietokannat", "Azure hanterade databaser"), broader="microsoft-sql-server", en=["Azure SQL Managed Instance", "Azure Database for PostgreSQL", "Azure Database for MySQL", "SQL Azure", "Azure Table Storage"])
s("cloud-sql", K, "databases", 0.9, ("Google Cloud databases", "Google Cloudin tietokannat", "Google Cloud-databaser"), broader="google-cloud", en=["Cloud SQL", "Google Cloud SQL", "Cloud Spanner", "Google Spanner", "Bigtable", "Cloud Bigtable", "AlloyDB", "Datastore"])
s("cockroachdb", K, "databases", 0.9, ("distributed SQL databases", "hajautetut SQL-tietokannat", "distribuerade SQL-databaser"), broader="sql-databases", en=["CockroachDB", "TiDB", "YugabyteDB", "Vitess", "PlanetScale", "SingleStore", "MemSQL", "VoltDB", "NuoDB", "Citus", "distributed SQL", "NewSQL"])
s("clickhouse", K, "databases", 0.9, ("analytical column stores", "analyyttiset saraketietokannat", "analytiska kolumndatabaser"), broader="data-warehousing", en=["ClickHouse", "Apache Druid", "Apache Pinot", "Apache Kylin", "Vertica", "Greenplum", "Exasol", "StarRocks", "Apache Doris", "DuckDB", "MonetDB", "columnar databases", "column stores"])
s("influxdb", K, "databases", 0.9, ("time series database engines", "aikasarjatietokantamoottorit", "tidsseriedatabasmotorer"), broader="time-series-databases", en=["QuestDB", "OpenTSDB", "VictoriaMetrics", "KairosDB", "Kdb+", "kdb"])
s("hbase", K, "databases", 0.9, ("wide-column and key-value stores", "sarake- ja avain-arvo-tietokannat", "kolumn- och nyckel-värde-databaser"), broader="nosql-databases", en=["Apache HBase", "Accumulo", "Riak", "wide-column stores", "key-value databases", "RocksDB", "LevelDB", "LMDB", "BerkeleyDB", "FoundationDB", "etcd storage", "TiKV"])
s("memcached", K, "databases", 0.9, ("in-memory data grids", "muistinsisäiset dataverkot", "minnesbaserade datanät"), broader="caching", en=["Apache Ignite", "Ehcache", "Caffeine cache", "Infinispan", "Oracle Coherence", "KeyDB", "distributed caches"])
s("couchdb", K, "databases", 0.9, ("document database engines", "dokumenttitietokantamoottorit", "dokumentdatabasmotorer"), broader="nosql-databases", en=["PouchDB", "RavenDB", "ArangoDB", "OrientDB", "Realm database", "RethinkDB", "document stores"])
s("graph-dbs", K, "databases", 0.9, ("graph database engines", "graafitietokantamoottorit", "grafdatabasmotorer"), broader="graph-databases", en=["JanusGraph", "Amazon Neptune graph", "TigerGraph", "Dgraph", "Memgraph", "Apache TinkerPop", "Cypher query language", "triple stores", "GraphDB", "Stardog"])
s("embedded-dbs", K, "databases", 0.9, ("other relational databases", "muut relaatiotietokannat", "andra relationsdatabaser"), broader="sql-databases", en=["H2 Database", "HSQLDB", "Apache Derby", "Sybase", "SAP ASE", "Progress OpenEdge", "SAP MaxDB", "Oracle RAC", "Oracle APEX"])
s("opensearch", K, "databases", 0.9, ("search engines", "hakukoneet", "sökmotorer"), broader="full-text-search", en=["Algolia", "Meilisearch", "Typesense", "Sphinx search", "Azure Cognitive Search", "Azure AI Search", "Coveo", "search engine development", "information retrieval"], esco="4bf59dde search engines")
s("vector-stores", K, "databases", 0.9, ("vector database engines", "vektoritietokantamoottorit", "vektordatabasmotorer"), broader="vector-databases", en=["Pinecone", "ChromaDB", "FAISS", "Vespa vector", "HNSW", "similarity search", "embeddings search"])
s("database-concepts", K, "databases", 0.7, ("database transactions", "tietokantatransaktiot", "databastransaktioner"), broader="databases", en=["transaction processing", "OLTP", "database indexing", "query tuning", "stored procedures", "sharding", "database replication", "CAP theorem", "eventual consistency", "consistency models"])
s("apache-beam", K, "data-engineering", 0.9, ("stream processing frameworks", "virtakäsittelykehykset", "strömbehandlingsramverk"), broader="stream-processing", en=["Apache Beam", "Google Cloud Dataflow", "Cloud Dataflow", "Dataflow", "Dataproc", "Google Dataproc", "Apache Samza", "Samza", "Apache Heron", "Structured Streaming", "Apache Apex", "Flink SQL", "RisingWave", "Amazon Kinesis Data Analytics", "Azure Stream Analytics", "Stream Analytics"])
s("aws-glue", K, "data-engineering", 0.9, ("AWS data services", "AWS:n datapalvelut", "AWS datatjänster"), broader="etl", en=["Amazon EMR", "EMR", "Elastic MapReduce", "AWS Lake Formation", "Lake Formation", "AWS Data Pipeline", "AWS DMS", "Database Migration Service", "Amazon QuickSight", "QuickSight", "AWS Step Functions", "Step Functions"])
s("table-formats", K, "data-engineering", 0.9, ("lakehouse table formats", "lakehouse-taulumuodot", "lakehouse-tabellformat"), broader="data-lakes", en=["Apache Hudi", "Apache Parquet", "ORC", "Apache ORC", "Apache Arrow", "Avro files"])
s("nifi", K, "data-engineering", 0.9, ("data ingestion tools", "datan keruutyökalut", "verktyg för datainsamling"), broader="data-integration", en=["Apache NiFi", "NiFi", "StreamSets", "Debezium", "change data capture", "CDC", "Fivetran", "Stitch", "Stitch Data", "Airbyte", "Hevo", "Matillion", "Azure Synapse Pipelines", "SSIS packages", "Qlik Replicate", "Attunity", "GoldenGate", "Oracle GoldenGate", "reverse ETL"], amb=True)
s("dagster", K, "data-engineering", 0.9, ("data workflow orchestrators", "datatyönkulkujen orkestroijat", "orkestrerare för dataflöden"), broader="airflow", en=["Apache Oozie", "Oozie", "Azkaban", "Kubeflow Pipelines", "Control-M", "data orchestration", "job scheduling", "Rundeck", "Autosys", "Tivoli Workload Scheduler"])
s("hadoop-ecosystem", K, "data-engineering", 0.9, ("Hadoop ecosystem", "Hadoop-ekosysteemi", "Hadoop-ekosystemet"), broader="hadoop", en=["Hadoop Distributed File System", "Map Reduce", "Apache Sqoop", "Sqoop", "Apache Flume", "Apache Impala", "Apache Tez", "Cloudera CDP", "Hortonworks", "MapR", "Apache Kudu", "Apache Phoenix", "Apache Zeppelin", "Ambari", "SparkR", "Scala Spark"])
s("dataframes", K, "data-analytics", 0.9, ("dataframe and notebook tools", "dataframe- ja muistikirjatyökalut", "dataframe- och notebookverktyg"), broader="pandas", en=["Dask", "data.table", "dplyr", "tidyr", "ggplot2", "R Shiny", "R Markdown", "knitr", "Zeppelin notebooks"], amb=True)
s("scipy", K, "data-analytics", 0.9, ("scientific Python libraries", "tieteelliset Python-kirjastot", "vetenskapliga Python-bibliotek"), broader="numpy", en=["Plotly Dash", "SymPy", "NetworkX", "PyMC", "statsmodels library"])
s("bi-tools", K, "data-analytics", 0.9, ("BI platforms", "BI-alustat", "BI-plattformar"), broader="business-intelligence", en=["Metabase", "Apache Superset", "Superset", "Redash", "Sisense", "MicroStrategy", "IBM Cognos", "Cognos", "Oracle BI", "OBIEE", "ThoughtSpot", "Kibana dashboards", "Spotfire", "TIBCO Spotfire", "Azure Analysis Services", "M language", "Power Pivot"])
s("analytics-tools", K, "data-analytics", 0.9, ("analytics platforms", "analytiikka-alustat", "analysplattformar"), broader="data-analysis", en=["Alteryx", "KNIME", "RapidMiner", "Dataiku", "SAS Viya", "Stata", "EViews", "Minitab", "JMP", "Orange data mining", "Piwik", "Hotjar"])
s("data-pipelines", K, "data-engineering", 0.7, ("data pipeline engineering", "dataputkien rakentaminen", "datapipelineutveckling"), broader="data-engineering", en=["ELT pipelines", "batch processing", "data ingestion", "data processing pipelines"], fi=["datan siirtoputket", "ELT-prosessit"], sv=["dataintegrationsflöden"])
s("data-catalog", K, "data-engineering", 0.75, ("data catalogues", "datakatalogit", "datakataloger"), broader="data-governance", en=["data catalogs", "metadata management", "data lineage", "Collibra", "Alation", "Apache Atlas", "Amundsen", "DataHub", "Microsoft Purview", "Azure Purview", "data mesh", "data contracts", "data observability", "Monte Carlo data", "Great Expectations", "Soda data quality"], fi=["metatiedon hallinta"], sv=["metadatahantering"])
s("olap-modeling", K, "data-analytics", 0.85, ("dimensional data modelling", "dimensionaalinen tietomallinnus", "dimensionell datamodellering"), broader="data-warehousing", en=["dimensional modeling", "star schema", "snowflake schema", "Kimball", "Kimball methodology", "Data Vault 2.0", "slowly changing dimensions", "fact tables"], fi=["tähtimalli"], sv=["stjärnschema"])
s("keras", K, "ai-ml", 0.9, ("deep learning frameworks", "syväoppimiskehykset", "ramverk för djupinlärning"), broader="deep-learning", en=["JAX", "MXNet", "Apache MXNet", "Caffe", "Theano", "PaddlePaddle", "ONNX", "ONNX Runtime", "TensorRT", "OpenVINO", "TFLite", "Core ML", "CoreML", "fastai", "DeepSpeed"])
s("xgboost", K, "ai-ml", 0.9, ("machine learning methods", "koneoppimismenetelmät", "maskininlärningsmetoder"), broader="machine-learning", en=["gradient boosting", "random forests", "random forest", "decision trees", "support vector machines", "SVM", "logistic regression", "linear regression", "clustering", "k-means", "ensemble methods", "Bayesian methods", "Bayesian statistics", "anomaly detection", "dimensionality reduction", "PCA", "feature engineering", "feature selection", "hyperparameter tuning", "cross-validation", "model evaluation", "semi-supervised learning", "transfer learning", "active learning"])
s("nlp-libs", K, "ai-ml", 0.9, ("NLP libraries and models", "NLP-kirjastot ja -mallit", "NLP-bibliotek och modeller"), broader="nlp", en=["Gensim", "Stanford CoreNLP", "AllenNLP", "fastText", "word2vec", "GloVe", "BERT", "RoBERTa", "Mistral AI", "sentence transformers", "embeddings", "text embeddings", "text classification", "sentiment analysis", "topic modeling", "ASR", "text-to-speech", "TTS", "Tesseract", "chatbots", "Rasa", "Dialogflow", "Amazon Lex", "Azure Bot Service"])
s("cv-libs", K, "ai-ml", 0.9, ("computer vision libraries and methods", "konenäkökirjastot ja -menetelmät", "bibliotek och metoder för datorseende"), broader="computer-vision", en=["Detectron2", "MMDetection", "image segmentation", "image classification", "CNNs", "GANs", "generative adversarial networks", "diffusion models", "Stable Diffusion", "scikit-image", "PIL", "ImageMagick", "point clouds", "LiDAR", "3D vision"])
s("llm-tools", K, "ai-ml", 0.9, ("LLM application frameworks", "LLM-sovelluskehykset", "ramverk för LLM-applikationer"), broader="llm", en=["AutoGen", "CrewAI", "DSPy", "vLLM", "Ollama", "llama.cpp", "fine-tuning", "LLM fine-tuning", "LoRA", "function calling", "Amazon Bedrock", "Anthropic API", "Gemini API", "Google Gemini"])
s("ml-platforms", K, "ai-ml", 0.9, ("ML platforms and model serving", "ML-alustat ja mallien tarjoilu", "ML-plattformar och modellservering"), broader="mlops", en=["W&B", "DVC", "Data Version Control", "Comet ML", "Neptune.ai", "ClearML", "BentoML", "Seldon", "Seldon Core", "KServe", "TorchServe", "TensorFlow Serving", "Triton Inference Server", "Ray Serve", "feature stores", "feature store", "model serving", "model monitoring", "experiment tracking", "H2O.ai", "DataRobot", "AutoML", "Azure Cognitive Services", "Amazon Rekognition", "Amazon Comprehend", "Google Vision API"])
s("optimisation", K, "data-analytics", 0.8, ("mathematical optimisation", "matemaattinen optimointi", "matematisk optimering"), broader="mathematics", en=["mathematical optimization", "operations research", "linear programming", "integer programming", "mixed-integer programming", "constraint programming", "Gurobi", "CPLEX", "OR-Tools", "discrete event simulation", "stochastic modelling", "queueing theory"], fi=["operaatiotutkimus", "lineaarinen optimointi"], sv=["operationsanalys"])
s("linear-algebra", K, "education", 0.75, ("linear algebra", "lineaarialgebra", "linjär algebra"), broader="mathematics", en=["calculus", "discrete mathematics", "numerical methods", "numerical analysis", "graph theory", "combinatorics", "signal processing theory"], fi=["differentiaalilaskenta", "diskreetti matematiikka", "numeeriset menetelmät"], sv=["diskret matematik", "numeriska metoder"])
s("aws-services", K, "cloud", 0.9, ("AWS services", "AWS-palvelut", "AWS-tjänster"), broader="aws", en=["AWS IAM", "Amazon VPC", "AWS VPC", "Route53", "Amazon EventBridge", "EventBridge", "Amazon Cognito", "Cognito", "AWS AppSync", "AppSync", "AWS Amplify", "AWS CodePipeline", "CodePipeline", "AWS CodeBuild", "CodeBuild", "AWS CodeDeploy", "CodeDeploy", "AWS CodeCommit", "AWS Systems Manager", "AWS Secrets Manager", "Secrets Manager", "AWS KMS", "AWS Organizations", "AWS Control Tower", "AWS CloudTrail", "CloudTrail", "AWS X-Ray", "AWS Config", "AWS GuardDuty", "GuardDuty", "AWS Security Hub", "AWS WAF", "AWS Shield", "AWS Backup", "Amazon EBS", "EBS", "Amazon EFS", "Amazon Glacier", "AWS Batch", "AWS Outposts", "Amazon Lightsail", "AWS SAM", "Amazon SES", "AWS Direct Connect", "Transit Gateway", "AWS Transit Gateway", "AWS Well-Architected", "Well-Architected Framework", "AWS Marketplace", "Amazon Connect", "Amazon ECR", "ECR", "AWS App Runner", "AWS Greengrass", "AWS IoT Core", "Amazon Managed Grafana"])
s("azure-services", K, "cloud", 0.9, ("Azure services", "Azure-palvelut", "Azure-tjänster"), broader="azure", en=["Azure Storage", "Azure Virtual Machines", "Azure VMs", "Azure Virtual Network", "Azure VNet", "Azure Key Vault", "Key Vault", "Azure Application Insights", "Azure Container Apps", "Azure Container Instances", "Azure Container Registry", "ACR", "Azure Front Door", "Azure Application Gateway", "Azure Load Balancer", "Azure Firewall", "Azure Policy", "Azure Resource Manager", "Azure Arc", "Azure Stack", "Azure Defender", "Microsoft Defender for Cloud", "Azure Service Fabric", "Azure Batch", "Azure Static Web Apps", "IoT Hub", "Azure Digital Twins", "Azure Cache for Redis", "Azure Files", "Azure Backup", "Azure Site Recovery", "Azure Landing Zones", "Azure Communication Services", "Azure HDInsight", "HDInsight", "Azure Data Lake", "Azure Data Lake Storage", "ADLS", "ADLS Gen2", "Azure Data Explorer", "Kusto", "KQL", "Azure Purview catalog"])
s("gcp-services", K, "cloud", 0.9, ("Google Cloud services", "Google Cloud -palvelut", "Google Cloud-tjänster"), broader="google-cloud", en=["Google Compute Engine", "Compute Engine", "GCS", "Cloud Build", "Google Cloud Build", "Anthos", "Cloud Composer", "Cloud Pub/Sub topics", "Cloud Armor", "Cloud IAM", "Stackdriver", "Cloud Logging", "Apigee X", "Looker Studio Pro", "Cloud CDN", "Cloud Load Balancing", "Cloud Interconnect", "Artifact Registry", "Cloud Deploy", "Cloud Scheduler", "Cloud Tasks", "Workflows GCP", "Dataform", "Dataplex", "Cloud Data Fusion", "Document AI", "Dialogflow CX"])
s("other-clouds", K, "cloud", 0.9, ("other cloud platforms", "muut pilvialustat", "andra molnplattformar"), broader="cloud-computing", en=["Oracle Cloud", "Oracle Cloud Infrastructure", "OCI", "IBM Cloud", "Alibaba Cloud", "DigitalOcean", "Linode", "Akamai Cloud", "Vultr", "Hetzner", "OVHcloud", "OVH", "Scaleway", "UpCloud", "Cloudflare Workers", "Vercel", "Netlify", "Fly.io", "Supabase", "Appwrite", "Backendless", "Parse Server", "SAP BTP", "SAP Business Technology Platform", "SAP Cloud Platform", "Salesforce Platform", "Tencent Cloud"])
s("cloud-models", K, "cloud", 0.6, ("cloud service models", "pilvipalvelumallit", "molntjänstmodeller"), broader="cloud-computing", en=["infrastructure as a service", "platform as a service", "multicloud", "private cloud", "public clouds", "hybrid cloud environments", "cloud-agnostic", "hyperscalers"], fi=["monipilvi", "yksityinen pilvi"], sv=["multimoln", "privat moln"])
s("cloud-certs", K, "cloud", 0.85, ("cloud certifications", "pilvisertifikaatit", "molncertifieringar"), broader="cloud-computing", en=["AWS certification", "AWS certifications", "AWS Certified Solutions Architect", "AWS Solutions Architect", "AWS Certified Developer", "AWS Certified DevOps Engineer", "AWS Certified Cloud Practitioner", "Azure certification", "Azure certifications", "Azure Solutions Architect", "Azure Administrator", "AZ-900", "AZ-104", "AZ-204", "AZ-305", "AZ-400", "Google Cloud certification", "Professional Cloud Architect", "Google Professional Cloud Architect", "CKA", "CKAD", "CKS", "Certified Kubernetes Administrator", "Certified Kubernetes Application Developer", "Docker Certified Associate", "HashiCorp Certified", "Terraform Associate", "Red Hat Certified Engineer", "LPIC", "Linux+", "CompTIA Linux+", "MCSA", "MCSE", "Microsoft certifications", "Microsoft Certified"], fi=["AWS-sertifikaatti", "Azure-sertifikaatti"], sv=["AWS-certifiering", "Azure-certifiering"])
s("travis-ci", K, "devops", 0.9, ("CI servers", "CI-palvelimet", "CI-servrar"), broader="ci-cd", en=["Buildkite", "Harness CI", "Jenkins X", "GoCD", "Semaphore CI", "AppVeyor", "Codefresh", "Google Cloud Build triggers", "AWS CodeStar", "Buddy.Works", "Woodpecker CI", "Bitrise", "Xcode Cloud"])
s("argo-cd", K, "devops", 0.9, ("progressive delivery tools", "asteittaisen toimituksen työkalut", "verktyg för progressiv leverans"), broader="gitops", en=["Argo Rollouts", "Tekton", "Spinnaker pipelines"])
s("artifactory", K, "devops", 0.9, ("artifact registries", "artefaktirekisterit", "artefaktregister"), broader="artifact-repository", en=["JFrog", "Docker Hub", "Docker Registry", "GitHub Packages", "Azure Artifacts", "ProGet", "Verdaccio"])
s("sonarqube", K, "testing", 0.9, ("code quality and security scanners", "koodin laatu- ja tietoturvaskannerit", "kodkvalitets- och säkerhetsskannrar"), broader="static-analysis", en=["SonarLint", "Checkmarx", "Veracode", "Coverity", "Snyk", "Dependabot", "WhiteSource", "OWASP Dependency-Check", "Trivy", "Semgrep", "CodeQL", "FindBugs", "SpotBugs", "Checkstyle", "Pylint", "Flake8", "RuboCop", "ReSharper", "Clang-Tidy", "cppcheck", "Klocwork", "Polyspace", "PC-lint", "test coverage", "JaCoCo", "Codecov", "Coveralls", "coverage.py"])
s("packer", K, "devops", 0.9, ("infrastructure as code tools", "IaC-työkalut", "IaC-verktyg"), broader="infrastructure-as-code", en=["Crossplane", "CloudFormation templates", "Serverless Application Model", "Skaffold", "Jsonnet", "cdktf", "Terraform Enterprise", "Spacelift", "env0"], amb=True)
s("vault", K, "security", 0.9, ("secrets management tools", "salaisuuksien hallintatyökalut", "verktyg för hemlighetshantering"), broader="secrets-management", en=["HashiCorp Vault", "HashiCorp Nomad", "HashiCorp Boundary", "Sealed Secrets", "External Secrets", "SOPS", "AWS Parameter Store", "Parameter Store", "CyberArk Conjur", "1Password Secrets"], amb=True)
s("secrets-management", K, "security", 0.8, ("secrets management", "salaisuuksien hallinta", "hantering av hemligheter"), broader="identity-and-access-management", en=["secret management", "credential management", "hardware security modules", "HSMs", "Let's Encrypt", "cert-manager"], fi=["avainten hallinta", "varmenteet", "sertifikaattien hallinta"])
s("k8s-ecosystem", K, "devops", 0.9, ("Kubernetes ecosystem", "Kubernetes-ekosysteemi", "Kubernetes-ekosystemet"), broader="kubernetes", en=["Kubernetes operators", "Operator Framework", "Custom Resource Definitions", "CRDs", "k3d", "minikube", "MicroK8s", "Karpenter", "KEDA", "Knative", "Kubernetes Ingress", "ingress controllers", "NGINX Ingress", "Weave Net", "CoreDNS", "Velero", "Ceph", "OpenEBS", "Portworx", "Tanzu", "VMware Tanzu", "Kubeadm", "kops", "k9s", "Docker Swarm mode", "Docker Compose files", "containerd runtime", "CRI-O", "runc", "Kata Containers", "gVisor", "Buildpacks", "Cloud Native Buildpacks", "Kaniko", "BuildKit", "OCI images", "container images", "container registries"])
s("chaos-engineering", K, "devops", 0.85, "chaos engineering", broader="sre", en=["Chaos Monkey", "Gremlin chaos", "LitmusChaos", "Chaos Mesh", "fault injection", "game days", "resilience testing"])
s("deployment-strategies", K, "devops", 0.7, ("deployment strategies", "käyttöönottostrategiat", "driftsättningsstrategier"), broader="ci-cd", en=["blue-green deployments", "blue-green deployment", "canary releases", "canary deployments", "rolling updates", "rolling deployments", "feature flags", "feature toggles", "LaunchDarkly", "Split.io", "Flagsmith", "trunk-based development", "zero-downtime deployments", "dark launches", "progressive delivery"], fi=["jatkuva käyttöönotto"])
s("logging-tools", K, "devops", 0.9, ("log management tools", "lokienhallintatyökalut", "logghanteringsverktyg"), broader="observability", en=["Fluentd", "Fluent Bit", "Graylog", "Loggly", "Sumo Logic", "Logz.io", "Vector.dev", "syslog", "rsyslog", "EFK stack", "log analysis", "centralized logging", "structured logging"], amb=True)
s("tracing-tools", K, "devops", 0.9, ("APM and tracing tools", "APM- ja jäljitystyökalut", "APM- och spårningsverktyg"), broader="observability", en=["Zipkin", "Lightstep", "AWS X-Ray tracing", "OpenTracing", "OpenCensus", "Elastic APM", "application performance management", "NewRelic", "Instana", "Rollbar", "Bugsnag", "Raygun", "Tideways", "Scout APM", "Pyroscope", "continuous profiling"], amb=True)
s("monitoring-tools", K, "devops", 0.9, ("monitoring tools", "valvontatyökalut", "övervakningsverktyg"), broader="prometheus", en=["Thanos", "Grafana Mimir", "Checkmk", "PRTG", "SolarWinds", "LogicMonitor", "Centreon", "Sensu", "Munin", "Observium", "LibreNMS", "Netdata", "StatsD", "Telegraf", "collectd", "Uptime Kuma", "Pingdom", "StatusCake", "Better Uptime", "synthetic monitoring", "real user monitoring"], amb=True)
s("incident-tools", K, "it-support", 0.9, ("on-call and incident tools", "päivystys- ja häiriötyökalut", "jour- och incidentverktyg"), broader="incident-management", en=["PagerDuty", "Opsgenie", "VictorOps", "Splunk On-Call", "incident.io", "FireHydrant", "Statuspage", "on-call rotations", "postmortems", "blameless postmortems", "runbooks", "SLIs", "SLAs", "service level objectives", "service level indicators", "toil reduction"])
s("perf-tools", K, "infrastructure", 0.9, ("Linux performance tools", "Linuxin suorituskykytyökalut", "Linux prestandaverktyg"), broader="performance-optimization", en=["strace", "ltrace", "mpstat", "pidstat", "sysstat", "htop", "iotop", "SystemTap", "eBPF", "bpftrace", "BCC tools", "flame graphs", "Process Monitor", "Sysinternals", "netstat", "lsof", "iperf", "iftop", "nload", "performance profiling", "profilers"])
s("jvm-tools", K, "backend", 0.9, ("profilers and JVM diagnostics", "profilointi- ja JVM-diagnostiikkatyökalut", "profilerare och JVM-diagnostik"), broader="jvm", en=["Java Flight Recorder", "VisualVM", "JProfiler", "async-profiler", "JConsole", "jstack", "jmap", "heap dumps", "thread dumps", "GC tuning", "garbage collector tuning", "Eclipse MAT", "Memory Analyzer", "dotTrace", "dotMemory", "ANTS Profiler", "PerfView", "py-spy", "cProfile", "pprof", "Xdebug"])
s("load-testing", K, "testing", 0.9, ("load testing tools", "kuormitustestaustyökalut", "lasttestverktyg"), broader="performance-testing", en=["Micro Focus LoadRunner", "NeoLoad", "BlazeMeter", "Vegeta", "ab Apache Bench", "soak testing", "capacity testing", "benchmarking"])
s("e2e-testing", K, "testing", 0.75, ("end-to-end and regression testing", "päästä päähän- ja regressiotestaus", "end-to-end- och regressionstestning"), broader="software-testing", en=["end-to-end tests", "UI testing", "GUI testing", "smoke testing", "sanity testing", "Pact contract testing", "mutation testing", "property-based testing", "fuzz testing", "fuzzing", "snapshot testing", "visual regression testing", "component testing"], fi=["käyttöliittymätestaus"])
s("linux-distros", K, "infrastructure", 0.9, ("Linux distributions", "Linux-jakelut", "Linuxdistributioner"), broader="linux", en=["SUSE Linux", "openSUSE", "Alpine Linux", "Oracle Linux", "Arch Linux", "Gentoo", "Linux Mint", "Amazon Linux", "CoreOS", "Flatcar", "Bottlerocket", "Raspbian", "Raspberry Pi OS", "Yocto Linux"])
s("unix-variants", K, "infrastructure", 0.9, ("Unix variants", "Unix-versiot", "Unix-varianter"), broader="unix", en=["Oracle Solaris", "SunOS", "IBM AIX", "OpenBSD", "NetBSD", "illumos", "IBM z/OS", "z/VM", "OS/400", "OpenVMS", "POSIX"])
s("linux-admin", K, "infrastructure", 0.8, ("Linux systems administration", "Linux-järjestelmähallinta", "Linux-systemförvaltning"), broader="linux", en=["systemd", "cron", "crontab", "SELinux", "AppArmor", "iptables", "nftables", "firewalld", "LVM", "RPM", "kernel tuning", "kernel development", "kernel modules", "Linux internals", "command line", "CLI", "Vim", "Emacs", "tmux", "SSH", "OpenSSH", "NFS", "Samba", "Linux programming", "POSIX threads", "pthreads", "user space", "kernel space"], fi=["Linux-järjestelmien ylläpito", "komentorivi"], sv=["Linux-systemadministration", "kommandorad"])
s("windows-admin", K, "infrastructure", 0.8, ("Windows administration", "Windows-järjestelmähallinta", "Windowsadministration"), broader="windows", en=["Windows Registry", "WSUS", "System Center", "Configuration Manager", "Microsoft Endpoint Configuration Manager", "Azure AD Connect", "Entra Connect", "DFS", "Windows PowerShell DSC", "Windows Server Update Services", "Remote Desktop Services", "RDS Windows", "WSL", "Windows Subsystem for Linux"])
s("virtualization-platforms", K, "infrastructure", 0.9, ("virtualisation platforms", "virtualisointialustat", "virtualiseringsplattformar"), broader="vmware", en=["VMware vCenter", "VMware NSX", "NSX", "vSAN", "vRealize", "QEMU", "XenServer", "Citrix Hypervisor", "Proxmox VE", "oVirt", "Red Hat Virtualization", "VirtualBox", "Oracle VirtualBox", "Nutanix", "Nutanix AHV", "hyperconverged infrastructure", "NFV", "hypervisor"])
s("storage-products", K, "infrastructure", 0.9, ("storage platforms", "tallennusalustat", "lagringsplattformar"), broader="storage-systems", en=["NetApp ONTAP", "Dell EMC", "EMC", "Pure Storage", "HPE 3PAR", "IBM Spectrum Scale", "GPFS", "Ceph storage", "GlusterFS", "MinIO", "storage area networks", "network-attached storage", "iSCSI", "Fibre Channel", "RAID", "ZFS", "Btrfs", "object storage", "block storage", "file storage"])
s("backup-products", K, "infrastructure", 0.9, ("backup software", "varmuuskopio-ohjelmistot", "säkerhetskopieringsprogram"), broader="backup-and-recovery", en=["Veeam Backup", "Veritas NetBackup", "NetBackup", "Rubrik", "Cohesity", "Acronis", "IBM Spectrum Protect", "Tivoli Storage Manager", "Zerto", "Bacula", "restic", "BorgBackup", "tape backups"])
s("endpoint-tools", K, "it-support", 0.9, ("device management tools", "laitehallintatyökalut", "enhetshanteringsverktyg"), broader="endpoint-management", en=["Workspace ONE", "VMware Workspace ONE", "MobileIron", "Kandji", "Ivanti", "Ivanti Endpoint Manager", "ManageEngine", "ManageEngine Endpoint Central", "PDQ Deploy", "Tanium", "NinjaOne", "NinjaRMM", "ConnectWise", "Kaseya", "Datto RMM", "N-able", "RMM tools", "MDM"])
s("routing-protocols", K, "networking", 0.85, ("routing protocols", "reitityskäytännöt", "routingprotokoll"), broader="routing-and-switching", en=["EIGRP", "IS-IS", "RIP", "VRRP", "HSRP", "segment routing", "SR-MPLS", "SRv6", "multicast", "IGMP", "policy-based routing", "route reflectors", "dynamic routing", "static routing", "Layer 3"], fi=["reititysprotokollat"], sv=["routing", "dynamisk routing"])
s("switching", K, "networking", 0.85, ("switching", "kytkentä", "switchning"), broader="routing-and-switching", en=["VXLAN", "STP", "Spanning Tree", "RSTP", "LACP", "link aggregation", "802.1Q", "802.1X", "Layer 2", "L2/L3", "EVPN", "QinQ", "port security", "trunking"], fi=["kytkimet", "VLAN-verkot"], sv=["switchar", "VLAN-nät"])
s("ip-networking", K, "networking", 0.8, ("IP networking fundamentals", "IP-verkkojen perusteet", "IP-nätverkens grunder"), broader="tcp-ip", en=["CIDR", "NAT", "DHCP protocol", "ARP", "ICMP", "QoS", "quality of service", "network address translation", "GRE", "L2TP", "latency optimization", "network latency", "network performance"], fi=["IP-osoitteet", "aliverkotus"], sv=["IP-adressering", "subnät"])
s("app-protocols", K, "networking", 0.75, ("application protocols", "sovellusprotokollat", "applikationsprotokoll"), broader="network-protocols", en=["SSH protocol", "FTP", "SFTP", "FTPS", "SMTP", "IMAP", "POP3", "NetFlow", "sFlow", "IPFIX", "NTP", "LDAP protocol", "TLS 1.3", "QUIC", "RTP", "RTSP", "WebDAV", "XMPP", "AMQP protocol", "Modbus TCP", "email protocols", "network protocols analysis"])
s("sdn", K, "networking", 0.85, ("software-defined networks", "ohjelmisto-ohjatut verkot", "mjukvarudefinierade nät"), broader="network-design", en=["OpenFlow", "Open vSwitch", "OVS", "DPDK", "SR-IOV", "SmartNICs", "SmartNIC", "RDMA", "RoCE", "InfiniBand", "P4 programming", "network function virtualization", "eBPF networking", "XDP", "packet processing", "network offload", "NIC drivers", "network drivers"], fi=["SDN-verkot"], sv=["SDN-nätverk"])
s("network-vendors", K, "networking", 0.9, ("network and security vendors", "verkko- ja tietoturvatoimittajat", "nätverks- och säkerhetsleverantörer"), broader="networking-hardware", en=["Arista", "Arista Networks", "Aruba Networks", "HPE Aruba", "Ubiquiti", "UniFi", "Extreme Networks", "Huawei networking", "Nokia SR OS", "MikroTik", "Zscaler", "Netskope", "Cisco ISE", "IOS-XR", "NX-OS", "Cisco Nexus", "Cisco Catalyst", "Infoblox", "BlueCat", "Citrix ADC", "NetScaler", "Cisco Umbrella"])
s("network-certs", K, "networking", 0.85, ("networking certifications", "verkkosertifikaatit", "nätverkscertifieringar"), broader="networking", en=["CCNA Security", "JNCIA", "JNCIS", "JNCIP", "JNCIE", "CompTIA Network+", "Network+", "CWNA", "PCNSA", "PCNSE", "NSE4", "Fortinet NSE"])
s("telecom", K, "networking", 0.8, ("radio and transport network technologies", "radio- ja runkoverkkoteknologiat", "radio- och transportnätsteknik"), broader="mobile-networks", en=["3G", "GSM", "UMTS", "RAN", "radio access networks", "O-RAN", "open RAN", "core network", "5G core", "EPC", "IMS", "VoLTE", "3GPP", "radio frequency", "RF engineering", "RF", "antenna design", "DWDM", "optical networks", "FTTH", "GPON", "SONET", "SDH", "DSL", "cable networks", "DOCSIS", "satellite communications"], fi=["valokuituverkot"], sv=["fibernät"])
s("security-frameworks", K, "security", 0.8, ("security compliance frameworks", "tietoturvan viitekehykset", "ramverk för säkerhetsefterlevnad"), broader="security-compliance", en=["HIPAA", "PCI-DSS", "PCI", "FedRAMP", "SOC 2", "SOC2", "SOC 1", "ISAE 3402", "NIST Cybersecurity Framework", "NIST 800-53", "NIST SP 800-53", "CIS benchmarks", "Sarbanes-Oxley", "FISMA", "CMMC", "ITAR", "TISAX", "ISO 27017", "ISO 27018", "ISO 22301", "Cyber Essentials", "BSI IT-Grundschutz", "Common Criteria", "FIPS 140-2", "eIDAS", "CCPA", "HITRUST", "security clearance", "TS/SCI"], fi=["turvallisuusselvitys"], sv=["säkerhetskrav", "säkerhetsprövning"])
s("threat-modeling", K, "security", 0.8, ("secure development lifecycle", "turvallinen kehityselinkaari", "säker utvecklingslivscykel"), broader="application-security", en=["STRIDE", "attack trees", "secure coding practices", "secure development practices", "secure SDLC", "SDLC security", "security by design", "security reviews", "code security reviews", "security code review"], sv=["säker programmering", "säker mjukvaruutveckling"])
s("appsec-testing", K, "security", 0.8, ("application security testing", "sovellusten tietoturvatestaus", "säkerhetstestning av applikationer"), broader="application-security", en=["IAST", "SCA", "software composition analysis", "static application security testing", "dynamic application security testing", "security scanning", "Tenable", "OpenVAS", "Acunetix", "Netsparker", "Invicti", "Nikto", "sqlmap", "Nmap", "Cobalt Strike", "BloodHound", "Mimikatz", "x64dbg", "Radare2", "MobSF", "bug bounties", "purple teaming", "adversary emulation", "ATT&CK", "OWASP ASVS", "CVE", "CVSS"], fi=["haavoittuvuuksien arviointi"], sv=["sårbarhetsbedömning"])
s("edr-xdr", K, "security", 0.85, ("EDR and intrusion detection", "EDR ja tunkeutumisen havainnointi", "EDR och intrångsdetektering"), broader="endpoint-security", en=["MDR", "managed detection and response", "Carbon Black", "VMware Carbon Black", "Defender for Endpoint", "Cortex XDR", "Cortex XSOAR", "Trend Micro", "Sophos", "Symantec", "McAfee", "Trellix", "ESET", "Kaspersky", "Bitdefender", "Cylance", "anti-malware", "IDS", "IPS", "Suricata", "Zeek", "Bro IDS", "Wazuh", "OSSEC", "honeypots", "NDR", "Darktrace", "Vectra"])
s("siem-products", K, "security", 0.9, ("SIEM products", "SIEM-tuotteet", "SIEM-produkter"), broader="siem", en=["IBM QRadar", "Micro Focus ArcSight", "LogRhythm", "Exabeam", "Securonix", "Elastic Security", "Elastic SIEM", "Splunk Enterprise Security", "Splunk ES", "Google Chronicle", "Sumo Logic SIEM", "AlienVault", "AlienVault OSSIM", "USM Anywhere", "Rapid7 InsightIDR", "InsightIDR", "Graylog Security"])
s("social-engineering", K, "security", 0.8, ("social engineering", "sosiaalinen manipulointi", "social engineering"), broader="security-awareness", en=["phishing", "spear phishing", "pretexting", "phishing simulations", "phishing simulation", "KnowBe4", "Proofpoint", "Mimecast", "email security", "business email compromise", "BEC", "social engineering attacks", "human risk"], fi=["tietojenkalastelu", "huijaussähköpostit"], sv=["nätfiske", "phishing-attacker"])
s("cyber-threats", K, "security", 0.6, ("cyber threats", "kyberuhat", "cyberhot"), broader="information-security", en=["cyber-security", "malware", "ransomware", "advanced persistent threats", "threat actors", "attack vectors", "attack surface", "attack surface management", "DDoS", "DDoS protection", "botnets", "zero-day", "zero-days", "vulnerabilities", "security vulnerabilities", "threats and vulnerabilities", "cyber attacks", "cyberattacks", "cyber defence", "cyber defense", "cyber resilience", "cyber risk"], fi=["tietoturvauhat", "haittaohjelmat", "kiristyshaittaohjelmat", "kyberhyökkäykset"], sv=["skadlig kod", "cyberattacker"], esco="501537a7 attack vectors")
s("security-certs", K, "security", 0.85, ("security certifications", "tietoturvasertifikaatit", "säkerhetscertifieringar"), broader="information-security", en=["OSCE", "OSWE", "Certified Ethical Hacker", "CISA", "CRISC", "CCSP", "Security+", "CySA+", "CompTIA CySA+", "PenTest+", "CASP+", "GIAC", "GCIH", "GCIA", "GPEN", "GSEC", "GCFA", "GREM", "SSCP", "CSSLP", "ISO 27001 Lead Auditor", "ISO 27001 Lead Implementer", "eJPT", "CRTP", "CRTO", "PNPT"])
s("cloud-security-tools", K, "security", 0.85, ("cloud and container security tools", "pilvi- ja konttiturvallisuustyökalut", "moln- och containersäkerhetsverktyg"), broader="cloud-security", en=["CNAPP", "CWPP", "CASB", "Prisma Cloud", "Orca Security", "Lacework", "Aqua Security", "Sysdig", "Sysdig Secure", "Falco", "Twistlock", "NeuVector", "Kubernetes security", "container security", "Kyverno", "Open Policy Agent", "Gatekeeper", "policy as code", "DLP", "data loss prevention", "SSE security", "network segmentation", "microsegmentation", "Illumio"], fi=["konttien tietoturva"], sv=["molnsäkerhetsverktyg", "containersäkerhet"])
s("encryption", K, "security", 0.8, ("encryption techniques", "salaustekniikat", "krypteringstekniker"), broader="cryptography", en=["data encryption", "encryption at rest", "encryption in transit", "end-to-end encryption", "AES", "RSA", "ECC", "elliptic curve cryptography", "hashing", "SHA-256", "digital signatures", "PGP", "GPG", "OpenSSL", "BoringSSL", "libsodium", "post-quantum cryptography", "tokenization"], fi=["tiedon salaus", "digitaaliset allekirjoitukset"], sv=["datakryptering", "krypteringsmetoder", "digitala signaturer"])
s("mfa", K, "security", 0.85, ("strong authentication", "vahva todentaminen", "stark autentisering"), broader="auth-protocols", en=["2FA", "two-factor authentication", "multifactor authentication", "passwordless authentication", "biometric authentication", "YubiKey", "Duo Security", "RSA SecurID", "Microsoft Authenticator", "conditional access"], fi=["kaksivaiheinen tunnistautuminen"], sv=["tvåfaktorsautentisering"])
s("iam-products", K, "security", 0.9, ("identity management products", "identiteetinhallintatuotteet", "identitetshanteringsprodukter"), broader="identity-and-access-management", en=["PingFederate", "ForgeRock", "SailPoint", "Saviynt", "Thycotic", "Delinea", "One Identity", "Microsoft Identity Manager", "MIM", "Oracle Identity Manager", "OIM", "IBM Security Verify", "AWS IAM Identity Center", "AWS SSO", "Google Identity", "JumpCloud", "OneLogin", "Duo SSO", "Gluu", "Authelia", "Authentik", "FreeIPA", "identity governance and administration"])
s("arm-architecture", K, "embedded-iot", 0.9, ("processor architectures", "prosessoriarkkitehtuurit", "processorarkitekturer"), broader="microcontrollers", en=["ARM architecture", "ARM", "ARM Cortex", "ARM Cortex-A", "ARM Cortex-R", "Cortex-A", "ARM core", "ARM cores", "ARM64", "AArch64", "ARMv8", "RISC-V", "x86", "x86-64", "x64", "x86 architecture", "MIPS", "PowerPC", "SPARC", "PIC", "PIC microcontrollers", "MSP430", "8051", "DSP processors", "processor architecture", "CPU architecture", "computer architecture", "instruction set architectures", "NUMA", "multicore", "multi-core", "cache coherence", "virtual memory", "MMU", "memory management unit", "interrupts", "interrupt handling", "DMA", "direct memory access", "bootloader", "U-Boot", "UEFI", "BIOS", "secure boot", "TrustZone", "ARM TrustZone"])
s("mcu-platforms", K, "embedded-iot", 0.9, ("embedded hardware platforms", "sulautetut laitealustat", "inbyggda hårdvaruplattformar"), broader="microcontrollers", en=["ESP8266", "Nordic nRF52", "nRF Connect SDK", "NXP i.MX", "i.MX", "Texas Instruments", "TI Sitara", "Atmel", "Renesas", "Infineon", "Infineon AURIX", "AURIX", "NXP S32", "STM32Cube", "STM32CubeIDE", "Keil MDK", "IAR", "MPLAB", "Segger", "J-Link", "Segger J-Link", "OpenOCD", "JTAG", "SWD", "Lauterbach", "TRACE32", "BeagleBone", "NVIDIA Jetson", "Zynq", "Xilinx Zynq", "Quartus"])
s("rtos", K, "embedded-iot", 0.9, ("RTOS platforms", "RTOS-alustat", "RTOS-plattformar"), broader="real-time-systems", en=["real-time operating system", "Zephyr", "ThreadX", "Azure RTOS", "embOS", "Micrium", "uC/OS", "µC/OS", "RTEMS", "NuttX", "ChibiOS", "Mbed OS", "Arm Mbed", "RIOT OS", "INTEGRITY RTOS", "SafeRTOS", "PikeOS", "LynxOS", "bare metal", "bare-metal"])
s("embedded-linux-tools", K, "embedded-iot", 0.9, ("embedded Linux build tools", "sulautetun Linuxin käännöstyökalut", "byggverktyg för inbyggd Linux"), broader="embedded-linux", en=["BitBake", "PetaLinux", "device tree", "device trees", "Linux BSP", "board support package", "cross-compilation", "cross compiling", "toolchains", "GCC toolchain", "linker scripts", "OTA updates", "firmware updates", "Mender", "SWUpdate", "RAUC"])
s("hardware-interfaces", K, "embedded-iot", 0.85, ("hardware interfaces", "laiteliitännät", "hårdvarugränssnitt"), broader="electronics", en=["I2C", "I²C", "SPI", "SPI bus", "UART", "USART", "RS-232", "RS-485", "USB", "USB protocol", "USB-C", "PCIe", "PCI Express", "SATA", "NVMe", "MIPI", "MIPI CSI", "MIPI DSI", "HDMI", "DisplayPort", "LVDS", "GPIO", "ADC", "DAC", "PWM", "SDIO", "eMMC", "QSPI", "JTAG interface", "1-Wire", "SMBus", "I2S", "CAN FD", "LIN", "FlexRay", "MOST bus", "automotive Ethernet", "BroadR-Reach", "SerDes", "DDR", "DDR4", "LPDDR", "bus protocols", "serial communication", "serial protocols"], fi=["sarjaliikenne", "väyläprotokollat"], sv=["seriell kommunikation", "bussprotokoll"])
s("industrial-protocols", K, "embedded-iot", 0.85, ("industrial communication protocols", "teollisuuden tiedonsiirtoprotokollat", "industriella kommunikationsprotokoll"), broader="automation-and-control", en=["Modbus RTU", "PROFIBUS", "EtherCAT", "EtherNet/IP", "OPC-UA", "OPC", "DNP3", "IEC 61850", "IEC 60870-5-104", "BACnet", "KNX", "IO-Link", "DeviceNet", "fieldbuses", "industrial Ethernet", "MQTT Sparkplug", "Industry 4.0", "SCADA protocols", "distributed control systems", "Simatic", "Siemens SIMATIC", "Rockwell", "Allen-Bradley", "Studio 5000", "RSLogix", "Beckhoff", "TwinCAT", "Schneider Electric", "ABB robotics", "Wonderware", "Ignition SCADA", "WinCC"])
s("iot-wireless", K, "embedded-iot", 0.85, ("IoT radio technologies", "IoT-radioteknologiat", "IoT-radiotekniker"), broader="wireless-technologies", en=["Z-Wave", "LTE-M", "Sigfox", "Thread protocol", "Matter protocol", "Bluetooth LE", "WLAN protocols", "IEEE 802.15.4", "UWB", "ultra-wideband", "GNSS", "GPS", "Wirepas", "Wi-SUN", "mesh networking", "wireless mesh networks"], fi=["LPWA-verkot"], sv=["LPWA-nät"])
s("functional-safety", K, "embedded-iot", 0.85, ("functional safety", "toiminnallinen turvallisuus", "funktionell säkerhet"), broader="embedded-systems", en=["IEC 61508", "IEC 62304", "DO-178C", "DO-178B", "DO-254", "EN 50128", "ISO 21434", "ISO/SAE 21434", "UNECE R155", "ASPICE", "MISRA", "MISRA C", "MISRA C++", "SOTIF", "ISO 21448", "safety-critical systems", "safety-critical software", "safety critical", "FMEA", "FMEDA", "FTA", "fault tree analysis", "ASIL", "medical device software", "IEC 60601", "ISO 13485", "FDA regulations", "CE marking", "EMC testing"], fi=["turvallisuuskriittiset järjestelmät"], sv=["säkerhetskritiska system"])
s("hw-tools", K, "embedded-iot", 0.85, ("electronics design and lab tools", "elektroniikkasuunnittelu- ja laboratoriotyökalut", "elektronikdesign- och labbverktyg"), broader="hardware-testing", en=["oscilloscopes", "logic analyzers", "logic analyzer", "spectrum analyzers", "spectrum analyzer", "multimeters", "signal generators", "protocol analyzer", "bus analyzers", "lab equipment", "Cadence Allegro", "Mentor Graphics", "Eagle PCB", "LTspice", "PSpice", "Multisim", "schematic capture", "mixed-signal", "RF design", "signal integrity", "power integrity", "EMI", "thermal design", "DFM", "design for manufacturing", "ASIC", "SoC design", "RTL design", "HLS", "high-level synthesis", "Cocotb", "ModelSim", "QuestaSim", "Synopsys", "timing analysis", "STA", "formal verification"])
s("audio-video", K, "embedded-iot", 0.85, ("audio and video processing", "audio- ja videokäsittely", "ljud- och videobehandling"), broader="dsp", en=["video processing", "audio processing", "video codecs", "audio codecs", "codecs", "H.264", "H.265", "HEVC", "AV1", "VP9", "AAC", "FFmpeg", "GStreamer", "live streaming", "HLS streaming", "MPEG-DASH", "WebRTC media", "multimedia", "multimedia frameworks", "ALSA", "PulseAudio", "PipeWire", "camera drivers", "V4L2", "image signal processing", "ISP tuning", "computer audio"], fi=["videon käsittely", "äänenkäsittely", "videon suoratoisto"], sv=["videobehandling", "ljudbehandling", "videoströmning"], esco="a59708e3 multimedia systems")
s("swiftui", K, "mobile", 0.9, ("Apple frameworks", "Applen kehykset", "Apples ramverk"), broader="ios-development", en=["Core Animation", "AVFoundation", "MapKit", "HealthKit", "StoreKit", "Swift Package Manager", "SPM", "TestFlight", "App Store Connect", "watchOS", "tvOS", "visionOS", "iPadOS", "Alamofire", "Realm Swift"])
s("jetpack", K, "mobile", 0.9, ("Android Jetpack and libraries", "Android Jetpack ja kirjastot", "Android Jetpack och bibliotek"), broader="android-development", en=["Android NDK", "Kotlin Coroutines", "Kotlin Flow", "Room database", "Koin", "RxJava Android", "Gradle Android", "Google Play Console", "Android Auto", "Wear OS", "Android TV", "AOSP", "Android Open Source Project", "Android framework", "Android internals", "Firebase Crashlytics", "Crashlytics"], amb=True)
s("mobile-concepts", K, "mobile", 0.65, ("mobile app development concepts", "mobiilisovelluskehityksen käsitteet", "mobilappsutvecklingens begrepp"), broader="mobile-development", en=["push notifications", "offline sync", "mobile UI", "mobile UX", "mobile technology", "mobile technologies", "native apps", "native mobile apps", "hybrid apps", "cross-platform development", "cross-platform mobile development", "mobile testing", "mobile security", "app store optimization", "ASO", "mobile payments", "Apple Pay", "Google Pay", "deep linking", "in-app purchases", "mobile analytics", "mobile CI/CD", "NativeScript", "Unity mobile"], fi=["mobiiliteknologia", "mobiilimaksaminen"], sv=["mobilteknik", "mobilbetalningar"])
s("xp", K, "methods", 0.8, ("pair and mob programming", "pari- ja mob-ohjelmointi", "par- och mobbprogrammering"), broader="agile", en=["extreme programming practices", "ensemble programming", "collective code ownership", "continuous refactoring"], fi=["mob-ohjelmointi"], sv=["mobbprogrammering"])
s("scaled-agile", K, "methods", 0.8, ("agile at scale", "ketteryys laajassa mittakaavassa", "agilt i stor skala"), broader="agile", en=["Scrum@Scale", "Nexus framework", "Disciplined Agile", "Spotify model", "squads and tribes", "agile transformation", "release trains", "PI planning", "Agile Release Train", "DevOps transformation", "lean-agile"], fi=["ketterä transformaatio"], sv=["agil transformation"])
# Not "continuous improvement" or "process improvement" (fi, sv alike): postings say "the continuous
# improvement of our services" of any team, and the demo market gaps showed Six Sigma as a top skill in demand.
s("six-sigma", K, "methods", 0.75, ("Six Sigma and continuous improvement", "Six Sigma ja jatkuva parantaminen", "Six Sigma och ständiga förbättringar"), broader="lean", en=["DMAIC", "Kaizen", "value stream mapping", "5 whys", "PDCA", "Theory of Constraints", "Toyota Production System", "TPM", "total quality management", "TQM", "lean manufacturing", "ISO 9001", "quality management systems", "QMS"], fi=["laatujärjestelmät"], sv=["kvalitetsledningssystem"], esco="0550431f continuous improvement philosophies")
s("okr", K, "methods", 0.75, "OKR", broader="product-management", en=["OKRs", "objectives and key results", "KPIs", "KPI", "key performance indicators", "balanced scorecard", "north star metric", "product metrics", "success metrics"], fi=["tavoitteet ja avaintulokset", "avainmittarit"], sv=["mål och nyckelresultat"])
s("product-discovery", K, "methods", 0.7, ("product discovery practices", "tuotekehityksen löytökäytännöt", "metoder för produktupptäckt"), broader="product-management", en=["user story mapping", "story mapping", "backlog grooming", "product backlog", "product roadmaps", "roadmapping", "roadmap planning", "minimum viable product", "product-market fit", "jobs to be done", "JTBD", "lean startup", "customer development", "opportunity solution tree", "acceptance criteria", "definition of done", "sprint reviews"], fi=["tuotejono", "tiekartat", "tuotteen tiekartta"], sv=["produktbacklogg", "färdplaner", "produktens färdplan"])
s("architecture-practice", K, "software-engineering", 0.75, ("architecture documentation", "arkkitehtuurin dokumentointi", "arkitekturdokumentation"), broader="software-architecture", en=["architecture decision records", "ADRs", "ADR", "C4 model", "arc42", "Sparx Enterprise Architect", "Enterprise Architect tool", "LeanIX", "architecture reviews", "architecture principles", "technical design documents", "design documents", "RFCs", "high-level design", "low-level design", "HLD", "LLD", "reference architectures", "architecture patterns", "non-functional requirements", "NFRs", "quality attributes", "trade-off analysis", "ATAM"], fi=["arkkitehtuuriperiaatteet", "arkkitehtuurikuvaukset"], sv=["arkitekturprinciper", "arkitekturbeskrivningar"])
s("it-governance", K, "methods", 0.7, ("IT governance", "IT-hallintamalli", "IT-styrning"), broader="ict-project-management", en=["COBIT", "IT strategy", "IT portfolio management", "PMO", "project management office", "IT budgeting", "IT cost management", "technology roadmaps", "technology roadmap", "IT roadmap", "digital strategy", "IT operating model", "sourcing strategy", "IT outsourcing", "IT4IT", "VeriSM", "SIAM", "service integration and management", "business continuity planning"], fi=["IT-strategia", "digitaalinen transformaatio", "portfolionhallinta", "liiketoiminnan jatkuvuus"], sv=["IT-strategi", "digital transformation", "portföljhantering"])
s("technical-debt", K, "software-engineering", 0.7, ("technical debt management", "teknisen velan hallinta", "hantering av teknisk skuld"), broader="code-quality", en=["technical debt", "tech debt", "legacy code", "legacy systems", "application modernization", "software modernization", "monolith decomposition", "strangler fig pattern", "re-platforming", "re-architecting", "software maintenance", "maintainability", "software maintainability", "reusability", "code reuse", "coding conventions", "code style"], fi=["tekninen velka", "perintöjärjestelmät", "järjestelmien modernisointi", "ylläpidettävyys"], sv=["teknisk skuld", "systemmodernisering", "underhållbarhet"])
s("documentation-tools", K, "software-engineering", 0.7, ("documentation tools", "dokumentointityökalut", "dokumentationsverktyg"), broader="technical-documentation", en=["Markdown", "AsciiDoc", "reStructuredText", "Sphinx docs", "MkDocs", "Docusaurus", "Javadoc", "JSDoc", "Doxygen", "Redoc", "Read the Docs", "GitBook", "docs as code", "docs-as-code", "README", "wikis", "MadCap Flare", "Paligo", "LaTeX"])
s("version-control-tools", K, "software-engineering", 0.9, ("version control platforms", "versionhallinta-alustat", "versionshanteringsplattformar"), broader="version-control", en=["Atlassian Bitbucket", "Bitbucket Server", "Gerrit", "Perforce", "Helix Core", "Perforce Helix", "Plastic SCM", "TFVC", "Gogs", "SourceTree", "GitKraken", "git workflows", "GitHub Flow", "pull requests", "merge requests", "branching strategies", "monorepos", "monorepo", "Lerna", "Turborepo", "Yarn workspaces"])
s("ide-tools", K, "software-engineering", 0.9, ("code editors and IDEs", "koodieditorit ja kehitysympäristöt", "kodredigerare och IDE:er"), broader="ides", en=["JetBrains", "WebStorm", "JetBrains Rider", "CLion", "GoLand", "PhpStorm", "RubyMine", "DataGrip", "Android Studio IDE", "Apache NetBeans", "Sublime Text", "Neovim", "Vim editor", "Spyder", "RStudio IDE", "Code::Blocks", "Cursor editor", "Zed editor", "Notepad++"])
s("collab-tools", K, "productivity-tools", 0.9, ("team collaboration apps", "tiimien yhteistyösovellukset", "samarbetsappar för team"), broader="collaboration-tools", en=["Zoom meetings", "Google Meet", "Skype", "Skype for Business", "Webex", "Cisco Webex", "Mattermost", "Rocket.Chat", "Monday.com", "ClickUp", "Airtable", "Wrike", "Linear app", "YouTrack", "GitHub Projects", "Redmine", "Bugzilla", "MantisBT", "Productboard", "Dropbox", "Freshdesk", "Pipedrive", "Mailchimp"], amb=True)
s("healthcare", K, "industries", 0.55, ("healthcare", "terveydenhuolto", "hälso- och sjukvård"), broader="health-technology", en=["health care", "telemedicine", "clinical systems", "health information systems", "pharmaceuticals", "pharma", "clinical trials", "Veeva", "Cerner", "DICOM", "PACS"], fi=["terveysala", "lääketeollisuus"], sv=["sjukvård", "läkemedelsindustri", "patientjournalsystem"])
s("public-sector", K, "industries", 0.5, ("public sector", "julkinen sektori", "offentlig sektor"), en=["government", "government agencies", "public administration", "e-government", "GovTech", "civic tech", "defence", "defense", "defense industry", "military", "public services", "municipalities", "non-profit", "nonprofit", "NGO", "NGOs", "international development", "humanitarian"], fi=["julkishallinto", "puolustusvoimat", "puolustusteollisuus", "valtionhallinto"], sv=["offentlig förvaltning", "försvaret", "försvarsindustrin"], esco="d39022ab public administration")
s("retail", K, "industries", 0.45, ("retail", "vähittäiskauppa", "detaljhandel"), broader="e-commerce", en=["retail industry", "FMCG", "CPG", "consumer products", "B2C", "D2C", "online marketplaces", "hospitality", "hospitality industry", "travel industry", "food delivery", "online gaming"], fi=["päivittäistavarakauppa", "matkailu", "ravintola-ala"], sv=["dagligvaruhandel", "turism", "restaurangbranschen"])
s("b2b-markets", K, "industries", 0.4, ("business-to-business markets", "yritysmarkkinat", "företagsmarknaden"), en=["B2B", "business-to-business", "B2B markets", "B2B2C", "enterprise customers"], fi=["B2B-markkinat"], sv=["B2B-marknaden"])
s("manufacturing-industry", K, "industries", 0.4, ("manufacturing", "valmistava teollisuus", "tillverkningsindustri"), en=["manufacturing industry", "automotive", "automotive industry", "logistics", "proptech", "energy sector", "oil and gas", "cleantech", "smart grid", "agriculture", "agritech", "semiconductor industry", "consumer electronics", "electronics industry", "HVAC", "smart buildings", "smart cities"], fi=["autoteollisuus", "logistiikka", "toimitusketjut", "energia-ala", "kiinteistöala", "metsäteollisuus", "LVI"], sv=["fordonsindustri", "logistik", "leveranskedjor", "byggbranschen", "energibranschen", "fastighetsbranschen", "skogsindustri", "VVS"])
s("it-industry", K, "industries", 0.35, ("software and IT industry", "ohjelmisto- ja IT-ala", "mjukvaru- och IT-branschen"), broader="information-technology", en=["software industry", "Information Technology and Services", "IT services", "tech industry", "technology industry", "SaaS companies", "software companies", "scale-ups", "scaleups", "IT consultancies", "Staffing and Recruiting", "HR tech", "HRtech", "edtech", "education technology", "adtech", "advertising technology", "martech", "marketing technology", "legaltech", "regtech", "payment processing", "card payments", "credit cards", "DeFi", "wealth management", "credit risk", "credit underwriting", "telecom industry", "media industry", "Marketing and Advertising"], fi=["ohjelmistoala", "IT-palvelut", "startupit", "maksuliikenne"], sv=["mjukvarubranschen", "IT-tjänster"])
s("computer-engineering", K, "education", 0.5, ("computing degrees", "tietotekniikan tutkinnot", "dataexamina"), broader="computer-science", en=["computer engineering degree", "software engineering degree", "information systems", "STEM degree", "BSc/MSc", "B.S.", "M.S.", "B.Tech", "M.Tech", "Fachhochschule", "applied sciences degree", "polytechnic degree", "vocational qualification", "bootcamp", "coding bootcamp", "mechatronics engineering", "engineering physics", "natural sciences", "business administration", "MBA"], sv=["programvaruteknik", "yrkeshögskoleexamen"])


# =====================================================================================
# Ids that other code and the data generator rely on; build_taxonomy.py checks they exist.
REQUIRED_IDS = """
python java javascript typescript csharp cpp c go rust kotlin swift php ruby scala r sql bash powershell dart julia
matlab perl haskell elixir objective-c cobol visual-basic
react angular vuejs nodejs nextjs svelte django flask fastapi spring spring-boot dotnet aspnet ruby-on-rails laravel
express jquery flutter react-native android-development ios-development html css sass tailwind graphql rest-api grpc
microservices
sql-databases nosql-databases databases postgresql mysql microsoft-sql-server oracle-database sqlite mongodb redis
elasticsearch cassandra dynamodb mariadb
cloud-computing aws azure google-cloud serverless terraform ansible
devops docker kubernetes helm ci-cd jenkins github-actions gitlab-ci git linux nginx prometheus grafana openshift
data-analysis machine-learning deep-learning pandas numpy scikit-learn tensorflow pytorch spark hadoop kafka airflow
power-bi tableau excel statistics data-engineering etl dbt snowflake databricks nlp llm
information-security network-security penetration-testing identity-and-access-management cryptography
software-testing test-automation unit-testing selenium cypress playwright robot-framework junit pytest
performance-testing
agile scrum kanban project-management product-management ux-design ui-design figma requirements-engineering
software-architecture software-development programming web-development frontend-development backend-development
full-stack-development mobile-development embedded-systems networking system-administration it-support itil sap
salesforce servicenow jira
teamwork communication problem-solving customer-service leadership analytical-thinking self-direction mentoring
finnish swedish english russian estonian arabic somali ukrainian german french spanish chinese persian
""".split()

# Skills whose name is also an everyday word: they must carry ambiguous = true when present.
MUST_BE_AMBIGUOUS = """go rust swift spring r c dart julia ruby scala excel microsoft-office java puppet chef salt
elm crystal apache-pig""".split()
