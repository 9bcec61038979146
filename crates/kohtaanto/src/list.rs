//! `kohtaanto list`: every posting or profile of the server as JSON Lines (domain format, the
//! one `import` reads), or just their number.

use crate::cli::{ListArgs, RecordKind};
use crate::client::Connection;
use anyhow::{Result, anyhow, bail};
use kohtaanto_proto::v1 as pb;
use kohtaanto_server::convert::{job_posting_from_proto, profile_from_proto};
use serde::Serialize;
use std::io::Write;

/// Runs `kohtaanto list`.
pub async fn run(args: &ListArgs) -> Result<()> {
    if args.coach.is_some() && args.kind == RecordKind::Postings {
        bail!("--coach only applies to profiles");
    }
    let connection = Connection::connect(&args.server).await?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.count {
        let total = count(&connection, args).await?;
        writeln!(out, "{total}")?;
        out.flush()?;
        return Ok(());
    }

    let mut page_token = String::new();
    let mut invalid = 0usize;
    loop {
        let next_page_token = match args.kind {
            RecordKind::Postings => {
                let request =
                    pb::ListJobPostingsRequest { page_size: args.page_size, page_token: page_token.clone() };
                let page = connection
                    .job_postings()
                    .list_job_postings(request)
                    .await
                    .map_err(|status| connection.call_error("ListJobPostings", &status))?
                    .into_inner();
                for posting in page.job_postings {
                    let id = posting.id.clone();
                    invalid += write_record(&mut out, &id, job_posting_from_proto(posting))?;
                }
                page.next_page_token
            }
            RecordKind::Profiles => {
                let request = pb::ListProfilesRequest {
                    page_size: args.page_size,
                    page_token: page_token.clone(),
                    coach_id: args.coach.clone().unwrap_or_default(),
                };
                let page = connection
                    .profiles()
                    .list_profiles(request)
                    .await
                    .map_err(|status| connection.call_error("ListProfiles", &status))?
                    .into_inner();
                for profile in page.profiles {
                    let id = profile.id.clone();
                    invalid += write_record(&mut out, &id, profile_from_proto(profile))?;
                }
                page.next_page_token
            }
        };
        if next_page_token.is_empty() {
            break;
        }
        if next_page_token == page_token {
            bail!("the server returned the same page token twice ({next_page_token:?}); stopping");
        }
        page_token = next_page_token;
    }
    out.flush()?;
    if invalid > 0 {
        return Err(anyhow!("{invalid} records from the server could not be converted (see above)"));
    }
    Ok(())
}

/// Number of records: the `total_size` of a one-record page.
async fn count(connection: &Connection, args: &ListArgs) -> Result<i32> {
    match args.kind {
        RecordKind::Postings => connection
            .job_postings()
            .list_job_postings(pb::ListJobPostingsRequest { page_size: 1, page_token: String::new() })
            .await
            .map(|page| page.into_inner().total_size)
            .map_err(|status| connection.call_error("ListJobPostings", &status)),
        RecordKind::Profiles => connection
            .profiles()
            .list_profiles(pb::ListProfilesRequest {
                page_size: 1,
                page_token: String::new(),
                coach_id: args.coach.clone().unwrap_or_default(),
            })
            .await
            .map(|page| page.into_inner().total_size)
            .map_err(|status| connection.call_error("ListProfiles", &status)),
    }
}

/// Writes one converted record as a JSON line; a record that does not convert is reported on
/// stderr and counted (returns 1) instead of stopping the listing.
fn write_record<T: Serialize, E: std::fmt::Display>(
    out: &mut impl Write,
    id: &str,
    record: Result<T, E>,
) -> Result<usize> {
    match record {
        Ok(record) => {
            serde_json::to_writer(&mut *out, &record)?;
            out.write_all(b"\n")?;
            Ok(0)
        }
        Err(error) => {
            eprintln!("warning: record {id} from the server is not valid: {error}");
            Ok(1)
        }
    }
}
