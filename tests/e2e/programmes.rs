//! The TrainingProgrammes service (DESIGN.md sections 3, 6 and 7) against the real server:
//! upsert, get, list with paging and filters, delete; validation errors naming the field and
//! limits as RESOURCE_EXHAUSTED; acknowledged writes surviving kill -9; `kohtaanto gen` writing
//! programmes that `kohtaanto import programmes` loads; the demo data set has programmes.

use crate::harness::*;
use kohtaanto_proto::v1 as pb;
use pb::training_programmes_client::TrainingProgrammesClient;
use std::process::Command;
use tonic::Code;
use tonic::transport::Channel;

async fn client(server: &ServerProcess) -> TrainingProgrammesClient<Channel> {
    TrainingProgrammesClient::new(server.channel().await)
}

fn taught(skill: &str, level: u32) -> pb::TaughtSkill {
    pb::TaughtSkill { skill: skill.into(), level }
}

/// A valid programme with every field set, in Uusimaa, taught in Finnish.
fn programme(id: &str) -> pb::TrainingProgramme {
    pb::TrainingProgramme {
        id: id.into(),
        name: "Full-stack-ohjelmistokehittäjäksi 12 viikossa".into(),
        provider: "Esimerkkikaupungin työllisyyspalvelut".into(),
        skills: vec![taught("javascript", 3), taught("react", 3), taught("sql", 2)],
        region: "Uusimaa".into(),
        language: "fi".into(),
        duration_weeks: 12,
        start_date: Some(pb::CalendarDate { year: 2027, month: 2, day: 1 }),
        seats: 24,
    }
}

async fn upsert(
    client: &mut TrainingProgrammesClient<Channel>,
    programmes: Vec<pb::TrainingProgramme>,
) -> pb::UpsertProgrammesResponse {
    client
        .upsert_programmes(pb::UpsertProgrammesRequest { programmes })
        .await
        .expect("UpsertProgrammes")
        .into_inner()
}

async fn store(client: &mut TrainingProgrammesClient<Channel>, programmes: Vec<pb::TrainingProgramme>) {
    let count = programmes.len();
    let response = upsert(client, programmes).await;
    assert_eq!(response.upserted_count as usize, count, "{:?}", response.results);
    assert!(response.results.iter().all(|r| r.code == 0), "{:?}", response.results);
}

/// Every programme passing the filters of `request`, page by page, checking the tokens.
async fn list_all(
    client: &mut TrainingProgrammesClient<Channel>,
    request: pb::ListProgrammesRequest,
) -> Vec<pb::TrainingProgramme> {
    let mut all = Vec::new();
    let mut page_token = String::new();
    loop {
        let page = client
            .list_programmes(pb::ListProgrammesRequest { page_token: page_token.clone(), ..request.clone() })
            .await
            .expect("ListProgrammes")
            .into_inner();
        assert!(page.programmes.len() <= request.page_size.max(1) as usize || request.page_size == 0);
        all.extend(page.programmes);
        assert!(page.total_size as usize >= all.len(), "total_size {}", page.total_size);
        if page.next_page_token.is_empty() {
            assert_eq!(page.total_size as usize, all.len(), "total_size counts the filtered programmes");
            return all;
        }
        page_token = page.next_page_token;
    }
}

fn ids(programmes: &[pb::TrainingProgramme]) -> Vec<&str> {
    programmes.iter().map(|p| p.id.as_str()).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn upsert_get_list_with_paging_and_filters_then_delete() {
    let dir = TestDir::new();
    let server = dir.start();
    let mut client = client(&server).await;

    let fullstack = programme("prog-a");
    let devops_online = pb::TrainingProgramme {
        name: "Cloud and DevOps (online)".into(),
        skills: vec![taught("docker", 3), taught("kubernetes", 3), taught("terraform", 2)],
        region: String::new(),
        language: "en".into(),
        start_date: None,
        ..programme("prog-b")
    };
    let finnish = pb::TrainingProgramme {
        name: "Suomea IT-ammattilaisille (B1)".into(),
        skills: vec![taught("finnish", 3)],
        region: "Pirkanmaa".into(),
        ..programme("prog-c")
    };
    let data_sv = pb::TrainingProgramme {
        name: "Dataanalys med Python".into(),
        skills: vec![taught("python", 3), taught("sql", 3), taught("power-bi", 3)],
        region: "Pohjanmaa".into(),
        language: "sv".into(),
        ..programme("prog-d")
    };
    let testing = pb::TrainingProgramme {
        name: "Testiautomaatio".into(),
        skills: vec![taught("robot-framework", 3), taught("selenium", 3), taught("python", 2)],
        ..programme("prog-e")
    };
    let all =
        vec![fullstack.clone(), devops_online.clone(), finnish.clone(), data_sv.clone(), testing.clone()];
    // Out of id order on purpose: lists come back by id.
    store(&mut client, vec![testing.clone(), fullstack.clone(), data_sv.clone()]).await;
    store(&mut client, vec![finnish.clone(), devops_online.clone()]).await;

    // Get returns exactly what was written (dates, optional start date, levels).
    for written in &all {
        let read = client
            .get_programme(pb::GetProgrammeRequest { id: written.id.clone() })
            .await
            .expect("GetProgramme")
            .into_inner();
        assert_eq!(&read, written);
    }

    // Paging: two per page, stable id order, total on every page, no token after the last.
    let page_size_2 = pb::ListProgrammesRequest { page_size: 2, ..Default::default() };
    assert_eq!(list_all(&mut client, page_size_2).await, all);
    let first = client
        .list_programmes(pb::ListProgrammesRequest { page_size: 5, ..Default::default() })
        .await
        .expect("list")
        .into_inner();
    assert_eq!((first.programmes.len(), first.next_page_token.as_str(), first.total_size), (5, "", 5));

    // Filters, alone and combined; the region ignores case and spaces.
    let filtered =
        |region: &str, include_online: bool, language: &str, skill: &str| pb::ListProgrammesRequest {
            page_size: 1,
            region: region.into(),
            include_online,
            language: language.into(),
            skill: skill.into(),
            ..Default::default()
        };
    assert_eq!(ids(&list_all(&mut client, filtered(" uusimaa ", false, "", "")).await), ["prog-a", "prog-e"]);
    assert_eq!(
        ids(&list_all(&mut client, filtered("Uusimaa", true, "", "")).await),
        ["prog-a", "prog-b", "prog-e"]
    );
    assert_eq!(ids(&list_all(&mut client, filtered("", false, "sv", "")).await), ["prog-d"]);
    assert_eq!(ids(&list_all(&mut client, filtered("", false, "", "python")).await), ["prog-d", "prog-e"]);
    assert_eq!(ids(&list_all(&mut client, filtered("", false, "", "finnish")).await), ["prog-c"]);
    assert_eq!(ids(&list_all(&mut client, filtered("Uusimaa", false, "fi", "python")).await), ["prog-e"]);
    assert!(list_all(&mut client, filtered("Lappi", false, "", "")).await.is_empty());

    // Replacing by id.
    let replaced =
        pb::TrainingProgramme { seats: 99, skills: vec![taught("kotlin", 2)], ..fullstack.clone() };
    store(&mut client, vec![replaced.clone()]).await;
    let read = client.get_programme(pb::GetProgrammeRequest { id: "prog-a".into() }).await.expect("get");
    assert_eq!(read.into_inner(), replaced);
    assert!(list_all(&mut client, filtered("", false, "", "react")).await.is_empty(), "old skill terms gone");

    // Delete: true once, then false; the programme is gone from get and list.
    let deleted = client.delete_programme(pb::DeleteProgrammeRequest { id: "prog-c".into() }).await;
    assert!(deleted.expect("delete").into_inner().deleted);
    let again = client.delete_programme(pb::DeleteProgrammeRequest { id: "prog-c".into() }).await;
    assert!(!again.expect("delete again").into_inner().deleted);
    expect_status(
        client.get_programme(pb::GetProgrammeRequest { id: "prog-c".into() }).await,
        Code::NotFound,
        &["prog-c"],
    );
    let remaining = list_all(&mut client, pb::ListProgrammesRequest::default()).await;
    assert_eq!(ids(&remaining), ["prog-a", "prog-b", "prog-d", "prog-e"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_programmes_are_rejected_naming_the_field() {
    let dir = TestDir::new();
    let server = dir.start_with_env(&[("KOHTAANTO__MAX_BATCH_RECORDS", "4")]);
    let mut client = client(&server).await;

    let mut unknown_skill = programme("bad-skill");
    unknown_skill.skills[1].skill = "reactt".into();
    let mut bad_level = programme("bad-level");
    bad_level.skills[2].level = 0;
    let mut bad_date = programme("bad-date");
    bad_date.start_date = Some(pb::CalendarDate { year: 2027, month: 2, day: 30 });
    let response = upsert(&mut client, vec![programme("good"), unknown_skill, bad_level, bad_date]).await;
    assert_eq!((response.upserted_count, response.rejected_count), (1, 3));
    let fields: Vec<&str> = response.results.iter().map(|r| r.field.as_str()).collect();
    assert_eq!(
        fields,
        ["", "programmes[1].skills[1].skill", "programmes[2].skills[2].level", "programmes[3].start_date"]
    );
    assert_eq!(response.results[1].code, Code::InvalidArgument as i32);
    assert!(response.results[1].message.contains("unknown skill \"reactt\""), "{:?}", response.results[1]);
    assert_eq!(ids(&list_all(&mut client, pb::ListProgrammesRequest::default()).await), ["good"]);

    let more = [("no-name", "name"), ("no-skills", "skills"), ("bad-language", "language"), ("", "id")];
    for (id, field) in more {
        let mut p = programme(id);
        match field {
            "name" => p.name = "  ".into(),
            "skills" => p.skills.clear(),
            "language" => p.language = "suomi".into(),
            _ => {}
        }
        let response = upsert(&mut client, vec![p]).await;
        assert_eq!(response.results[0].field, format!("programmes[0].{field}"), "{:?}", response.results);
    }

    // Limits: a batch over max_batch_records fails as a whole and stores nothing.
    let batch = (0..5).map(|i| programme(&format!("many-{i}"))).collect();
    expect_status(
        client.upsert_programmes(pb::UpsertProgrammesRequest { programmes: batch }).await,
        Code::ResourceExhausted,
        &["batch"],
    );

    // Bad request fields of the other RPCs.
    expect_status(
        client.get_programme(pb::GetProgrammeRequest { id: String::new() }).await,
        Code::InvalidArgument,
        &["id"],
    );
    expect_status(
        client.delete_programme(pb::DeleteProgrammeRequest { id: "a b".into() }).await,
        Code::InvalidArgument,
        &["id"],
    );
    for (request, field) in [
        (pb::ListProgrammesRequest { language: "FI".into(), ..Default::default() }, "language"),
        (pb::ListProgrammesRequest { skill: "no-such-skill".into(), ..Default::default() }, "skill"),
        (pb::ListProgrammesRequest { page_size: -1, ..Default::default() }, "page_size"),
        (pb::ListProgrammesRequest { page_token: "garbage".into(), ..Default::default() }, "page_token"),
    ] {
        expect_status(client.list_programmes(request).await, Code::InvalidArgument, &[field]);
    }
    assert_eq!(ids(&list_all(&mut client, pb::ListProgrammesRequest::default()).await), ["good"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_programme_writes_survive_kill_9() {
    let dir = TestDir::new();
    let mut expected: Vec<pb::TrainingProgramme> = Vec::new();
    for round in 0..3 {
        let server = dir.start();
        let mut client = client(&server).await;
        let stored = list_all(&mut client, pb::ListProgrammesRequest::default()).await;
        assert_eq!(stored, expected, "round {round}: what the previous kill -9 left");

        // Add two, replace one of the previous round, delete another; kill right after the acks.
        let added: Vec<pb::TrainingProgramme> = (0..2)
            .map(|i| pb::TrainingProgramme {
                seats: (round * 10 + i) as u32,
                ..programme(&format!("r{round}-{i}"))
            })
            .collect();
        let mut batch = added.clone();
        if round > 0 {
            let mut replaced = expected[0].clone();
            replaced.name = format!("Korvattu kierroksella {round}");
            batch.push(replaced.clone());
            expected[0] = replaced;
        }
        store(&mut client, batch).await;
        expected.extend(added);
        if round > 0 {
            let victim = expected.remove(1);
            let response =
                client.delete_programme(pb::DeleteProgrammeRequest { id: victim.id.clone() }).await;
            assert!(response.expect("delete").into_inner().deleted);
        }
        expected.sort_by(|a, b| a.id.cmp(&b.id));
        server.kill9();
    }
    let server = dir.start();
    let mut client = client(&server).await;
    assert_eq!(list_all(&mut client, pb::ListProgrammesRequest::default()).await, expected);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn generated_programmes_import_and_list() {
    let dir = TestDir::new();
    let out = dir.root().join("generated");
    let status = Command::new(binary())
        .args(["gen", "--postings", "1", "--profiles", "1", "--seed", "3", "--out"])
        .arg(&out)
        .status()
        .expect("kohtaanto gen runs");
    assert!(status.success());
    let file = out.join("programmes.jsonl");
    let lines = std::fs::read_to_string(&file).expect("programmes.jsonl written").lines().count();
    assert!((10..=30).contains(&lines), "{lines} programmes generated");

    let server = dir.start();
    let output = Command::new(binary())
        .args(["import", "programmes"])
        .arg(&file)
        .arg("--server")
        .arg(format!("http://{}", server.addr))
        .env_remove("KOHTAANTO_SERVER")
        .output()
        .expect("kohtaanto import runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    assert!(stdout.contains(&format!("accepted: {lines}\n")), "{stdout}");

    let mut client = client(&server).await;
    let stored =
        list_all(&mut client, pb::ListProgrammesRequest { page_size: 7, ..Default::default() }).await;
    assert_eq!(stored.len(), lines);
    let finnish =
        list_all(&mut client, pb::ListProgrammesRequest { skill: "finnish".into(), ..Default::default() })
            .await;
    assert!(!finnish.is_empty(), "a Finnish course for IT professionals");
}

/// Starts `kohtaanto serve --demo` and returns it with its address; loading the demo data set
/// (3,000 postings and profiles) takes a while in a debug build.
fn start_demo(dir: &TestDir) -> (std::process::Child, String) {
    use std::io::{BufRead, BufReader};
    let log = dir.log_path();
    let mut child =
        dir.serve_command(&[], &log).arg("--demo").spawn().expect("kohtaanto serve --demo starts");
    let stdout = child.stdout.take().expect("piped stdout");
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut lines = BufReader::new(stdout).lines();
        if let Some(Ok(line)) = lines.next() {
            let _ = sender.send(line);
        }
        for _ in lines {}
    });
    let line = receiver.recv_timeout(std::time::Duration::from_secs(900)).unwrap_or_else(|error| {
        let _ = child.kill();
        panic!("no listening line ({error:?}); log:\n{}", std::fs::read_to_string(&log).unwrap_or_default())
    });
    let addr = line.strip_prefix("kohtaanto listening on ").unwrap_or_else(|| panic!("first line {line:?}"));
    (child, format!("http://{}", addr.trim()))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_data_set_has_programmes() {
    let dir = TestDir::new();
    let (mut child, url) = start_demo(&dir);
    let channel = Channel::from_shared(url).expect("url").connect().await.expect("connects");
    let mut client = TrainingProgrammesClient::new(channel);
    let all = list_all(&mut client, pb::ListProgrammesRequest::default()).await;
    assert!((10..=30).contains(&all.len()), "{} demo programmes", all.len());
    for skill in ["react", "kubernetes", "power-bi", "finnish", "robot-framework"] {
        let request = pb::ListProgrammesRequest { skill: skill.into(), ..Default::default() };
        assert!(!list_all(&mut client, request).await.is_empty(), "a demo programme teaches {skill}");
    }
    let _ = child.kill();
    let _ = child.wait();
}
