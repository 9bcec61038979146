//! The traffic mix of the load generator: which RPCs, in which proportions, and how each
//! request is made from the preloaded data.

use anyhow::{Context, Result, bail};
use kohtaanto_proto::v1 as pb;
use rand::Rng;
use std::collections::VecDeque;
use std::time::Duration;
use tonic::transport::Channel;
use tonic::{Request, Status};

/// One kind of request of the mix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Op {
    /// `MatchJobPostings` for a stored profile id.
    MatchPostings,
    /// `MatchProfiles` for a stored posting id.
    MatchProfiles,
    /// `UpsertJobPostings` of a small batch of stored postings (updates).
    UpsertPostings,
    /// `UpsertProfiles` of a small batch of new profiles.
    UpsertProfiles,
    /// `DeleteProfile` of a profile this client upserted.
    DeleteProfile,
    /// `ProfileGaps` for a stored profile id.
    ProfileGaps,
    /// `MarketGaps` for a random region (or all regions).
    MarketGaps,
    /// `SuggestSkills` for a typed prefix.
    SuggestSkills,
}

impl Op {
    /// Every kind, in report order.
    pub const ALL: [Op; 8] = [
        Op::MatchPostings,
        Op::MatchProfiles,
        Op::UpsertPostings,
        Op::UpsertProfiles,
        Op::DeleteProfile,
        Op::ProfileGaps,
        Op::MarketGaps,
        Op::SuggestSkills,
    ];

    /// Name in `--mix`.
    pub fn key(self) -> &'static str {
        match self {
            Op::MatchPostings => "match_postings",
            Op::MatchProfiles => "match_profiles",
            Op::UpsertPostings => "upsert_postings",
            Op::UpsertProfiles => "upsert_profiles",
            Op::DeleteProfile => "delete_profile",
            Op::ProfileGaps => "profile_gaps",
            Op::MarketGaps => "market_gaps",
            Op::SuggestSkills => "suggest_skills",
        }
    }

    /// The RPC name.
    pub fn rpc(self) -> &'static str {
        match self {
            Op::MatchPostings => "MatchJobPostings",
            Op::MatchProfiles => "MatchProfiles",
            Op::UpsertPostings => "UpsertJobPostings",
            Op::UpsertProfiles => "UpsertProfiles",
            Op::DeleteProfile => "DeleteProfile",
            Op::ProfileGaps => "ProfileGaps",
            Op::MarketGaps => "MarketGaps",
            Op::SuggestSkills => "SuggestSkills",
        }
    }
}

/// Default weights (percent): mostly matching and typeahead, some writes, few gap queries (a gap
/// query after a write rebuilds the gap snapshot, seconds at tens of thousands of records).
pub const DEFAULT_MIX: &str = "match_postings=32,match_profiles=22,suggest_skills=16,upsert_postings=10,\
                               upsert_profiles=10,delete_profile=5,profile_gaps=4,market_gaps=1";

/// Weighted choice among the kinds.
#[derive(Debug, Clone)]
pub struct Mix {
    weights: Vec<(Op, u32)>,
    total: u32,
}

impl Mix {
    /// Parse `key=weight,...` (keys of [`Op::key`]; missing kinds get weight 0).
    pub fn parse(text: &str) -> Result<Mix> {
        let mut weights = Vec::new();
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (key, weight) =
                part.split_once('=').with_context(|| format!("mix entry {part:?}: want key=weight"))?;
            let op = Op::ALL
                .into_iter()
                .find(|op| op.key() == key.trim())
                .with_context(|| format!("mix: unknown kind {key:?}"))?;
            let weight: u32 = weight.trim().parse().with_context(|| format!("mix: weight of {key}"))?;
            if weights.iter().any(|(o, _)| *o == op) {
                bail!("mix: {key} given twice");
            }
            if weight > 0 {
                weights.push((op, weight));
            }
        }
        let total = weights.iter().map(|(_, w)| *w).sum();
        if total == 0 {
            bail!("mix: all weights are zero");
        }
        Ok(Mix { weights, total })
    }

    /// A random kind by weight.
    pub fn pick(&self, rng: &mut impl Rng) -> Op {
        let mut roll = rng.random_range(0..self.total);
        for (op, weight) in &self.weights {
            if roll < *weight {
                return *op;
            }
            roll -= weight;
        }
        self.weights[self.weights.len() - 1].0
    }

    /// `key=percent` of each kind, for the report.
    pub fn describe(&self) -> String {
        self.weights
            .iter()
            .map(|(op, w)| format!("{} {:.0}%", op.rpc(), f64::from(*w) * 100.0 / f64::from(self.total)))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The clients of one connection.
#[derive(Clone)]
pub struct Clients {
    postings: pb::job_postings_client::JobPostingsClient<Channel>,
    profiles: pb::jobseeker_profiles_client::JobseekerProfilesClient<Channel>,
    matching: pb::matching_client::MatchingClient<Channel>,
    gaps: pb::skill_gaps_client::SkillGapsClient<Channel>,
    skills: pb::skills_client::SkillsClient<Channel>,
}

impl Clients {
    /// The clients over `channel`, decoding messages up to `max_message` bytes.
    pub fn new(channel: Channel, max_message: usize) -> Clients {
        Clients {
            postings: pb::job_postings_client::JobPostingsClient::new(channel.clone())
                .max_decoding_message_size(max_message)
                .max_encoding_message_size(max_message),
            profiles: pb::jobseeker_profiles_client::JobseekerProfilesClient::new(channel.clone())
                .max_decoding_message_size(max_message)
                .max_encoding_message_size(max_message),
            matching: pb::matching_client::MatchingClient::new(channel.clone())
                .max_decoding_message_size(max_message),
            gaps: pb::skill_gaps_client::SkillGapsClient::new(channel.clone())
                .max_decoding_message_size(max_message),
            skills: pb::skills_client::SkillsClient::new(channel).max_decoding_message_size(max_message),
        }
    }

    /// Upsert `postings` (preload); fails on any rejected record.
    pub async fn upsert_postings(&mut self, postings: Vec<pb::JobPosting>) -> Result<()> {
        let response = self
            .postings
            .upsert_job_postings(pb::UpsertJobPostingsRequest { job_postings: postings })
            .await?;
        let rejected = response.into_inner().rejected_count;
        if rejected > 0 {
            bail!("{rejected} postings rejected");
        }
        Ok(())
    }

    /// Upsert `profiles` (preload); fails on any rejected record.
    pub async fn upsert_profiles(&mut self, profiles: Vec<pb::JobseekerProfile>) -> Result<()> {
        let response = self.profiles.upsert_profiles(pb::UpsertProfilesRequest { profiles }).await?;
        let rejected = response.into_inner().rejected_count;
        if rejected > 0 {
            bail!("{rejected} profiles rejected");
        }
        Ok(())
    }

    /// MarketGaps for all regions (the warm-up that builds the gap snapshot).
    pub async fn market_gaps_all(&mut self) -> Result<(), Status> {
        self.gaps.market_gaps(pb::MarketGapsRequest::default()).await.map(|_| ())
    }
}

/// The preloaded data the requests are made from.
pub struct Workload {
    /// Ids of the preloaded postings.
    pub posting_ids: Vec<String>,
    /// Ids of the preloaded profiles.
    pub profile_ids: Vec<String>,
    /// The preloaded postings, re-sent as updates.
    pub postings: Vec<pb::JobPosting>,
    /// Makes new profiles for upserts.
    pub generator: kohtaanto_gen::Generator,
    /// Index of the first profile of client 0 beyond the preloaded ones.
    pub new_profile_base: usize,
    /// Records per upsert request.
    pub batch: usize,
    /// Matches asked for per match request.
    pub page_size: i32,
    /// Deadline of each request.
    pub timeout: Duration,
}

/// What one client remembers between its requests.
pub struct ClientState {
    /// Index of the client.
    pub client: usize,
    /// Profiles this client upserted and has not deleted yet.
    pub own_profiles: VecDeque<String>,
    /// Profiles this client created so far.
    pub created: usize,
}

/// Prefixes typed into the skill typeahead (English, Finnish, Swedish).
const TYPED: &[&str] = &[
    "pyth",
    "java",
    "kube",
    "data",
    "mach",
    "test",
    "proj",
    "ohjel",
    "tieto",
    "pilvi",
    "react",
    "sql",
    "linux",
    "tietoturva",
    "säk",
    "prog",
    "devops",
    "agile",
    "rust",
    "netw",
];

impl Workload {
    fn request<T>(&self, message: T) -> Request<T> {
        let mut request = Request::new(message);
        request.set_timeout(self.timeout);
        request
    }

    /// Send one request of kind `op`; the error is the gRPC status of a failed call.
    pub async fn execute(
        &self,
        op: Op,
        clients: &mut Clients,
        state: &mut ClientState,
        rng: &mut impl Rng,
    ) -> Result<(), Status> {
        match op {
            Op::MatchPostings => {
                let id = &self.profile_ids[rng.random_range(0..self.profile_ids.len())];
                let request = pb::MatchJobPostingsRequest {
                    subject: Some(pb::match_job_postings_request::Subject::ProfileId(id.clone())),
                    page_size: self.page_size,
                    ..Default::default()
                };
                clients.matching.match_job_postings(self.request(request)).await.map(|_| ())
            }
            Op::MatchProfiles => {
                let id = &self.posting_ids[rng.random_range(0..self.posting_ids.len())];
                let request = pb::MatchProfilesRequest {
                    subject: Some(pb::match_profiles_request::Subject::JobPostingId(id.clone())),
                    page_size: self.page_size,
                    ..Default::default()
                };
                clients.matching.match_profiles(self.request(request)).await.map(|_| ())
            }
            Op::UpsertPostings => {
                let start = rng.random_range(0..self.postings.len());
                let job_postings: Vec<pb::JobPosting> =
                    self.postings.iter().cycle().skip(start).take(self.batch).cloned().collect();
                let response = clients
                    .postings
                    .upsert_job_postings(self.request(pb::UpsertJobPostingsRequest { job_postings }))
                    .await?
                    .into_inner();
                check_upsert(response.rejected_count, "posting")
            }
            Op::UpsertProfiles => {
                let profiles: Vec<pb::JobseekerProfile> = (0..self.batch)
                    .map(|_| {
                        let index = self.new_profile_base + state.client * 10_000_000 + state.created;
                        state.created += 1;
                        let profile = self.generator.profile(index);
                        kohtaanto_server::convert::profile_to_proto(profile, &[])
                    })
                    .collect();
                let ids: Vec<String> = profiles.iter().map(|p| p.id.clone()).collect();
                let response = clients
                    .profiles
                    .upsert_profiles(self.request(pb::UpsertProfilesRequest { profiles }))
                    .await?
                    .into_inner();
                check_upsert(response.rejected_count, "profile")?;
                state.own_profiles.extend(ids);
                Ok(())
            }
            Op::DeleteProfile => {
                // A profile this client made, or (none yet) an id that does not exist: both are
                // normal deletes (the second answers deleted = false).
                let id =
                    state.own_profiles.pop_front().unwrap_or_else(|| format!("js-missing-{}", state.client));
                clients
                    .profiles
                    .delete_profile(self.request(pb::DeleteProfileRequest { id }))
                    .await
                    .map(|_| ())
            }
            Op::ProfileGaps => {
                let id = &self.profile_ids[rng.random_range(0..self.profile_ids.len())];
                let request = pb::ProfileGapsRequest {
                    subject: Some(pb::profile_gaps_request::Subject::ProfileId(id.clone())),
                    ..Default::default()
                };
                clients.gaps.profile_gaps(self.request(request)).await.map(|_| ())
            }
            Op::MarketGaps => {
                let regions = kohtaanto_domain::regions::REGIONS;
                let pick = rng.random_range(0..=regions.len());
                let scope = regions
                    .get(pick)
                    .map(|region| pb::GapScope { region: (*region).into(), ..Default::default() });
                let request = pb::MarketGapsRequest { scope, ..Default::default() };
                clients.gaps.market_gaps(self.request(request)).await.map(|_| ())
            }
            Op::SuggestSkills => {
                let query = TYPED[rng.random_range(0..TYPED.len())].to_string();
                let request = pb::SuggestSkillsRequest { query, ..Default::default() };
                clients.skills.suggest_skills(self.request(request)).await.map(|_| ())
            }
        }
    }
}

/// A valid record rejected under load would be a server bug: reported as INTERNAL.
fn check_upsert(rejected: u32, kind: &str) -> Result<(), Status> {
    if rejected > 0 {
        return Err(Status::internal(format!("{rejected} valid {kind} records rejected")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn default_mix_parses_and_picks_by_weight() {
        let mix = Mix::parse(DEFAULT_MIX).expect("default mix");
        assert_eq!(mix.total, 100);
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(1);
        let picks = (0..10_000).filter(|_| mix.pick(&mut rng) == Op::MatchPostings).count();
        assert!((2_700..3_700).contains(&picks), "{picks}");
    }

    #[test]
    fn bad_mixes_are_refused() {
        assert!(Mix::parse("match_postings=0").is_err());
        assert!(Mix::parse("nonsense=1").is_err());
        assert!(Mix::parse("market_gaps").is_err());
        assert!(Mix::parse("market_gaps=1,market_gaps=2").is_err());
        assert_eq!(Mix::parse("market_gaps=1").expect("one kind").describe(), "MarketGaps 100%");
    }
}
