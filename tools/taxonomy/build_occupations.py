#!/usr/bin/env python3
"""Generate crates/kohtaanto-taxonomy/data/occupations.tsv from the ESCO occupations extract.

The occupation catalogue that occupation inference (crates/kohtaanto-taxonomy/src/occupation.rs)
embeds: the ICT-relevant ESCO occupations (ISCO-08 25xx, 35xx except audio-visual, ICT managers,
electronics/telecom engineers, digital design, ICT sales and training...) and a few dozen common
non-ICT occupations, so that "Sairaanhoitaja" or "Myyntipäällikkö" get their own code rather
than a wrong ICT guess. Labels come from ESCO (English preferred + alternative labels, cleaned);
the ESCO extract has no Finnish or Swedish labels, so those, and modern English titles ESCO
lacks (DevOps engineer, back-end developer, product owner...), are written by hand below.

Output, one record a line, tab-separated (comments start with #):
    O  <esco uuid>  <isco>  <preferred en label>  <en aliases>  <fi aliases>  <sv aliases>
    H  <head word>  <lang>  <uuid of the default occupation> <uuid> ...
    G  <taxonomy skill group>  <uuid>
Aliases are separated by "|". An H line is a weak head ("developer", "kehittäjä", "arkkitehti"):
it names an occupation only when the title also mentions a technical skill, and then the
candidate occupation the skills vote for (default: the first). A G line says which occupation a
skill group votes for.

Usage (from the repository root):
    python3 tools/taxonomy/build_occupations.py [--esco-dir DIR] [--out FILE] [--check]
"""
import argparse
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
URI_PREFIX = "http://data.europa.eu/esco/occupation/"

# ISCO unit groups taken whole.
ICT_GROUPS = {
    "1330", "2511", "2512", "2513", "2514", "2519", "2521", "2522", "2523", "2529",
    "2153", "2356", "2434", "3511", "3512", "3513", "3514", "3522",
}
# Occupations taken one by one (ESCO preferred labels) from mixed unit groups.
ICT_SINGLE = [
    "computer hardware engineer", "electronics engineer", "integrated circuit design engineer",
    "language engineer", "graphic designer", "digital media designer", "digital games designer",
    "3D modeller", "3D animator", "digital artist", "business analyst",
    "business intelligence manager", "computer hardware engineering technician",
    "computer hardware test technician", "electronics engineering technician",
    "computer hardware repair technician", "telecommunications technician",
    "mobile devices technician", "data entry clerk", "statistician", "bioinformatics scientist",
    "technical communicator", "ICT environmental manager",
]
# Common non-ICT occupations with hand-written fi/sv labels (see EXTRA).
NON_ICT = [
    "nurse responsible for general care", "accountant", "bookkeeper", "customer service representative",
    "warehouse worker", "building cleaner", "cook", "bus driver", "primary school teacher",
    "secondary school teacher", "early years teacher", "electrician", "construction manager",
    "mechanical engineer", "electrical engineer", "automation engineer", "human resources officer",
    "recruitment consultant", "marketing manager", "sales manager", "project manager",
    "shop assistant", "business developer", "financial controller", "receptionist",
    "security guard", "social worker", "product manager", "financial analyst", "sales engineer",
    "translator", "journalist", "office clerk", "lawyer", "care at home worker", "delivery driver",
    "welder", "carpenter", "restaurant manager", "purchasing manager",
]

# Alternative labels from ESCO that are wrong or too vague on their own.
DROP_ALIASES = {
    "digital content", "data manager", "documentation manager", "communications manager",
    "security coordinator", "system engineer", "enterprise developer", "enterprise designer",
    "web specialist", "data expert", "component developer", "soft developer", "soft manager",
    "soft tester", "module tester", "unit tester", "ICT manager", "network support", "network manager",
    "content specialist", "content curator", "web technician", "database manager",
    "data administrator", "information engineer", "knowledge officer", "applications manager",
    "computer operator", "IT director", "application developer", "network engineer",
    "network administrator", "embedded systems designer", "software designer", "data integrator",
    "usability tester", "usability developer", "user experience designer", "design engineer",
    "developer", "engineer", "designer", "analyst", "consultant", "manager", "specialist",
    "administrator", "technician", "architect", "officer", "assistant", "project engineer",
    "sales representative", "controller", "cleaner", "nurse",
}

# Hand-written labels: ESCO preferred label -> en (extra), fi, sv aliases.
EXTRA = {
    # -- software development
    "software developer": dict(
        en=["software engineer", "software development engineer", "backend developer", "back end developer",
            "backend engineer", "back end engineer", "full stack developer", "full stack engineer",
            "fullstack developer", "programmer", "coder", "lead developer", "tech lead", "technical lead",
            "application developer", "software programmer", "java developer", "python developer"],
        fi=["ohjelmistokehittäjä", "ohjelmistosuunnittelija", "ohjelmistoinsinööri", "sovelluskehittäjä",
            "sovellussuunnittelija", "ohjelmoija", "backend kehittäjä", "back end kehittäjä",
            "full stack kehittäjä", "taustajärjestelmäkehittäjä", "ohjelmistoasiantuntija",
            "ohjelmistotuotannon asiantuntija", "ohjelmistokehityksen asiantuntija", "koodari"],
        sv=["mjukvaruutvecklare", "programvaruutvecklare", "systemutvecklare", "applikationsutvecklare",
            "programmerare", "mjukvaruingenjör", "programvaruingenjör", "backendutvecklare",
            "fullstackutvecklare", "full stack utvecklare"]),
    "user interface developer": dict(
        en=["frontend developer", "front end engineer", "frontend engineer", "ui developer"],
        fi=["frontend kehittäjä", "front end kehittäjä", "käyttöliittymäkehittäjä", "käyttöliittymäohjelmoija"],
        sv=["frontendutvecklare", "front end utvecklare", "gränssnittsutvecklare"]),
    "web developer": dict(
        en=["web designer developer", "wordpress developer"],
        fi=["web kehittäjä", "verkkokehittäjä", "verkkosivukehittäjä", "web ohjelmoija", "verkkosivusuunnittelija"],
        sv=["webbutvecklare", "webbprogrammerare", "webbdesigner"]),
    "mobile application developer": dict(
        en=["mobile developer", "ios developer", "android developer", "mobile engineer", "ios engineer",
            "android engineer"],
        fi=["mobiilikehittäjä", "mobiilisovelluskehittäjä", "ios kehittäjä", "android kehittäjä",
            "mobiiliohjelmoija"],
        sv=["mobilutvecklare", "apputvecklare", "ios utvecklare", "android utvecklare"]),
    "embedded systems software developer": dict(
        en=["embedded developer", "embedded software engineer", "embedded engineer", "embedded software developer",
            "firmware engineer", "firmware developer", "embedded systems engineer"],
        fi=["sulautettujen järjestelmien kehittäjä", "sulautettujen ohjelmistojen kehittäjä",
            "sulautettu ohjelmistokehittäjä", "sulautettujen järjestelmien ohjelmistokehittäjä",
            "sulautettujen järjestelmien suunnittelija", "sulautettujen ohjelmistojen suunnittelija",
            "embedded kehittäjä", "laiteohjelmistokehittäjä", "laiteohjelmistosuunnittelija"],
        sv=["inbyggda system utvecklare", "utvecklare inbyggda system", "inbyggd utvecklare",
            "embeddedutvecklare", "firmwareutvecklare"]),
    "software architect": dict(
        en=["software architect"],
        fi=["ohjelmistoarkkitehti"],
        sv=["mjukvaruarkitekt", "programvaruarkitekt"]),
    "ICT system architect": dict(
        en=["solutions architect", "cloud architect", "technical architect", "it architect", "integration architect",
            "cloud solution architect", "security architect"],
        fi=["ratkaisuarkkitehti", "järjestelmäarkkitehti", "pilviarkkitehti", "it arkkitehti", "tekninen arkkitehti",
            "sovellusarkkitehti", "integraatioarkkitehti", "tietoturva arkkitehti", "infra arkkitehti"],
        sv=["lösningsarkitekt", "systemarkitekt", "it arkitekt", "molnarkitekt", "integrationsarkitekt",
            "applikationsarkitekt"]),
    "enterprise architect": dict(
        en=["enterprise architect"],
        fi=["kokonaisarkkitehti", "yritysarkkitehti"],
        sv=["företagsarkitekt", "verksamhetsarkitekt"]),
    "ICT system analyst": dict(
        en=["systems specialist", "system specialist", "information systems specialist"],
        fi=["järjestelmäasiantuntija", "tietojärjestelmäasiantuntija", "järjestelmäanalyytikko",
            "järjestelmäsuunnittelija", "tietojärjestelmäsuunnittelija"],
        sv=["systemanalytiker", "systemspecialist", "systemförvaltare"]),
    "ICT consultant": dict(
        en=["it consultant", "erp consultant", "sap consultant", "technology consultant", "salesforce consultant",
            "dynamics consultant"],
        fi=["it konsultti", "ict konsultti", "erp konsultti", "sap konsultti", "it asiantuntija",
            "ict asiantuntija", "tietotekniikka asiantuntija", "tietotekniikan asiantuntija", "tietotekniikkakonsultti"],
        sv=["it konsult", "erp konsult", "sap konsult", "it specialist", "it expert"]),
    "integration engineer": dict(
        en=["integration developer", "integration specialist", "integration consultant"],
        fi=["integraatioasiantuntija", "integraatiokehittäjä", "integraatiosuunnittelija", "integraatiokonsultti"],
        sv=["integrationsutvecklare", "integrationsspecialist"]),
    "ICT application configurator": dict(
        en=["application specialist", "application consultant", "application administrator"],
        fi=["sovellusasiantuntija", "sovelluspääkäyttäjä", "sovelluskonsultti", "pääkäyttäjä",
            "järjestelmäpääkäyttäjä"],
        sv=["applikationsspecialist", "applikationskonsult", "systemadministratör applikation"]),
    "data scientist": dict(
        en=["data engineer", "big data engineer", "analytics engineer", "data platform engineer"],
        fi=["datatieteilijä", "data insinööri", "datainsinööri", "data asiantuntija",
            "datakehittäjä", "data kehittäjä"],
        sv=["datavetare", "dataingenjör", "data scientist"]),
    "ICT intelligent systems designer": dict(
        en=["machine learning engineer", "ml engineer", "ai engineer", "ai developer", "ai specialist",
            "mlops engineer", "deep learning engineer", "computer vision engineer", "nlp engineer"],
        fi=["koneoppimisinsinööri", "koneoppimisasiantuntija", "tekoälyasiantuntija", "tekoälykehittäjä",
            "tekoälyinsinööri", "ai asiantuntija", "ai kehittäjä"],
        sv=["maskininlärningsingenjör", "ai ingenjör", "ai utvecklare", "ai specialist"]),
    "data analyst": dict(
        en=["bi developer", "bi analyst", "business intelligence analyst", "business intelligence developer",
            "reporting analyst", "reporting specialist", "analytics specialist", "bi specialist", "bi consultant"],
        fi=["data analyytikko", "dataanalyytikko", "tietoanalyytikko", "bi kehittäjä", "bi asiantuntija",
            "bi konsultti", "raportointiasiantuntija", "analytiikka asiantuntija", "analytiikkaasiantuntija"],
        sv=["dataanalytiker", "bi utvecklare", "bi analytiker", "bi specialist", "rapportanalytiker"]),
    "database designer": dict(
        en=["data architect"],
        fi=["tietoarkkitehti", "data arkkitehti", "tietokanta arkkitehti", "tietomallintaja"],
        sv=["dataarkitekt", "databasarkitekt"]),
    "database administrator": dict(
        en=["dba"],
        fi=["tietokanta asiantuntija", "tietokannan ylläpitäjä", "tietokantapääkäyttäjä", "tietokantaylläpitäjä"],
        sv=["databasadministratör"]),
    "database developer": dict(
        en=["sql developer", "database engineer"],
        fi=["tietokantakehittäjä", "tietokantasuunnittelija", "sql kehittäjä"],
        sv=["databasutvecklare", "sql utvecklare"]),
    "data warehouse designer": dict(
        en=["data warehouse developer", "etl developer"],
        fi=["tietovarastokehittäjä", "tietovarastoasiantuntija", "etl kehittäjä"],
        sv=["datalagerutvecklare"]),
    # -- testing
    "software tester": dict(
        en=["qa engineer", "quality assurance engineer", "test engineer", "test automation engineer", "sdet",
            "qa specialist", "test specialist", "qa tester", "test automation specialist", "test automation developer",
            "test analyst"],
        fi=["testaaja", "ohjelmistotestaaja", "testausasiantuntija", "testiautomaatioasiantuntija",
            "testiautomaatioinsinööri", "testausinsinööri", "testiautomaatiokehittäjä", "testausautomaatioasiantuntija",
            "laadunvarmistusasiantuntija", "testiasiantuntija", "testi insinööri", "testiinsinööri"],
        sv=["testare", "mjukvarutestare", "testingenjör", "testautomatiseringsingenjör", "testautomationsingenjör",
            "testspecialist", "testanalytiker", "qa ingenjör"]),
    "ICT quality assurance manager": dict(
        en=["test manager", "qa manager", "test lead", "qa lead"],
        fi=["testipäällikkö", "testauspäällikkö", "laatupäällikkö it"],
        sv=["testledare", "testchef"]),
    "ICT usability tester": dict(en=[], fi=["käytettävyystestaaja", "käytettävyysasiantuntija"], sv=["användbarhetstestare"]),
    "ICT accessibility tester": dict(en=["accessibility tester", "accessibility specialist"],
                                     fi=["saavutettavuusasiantuntija", "saavutettavuustestaaja"],
                                     sv=["tillgänglighetsspecialist"]),
    # -- infrastructure and operations
    "ICT system administrator": dict(
        en=["system administrator", "systems administrator", "devops engineer", "devops specialist",
            "site reliability engineer", "sre", "platform engineer", "cloud engineer", "infrastructure engineer",
            "infra engineer", "it infrastructure specialist", "linux administrator", "windows administrator",
            "devops developer", "cloud specialist", "cloud infrastructure engineer", "server specialist",
            "kubernetes engineer", "systems engineer", "system engineer"],
        fi=["järjestelmäylläpitäjä", "järjestelmänvalvoja", "palvelinasiantuntija", "it ylläpitäjä",
            "infra asiantuntija", "infrastruktuuriasiantuntija", "infra insinööri", "devops asiantuntija",
            "devops insinööri", "devops kehittäjä", "pilviasiantuntija", "pilvi insinööri", "pilviinsinööri",
            "alustainsinööri", "kapasiteettiasiantuntija", "palvelinylläpitäjä", "linux asiantuntija",
            "pilvipalveluasiantuntija", "konesaliasiantuntija", "ylläpidon asiantuntija", "käyttöpalveluasiantuntija",
            "it infra asiantuntija", "infrastruktuuri insinööri"],
        sv=["systemadministratör", "driftspecialist", "serveradministratör", "devops ingenjör", "molningenjör",
            "plattformsingenjör", "infrastrukturspecialist", "infrastrukturingenjör", "driftingenjör",
            "devops specialist", "it driftspecialist", "drifttekniker"]),
    "ICT network administrator": dict(
        en=["network administrator", "network specialist"],
        fi=["verkkoasiantuntija", "verkkoylläpitäjä", "verkkopääkäyttäjä", "tietoverkkoasiantuntija"],
        sv=["nätverksadministratör", "nätverksspecialist"]),
    "ICT network engineer": dict(
        en=["network engineer"],
        fi=["verkkoinsinööri", "verkkosuunnittelija", "tietoverkkosuunnittelija", "tietoverkkoinsinööri"],
        sv=["nätverksingenjör"]),
    "ICT network architect": dict(en=[], fi=["verkkoarkkitehti"], sv=["nätverksarkitekt"]),
    "ICT network technician": dict(
        en=["network technician"],
        fi=["verkkoteknikko", "tietoverkkoasentaja", "verkkoasentaja"],
        sv=["nätverkstekniker"]),
    "data centre operator": dict(en=["data center technician", "datacenter technician"],
                                 fi=["konesaliteknikko"], sv=["datacentertekniker"]),
    # -- security
    "ICT security consultant": dict(
        en=["security specialist", "cyber security specialist", "cybersecurity specialist", "cybersecurity consultant",
            "cyber security consultant", "information security specialist", "security engineer", "security analyst",
            "soc analyst", "cyber security analyst", "cybersecurity analyst", "cyber security engineer",
            "cybersecurity engineer", "information security consultant", "security consultant", "security expert"],
        fi=["tietoturva asiantuntija", "tietoturvakonsultti", "kyberturvallisuusasiantuntija", "kyberturva asiantuntija",
            "tietoturva analyytikko", "tietoturvainsinööri", "kyberturvallisuus asiantuntija", "tietoturva insinööri",
            "tietoturvallisuusasiantuntija", "kyberasiantuntija", "soc analyytikko", "tietoturvasuunnittelija",
            "tietoturvaasiantuntija"],
        sv=["informationssäkerhetsspecialist", "it säkerhetsspecialist", "cybersäkerhetsspecialist",
            "säkerhetsanalytiker", "it säkerhetskonsult", "informationssäkerhetskonsult", "cybersäkerhetsexpert",
            "säkerhetsspecialist it", "cybersäkerhetsanalytiker"]),
    "ethical hacker": dict(
        en=["penetration tester", "pentester", "pen tester", "red team operator"],
        fi=["penetraatiotestaaja", "eettinen hakkeri", "tunkeutumistestaaja"],
        sv=["penetrationstestare", "etisk hackare"]),
    "ICT security manager": dict(
        en=["information security manager", "security manager", "cyber security manager"],
        fi=["tietoturvapäällikkö", "kyberturvallisuuspäällikkö", "tietoturvallisuuspäällikkö"],
        sv=["informationssäkerhetschef", "it säkerhetschef", "cybersäkerhetschef"]),
    "chief ICT security officer": dict(en=["ciso"], fi=["tietoturvajohtaja"], sv=["säkerhetsdirektör it"]),
    "ICT security administrator": dict(en=[], fi=["tietoturvaylläpitäjä"], sv=["säkerhetsadministratör"]),
    "digital forensics expert": dict(en=[], fi=["digitaalisen forensiikan asiantuntija"], sv=["it forensiker"]),
    # -- support
    "ICT help desk agent": dict(
        en=["helpdesk", "help desk", "service desk agent", "service desk specialist", "it support specialist",
            "it support", "it support engineer", "helpdesk specialist", "technical support specialist",
            "support engineer", "it support technician", "service desk analyst", "first line support",
            "it supporter"],
        fi=["it tuki", "it tukihenkilö", "it tukiasiantuntija", "käyttäjätuki", "käyttäjätukihenkilö",
            "helpdesk asiantuntija", "tukipalveluasiantuntija", "palvelupisteasiantuntija", "it palvelupiste",
            "tekninen tuki", "teknisen tuen asiantuntija", "it tuen asiantuntija", "tukihenkilö", "it tukiinsinööri"],
        sv=["it support", "supporttekniker", "helpdesktekniker", "servicedesk", "it supporttekniker",
            "it supporter", "supportspecialist", "teknisk support"]),
    "ICT technician": dict(
        en=["it technician", "desktop support technician", "field technician it", "it engineer"],
        fi=["lähitukihenkilö", "lähituki", "lähituen asiantuntija", "it asentaja", "mikrotukihenkilö", "it teknikko",
            "mikrotuki", "lähitukiasiantuntija"],
        sv=["it tekniker", "datatekniker"]),
    "ICT help desk manager": dict(
        en=["service desk manager", "support manager", "it support manager"],
        fi=["it tukipäällikkö", "palvelupistepäällikkö", "service desk päällikkö"],
        sv=["supportchef", "servicedeskchef"]),
    "webmaster": dict(en=[], fi=["verkkosivujen ylläpitäjä", "verkkosivustojen ylläpitäjä"], sv=["webbansvarig"]),
    # -- management
    "ICT project manager": dict(
        en=["it project manager", "scrum master", "agile coach", "software project manager", "technical project manager",
            "delivery manager", "it project lead"],
        fi=["it projektipäällikkö", "ict projektipäällikkö", "ohjelmistoprojektipäällikkö", "ketterä valmentaja",
            "it projektivastaava", "toimituspäällikkö it"],
        sv=["it projektledare", "it projektledare", "agil coach"]),
    "ICT product manager": dict(
        en=["product owner", "technical product manager", "digital product manager"],
        fi=["tuoteomistaja", "it tuotepäällikkö", "digituotepäällikkö"],
        sv=["produktägare"]),
    "software manager": dict(
        en=["engineering manager", "development manager", "head of engineering", "head of development",
            "software development manager", "r d manager software", "team lead software"],
        fi=["ohjelmistokehityspäällikkö", "ohjelmistokehitysjohtaja", "ohjelmistotiimin esihenkilö",
            "kehitystiimin esihenkilö"],
        sv=["utvecklingschef it", "mjukvaruchef"]),
    "chief technology officer": dict(en=["cto", "technology director"], fi=["teknologiajohtaja"],
                                     sv=["teknikdirektör", "teknologidirektör"]),
    "chief information officer": dict(en=["cio", "head of it"], fi=["tietohallintojohtaja", "tietohallintopäällikkö"],
                                      sv=["it direktör", "it chef"]),
    "ICT operations manager": dict(
        en=["it manager", "it operations manager", "head of it operations"],
        fi=["it päällikkö", "it palvelupäällikkö", "it vastaava", "ict päällikkö", "tietohallinnon päällikkö"],
        sv=["it driftchef", "it ansvarig"]),
    "chief data officer": dict(en=[], fi=["tietojohtaja"], sv=[]),
    # -- other ICT
    "user interface designer": dict(
        en=["ux designer", "ui designer", "ux ui designer", "ui ux designer", "product designer digital",
            "interaction designer", "user experience designer", "ux specialist"],
        fi=["käyttöliittymäsuunnittelija", "ux suunnittelija", "ui suunnittelija", "käyttökokemussuunnittelija",
            "ux ui suunnittelija", "ui ux suunnittelija", "käyttäjäkokemussuunnittelija", "ux asiantuntija"],
        sv=["ux designer", "ui designer", "gränssnittsdesigner", "interaktionsdesigner", "ux specialist"]),
    "user experience analyst": dict(en=["ux researcher", "user researcher"], fi=["käyttäjätutkija"],
                                    sv=["användarforskare"]),
    "digital games developer": dict(
        en=["game developer", "game programmer", "gameplay programmer", "unity developer"],
        fi=["pelikehittäjä", "peliohjelmoija"], sv=["spelutvecklare", "spelprogrammerare"]),
    "digital games designer": dict(en=["game designer", "level designer"], fi=["pelisuunnittelija"],
                                   sv=["speldesigner"]),
    "digital games tester": dict(en=["game tester"], fi=["pelitestaaja"], sv=["speltestare"]),
    "search engine optimisation expert": dict(en=[], fi=["hakukoneoptimoija", "hakukoneoptimointiasiantuntija"],
                                              sv=["sökmotoroptimerare"]),
    "web content manager": dict(en=[], fi=["verkkosisältöasiantuntija", "verkkotoimittaja"], sv=["webbredaktör"]),
    "graphic designer": dict(en=[], fi=["graafinen suunnittelija", "graafikko"], sv=["grafisk formgivare", "grafisk designer"]),
    "digital media designer": dict(en=["multimedia designer"], fi=["multimediasuunnittelija"], sv=["multimediadesigner"]),
    "3D modeller": dict(en=["3d artist"], fi=["3d mallintaja", "3d grafiikko"], sv=["3d modellerare"]),
    "ICT trainer": dict(en=["it trainer"], fi=["it kouluttaja", "tietotekniikkakouluttaja"], sv=["it utbildare"]),
    "digital literacy teacher": dict(en=[], fi=["digitaitojen opettaja"], sv=[]),
    "ICT presales engineer": dict(en=["presales engineer", "presales consultant", "solution sales engineer"],
                                  fi=["presales asiantuntija", "ratkaisumyyjä"], sv=["presaleskonsult"]),
    "ICT account manager": dict(en=["it account manager", "it sales manager"], fi=["it myyjä", "it myyntipäällikkö",
                                "it asiakkuuspäällikkö"], sv=["it säljare"]),
    "ICT business development manager": dict(en=[], fi=["it liiketoiminnan kehityspäällikkö"], sv=[]),
    "telecommunications engineer": dict(en=["telecom engineer", "rf engineer", "radio network engineer"],
                                        fi=["tietoliikenneinsinööri", "radioverkkosuunnittelija",
                                            "tietoliikenneasiantuntija", "tietoliikennesuunnittelija"],
                                        sv=["telekommunikationsingenjör", "telekomingenjör"]),
    "telecommunications technician": dict(en=["telecom technician"], fi=["tietoliikenneasentaja", "tietoliikenneteknikko"],
                                          sv=["teletekniker"]),
    "computer hardware engineer": dict(en=["hardware engineer", "hardware designer"],
                                       fi=["laitteistosuunnittelija", "hw suunnittelija", "laitesuunnittelija",
                                           "hardware suunnittelija"],
                                       sv=["hårdvaruingenjör", "hårdvarukonstruktör"]),
    "electronics engineer": dict(en=["electronics designer", "fpga designer", "fpga engineer"],
                                 fi=["elektroniikkasuunnittelija", "elektroniikkainsinööri", "fpga suunnittelija"],
                                 sv=["elektronikkonstruktör", "elektronikingenjör", "fpga konstruktör"]),
    "integrated circuit design engineer": dict(en=["asic designer", "asic engineer", "chip designer"],
                                               fi=["asic suunnittelija", "piirisuunnittelija"], sv=["asic konstruktör"]),
    "computer hardware repair technician": dict(en=["computer repair technician"],
                                                fi=["tietokoneasentaja", "atk asentaja", "laitehuoltaja it"],
                                                sv=["datorreparatör"]),
    "technical communicator": dict(en=["technical writer", "documentation specialist"],
                                   fi=["tekninen kirjoittaja", "dokumentointiasiantuntija", "tekninen dokumentoija"],
                                   sv=["teknisk skribent", "teknisk dokumentatör"]),
    "statistician": dict(en=[], fi=["tilastotieteilijä", "tilastoasiantuntija"], sv=["statistiker"]),
    "bioinformatics scientist": dict(en=["bioinformatician"], fi=["bioinformaatikko"], sv=["bioinformatiker"]),
    "business analyst": dict(en=[], fi=["liiketoiminta analyytikko", "liiketoimintaanalyytikko",
                                        "prosessiasiantuntija", "vaatimusmäärittelijä"],
                             sv=["affärsanalytiker", "verksamhetsanalytiker", "kravanalytiker"]),
    "business intelligence manager": dict(en=["bi manager", "head of analytics"], fi=["bi päällikkö", "analytiikkapäällikkö"],
                                          sv=["bi chef", "analyschef"]),
    "IT auditor": dict(en=[], fi=["it tarkastaja", "it auditoija", "it tilintarkastaja"], sv=["it revisor"]),
    "data entry clerk": dict(en=[], fi=["tiedon tallentaja", "tallentaja"], sv=["dataregistrerare"]),
    "ICT research consultant": dict(en=[], fi=["it tutkija"], sv=[]),
    # -- non-ICT (so that these titles get their own code)
    "nurse responsible for general care": dict(en=["registered nurse", "nurse"], fi=["sairaanhoitaja"],
                                               sv=["sjuksköterska"]),
    "accountant": dict(en=[], fi=["laskentaekonomi", "taloushallinnon asiantuntija"], sv=["redovisningsekonom"]),
    "bookkeeper": dict(en=[], fi=["kirjanpitäjä", "palkanlaskija", "reskontranhoitaja"], sv=["bokförare", "löneadministratör"]),
    "customer service representative": dict(en=["customer service agent", "customer service advisor",
                                                "customer support agent", "customer service specialist"],
                                            fi=["asiakaspalvelija", "asiakaspalveluneuvoja", "asiakaspalvelun asiantuntija",
                                                "asiakasneuvoja", "asiakaspalveluasiantuntija"],
                                            sv=["kundtjänstmedarbetare", "kundservicemedarbetare", "kundtjänst",
                                                "kundrådgivare"]),
    "warehouse worker": dict(en=["warehouse operative"], fi=["varastotyöntekijä", "varastomies", "varastoaputyöntekijä",
                                                            "keräilijä"], sv=["lagerarbetare", "lagermedarbetare"]),
    "building cleaner": dict(en=["cleaner"], fi=["siivooja", "laitoshuoltaja", "toimitilahuoltaja"], sv=["lokalvårdare", "städare"]),
    "cook": dict(en=[], fi=["kokki", "ravintolakokki"], sv=["kock"]),
    "bus driver": dict(en=[], fi=["linja autonkuljettaja", "bussinkuljettaja", "linjaautonkuljettaja"],
                       sv=["bussförare", "busschaufför"]),
    "primary school teacher": dict(en=[], fi=["luokanopettaja"], sv=["klasslärare", "lågstadielärare"]),
    "secondary school teacher": dict(en=[], fi=["aineenopettaja", "lehtori"], sv=["ämneslärare"]),
    "early years teacher": dict(en=[], fi=["varhaiskasvatuksen opettaja", "lastentarhanopettaja"], sv=["förskollärare"]),
    "electrician": dict(en=[], fi=["sähköasentaja"], sv=["elektriker", "elinstallatör"]),
    "construction manager": dict(en=["site manager"], fi=["työmaapäällikkö", "vastaava työnjohtaja", "työnjohtaja"],
                                 sv=["platschef", "arbetsledare bygg"]),
    "mechanical engineer": dict(en=[], fi=["koneinsinööri", "konesuunnittelija"], sv=["maskiningenjör", "maskinkonstruktör"]),
    "electrical engineer": dict(en=[], fi=["sähköinsinööri", "sähkösuunnittelija"], sv=["elingenjör", "elkonstruktör"]),
    "automation engineer": dict(en=[], fi=["automaatioinsinööri", "automaatiosuunnittelija"],
                                sv=["automationsingenjör"]),
    "human resources officer": dict(en=["hr specialist", "hr generalist", "hr coordinator", "hr partner",
                                        "hr business partner"],
                                    fi=["hr asiantuntija", "henkilöstöasiantuntija", "hr koordinaattori",
                                        "henkilöstösihteeri"],
                                    sv=["hr specialist", "personalspecialist", "hr generalist"]),
    "recruitment consultant": dict(en=["recruiter", "talent acquisition specialist", "it recruiter"],
                                   fi=["rekrytoija", "rekrytointikonsultti", "rekrytointiasiantuntija"],
                                   sv=["rekryterare", "rekryteringskonsult"]),
    "marketing manager": dict(en=[], fi=["markkinointipäällikkö", "markkinointijohtaja"], sv=["marknadschef",
                                                                                      "marknadsföringschef"]),
    "sales manager": dict(en=[], fi=["myyntipäällikkö", "myyntijohtaja"], sv=["försäljningschef", "säljchef"]),
    "project manager": dict(en=[], fi=["projektipäällikkö", "projektikoordinaattori"], sv=["projektledare"]),
    "shop assistant": dict(en=["sales assistant", "cashier"], fi=["myyjä", "myymälämyyjä", "kassamyyjä",
                                                                  "myyjä kassa"], sv=["butikssäljare", "säljare",
                                                                                      "butiksmedarbetare"]),
    "business developer": dict(en=["business development manager"], fi=["liiketoiminnan kehittäjä",
                                                                        "liiketoimintakehittäjä",
                                                                        "liiketoiminnan kehityspäällikkö"],
                               sv=["affärsutvecklare"]),
    "financial controller": dict(en=["controller"], fi=["controller", "talouspäällikkö"], sv=["controller", "ekonomichef"]),
    "receptionist": dict(en=[], fi=["vastaanottovirkailija", "respa"], sv=["receptionist"]),
    "security guard": dict(en=[], fi=["vartija", "järjestyksenvalvoja"], sv=["väktare"]),
    "social worker": dict(en=[], fi=["sosiaalityöntekijä"], sv=["socialarbetare"]),
    "product manager": dict(en=[], fi=["tuotepäällikkö"], sv=["produktchef"]),
    "financial analyst": dict(en=[], fi=["talousanalyytikko"], sv=["finansanalytiker"]),
    "sales engineer": dict(en=[], fi=["myynti insinööri", "myynti-insinööri", "myyntiinsinööri"], sv=["säljingenjör"]),
    "translator": dict(en=[], fi=["kääntäjä"], sv=["översättare"]),
    "journalist": dict(en=[], fi=["toimittaja"], sv=["journalist"]),
    "office clerk": dict(en=["office assistant"], fi=["toimistosihteeri", "toimistotyöntekijä"], sv=["kontorist"]),
    "lawyer": dict(en=[], fi=["lakimies", "juristi"], sv=["jurist"]),
    "care at home worker": dict(en=[], fi=["lähihoitaja", "kodinhoitaja", "hoitaja"], sv=["närvårdare"]),
    "delivery driver": dict(en=[], fi=["kuljettaja", "jakelunkuljettaja", "lähettikuljettaja"], sv=["budbilsförare"]),
    "welder": dict(en=[], fi=["hitsaaja"], sv=["svetsare"]),
    "carpenter": dict(en=[], fi=["kirvesmies", "rakennusmies", "puuseppä"], sv=["snickare", "byggnadsarbetare"]),
    "restaurant manager": dict(en=[], fi=["ravintolapäällikkö"], sv=["restaurangchef"]),
    "purchasing manager": dict(en=[], fi=["ostopäällikkö", "hankintapäällikkö"], sv=["inköpschef"]),
}

# Weak heads: (head, lang, [candidate occupations by ESCO preferred label, default first]).
DEVELOPERS = ["software developer", "user interface developer", "web developer", "mobile application developer",
              "embedded systems software developer", "database developer", "digital games developer",
              "data scientist", "ICT intelligent systems designer", "data analyst", "integration engineer",
              "ICT system administrator", "software tester", "ICT application configurator"]
ENGINEERS = ["software developer", "ICT system administrator", "ICT network engineer", "ICT security consultant",
             "data scientist", "ICT intelligent systems designer", "embedded systems software developer",
             "software tester", "user interface developer", "mobile application developer", "integration engineer",
             "database developer"]
SPECIALISTS = ["ICT system analyst", "ICT system administrator", "ICT security consultant", "data analyst",
               "ICT network administrator", "data scientist", "ICT intelligent systems designer", "software tester",
               "integration engineer", "ICT application configurator", "ICT help desk agent", "software developer",
               "database administrator"]
CONSULTANTS = ["ICT consultant", "ICT security consultant", "data analyst", "integration engineer",
               "ICT system administrator", "ICT application configurator"]
ARCHITECTS = ["ICT system architect", "software architect", "ICT network architect", "database designer",
              "enterprise architect"]
ANALYSTS = ["data analyst", "ICT system analyst", "ICT security consultant", "software tester"]
ADMINS = ["ICT system administrator", "ICT network administrator", "database administrator",
          "ICT application configurator"]
HEADS = [
    ("developer", "en", DEVELOPERS), ("engineer", "en", ENGINEERS), ("specialist", "en", SPECIALISTS),
    ("expert", "en", SPECIALISTS), ("consultant", "en", CONSULTANTS), ("architect", "en", ARCHITECTS),
    ("analyst", "en", ANALYSTS), ("administrator", "en", ADMINS),
    ("kehittäjä", "fi", DEVELOPERS), ("insinööri", "fi", ENGINEERS), ("asiantuntija", "fi", SPECIALISTS),
    ("konsultti", "fi", CONSULTANTS), ("arkkitehti", "fi", ARCHITECTS), ("analyytikko", "fi", ANALYSTS),
    ("ylläpitäjä", "fi", ADMINS), ("pääkäyttäjä", "fi", ADMINS), ("suunnittelija", "fi", DEVELOPERS),
    ("utvecklare", "sv", DEVELOPERS), ("ingenjör", "sv", ENGINEERS), ("specialist", "sv", SPECIALISTS),
    ("konsult", "sv", CONSULTANTS), ("arkitekt", "sv", ARCHITECTS), ("analytiker", "sv", ANALYSTS),
    ("administratör", "sv", ADMINS), ("expert", "sv", SPECIALISTS),
]

# Which occupation a taxonomy skill group votes for (skills-only inference and weak heads).
GROUPS = {
    "programming-languages": "software developer",
    "software-engineering": "software developer",
    "backend": "software developer",
    "web-frontend": "user interface developer",
    "mobile": "mobile application developer",
    "databases": "database administrator",
    "cloud": "ICT system administrator",
    "devops": "ICT system administrator",
    "infrastructure": "ICT system administrator",
    "networking": "ICT network engineer",
    "data-analytics": "data analyst",
    "data-engineering": "data scientist",
    "ai-ml": "ICT intelligent systems designer",
    "security": "ICT security consultant",
    "testing": "software tester",
    "design": "user interface designer",
    "enterprise-systems": "ICT application configurator",
    "embedded-iot": "embedded systems software developer",
    "it-support": "ICT help desk agent",
}

CLEAN = re.compile(r"\s+")


def load_esco(esco_dir):
    rows = {}
    with open(os.path.join(esco_dir, "occupations_en.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["status"] != "released":
                continue
            label = row["preferredLabel"].strip()
            if label in rows:
                sys.exit(f"duplicate ESCO preferred label {label!r}")
            rows[label] = row
    return rows


def esco_aliases(row):
    out = []
    for alias in (row["altLabels"] + "\n" + row["hiddenLabels"]).split("\n"):
        alias = CLEAN.sub(" ", alias).strip()
        if not alias or alias in DROP_ALIASES or len(alias.split()) > 5:
            continue
        if any(c in alias for c in ",()/&;"):
            continue
        out.append(alias)
    return out


def norm(alias):
    """The key occupation.rs matches on: lowercase alphanumerics, spaces and hyphens removed."""
    return "".join(ch for ch in alias.lower() if ch.isalnum())


def build(esco_dir):
    esco = load_esco(esco_dir)
    chosen = [label for label, row in esco.items() if row["iscoGroup"] in ICT_GROUPS]
    chosen += ICT_SINGLE + NON_ICT
    for label in list(EXTRA) + [c for _, _, cs in HEADS for c in cs] + list(GROUPS.values()):
        if label not in esco:
            sys.exit(f"unknown ESCO occupation {label!r}")
        if label not in chosen:
            sys.exit(f"{label!r} has hand-written data but is not selected")
    chosen = sorted(set(chosen), key=lambda label: (esco[label]["iscoGroup"], label.lower()))

    # alias key -> {label: strength}; hand-written and preferred labels (2) beat ESCO alternatives (1).
    owners = {}

    def claim(key, label, strength):
        owners.setdefault(key, {})
        owners[key][label] = max(owners[key].get(label, 0), strength)

    entries = {}
    for label in chosen:
        row = esco[label]
        extra = EXTRA.get(label, {})
        en = [label] + esco_aliases(row) + extra.get("en", [])
        entries[label] = {"en": en, "fi": list(extra.get("fi", [])), "sv": list(extra.get("sv", []))}
        claim(norm(label), label, 2)
        for alias in esco_aliases(row):
            claim(norm(alias), label, 1)
        for lang in ("en", "fi", "sv"):
            for alias in extra.get(lang, []):
                claim(norm(alias), label, 2)
    head_keys = {norm(h) for h, _, _ in HEADS}
    dropped = []
    for key, claims in owners.items():
        best = max(claims.values())
        winners = [label for label, s in claims.items() if s == best]
        if len(winners) > 1 or key in head_keys:
            dropped.append(key)
            owners[key] = {}
        else:
            owners[key] = {winners[0]: best}

    lines = [
        "# kohtaanto occupation catalogue (format: tools/taxonomy/build_occupations.py).",
        "# GENERATED by tools/taxonomy/build_occupations.py from the ESCO occupations extract and",
        "# hand-written fi/sv/en labels; regenerate rather than edit.",
        "# ESCO classification v1.1, (c) European Union, reused with attribution.",
    ]
    for label in chosen:
        row = esco[label]
        uuid = row["conceptUri"][len(URI_PREFIX):]
        cols = []
        for lang in ("en", "fi", "sv"):
            seen, kept = set(), []
            for alias in entries[label][lang]:
                key = norm(alias)
                if not key or key in seen or label not in owners.get(key, {}):
                    continue
                seen.add(key)
                kept.append(alias.lower() if lang != "en" else alias)
            cols.append("|".join(kept))
        lines.append("\t".join(["O", uuid, row["iscoGroup"], label] + cols))
    for head, lang, candidates in HEADS:
        uuids = [esco[c]["conceptUri"][len(URI_PREFIX):] for c in candidates]
        lines.append("\t".join(["H", head, lang, " ".join(uuids)]))
    for group, label in sorted(GROUPS.items()):
        lines.append("\t".join(["G", group, esco[label]["conceptUri"][len(URI_PREFIX):]]))
    return "\n".join(lines) + "\n", len(chosen), dropped


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--esco-dir", default=os.path.join(os.path.dirname(REPO), "shared", "data", "esco"))
    parser.add_argument("--out", default=os.path.join(REPO, "crates", "kohtaanto-taxonomy", "data", "occupations.tsv"))
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    text, count, dropped = build(args.esco_dir)
    if args.check:
        with open(args.out, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit(f"{args.out} is out of date: run {sys.argv[0]}")
        print(f"{args.out} is up to date ({count} occupations)")
        return
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {args.out}: {count} occupations; {len(dropped)} ambiguous aliases dropped: "
          + ", ".join(sorted(dropped)[:40]))


if __name__ == "__main__":
    main()
