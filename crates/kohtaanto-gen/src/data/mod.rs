//! The tables the generator draws from, kept apart from the code so that they read as data:
//! role archetypes with their skills and titles ([`archetypes`]), how skills are named in each
//! language ([`skills`]), sentence material ([`phrases`]), place names ([`places`]) and people
//! and employer names ([`people`]).

pub(crate) mod archetypes;
pub(crate) mod people;
pub(crate) mod phrases;
pub(crate) mod places;
pub(crate) mod skills;

#[cfg(test)]
mod tests {
    use super::archetypes::{ARCHETYPES, Roles};
    use super::phrases::{self, Pool};
    use super::places::{PLACE_FORMS, REGION_NEIGHBOURS};
    use super::skills::{Category, SKILL_TEXTS, SOFT_SKILLS};
    use kohtaanto_domain::regions::{MUNICIPALITIES, REGIONS};
    use std::collections::BTreeSet;

    /// Skill ids the taxonomy engineer guarantees (the brief of this crate).
    const GUARANTEED: &str = "python java javascript typescript csharp cpp c go rust kotlin swift php ruby scala r sql \
        bash powershell dart julia matlab perl haskell elixir objective-c cobol visual-basic react angular vuejs nodejs \
        nextjs svelte django flask fastapi spring spring-boot dotnet aspnet ruby-on-rails laravel express jquery flutter \
        react-native android-development ios-development html css sass tailwind graphql rest-api grpc microservices \
        sql-databases nosql-databases databases postgresql mysql microsoft-sql-server oracle-database sqlite mongodb \
        redis elasticsearch cassandra dynamodb mariadb cloud-computing aws azure google-cloud serverless terraform \
        ansible devops docker kubernetes helm ci-cd jenkins github-actions gitlab-ci git linux nginx prometheus grafana \
        openshift data-analysis machine-learning deep-learning pandas numpy scikit-learn tensorflow pytorch spark \
        hadoop kafka airflow power-bi tableau excel statistics data-engineering etl dbt snowflake databricks nlp llm \
        information-security network-security penetration-testing identity-and-access-management cryptography \
        software-testing test-automation unit-testing selenium cypress playwright robot-framework junit pytest \
        performance-testing agile scrum kanban project-management product-management ux-design ui-design figma \
        requirements-engineering software-architecture software-development programming web-development \
        frontend-development backend-development full-stack-development mobile-development embedded-systems \
        networking system-administration it-support itil sap salesforce servicenow jira teamwork communication \
        problem-solving customer-service leadership analytical-thinking self-direction mentoring finnish swedish \
        english russian estonian arabic somali ukrainian german french spanish chinese persian";

    /// Every skill id any table refers to.
    fn used_ids() -> BTreeSet<&'static str> {
        let mut ids: BTreeSet<&'static str> = SKILL_TEXTS.iter().map(|t| t.id).collect();
        for archetype in ARCHETYPES {
            ids.extend(archetype.core.iter().map(|&(id, _)| id));
            ids.extend(archetype.optional.iter().map(|&(id, _)| id));
            ids.extend(archetype.legacy.iter().copied());
            for flavor in archetype.flavors {
                ids.extend(flavor.skills.iter().copied());
                ids.extend(flavor.extra.iter().map(|&(id, _)| id));
            }
        }
        ids.extend(SOFT_SKILLS.iter().map(|&(id, _)| id));
        ids
    }

    #[test]
    fn every_skill_id_is_guaranteed_and_named() {
        let guaranteed: BTreeSet<&str> = GUARANTEED.split_whitespace().collect();
        let named: BTreeSet<&str> = SKILL_TEXTS.iter().map(|t| t.id).collect();
        assert_eq!(named.len(), SKILL_TEXTS.len(), "a skill is named twice");
        for id in used_ids() {
            assert!(guaranteed.contains(id), "skill id {id:?} is not in the guaranteed list");
            assert!(named.contains(id), "skill id {id:?} has no names in SKILL_TEXTS");
        }
    }

    #[test]
    fn every_skill_id_exists_in_the_embedded_taxonomy() {
        let taxonomy = kohtaanto_taxonomy::Taxonomy::embedded();
        if taxonomy.len() <= 300 {
            eprintln!(
                "skipped: the embedded taxonomy has {} skills, the full one (> 300) has not landed yet",
                taxonomy.len()
            );
            return;
        }
        let missing: Vec<&str> = used_ids().into_iter().filter(|id| taxonomy.get(id).is_none()).collect();
        assert!(missing.is_empty(), "skill ids missing from the embedded taxonomy: {missing:?}");
    }

    #[test]
    fn names_fit_their_categories() {
        for text in SKILL_TEXTS {
            assert!(!text.en.is_empty(), "{} has no English name", text.id);
            if !text.category.is_named_technology() {
                assert!(
                    !text.fi.is_empty() && !text.sv.is_empty(),
                    "{} needs Finnish and Swedish names",
                    text.id
                );
            }
        }
        for category in [
            Category::Language,
            Category::Framework,
            Category::Database,
            Category::Platform,
            Category::Tool,
            Category::Practice,
            Category::Soft,
        ] {
            let phrases = phrases::skill_phrases(category);
            assert!(!phrases.fi_nom.is_empty() && !phrases.sv.is_empty() && !phrases.en.is_empty());
            assert!(phrases.fi_part.is_empty() || phrases.fi_part.len() == phrases.fi_nom.len());
        }
    }

    fn roles_usable(roles: &Roles, tech: &str, key: &str) {
        let usable = |template: &str| !tech.is_empty() || !template.contains("{tech");
        assert!(
            roles.fi.iter().any(|(nominative, _)| usable(nominative)),
            "{key}: no Finnish role for {tech:?}"
        );
        assert!(roles.sv.iter().any(|t| usable(t)), "{key}: no Swedish role for {tech:?}");
        assert!(roles.en.iter().any(|t| usable(t)), "{key}: no English role for {tech:?}");
        for (nominative, partitive) in roles.fi {
            assert_eq!(nominative.contains("{tech"), partitive.contains("{tech"), "{key}: {nominative}");
        }
    }

    #[test]
    fn archetypes_are_complete() {
        assert_eq!(ARCHETYPES.len(), 18);
        let keys: BTreeSet<&str> = ARCHETYPES.iter().map(|a| a.key).collect();
        assert_eq!(keys.len(), ARCHETYPES.len());
        for archetype in ARCHETYPES {
            assert!(!archetype.flavors.is_empty() && !archetype.occupations.is_empty(), "{}", archetype.key);
            assert!(archetype.posting_weight > 0 && archetype.profile_weight > 0);
            // Enough skills to reach twelve requirements.
            assert!(
                archetype.core.len() + archetype.optional.len() >= 10,
                "{} has too few skills",
                archetype.key
            );
            for flavor in archetype.flavors {
                assert!(!flavor.skills.is_empty(), "{}: a flavor without skills", archetype.key);
                roles_usable(flavor.roles.unwrap_or(archetype.roles), flavor.tech, archetype.key);
                for occupation in flavor.occupations.unwrap_or(archetype.occupations) {
                    assert!(
                        occupation.isco.len() == 4 && occupation.isco.bytes().all(|b| b.is_ascii_digit())
                    );
                    assert_eq!(occupation.esco.len(), 36, "{}", occupation.label);
                }
            }
            for (id, percent) in archetype.core.iter().chain(archetype.optional) {
                assert!((1..=100).contains(percent), "{}: {id} has probability {percent}", archetype.key);
            }
        }
    }

    #[test]
    fn places_cover_the_municipalities_and_regions() {
        assert_eq!(PLACE_FORMS.len(), MUNICIPALITIES.len());
        for municipality in MUNICIPALITIES {
            assert!(
                PLACE_FORMS.iter().any(|p| p.code == municipality.code),
                "no forms for {}",
                municipality.name
            );
        }
        assert_eq!(REGION_NEIGHBOURS.len(), REGIONS.len());
        for (region, neighbours) in REGION_NEIGHBOURS {
            assert!(REGIONS.contains(region), "{region}");
            for neighbour in *neighbours {
                let back =
                    REGION_NEIGHBOURS.iter().find(|(r, _)| r == neighbour).map(|(_, n)| *n).unwrap_or(&[]);
                assert!(back.contains(region), "{region} -> {neighbour} is not symmetric");
            }
        }
    }

    #[test]
    fn pools_have_every_language() {
        let pools: [&Pool; 12] = [
            &phrases::INTROS,
            &phrases::INTROS_GROWING,
            &phrases::ABOUT_COMPANY,
            &phrases::ABOUT_INTERNATIONAL,
            &phrases::ABOUT_PUBLIC,
            &phrases::TEAM,
            &phrases::DUTIES,
            &phrases::REQUIRED_HEADERS,
            &phrases::NICE_HEADERS,
            &phrases::OFFERS,
            &phrases::DEADLINES,
            &phrases::SUMMARY_SKILLS,
        ];
        for pool in pools {
            assert!(!pool.fi.is_empty() && !pool.sv.is_empty() && !pool.en.is_empty(), "{pool:?}");
        }
        assert_eq!(phrases::DOMAINS.fi.len(), phrases::DOMAINS.sv.len());
        assert_eq!(phrases::DOMAINS.fi.len(), phrases::DOMAINS.en.len());
        assert_eq!(phrases::LANGUAGE_PROSE.fi.len(), 2);
        assert_eq!(phrases::LANGUAGE_PROSE.sv.len(), 2);
        assert_eq!(phrases::LANGUAGE_PROSE.en.len(), 2);
    }
}
