//! The access policy: which role may call which RPC (DESIGN.md section 8).
//!
//! One table, [`POLICY`], maps every method of every `kohtaanto.v1` service to a [`Rule`]. The
//! auth layer looks the gRPC path up here; **an RPC without an entry is denied** (fail closed),
//! and a unit test walks the descriptor set of `kohtaanto_proto` so that a service added without
//! entries fails the build's tests rather than being open.
//!
//! | RPC | portal | coach | planner | admin |
//! |---|---|---|---|---|
//! | JobPostings Get/List | yes | yes | yes | yes |
//! | JobPostings Upsert/Delete | yes | no | no | yes |
//! | JobseekerProfiles * | yes | own profiles | no | yes |
//! | Matching * | yes | own profiles | no | yes |
//! | TrainingProgrammes List/Get | yes | yes | yes | yes |
//! | TrainingProgrammes Upsert/Delete | yes | no | no | yes |
//! | SkillGaps ProfileGaps | yes | own profiles | no | yes |
//! | SkillGaps MarketGaps/ProgrammeImpact | yes | yes | yes | yes |
//! | Skills * | yes | yes | yes | yes |
//!
//! "Own profiles" lets the call through the layer; the service then restricts it to profiles
//! whose coach id is the principal (see [`super::Caller`]). Health and reflection are not in the
//! table: they are open to everyone ([`is_open`]), so that load balancers and grpcurl work.

use super::Role;

/// What one role may do with one RPC.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// PERMISSION_DENIED.
    Denied,
    /// Allowed without restriction.
    Allowed,
    /// Allowed, restricted by the service to profiles whose coach id is the principal.
    OwnProfiles,
}

/// Access of each role to one RPC.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// A job-portal back-end.
    pub portal: Access,
    /// An employment coach.
    pub coach: Access,
    /// A training planner.
    pub planner: Access,
    /// An operator.
    pub admin: Access,
}

impl Rule {
    /// Access of `role`.
    pub fn for_role(&self, role: Role) -> Access {
        match role {
            Role::Portal => self.portal,
            Role::Coach => self.coach,
            Role::Planner => self.planner,
            Role::Admin => self.admin,
        }
    }
}

use Access::{Allowed, Denied, OwnProfiles};

/// Everyone with a valid token: skills, postings reads, programme reads, aggregates.
const EVERYONE: Rule = Rule { portal: Allowed, coach: Allowed, planner: Allowed, admin: Allowed };
/// Writes of shared data: the portal back-end and operators.
const BACK_END: Rule = Rule { portal: Allowed, coach: Denied, planner: Denied, admin: Allowed };
/// Individual profiles: the back-end, operators, and coaches for their own jobseekers.
const PERSONAL: Rule = Rule { portal: Allowed, coach: OwnProfiles, planner: Denied, admin: Allowed };

/// The policy table: (service, method, rule). Entries of services that are not (yet) in the
/// API are harmless; a method missing here is denied.
pub const POLICY: &[(&str, &str, Rule)] = &[
    ("kohtaanto.v1.JobPostings", "UpsertJobPostings", BACK_END),
    ("kohtaanto.v1.JobPostings", "GetJobPosting", EVERYONE),
    ("kohtaanto.v1.JobPostings", "DeleteJobPosting", BACK_END),
    ("kohtaanto.v1.JobPostings", "ListJobPostings", EVERYONE),
    ("kohtaanto.v1.JobseekerProfiles", "UpsertProfiles", PERSONAL),
    ("kohtaanto.v1.JobseekerProfiles", "GetProfile", PERSONAL),
    ("kohtaanto.v1.JobseekerProfiles", "DeleteProfile", PERSONAL),
    ("kohtaanto.v1.JobseekerProfiles", "ListProfiles", PERSONAL),
    ("kohtaanto.v1.Matching", "MatchJobPostings", PERSONAL),
    ("kohtaanto.v1.Matching", "MatchProfiles", PERSONAL),
    ("kohtaanto.v1.Matching", "ExplainMatch", PERSONAL),
    ("kohtaanto.v1.TrainingProgrammes", "UpsertProgrammes", BACK_END),
    ("kohtaanto.v1.TrainingProgrammes", "GetProgramme", EVERYONE),
    ("kohtaanto.v1.TrainingProgrammes", "ListProgrammes", EVERYONE),
    ("kohtaanto.v1.TrainingProgrammes", "DeleteProgramme", BACK_END),
    ("kohtaanto.v1.SkillGaps", "ProfileGaps", PERSONAL),
    ("kohtaanto.v1.SkillGaps", "MarketGaps", EVERYONE),
    ("kohtaanto.v1.SkillGaps", "ProgrammeImpact", EVERYONE),
    ("kohtaanto.v1.Skills", "ExtractSkills", EVERYONE),
    ("kohtaanto.v1.Skills", "SuggestSkills", EVERYONE),
    ("kohtaanto.v1.Skills", "GetSkill", EVERYONE),
];

/// Services open without a token: health checks and reflection carry no data.
pub const OPEN_SERVICES: &[&str] = &[
    "grpc.health.v1.Health",
    "grpc.reflection.v1.ServerReflection",
    "grpc.reflection.v1alpha.ServerReflection",
];

/// The rule of `service`/`method`, `None` when the table has none (deny).
pub fn rule(service: &str, method: &str) -> Option<Rule> {
    POLICY.iter().find(|(s, m, _)| *s == service && *m == method).map(|(_, _, rule)| *rule)
}

/// Whether `service` is open without authentication.
pub fn is_open(service: &str) -> bool {
    OPEN_SERVICES.contains(&service)
}

/// Splits a gRPC path `/package.Service/Method` into service and method.
pub fn split_path(path: &str) -> Option<(&str, &str)> {
    let (service, method) = path.strip_prefix('/')?.split_once('/')?;
    (!service.is_empty() && !method.is_empty() && !method.contains('/')).then_some((service, method))
}

#[cfg(test)]
mod tests {
    use super::*;
    use prost::Message;
    use std::collections::HashSet;

    /// Every (service, method) of package `kohtaanto.v1` in the generated descriptor set.
    fn api_methods() -> Vec<(String, String)> {
        let set = prost_types::FileDescriptorSet::decode(kohtaanto_proto::FILE_DESCRIPTOR_SET)
            .expect("descriptor set decodes");
        set.file
            .iter()
            .filter(|file| file.package() == "kohtaanto.v1")
            .flat_map(|file| {
                file.service.iter().flat_map(move |service| {
                    service.method.iter().map(move |method| {
                        (format!("{}.{}", file.package(), service.name()), method.name().to_string())
                    })
                })
            })
            .collect()
    }

    #[test]
    fn every_rpc_of_the_api_has_a_policy() {
        let methods = api_methods();
        assert!(methods.len() >= 14, "descriptor set lists the API: {methods:?}");
        let missing: Vec<_> = methods.iter().filter(|(s, m)| rule(s, m).is_none()).collect();
        assert!(missing.is_empty(), "RPCs without an access policy (they would be denied): {missing:?}");
    }

    #[test]
    fn policy_entries_of_existing_services_name_existing_methods() {
        let methods: HashSet<(String, String)> = api_methods().into_iter().collect();
        let services: HashSet<&str> = methods.iter().map(|(s, _)| s.as_str()).collect();
        for (service, method, _) in POLICY {
            if services.contains(service) {
                assert!(
                    methods.contains(&(service.to_string(), method.to_string())),
                    "policy entry {service}/{method} names no RPC of the API (typo?)"
                );
            }
        }
        let mut seen = HashSet::new();
        for (service, method, _) in POLICY {
            assert!(seen.insert((service, method)), "{service}/{method} listed twice");
        }
    }

    #[test]
    fn unknown_rpcs_are_denied() {
        assert_eq!(rule("kohtaanto.v1.Matching", "DropAll"), None);
        assert_eq!(rule("kohtaanto.v1.NewService", "Anything"), None);
        assert!(!is_open("kohtaanto.v1.Skills"));
        assert!(is_open("grpc.health.v1.Health"));
    }

    #[test]
    fn roles_get_what_section_8_says() {
        let access = |service: &str, method: &str, role| {
            rule(&format!("kohtaanto.v1.{service}"), method).expect("has a rule").for_role(role)
        };
        for role in [Role::Portal, Role::Admin] {
            for (service, method, _) in POLICY {
                assert_eq!(rule(service, method).map(|r| r.for_role(role)), Some(Allowed), "{role:?}");
            }
        }
        // Planner: aggregates, skills, postings and programmes; nothing about individuals.
        assert_eq!(access("SkillGaps", "MarketGaps", Role::Planner), Allowed);
        assert_eq!(access("SkillGaps", "ProgrammeImpact", Role::Planner), Allowed);
        assert_eq!(access("TrainingProgrammes", "ListProgrammes", Role::Planner), Allowed);
        assert_eq!(access("Skills", "SuggestSkills", Role::Planner), Allowed);
        assert_eq!(access("JobPostings", "ListJobPostings", Role::Planner), Allowed);
        for (service, method) in [
            ("JobseekerProfiles", "GetProfile"),
            ("JobseekerProfiles", "ListProfiles"),
            ("JobseekerProfiles", "UpsertProfiles"),
            ("JobseekerProfiles", "DeleteProfile"),
            ("Matching", "MatchJobPostings"),
            ("Matching", "MatchProfiles"),
            ("Matching", "ExplainMatch"),
            ("SkillGaps", "ProfileGaps"),
            ("JobPostings", "UpsertJobPostings"),
            ("TrainingProgrammes", "UpsertProgrammes"),
        ] {
            assert_eq!(access(service, method, Role::Planner), Denied, "planner {service}/{method}");
        }
        // Coach: own profiles only; reads of postings, programmes, skills; no shared writes.
        assert_eq!(access("JobseekerProfiles", "GetProfile", Role::Coach), OwnProfiles);
        assert_eq!(access("Matching", "MatchProfiles", Role::Coach), OwnProfiles);
        assert_eq!(access("SkillGaps", "ProfileGaps", Role::Coach), OwnProfiles);
        assert_eq!(access("JobPostings", "GetJobPosting", Role::Coach), Allowed);
        assert_eq!(access("JobPostings", "UpsertJobPostings", Role::Coach), Denied);
        assert_eq!(access("JobPostings", "DeleteJobPosting", Role::Coach), Denied);
        assert_eq!(access("TrainingProgrammes", "DeleteProgramme", Role::Coach), Denied);
    }

    #[test]
    fn paths_split_into_service_and_method() {
        assert_eq!(split_path("/kohtaanto.v1.Skills/GetSkill"), Some(("kohtaanto.v1.Skills", "GetSkill")));
        assert_eq!(split_path("kohtaanto.v1.Skills/GetSkill"), None);
        assert_eq!(split_path("/kohtaanto.v1.Skills/"), None);
        assert_eq!(split_path("/kohtaanto.v1.Skills/Get/Skill"), None);
        assert_eq!(split_path("/"), None);
    }
}
