//! Occupation inference over gRPC: a posting written without an occupation is stored with the
//! one inferred from its title (provenance EXTRACTED), Get returns it, the `isco_prefixes`
//! filter of matching finds it, an explicit occupation is kept unchanged, and sending an
//! inferred occupation back is the same as sending none.

use crate::harness::*;
use kohtaanto_proto::v1 as pb;
use pb::match_job_postings_request::Subject as PostingsFor;

fn matching_ids(filters: pb::MatchFilters) -> pb::MatchJobPostingsRequest {
    pb::MatchJobPostingsRequest {
        subject: Some(PostingsFor::ProfileId("occ-seeker".into())),
        filters: Some(filters),
        page_size: 0,
        page_token: String::new(),
        label_language: String::new(),
    }
}

fn isco(prefixes: &[&str]) -> pb::MatchFilters {
    pb::MatchFilters { isco_prefixes: prefixes.iter().map(|p| p.to_string()).collect(), ..Default::default() }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn inferred_occupation_is_stored_returned_and_filterable() {
    let dir = TestDir::new();
    let server = dir.start();
    let mut clients = server.clients().await;

    let mut inferred = posting("occ-inferred");
    inferred.title = "Senior Java-ohjelmistokehittäjä".into();
    inferred.occupation = None;
    let mut tester = posting("occ-tester");
    tester.title = "Testaaja".into();
    tester.occupation = None;
    // Explicit wins, even when the title says something else.
    let mut explicit = posting("occ-explicit");
    explicit.title = "Testiautomaatioasiantuntija".into();
    let explicit_occupation = explicit.occupation.clone();
    let mut unknown = posting("occ-unknown");
    unknown.title = "Avoin tehtävä".into();
    unknown.occupation = None;
    clients.store_postings(vec![inferred.clone(), tester, explicit.clone(), unknown]).await;

    let stored = clients.get_posting("occ-inferred").await.expect("stored");
    let occupation = stored.occupation.clone().expect("an inferred occupation");
    assert_eq!(occupation.isco_code, "2512");
    assert_eq!(occupation.label, "software developer");
    assert_eq!(
        occupation.esco_uri,
        "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1"
    );
    assert_eq!(occupation.provenance(), pb::Provenance::Extracted);
    // Everything else is as written.
    let mut as_written = written_posting(stored.clone());
    as_written.occupation = None;
    assert_eq!(as_written, inferred);

    let tester = clients.get_posting("occ-tester").await.expect("stored").occupation.expect("inferred");
    assert_eq!((tester.isco_code.as_str(), tester.provenance()), ("2519", pb::Provenance::Extracted));
    let explicit_stored = clients.get_posting("occ-explicit").await.expect("stored");
    assert_eq!(explicit_stored.occupation, explicit_occupation);
    assert_eq!(written_posting(explicit_stored), explicit);
    assert_eq!(clients.get_posting("occ-unknown").await.expect("stored").occupation, None);

    // Sending the inferred occupation back (a read-modify-write client) re-derives it: a new
    // title gives a new occupation.
    let mut rewritten = stored;
    rewritten.effective_requirements.clear();
    rewritten.title = "DevOps Engineer".into();
    clients.store_postings(vec![rewritten]).await;
    let devops = clients.get_posting("occ-inferred").await.expect("stored").occupation.expect("inferred");
    assert_eq!((devops.isco_code.as_str(), devops.provenance()), ("2522", pb::Provenance::Extracted));

    // The ISCO filter of matching sees inferred occupations.
    clients.store_profiles(vec![profile_with("occ-seeker", vec![skill("python", 4, None)])]).await;
    let ids = |response: pb::MatchJobPostingsResponse| {
        let mut ids: Vec<String> =
            response.matches.into_iter().map(|m| m.job_posting.expect("posting").id).collect();
        ids.sort();
        ids
    };
    let all = clients.matching.match_job_postings(matching_ids(isco(&[]))).await.expect("all").into_inner();
    assert_eq!(ids(all), ["occ-explicit", "occ-inferred", "occ-tester", "occ-unknown"]);
    let systems = clients.matching.match_job_postings(matching_ids(isco(&["2522"]))).await.expect("2522");
    assert_eq!(ids(systems.into_inner()), ["occ-inferred"]);
    let ict = clients.matching.match_job_postings(matching_ids(isco(&["25"]))).await.expect("25");
    assert_eq!(ids(ict.into_inner()), ["occ-explicit", "occ-inferred", "occ-tester"]);
    let testers = clients.matching.match_job_postings(matching_ids(isco(&["2519"]))).await.expect("2519");
    assert_eq!(ids(testers.into_inner()), ["occ-tester"]);

    // The inferred occupation survives a restart (it is stored, not recomputed on read).
    server.terminate();
    let server = dir.start();
    let mut clients = server.clients().await;
    let after = clients.get_posting("occ-inferred").await.expect("stored").occupation.expect("inferred");
    assert_eq!(after, devops);
}
