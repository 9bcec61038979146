//! The planner and coach commands of the CLI against a real server with the demo data set:
//! `kohtaanto gaps --market`, `gaps --profile`, `programmes list`, `programmes impact` print
//! readable tables, and `kohtaanto report --out FILE.html` writes one well-formed,
//! self-contained HTML file with the four charts.

use crate::harness::*;
use kohtaanto_proto::v1 as pb;
use pb::training_programmes_client::TrainingProgrammesClient;
use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Child, Command, Output};
use std::sync::mpsc;
use std::time::Duration;

/// Loading the demo data set (3,000 postings and 3,000 profiles) in a debug build is slow.
const DEMO_START_TIMEOUT: Duration = Duration::from_secs(600);

/// A `kohtaanto serve --demo` process, killed when dropped.
struct DemoServer {
    child: Child,
    url: String,
}

impl Drop for DemoServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_demo(dir: &TestDir) -> DemoServer {
    let log = dir.log_path();
    let mut child =
        dir.serve_command(&[], &log).arg("--demo").spawn().expect("kohtaanto serve --demo starts");
    let stdout = child.stdout.take().expect("piped stdout");
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        let mut lines = BufReader::new(stdout).lines();
        if let Some(Ok(line)) = lines.next() {
            let _ = sender.send(line);
        }
        for _ in lines {}
    });
    let line = receiver.recv_timeout(DEMO_START_TIMEOUT).unwrap_or_else(|error| {
        let _ = child.kill();
        panic!("no listening line ({error:?}); log:\n{}", std::fs::read_to_string(&log).unwrap_or_default())
    });
    let addr: SocketAddr = line
        .strip_prefix("kohtaanto listening on ")
        .and_then(|addr| addr.trim().parse().ok())
        .unwrap_or_else(|| panic!("unexpected first line {line:?}"));
    DemoServer { child, url: format!("http://{addr}") }
}

/// Runs the CLI with `--server` appended.
fn cli(server: &DemoServer, args: &[&str]) -> Output {
    Command::new(binary())
        .args(args)
        .arg("--server")
        .arg(&server.url)
        .env_remove("KOHTAANTO_SERVER")
        .output()
        .expect("kohtaanto runs")
}

/// Stdout of a command that must succeed.
#[track_caller]
fn success(output: Output) -> String {
    assert!(
        output.status.success(),
        "exit {:?}\nstdout:\n{}\nstderr:\n{}",
        output.status.code(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("utf-8 output")
}

/// The line of `text` that starts (after spaces) with `#` and contains every header.
#[track_caller]
fn header_line<'a>(text: &'a str, headers: &[&str]) -> &'a str {
    text.lines()
        .find(|line| line.trim_start().starts_with('#') && headers.iter().all(|header| line.contains(header)))
        .unwrap_or_else(|| panic!("no table header with {headers:?} in:\n{text}"))
}

/// Number of table rows: lines starting with a rank number.
fn ranked_rows(text: &str) -> usize {
    text.lines()
        .filter(|line| line.trim_start().split("  ").next().is_some_and(|rank| rank.parse::<u32>().is_ok()))
        .count()
}

fn programme(id: &str, name: &str, region: &str, skills: &[(&str, u32)]) -> pb::TrainingProgramme {
    pb::TrainingProgramme {
        id: id.into(),
        name: name.into(),
        provider: "Testiopisto".into(),
        skills: skills
            .iter()
            .map(|(skill, level)| pb::TaughtSkill { skill: (*skill).into(), level: *level })
            .collect(),
        region: region.into(),
        language: "fi".into(),
        duration_weeks: 12,
        start_date: Some(pb::CalendarDate { year: 2027, month: 1, day: 11 }),
        seats: 25,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gaps_programmes_and_report_commands_on_demo_data() {
    let dir = TestDir::new();
    let server = start_demo(&dir);
    let channel = tonic::transport::Endpoint::from_shared(server.url.clone())
        .expect("endpoint")
        .connect()
        .await
        .expect("connects");
    let response = TrainingProgrammesClient::new(channel)
        .upsert_programmes(pb::UpsertProgrammesRequest {
            programmes: vec![
                programme(
                    "prog-cloud",
                    "Pilvi & <konttiosaaja>",
                    "Uusimaa",
                    &[("kubernetes", 3), ("aws", 3), ("docker", 3)],
                ),
                programme(
                    "prog-data",
                    "Data engineering",
                    "Pirkanmaa",
                    &[("python", 4), ("sql", 3), ("spark", 3)],
                ),
                programme("prog-web", "Frontend bootcamp", "", &[("typescript", 3), ("react", 3)]),
            ],
        })
        .await
        .expect("UpsertProgrammes")
        .into_inner();
    assert_eq!(response.upserted_count, 3, "{:?}", response.results);

    // Market gaps over all regions, then one region and period.
    let market = success(cli(&server, &["gaps", "--market", "--limit", "15"]));
    assert!(market.starts_with("Market gaps in all regions, "), "{market}");
    header_line(&market, &["SKILL", "DEMAND", "REQUIRED", "SUPPLY", "RATIO", "GAP", "ONLY MISSING", "TREND"]);
    assert_eq!(ranked_rows(&market), 15, "{market}");
    let since = (chrono::Utc::now() - chrono::TimeDelta::days(180)).format("%Y-%m").to_string();
    let regional = success(cli(&server, &["gaps", "--market", "--region", "Uusimaa", "--since", &since]));
    assert!(regional.starts_with(&format!("Market gaps in Uusimaa, {since}-01 to ")), "{regional}");
    assert!(ranked_rows(&regional) > 0, "{regional}");

    // One jobseeker's gaps.
    let profile = success(cli(&server, &["gaps", "--profile", "js-0000001", "--limit", "5"]));
    assert!(profile.starts_with("Skill gaps of profile js-0000001: "), "{profile}");
    for section in ["Skills to learn", "Near-miss postings", "Training programmes teaching these skills"] {
        assert!(profile.contains(section), "{section}: {profile}");
    }
    let missing = cli(&server, &["gaps", "--profile", "no-such-profile"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("ProfileGaps failed: not found"));

    // Programmes: the stored list, their impact, an ad-hoc one.
    let list = success(cli(&server, &["programmes", "list"]));
    assert!(list.contains(" training programmes\n"), "{list}");
    header_line(&list.replace("PROGRAMME", "# PROGRAMME"), &["NAME", "PROVIDER", "REGION", "SKILLS (LEVEL)"]);
    assert!(list.contains("Pilvi & <konttiosaaja>") && list.contains("online"), "{list}");
    let impact = success(cli(
        &server,
        &["programmes", "impact", "--id", "prog-cloud", "--id", "prog-data", "--id", "prog-web"],
    ));
    assert!(impact.starts_with("Programme impact in all regions: "), "{impact}");
    header_line(&impact, &["PROGRAMME", "NAME", "JOBSEEKERS GAINING", "MATCHES GAINED"]);
    assert_eq!(ranked_rows(&impact), 3, "{impact}");
    let all = success(cli(&server, &["programmes", "impact"]));
    assert!(ranked_rows(&all) >= 3, "every stored programme: {all}");
    for id in ["prog-cloud", "prog-data", "prog-web"] {
        assert!(impact.contains(id), "{id}: {impact}");
    }
    let inline = success(cli(
        &server,
        &["programmes", "impact", "--skills", "kubernetes:3,aws", "--region", "Uusimaa"],
    ));
    assert!(inline.starts_with("Programme impact in Uusimaa: "), "{inline}");
    assert!(inline.contains("(inline)") && inline.contains("kubernetes:3,aws:3"), "{inline}");
    // Estimated from a sample: said so in the header, the same programmes ranked.
    let estimated = success(cli(
        &server,
        &[
            "programmes",
            "impact",
            "--id",
            "prog-cloud",
            "--id",
            "prog-data",
            "--id",
            "prog-web",
            "--sample",
            "2",
        ],
    ));
    assert!(estimated.contains("Estimated from a sample of one jobseeker in 2 ("), "{estimated}");
    assert_eq!(ranked_rows(&estimated), 3, "{estimated}");
    let refused = cli(&server, &["programmes", "impact", "--sample", "1"]);
    assert_eq!(refused.status.code(), Some(2), "clap refuses a sample of one in 1");

    // The report.
    let file = dir.root().join("report.html");
    let output = cli(&server, &["report", "--out", file.to_str().expect("utf-8 path"), "--max-regions", "3"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stderr).starts_with("wrote "));
    let html = std::fs::read_to_string(&file).expect("the report is written");
    let options = roxmltree::ParsingOptions { allow_dtd: true, ..Default::default() };
    let document = roxmltree::Document::parse_with_options(&html, options).expect("well-formed XHTML");
    assert_eq!(document.root_element().attribute("lang"), Some("en"));
    for id in ["chart-region-gaps", "chart-demand-supply", "chart-monthly-trend", "chart-programmes"] {
        let svg = document
            .descendants()
            .find(|node| node.has_tag_name("svg") && node.attribute("id") == Some(id))
            .unwrap_or_else(|| panic!("no chart {id}"));
        assert!(svg.children().any(|node| node.has_tag_name("title")), "{id} has a title");
        let count = |tag: &str| svg.descendants().filter(|node| node.has_tag_name(tag)).count();
        if id == "chart-monthly-trend" {
            // One line per top skill, a marker per month.
            assert!(count("polyline") > 0, "{id} draws lines");
            assert!(count("circle") > 3, "{id} marks the months");
        } else {
            assert!(count("rect") > 3, "{id} draws bars");
        }
    }
    // Three region panels, the programmes by name, nothing fetched from the network.
    let text: String =
        document.descendants().filter(|node| node.is_text()).filter_map(|node| node.text()).collect();
    assert!(text.contains("Uusimaa"));
    assert!(text.contains("Pilvi & <konttiosaaja>"));
    assert!(text.contains("Counts below k are not shown"));
    for node in document.descendants().filter(roxmltree::Node::is_element) {
        assert!(!node.has_tag_name("script") && !node.has_tag_name("link") && !node.has_tag_name("img"));
        for attribute in node.attributes() {
            assert!(!attribute.value().contains("://"), "<{}> {}", node.tag_name().name(), attribute.value());
        }
    }
    // The programme comparison estimated from a sample says so.
    let estimated = dir.root().join("estimated.html");
    let output = cli(&server, &["report", "--out", estimated.to_str().expect("utf-8 path"), "--sample", "2"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let html = std::fs::read_to_string(&estimated).expect("the report is written");
    assert!(html.contains("estimates from a fixed sample of one jobseeker in 2"), "the note");
}
