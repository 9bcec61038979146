//! The four charts of the planners' report, drawn with `plotters` into SVG strings.
//!
//! - [`region_gaps`]: top skill gaps by region, one small panel per region, with postings
//!   requiring each skill next to jobseekers having it.
//! - [`demand_supply`]: demand vs supply per skill over all regions, with the jobseekers for
//!   whom the skill is the only missing requirement of some posting.
//! - [`monthly_trend`]: monthly demand of the top skills, one line per skill.
//! - [`programme_comparison`]: per training programme, the jobseekers who would gain a match
//!   and the matches gained.
//!
//! Each function returns one `<svg>` element with an `id`, `role="img"` and a `<title>`, ready
//! to be put inline into the HTML. A suppressed count (below k) is never drawn as a zero bar
//! or point: bars get a grey hatched stub labelled `<k suppressed`, line points a hollow
//! marker inside a grey band from 0 to k ("somewhere below k"), and the line is broken there.

use super::model::{Count, ProgrammeImpact, Report, SkillFigures, Trend};
use anyhow::{Result, anyhow};
use plotters::coord::Shift;
use plotters::coord::ranged1d::{DefaultFormatting, KeyPointHint, KeyPointWeight};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::ops::Range;

/// Width of every chart in SVG user units (the page scales it down on narrow screens).
const WIDTH: u32 = 960;
/// Height of one bar row (a skill or programme with its bars).
const ROW_HEIGHT: u32 = 34;
/// Widest axis label in characters; longer ones end in `…`.
const MAX_LABEL_CHARS: usize = 30;
/// Skills per region panel.
const SKILLS_PER_REGION: usize = 6;
/// Skills in the demand vs supply chart.
const SKILLS_OVERALL: usize = 15;
/// Region panels side by side.
const REGION_COLUMNS: usize = 2;

/// Okabe–Ito colours, distinguishable with the common colour vision deficiencies.
const VERMILION: RGBColor = RGBColor(0xD5, 0x5E, 0x00);
const BLUE_: RGBColor = RGBColor(0x00, 0x72, 0xB2);
const GREEN_: RGBColor = RGBColor(0x00, 0x9E, 0x73);
const ORANGE: RGBColor = RGBColor(0xE6, 0x9F, 0x00);
const SKY: RGBColor = RGBColor(0x56, 0xB4, 0xE9);
const PURPLE: RGBColor = RGBColor(0xCC, 0x79, 0xA7);
const GREY: RGBColor = RGBColor(0x75, 0x75, 0x75);
const LIGHT_GREY: RGBColor = RGBColor(0xDD, 0xDD, 0xDD);
const TEXT: RGBColor = RGBColor(0x22, 0x22, 0x22);
/// Colours of the trend lines, in order.
const LINE_COLOURS: [RGBColor; 6] = [BLUE_, VERMILION, GREEN_, ORANGE, PURPLE, SKY];

const FONT: &str = "sans-serif";

/// Ids of the four charts' `<svg>` elements.
pub const REGION_GAPS_ID: &str = "chart-region-gaps";
/// Id of the demand vs supply chart.
pub const DEMAND_SUPPLY_ID: &str = "chart-demand-supply";
/// Id of the monthly trend chart.
pub const MONTHLY_TREND_ID: &str = "chart-monthly-trend";
/// Id of the programme comparison chart.
pub const PROGRAMMES_ID: &str = "chart-programmes";

/// One series of a grouped bar chart: a name for the legend row, a colour and one count per row.
struct BarSeries<'a> {
    name: &'a str,
    colour: RGBColor,
    values: Vec<Count>,
}

/// A horizontal grouped bar chart: one row per label (first on top), one bar per series.
struct Bars<'a> {
    caption: String,
    labels: Vec<String>,
    series: Vec<BarSeries<'a>>,
    x_desc: &'a str,
}

/// Top skill gaps by region: a panel per region with the top skills' postings and jobseekers.
pub fn region_gaps(report: &Report) -> Result<String> {
    let title = "Top skill gaps by region";
    if report.regions.is_empty() {
        return empty_chart(REGION_GAPS_ID, title, "No regional figures in this period.");
    }
    let panels: Vec<Bars> = report
        .regions
        .iter()
        .map(|region| {
            let skills: Vec<&SkillFigures> = region.skills.iter().take(SKILLS_PER_REGION).collect();
            Bars {
                caption: region.region.clone(),
                labels: skills.iter().map(|skill| skill.label.clone()).collect(),
                series: vec![
                    BarSeries {
                        name: "postings requiring",
                        colour: VERMILION,
                        values: skills.iter().map(|skill| skill.demand).collect(),
                    },
                    BarSeries {
                        name: "jobseekers having",
                        colour: BLUE_,
                        values: skills.iter().map(|skill| skill.supply).collect(),
                    },
                ],
                x_desc: "count",
            }
        })
        .collect();
    let rows_per_panel = panels.iter().map(|panel| panel.labels.len()).max().unwrap_or(0).max(1);
    let panel_height = bars_height(rows_per_panel);
    let panel_rows = panels.len().div_ceil(REGION_COLUMNS);
    let height = LEGEND_HEIGHT + panel_height * panel_rows as u32;
    let legend = bar_legend(&panels[0].series, panels.iter().any(has_suppressed), report.k);
    draw_svg(REGION_GAPS_ID, title, (WIDTH, height), |root| {
        let (top, rest) = root.split_vertically(LEGEND_HEIGHT);
        draw_legend(&top, &legend)?;
        let areas = rest.split_evenly((panel_rows, REGION_COLUMNS));
        for (area, panel) in areas.iter().zip(&panels) {
            draw_bars(area, panel, report.k)?;
        }
        Ok(())
    })
}

/// Demand vs supply per skill over all regions, biggest gaps first.
pub fn demand_supply(report: &Report) -> Result<String> {
    let title = "Demand vs supply per skill";
    let skills: Vec<&SkillFigures> = report.overall.iter().take(SKILLS_OVERALL).collect();
    if skills.is_empty() {
        return empty_chart(DEMAND_SUPPLY_ID, title, "No skill figures in this period.");
    }
    let bars = Bars {
        caption: "All regions".into(),
        labels: skills.iter().map(|skill| skill.label.clone()).collect(),
        series: vec![
            BarSeries {
                name: "demand: postings requiring",
                colour: VERMILION,
                values: skills.iter().map(|skill| skill.demand).collect(),
            },
            BarSeries {
                name: "supply: jobseekers having",
                colour: BLUE_,
                values: skills.iter().map(|skill| skill.supply).collect(),
            },
            BarSeries {
                name: "jobseekers missing only this skill",
                colour: GREEN_,
                values: skills.iter().map(|skill| skill.only_missing).collect(),
            },
        ],
        x_desc: "count",
    };
    let height = LEGEND_HEIGHT + bars_height(skills.len() * 3 / 2 + 1);
    let legend = bar_legend(&bars.series, has_suppressed(&bars), report.k);
    draw_svg(DEMAND_SUPPLY_ID, title, (WIDTH, height), |root| {
        let (top, rest) = root.split_vertically(LEGEND_HEIGHT);
        draw_legend(&top, &legend)?;
        draw_bars(&rest, &bars, report.k)
    })
}

/// Monthly demand of the top skills, one line per skill.
pub fn monthly_trend(report: &Report) -> Result<String> {
    let title = "Monthly demand trend of the top skills";
    let trend: &Trend = &report.trend;
    if trend.months.is_empty() || trend.series.is_empty() {
        return empty_chart(MONTHLY_TREND_ID, title, "No monthly figures in this period.");
    }
    let k = f64::from(report.k);
    let months = trend.months.len();
    let max = trend
        .series
        .iter()
        .flat_map(|series| series.values.iter().map(|count| count.or_zero() as f64))
        .fold(k, f64::max);
    let any_suppressed = trend.series.iter().any(|series| series.values.contains(&Count::Suppressed));
    let mut legend: Vec<LegendEntry> = trend
        .series
        .iter()
        .enumerate()
        .map(|(index, series)| LegendEntry {
            text: series.label.clone(),
            colour: LINE_COLOURS[index % LINE_COLOURS.len()],
            line: true,
        })
        .collect();
    if any_suppressed {
        legend.push(LegendEntry {
            text: format!("hollow marker in grey band: below {} (suppressed)", report.k),
            colour: LIGHT_GREY,
            line: false,
        });
    }
    draw_svg(MONTHLY_TREND_ID, title, (WIDTH, 440 + LEGEND_HEIGHT), |root| {
        let (top, rest) = root.split_vertically(LEGEND_HEIGHT);
        draw_legend(&top, &legend)?;
        let x_range = Slots { start: -0.5, count: months };
        let mut chart = ChartBuilder::on(&rest)
            .margin(12)
            .x_label_area_size(40)
            .y_label_area_size(60)
            .build_cartesian_2d(x_range, 0.0..nice_max(max))
            .map_err(draw_error)?;
        let month_label = |x: &f64| {
            let index = x.round();
            if index >= 0.0 && (index as usize) < months && (x - index).abs() < 1e-6 {
                trend.months[index as usize].clone()
            } else {
                String::new()
            }
        };
        chart
            .configure_mesh()
            .disable_x_mesh()
            .light_line_style(WHITE)
            .bold_line_style(LIGHT_GREY)
            .x_label_formatter(&month_label)
            .y_label_formatter(&|y: &f64| format!("{y:.0}"))
            .x_desc("month")
            .y_desc("postings requiring the skill")
            .label_style((FONT, 13).into_font().color(&TEXT))
            .draw()
            .map_err(draw_error)?;
        if any_suppressed {
            // The range where a suppressed value lies: 0 to k.
            chart
                .draw_series(std::iter::once(Rectangle::new(
                    [(-0.5, 0.0), (months as f64 - 0.5, k)],
                    LIGHT_GREY.mix(0.6).filled(),
                )))
                .map_err(draw_error)?;
        }
        for (index, series) in trend.series.iter().enumerate() {
            let colour = LINE_COLOURS[index % LINE_COLOURS.len()];
            let style = colour.stroke_width(3);
            // Each run of consecutive shown months is one line; suppressed months break it.
            for run in shown_runs(&series.values) {
                let points: Vec<(f64, f64)> =
                    run.iter().map(|&(x, value)| (x as f64, value as f64)).collect();
                chart.draw_series(LineSeries::new(points.clone(), style)).map_err(draw_error)?;
                chart
                    .draw_series(points.iter().map(|&point| Circle::new(point, 4, colour.filled())))
                    .map_err(draw_error)?;
            }
            let suppressed = series
                .values
                .iter()
                .enumerate()
                .filter(|(_, count)| **count == Count::Suppressed)
                .map(|(x, _)| Circle::new((x as f64, k / 2.0), 5, colour.stroke_width(2)));
            chart.draw_series(suppressed).map_err(draw_error)?;
        }
        Ok(())
    })
}

/// Programme comparison: jobseekers gaining a match and matches gained, side by side.
pub fn programme_comparison(report: &Report) -> Result<String> {
    let title = "Training programme comparison";
    let programmes: &[ProgrammeImpact] = &report.programmes;
    if programmes.is_empty() {
        return empty_chart(PROGRAMMES_ID, title, "No training programmes are stored.");
    }
    let labels: Vec<String> = programmes.iter().map(|programme| programme.name.clone()).collect();
    let seekers = Bars {
        caption: "Jobseekers gaining at least one match".into(),
        labels: labels.clone(),
        series: vec![BarSeries {
            name: "jobseekers",
            colour: GREEN_,
            values: programmes.iter().map(|programme| programme.seekers_gaining_match).collect(),
        }],
        x_desc: "jobseekers",
    };
    let matches = Bars {
        caption: "Matches gained in total".into(),
        labels,
        series: vec![BarSeries {
            name: "matches",
            colour: BLUE_,
            values: programmes.iter().map(|programme| programme.matches_gained).collect(),
        }],
        x_desc: "matches",
    };
    let any_suppressed = has_suppressed(&seekers) || has_suppressed(&matches);
    let legend_height = if any_suppressed { LEGEND_HEIGHT } else { 0 };
    let legend = bar_legend(&[], any_suppressed, report.k);
    let height = legend_height + bars_height(programmes.len());
    draw_svg(PROGRAMMES_ID, title, (WIDTH, height), |root| {
        let (top, rest) = root.split_vertically(legend_height);
        draw_legend(&top, &legend)?;
        let (left, right) = rest.split_horizontally(WIDTH / 2);
        draw_bars(&left, &seekers, report.k)?;
        draw_bars(&right, &matches, report.k)
    })
}

/// An axis of `count` equal slots from `start`, one labelled tick at the middle of each (a row
/// of bars, a month). Only the labels carry meaning, so there are no light grid lines.
#[derive(Debug, Clone, Copy)]
struct Slots {
    start: f64,
    count: usize,
}

impl Ranged for Slots {
    type FormatOption = DefaultFormatting;
    type ValueType = f64;

    fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
        let fraction = (value - self.start) / self.count.max(1) as f64;
        limit.0 + (f64::from(limit.1 - limit.0) * fraction).round() as i32
    }

    fn key_points<Hint: KeyPointHint>(&self, hint: Hint) -> Vec<f64> {
        match hint.weight() {
            KeyPointWeight::Bold => (0..self.count).map(|slot| self.start + slot as f64 + 0.5).collect(),
            KeyPointWeight::Any => Vec::new(),
        }
    }

    fn range(&self) -> Range<f64> {
        self.start..self.start + self.count as f64
    }
}

/// Height of a bar chart of `rows` rows with caption, axis and margins.
fn bars_height(rows: usize) -> u32 {
    110 + ROW_HEIGHT * rows.max(1) as u32
}

/// Draws a horizontal grouped bar chart into `area`.
fn draw_bars(area: &DrawingArea<SVGBackend<'_>, Shift>, bars: &Bars<'_>, k: u32) -> Result<()> {
    let rows = bars.labels.len();
    if rows == 0 {
        let inner = area.titled(&bars.caption, (FONT, 17).into_font().color(&TEXT)).map_err(draw_error)?;
        inner
            .draw(&Text::new("no figures", (20, 20), (FONT, 14).into_font().color(&GREY)))
            .map_err(draw_error)?;
        return Ok(());
    }
    let max =
        bars.series.iter().flat_map(|series| series.values.iter().map(|v| v.or_zero())).max().unwrap_or(0);
    let max = nice_max((max as f64).max(f64::from(k)));
    let label_width =
        bars.labels.iter().map(|label| label.chars().count().min(MAX_LABEL_CHARS)).max().unwrap_or(0);
    let mut chart = ChartBuilder::on(area)
        .caption(&bars.caption, (FONT, 17).into_font().color(&TEXT))
        .margin(10)
        .margin_right(24)
        .x_label_area_size(36)
        .y_label_area_size((label_width as u32 * 7 + 16).clamp(60, 240))
        .build_cartesian_2d(0.0..max, Slots { start: 0.0, count: rows })
        .map_err(draw_error)?;
    // Row 0 is drawn on top: y grows upwards, so row r spans [rows - r - 1, rows - r].
    let row_label = |y: &f64| {
        let row = rows as f64 - y - 0.5;
        if row.round() >= 0.0 && (row - row.round()).abs() < 1e-6 {
            bars.labels.get(row.round() as usize).map(|label| shorten(label)).unwrap_or_default()
        } else {
            String::new()
        }
    };
    chart
        .configure_mesh()
        .disable_y_mesh()
        .light_line_style(WHITE)
        .bold_line_style(LIGHT_GREY)
        .y_label_formatter(&row_label)
        .x_label_formatter(&|x: &f64| format!("{x:.0}"))
        .x_labels(6)
        .x_desc(bars.x_desc)
        .label_style((FONT, 13).into_font().color(&TEXT))
        .draw()
        .map_err(draw_error)?;

    let groups = bars.series.len().max(1) as f64;
    let bar_height = 0.8 / groups;
    let k_value = f64::from(k);
    for (index, series) in bars.series.iter().enumerate() {
        let colour = series.colour;
        let spans = series.values.iter().enumerate().map(|(row, count)| {
            let top = rows as f64 - row as f64 - 0.1 - bar_height * index as f64;
            (top - bar_height, top, *count)
        });
        let shown = spans.clone().filter_map(|(bottom, top, count)| {
            count.value().map(|value| Rectangle::new([(0.0, bottom), (value as f64, top)], colour.filled()))
        });
        chart.draw_series(shown).map_err(draw_error)?;
        // A suppressed count: an outlined stub from 0 to k and the words, never a zero bar.
        for (bottom, top, count) in spans {
            if count != Count::Suppressed {
                continue;
            }
            chart
                .draw_series([
                    Rectangle::new([(0.0, bottom), (k_value, top)], LIGHT_GREY.filled()),
                    Rectangle::new([(0.0, bottom), (k_value, top)], colour.stroke_width(1)),
                ])
                .map_err(draw_error)?;
            let note = format!("<{k} suppressed");
            let style = (FONT, 12).into_font().color(&GREY).pos(Pos::new(HPos::Left, VPos::Center));
            chart
                .draw_series(std::iter::once(Text::new(note, (k_value, (bottom + top) / 2.0), style)))
                .map_err(draw_error)?;
        }
    }
    Ok(())
}

/// Height of the legend row above a chart.
const LEGEND_HEIGHT: u32 = 34;

/// One entry of a legend row: a colour swatch (a box, or a line for line series) and its text.
struct LegendEntry {
    text: String,
    colour: RGBColor,
    line: bool,
}

/// The legend of bar series, with the suppressed mark when some count is suppressed.
fn bar_legend(series: &[BarSeries<'_>], any_suppressed: bool, k: u32) -> Vec<LegendEntry> {
    let mut entries: Vec<LegendEntry> = series
        .iter()
        .map(|series| LegendEntry { text: series.name.to_string(), colour: series.colour, line: false })
        .collect();
    if any_suppressed {
        entries.push(LegendEntry {
            text: format!("<{k} suppressed: below k, not shown"),
            colour: LIGHT_GREY,
            line: false,
        });
    }
    entries
}

/// Whether any bar of the chart is a suppressed count.
fn has_suppressed(bars: &Bars<'_>) -> bool {
    bars.series.iter().any(|series| series.values.contains(&Count::Suppressed))
}

/// Draws the legend entries in one row, left to right, vertically centred in `area`.
fn draw_legend(area: &DrawingArea<SVGBackend<'_>, Shift>, entries: &[LegendEntry]) -> Result<()> {
    let middle = i32::try_from(area.dim_in_pixel().1 / 2).unwrap_or(0);
    let style = (FONT, 13).into_font().color(&TEXT).pos(Pos::new(HPos::Left, VPos::Center));
    let mut x = 16;
    for entry in entries {
        if entry.line {
            area.draw(&PathElement::new(vec![(x, middle), (x + 18, middle)], entry.colour.stroke_width(3)))
                .map_err(draw_error)?;
        } else {
            area.draw(&Rectangle::new([(x, middle - 6), (x + 18, middle + 6)], entry.colour.filled()))
                .map_err(draw_error)?;
            area.draw(&Rectangle::new([(x, middle - 6), (x + 18, middle + 6)], GREY.stroke_width(1)))
                .map_err(draw_error)?;
        }
        area.draw(&Text::new(entry.text.clone(), (x + 24, middle), style.clone())).map_err(draw_error)?;
        // The naive text width of the SVG backend: about 7 units a character at this size.
        x += 24 + 7 * i32::try_from(entry.text.chars().count()).unwrap_or(0) + 28;
    }
    Ok(())
}

/// The consecutive shown values of a series as `(index, value)` runs.
fn shown_runs(values: &[Count]) -> Vec<Vec<(usize, u64)>> {
    let mut runs = Vec::new();
    let mut run = Vec::new();
    for (index, count) in values.iter().enumerate() {
        match count.value() {
            Some(value) => run.push((index, value)),
            None if run.is_empty() => {}
            None => runs.push(std::mem::take(&mut run)),
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    runs
}

/// A round axis maximum a little above `max`: 1, 2 or 5 times a power of ten.
fn nice_max(max: f64) -> f64 {
    let target = (max * 1.08).max(1.0);
    let magnitude = 10f64.powf(target.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|step| step * magnitude)
        .find(|candidate| *candidate >= target)
        .unwrap_or(10.0 * magnitude)
}

/// At most [`MAX_LABEL_CHARS`] chars, the last one `…` when cut.
fn shorten(label: &str) -> String {
    if label.chars().count() <= MAX_LABEL_CHARS {
        return label.to_string();
    }
    let mut cut: String = label.chars().take(MAX_LABEL_CHARS - 1).collect();
    cut.push('…');
    cut
}

/// A chart that only says there is nothing to draw.
fn empty_chart(id: &str, title: &str, message: &str) -> Result<String> {
    draw_svg(id, title, (WIDTH, 80), |root| {
        root.draw(&Text::new(message, (20, 40), (FONT, 16).into_font().color(&GREY))).map_err(draw_error)?;
        Ok(())
    })
}

/// Draws on a white SVG canvas of `size` and returns the `<svg>` element with `id`, an
/// accessible role and a `<title>`.
fn draw_svg(
    id: &str,
    title: &str,
    size: (u32, u32),
    draw: impl FnOnce(&DrawingArea<SVGBackend<'_>, Shift>) -> Result<()>,
) -> Result<String> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        root.fill(&WHITE).map_err(draw_error)?;
        draw(&root)?;
        root.present().map_err(draw_error)?;
    }
    let body = svg.strip_prefix("<svg ").ok_or_else(|| anyhow!("plotters wrote no <svg> element"))?;
    let open_end = body.find('>').ok_or_else(|| anyhow!("plotters wrote an unterminated <svg> tag"))?;
    let (attributes, rest) = body.split_at(open_end);
    let rest = &rest[1..];
    Ok(format!(
        "<svg id=\"{id}\" class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title\" {attributes}>\n\
         <title id=\"{id}-title\">{}</title>\n{rest}",
        super::html::escape(title)
    ))
}

/// A drawing error as an `anyhow` error (the SVG backend only fails on formatting).
fn draw_error<E: std::error::Error + Send + Sync + 'static>(error: DrawingAreaErrorKind<E>) -> anyhow::Error {
    anyhow!("cannot draw a chart: {error}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::model::fixtures;

    fn parse(svg: &str) -> roxmltree::Document<'_> {
        roxmltree::Document::parse(svg).unwrap_or_else(|error| panic!("not well-formed: {error}\n{svg}"))
    }

    #[test]
    fn every_chart_is_one_titled_svg_element() {
        let report = fixtures::report();
        for (svg, id, title) in [
            (region_gaps(&report), REGION_GAPS_ID, "Top skill gaps by region"),
            (demand_supply(&report), DEMAND_SUPPLY_ID, "Demand vs supply per skill"),
            (monthly_trend(&report), MONTHLY_TREND_ID, "Monthly demand trend of the top skills"),
            (programme_comparison(&report), PROGRAMMES_ID, "Training programme comparison"),
        ] {
            let svg = svg.expect("draws");
            let document = parse(&svg);
            let root = document.root_element();
            assert_eq!(root.tag_name().name(), "svg");
            assert_eq!(root.attribute("id"), Some(id));
            let title_element = root.first_element_child().expect("a child");
            assert_eq!(title_element.tag_name().name(), "title");
            assert_eq!(title_element.text(), Some(title));
        }
    }

    #[test]
    fn labels_are_escaped_and_suppressed_counts_are_marked() {
        let report = fixtures::report();
        let svg = demand_supply(&report).expect("draws");
        let document = parse(&svg);
        let texts: Vec<&str> = document.descendants().filter_map(|node| node.text()).map(str::trim).collect();
        assert!(texts.contains(&"R&D <lab> \"tools\""), "{texts:?}");
        assert!(texts.contains(&"<5 suppressed"), "{texts:?}");
        let svg = programme_comparison(&report).expect("draws");
        assert_eq!(svg.matches("&lt;5 suppressed\n").count(), 2, "one per suppressed bar");
        assert!(svg.contains("&lt;5 suppressed: below k, not shown"), "in the legend");
        let svg = monthly_trend(&report).expect("draws");
        assert!(svg.contains("below 5 (suppressed)"), "{svg}");
    }

    #[test]
    fn empty_data_gives_a_message_not_an_error() {
        let mut report = fixtures::report();
        report.regions.clear();
        report.overall.clear();
        report.trend = Trend::default();
        report.programmes.clear();
        assert!(region_gaps(&report).expect("draws").contains("No regional figures"));
        assert!(demand_supply(&report).expect("draws").contains("No skill figures"));
        assert!(monthly_trend(&report).expect("draws").contains("No monthly figures"));
        assert!(programme_comparison(&report).expect("draws").contains("No training programmes"));
    }

    #[test]
    fn runs_break_at_suppressed_values_and_axes_are_round() {
        use Count::{Shown, Suppressed};
        assert_eq!(
            shown_runs(&[Shown(1), Suppressed, Shown(2), Shown(3), Suppressed]),
            vec![vec![(0, 1)], vec![(2, 2), (3, 3)]]
        );
        assert!(shown_runs(&[Suppressed]).is_empty());
        assert_eq!(nice_max(340.0), 500.0);
        assert_eq!(nice_max(90.0), 100.0);
        assert_eq!(nice_max(0.0), 1.0);
        assert_eq!(shorten("short"), "short");
        assert_eq!(shorten(&"x".repeat(40)).chars().count(), MAX_LABEL_CHARS);
    }
}
