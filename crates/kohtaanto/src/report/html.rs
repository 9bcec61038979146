//! The planners' report as ONE self-contained HTML file: inline CSS, the four charts as
//! inline SVG, the figures behind each chart as a table, and nothing loaded from elsewhere
//! (no scripts, fonts, images or style sheets), so it opens offline and can be mailed.
//!
//! The markup is also well-formed XML (XHTML-compatible): every element is closed, empty
//! ones as `<meta ... />`, and only the five XML entities are used. All text from the data
//! (skill labels, region and programme names) goes through [`escape`].

use super::charts;
use super::model::{Count, ProgrammeImpact, Report, SkillFigures};
use anyhow::Result;
use std::fmt::Write as _;

/// Style sheet of the report: readable on screen and on paper, no external fonts.
const STYLE: &str = "\
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; margin: 0 auto;
  max-width: 1000px; padding: 1.5rem; color: #222; background: #fff; line-height: 1.5; }
h1 { font-size: 1.8rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.35rem; margin-top: 2.5rem; border-bottom: 2px solid #0072b2; padding-bottom: 0.2rem; }
.meta { color: #555; margin-top: 0; }
.privacy { background: #f3f6fa; border-left: 4px solid #0072b2; padding: 0.6rem 1rem; }
nav ol { padding-left: 1.4rem; }
figure { margin: 1rem 0; }
svg.chart { width: 100%; height: auto; border: 1px solid #ddd; }
figcaption { font-size: 0.9rem; color: #555; }
details { margin: 0.6rem 0 1rem; }
summary { cursor: pointer; color: #0072b2; }
table { border-collapse: collapse; font-size: 0.9rem; margin-top: 0.5rem; }
th, td { border: 1px solid #ccc; padding: 0.2rem 0.6rem; text-align: left; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.suppressed { color: #757575; font-style: italic; }
footer { margin-top: 3rem; font-size: 0.85rem; color: #555; border-top: 1px solid #ddd; padding-top: 0.5rem; }
@media print { details { display: block; } svg.chart { border: none; } }
";

/// Text with `&`, `<`, `>`, `\"` and `'` replaced by entities, safe in element content and
/// in attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0; they carry no meaning here.
            c if c.is_control() && c != '\n' && c != '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The whole report as an HTML document.
pub fn render(report: &Report) -> Result<String> {
    let k = report.k;
    let data_date = report.data_date.format("%Y-%m-%d").to_string();
    let mut html = String::with_capacity(256 * 1024);
    html.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n");
    html.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
    let _ = writeln!(html, "<title>ICT skill gaps and reskilling: data of {data_date}</title>");
    let _ = writeln!(html, "<style>\n{STYLE}</style>\n</head>\n<body>");

    html.push_str("<header>\n<h1>ICT skill gaps and reskilling</h1>\n");
    let _ = writeln!(
        html,
        "<p class=\"meta\">Data as of <time datetime=\"{data_date}\">{}</time>{}: {} job \
         postings, {} jobseekers. Report made <time datetime=\"{}\">{}</time>.</p>",
        report.data_date.format("%-d %B %Y"),
        period_text(report),
        report.posting_count,
        escape(&report.jobseeker_count.display(k)),
        report.generated_at.format("%Y-%m-%dT%H:%M:%SZ"),
        report.generated_at.format("%Y-%m-%d %H:%M UTC"),
    );
    let _ = writeln!(
        html,
        "<p class=\"privacy\"><strong>Privacy.</strong> Every figure counts job postings or \
         jobseekers; no individual is shown. Counts below k are not shown (here k = {k}): such \
         a count appears as <em>&lt;{k}</em> in the tables and as a grey \
         <em>&lt;{k} suppressed</em> mark in the charts, never as a zero.</p>"
    );
    html.push_str("</header>\n");

    html.push_str(
        "<nav aria-label=\"Contents\">\n<ol>\n\
         <li><a href=\"#region-gaps\">Top skill gaps by region</a></li>\n\
         <li><a href=\"#demand-supply\">Demand vs supply per skill</a></li>\n\
         <li><a href=\"#monthly-trend\">Monthly demand trend</a></li>\n\
         <li><a href=\"#programmes\">Training programme comparison</a></li>\n\
         </ol>\n</nav>\n<main>\n",
    );

    section(
        &mut html,
        "region-gaps",
        "1. Top skill gaps by region",
        "For each region (maakunta, the regions with the most job postings), the skills with the \
         largest gap between demand and supply, largest first. Orange bars count the job postings \
         in the region that ask for the skill; blue bars count the jobseekers who accept work in \
         the region and have the skill at a useful level, used recently. A long orange bar next to \
         a short blue one is a skill worth training for in that region.",
        &charts::region_gaps(report)?,
        &region_tables(report),
    );
    section(
        &mut html,
        "demand-supply",
        "2. Demand vs supply per skill",
        "The same comparison over all regions, for the skills with the largest gaps. The green bar \
         counts jobseekers for whom this skill is the only missing requirement of at least one \
         posting: a short course in this one skill would make them a match, the quickest win for \
         reskilling.",
        &charts::demand_supply(report)?,
        &skills_table(&report.overall, k),
    );
    section(
        &mut html,
        "monthly-trend",
        "3. Monthly demand trend",
        "Job postings published each month that ask for each of the most demanded skills \
         (required or nice to have). A rising line is growing demand that training started today would meet when it ends; a falling one argues for \
         caution. A hollow marker in the grey band means that month's count is below k and \
         therefore not shown.",
        &charts::monthly_trend(report)?,
        &trend_table(report),
    );
    section(
        &mut html,
        "programmes",
        "4. Training programme comparison",
        &format!(
            "What each training programme would change if the jobseekers in scope completed it: \
             on the left, how many of them would gain at least one job match they do not have now; \
             on the right, how many matches (pairs of jobseeker and posting) would be gained in \
             total. A posting is a match when the jobseeker meets at least {:.0} % of its weighted \
             requirements. A programme high on both moves the most people towards work.{}",
            report.match_threshold * 100.0,
            if report.sample_one_in > 1 {
                format!(
                    " These figures are estimates from a fixed sample of one jobseeker in {} (the same \
                     people for every programme), with 95 % intervals in the table.",
                    report.sample_one_in
                )
            } else {
                String::new()
            }
        ),
        &charts::programme_comparison(report)?,
        &programme_table(&report.programmes, k),
    );

    html.push_str("</main>\n<footer>\n");
    let _ = writeln!(
        html,
        "<p>Made by kohtaanto from the server at <code>{}</code>. Counts below k = {k} are not \
         shown. Demand counts active job postings; supply counts jobseekers with the skill, not \
         stale.</p>",
        escape(&report.source)
    );
    html.push_str("</footer>\n</body>\n</html>\n");
    Ok(html)
}

/// `, period 2026-06-01 to 2026-11-21` or empty when the period is not limited.
fn period_text(report: &Report) -> String {
    match (report.since, report.until) {
        (None, None) => String::new(),
        (Some(since), None) => format!(", period from {since}"),
        (None, Some(until)) => format!(", period until {until}"),
        (Some(since), Some(until)) => format!(", period {since} to {until}"),
    }
}

/// One report section: heading, explanation, the chart in a figure, its figures in a table.
fn section(html: &mut String, id: &str, heading: &str, explanation: &str, svg: &str, table: &str) {
    let _ =
        writeln!(html, "<section id=\"{id}\">\n<h2>{}</h2>\n<p>{}</p>", escape(heading), escape(explanation));
    let _ = writeln!(html, "<figure>\n{svg}<figcaption>{}</figcaption>\n</figure>", escape(heading));
    let _ =
        writeln!(html, "<details>\n<summary>The figures as a table</summary>\n{table}</details>\n</section>");
}

/// A table cell with a count, the suppressed ones marked.
fn count_cell(count: Count, k: u32) -> String {
    match count {
        Count::Shown(value) => format!("<td class=\"num\">{value}</td>"),
        Count::Suppressed => {
            format!("<td class=\"num suppressed\" title=\"below k, not shown\">&lt;{k}</td>")
        }
    }
}

/// A count cell with the 95 % interval of an estimate after the number.
fn with_interval(cell: String, interval: Option<(u32, u32)>) -> String {
    match interval {
        Some((low, high)) => cell.replacen("</td>", &format!(" <small>[{low}–{high}]</small></td>"), 1),
        None => cell,
    }
}

fn skills_table(skills: &[SkillFigures], k: u32) -> String {
    if skills.is_empty() {
        return "<p>No figures.</p>\n".into();
    }
    let mut table = String::from(
        "<table>\n<thead><tr><th>Skill</th><th class=\"num\">Postings requiring</th>\
         <th class=\"num\">Jobseekers having</th><th class=\"num\">Jobseekers missing only this</th>\
         </tr></thead>\n<tbody>\n",
    );
    for skill in skills {
        let _ = writeln!(
            table,
            "<tr><td>{}</td>{}{}{}</tr>",
            escape(&skill.label),
            count_cell(skill.demand, k),
            count_cell(skill.supply, k),
            count_cell(skill.only_missing, k)
        );
    }
    table.push_str("</tbody>\n</table>\n");
    table
}

fn region_tables(report: &Report) -> String {
    if report.regions.is_empty() {
        return "<p>No figures.</p>\n".into();
    }
    let mut out = String::new();
    for region in &report.regions {
        let _ = writeln!(out, "<h3>{}</h3>", escape(&region.region));
        out += &skills_table(&region.skills, report.k);
    }
    out
}

fn trend_table(report: &Report) -> String {
    let trend = &report.trend;
    if trend.months.is_empty() || trend.series.is_empty() {
        return "<p>No figures.</p>\n".into();
    }
    let mut table = String::from("<table>\n<thead><tr><th>Skill</th>");
    for month in &trend.months {
        let _ = write!(table, "<th class=\"num\">{}</th>", escape(month));
    }
    table.push_str("</tr></thead>\n<tbody>\n");
    for series in &trend.series {
        let _ = write!(table, "<tr><td>{}</td>", escape(&series.label));
        for count in &series.values {
            table += &count_cell(*count, report.k);
        }
        table.push_str("</tr>\n");
    }
    table.push_str("</tbody>\n</table>\n");
    table
}

fn programme_table(programmes: &[ProgrammeImpact], k: u32) -> String {
    if programmes.is_empty() {
        return "<p>No programmes.</p>\n".into();
    }
    let mut table = String::from(
        "<table>\n<thead><tr><th>Programme</th><th>Provider</th><th>Region</th>\
         <th class=\"num\">Jobseekers gaining a match</th><th class=\"num\">Matches gained</th>\
         </tr></thead>\n<tbody>\n",
    );
    for programme in programmes {
        let region = if programme.region.is_empty() { "online" } else { &programme.region };
        let _ = writeln!(
            table,
            "<tr><td>{} <small>({})</small></td><td>{}</td><td>{}</td>{}{}</tr>",
            escape(&programme.name),
            escape(&programme.id),
            escape(&programme.provider),
            escape(region),
            with_interval(count_cell(programme.seekers_gaining_match, k), programme.seekers_interval),
            with_interval(count_cell(programme.matches_gained, k), programme.matches_interval)
        );
    }
    table.push_str("</tbody>\n</table>\n");
    table
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::model::fixtures;

    fn parse(html: &str) -> roxmltree::Document<'_> {
        let options = roxmltree::ParsingOptions { allow_dtd: true, ..Default::default() };
        roxmltree::Document::parse_with_options(html, options)
            .unwrap_or_else(|error| panic!("the report is not well-formed XML: {error}"))
    }

    #[test]
    fn estimated_programme_figures_say_so_and_show_their_intervals() {
        let mut report = fixtures::report();
        let exact = render(&report).expect("renders");
        assert!(!exact.contains("estimates from a fixed sample") && !exact.contains("<small>["), "exact");
        report.sample_one_in = 16;
        report.programmes[0].seekers_interval = Some((50, 75));
        report.programmes[0].matches_interval = Some((380, 441));
        let html = render(&report).expect("renders");
        parse(&html);
        assert!(html.contains("estimates from a fixed sample of one jobseeker in 16"), "the note");
        assert!(html.contains("<td class=\"num\">62 <small>[50–75]</small></td>"), "{html}");
        assert!(html.contains("<td class=\"num\">410 <small>[380–441]</small></td>"), "{html}");
    }

    #[test]
    fn escaping_covers_markup_and_quotes() {
        assert_eq!(escape("R&D <b>\"x\" 'y'"), "R&amp;D &lt;b&gt;&quot;x&quot; &apos;y&apos;");
        assert_eq!(escape("Häme\u{0}"), "Häme ");
    }

    #[test]
    fn the_report_is_well_formed_self_contained_and_has_the_four_charts() {
        let html = render(&fixtures::report()).expect("renders");
        let document = parse(&html);
        let root = document.root_element();
        assert_eq!(root.tag_name().name(), "html");
        assert_eq!(root.attribute("lang"), Some("en"));
        let title = document.descendants().find(|node| node.has_tag_name("title")).expect("a title");
        assert_eq!(title.text(), Some("ICT skill gaps and reskilling: data of 2026-11-21"));

        for (id, chart_title) in [
            (charts::REGION_GAPS_ID, "Top skill gaps by region"),
            (charts::DEMAND_SUPPLY_ID, "Demand vs supply per skill"),
            (charts::MONTHLY_TREND_ID, "Monthly demand trend of the top skills"),
            (charts::PROGRAMMES_ID, "Training programme comparison"),
        ] {
            let svg = document
                .descendants()
                .find(|node| node.has_tag_name("svg") && node.attribute("id") == Some(id))
                .unwrap_or_else(|| panic!("no <svg id={id:?}>"));
            let svg_title = svg.children().find(|node| node.has_tag_name("title")).expect("svg title");
            assert_eq!(svg_title.text(), Some(chart_title));
            assert!(svg.descendants().any(|node| node.has_tag_name("rect")), "{id} draws something");
        }

        // Nothing is loaded from elsewhere: no scripts, links, external images or imports, and
        // no attribute (namespace declarations are not attributes here) names a URL.
        for node in document.descendants().filter(roxmltree::Node::is_element) {
            let name = node.tag_name().name();
            assert!(!["script", "link", "img", "iframe", "object", "embed"].contains(&name), "<{name}>");
            for attribute in node.attributes() {
                let value = attribute.value();
                assert!(!value.contains("http://") && !value.contains("https://"), "{name} {value}");
                if matches!(attribute.name(), "href" | "src") {
                    assert!(value.starts_with('#'), "only in-page links: {value}");
                }
            }
        }
        let style = document.descendants().find(|node| node.has_tag_name("style")).expect("inline CSS");
        let css = style.text().expect("css");
        assert!(!css.contains("url(") && !css.contains("@import") && !css.contains("@font-face"));

        // The data's text is escaped, the privacy note and the date of the data are there.
        let text: String =
            document.descendants().filter(|node| node.is_text()).filter_map(|node| node.text()).collect();
        assert!(text.contains("R&D <lab> \"tools\""));
        assert!(text.contains("Pirkanmaa & <Häme>"));
        assert!(text.contains("AWS & cloud <basics>"));
        assert!(text.contains("Counts below k are not shown (here k = 5)"));
        assert!(
            text.contains("Data as of 21 November 2026, period from 2026-06-01: 1234 job postings, 2345")
        );
        let suppressed = document
            .descendants()
            .filter(|node| node.has_tag_name("td") && node.attribute("class") == Some("num suppressed"))
            .count();
        assert!(suppressed >= 5, "suppressed cells are marked: {suppressed}");
        assert!(
            document.descendants().all(|node| !(node.has_tag_name("td") && node.text() == Some("0"))),
            "a suppressed count is never a zero"
        );
    }
}
