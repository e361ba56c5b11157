//! The report as one HTML page: styles and the filter script inline, no network, every piece
//! of text escaped.

use std::fmt::Write;

use super::diff::{runs, Change};
use super::{Report, VERDICTS};
use crate::crosscheck::{Group, GroupMember};

/// What each verdict means, in the words a reader needs.
const MEANINGS: [&str; 6] = [
    "copies differ in a number, date or quantity, or say opposite things",
    "copies give the words to different speakers",
    "a copy's words differ: added, dropped, changed or reordered",
    "one copy is a part of a longer one",
    "same words, but the role, day or venue of the telling differ",
    "copies agree",
];

/// How many findings and copies of a group show before the rest fold away.
const SHOWN_FINDINGS: usize = 4;
const SHOWN_COPIES: usize = 6;

/// Text made safe for HTML, in content and in quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn plural(n: impl Into<i64>, one: &str, many: &str) -> String {
    let n = n.into();
    format!("{n} {}", if n == 1 { one } else { many })
}

pub fn render(report: &Report) -> String {
    let mut page = String::new();
    page.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    page.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(
        page,
        "<title>claimdb report: {}</title>\n<style>{STYLE}</style>\n</head>\n<body>",
        escape(&report.database)
    );
    let _ = writeln!(
        page,
        "<header><h1>How outlets carry the same words</h1><p class=\"sub\">claimdb report on <code>{}</code>{}</p></header>",
        escape(&report.database),
        if report.narrowed_by.is_empty() {
            String::new()
        } else {
            format!(", narrowed to {}", escape(&report.narrowed_by.join(", ")))
        }
    );
    summary(&mut page, report);
    outlet_chart(&mut page, report);
    group_list(&mut page, report);
    let _ = writeln!(
        page,
        "<footer>Made by claimdb {}. Each copy links to its words in the source article.</footer>",
        env!("CARGO_PKG_VERSION")
    );
    let _ = writeln!(page, "<script>{SCRIPT}</script>\n</body>\n</html>");
    page
}

fn summary(page: &mut String, r: &Report) {
    let _ = writeln!(
        page,
        "<section id=\"summary\"><h2>Summary</h2>\n<p class=\"totals\">{} from {} · {} · {} · {} of copies{}</p>",
        plural(r.articles, "article", "articles"),
        plural(r.outlets, "outlet", "outlets"),
        plural(r.statements, "statement", "statements"),
        plural(r.speakers, "speaker", "speakers"),
        plural(r.groups.len() as i64, "group", "groups"),
        if r.groups.len() == r.all_groups {
            String::new()
        } else {
            format!(" (of {} in the database)", r.all_groups)
        }
    );
    page.push_str("<table class=\"verdicts\"><tbody>\n");
    for (verdict, meaning) in VERDICTS.iter().zip(MEANINGS) {
        let _ = writeln!(
            page,
            "<tr><td><span class=\"verdict v-{verdict}\">{verdict}</span></td><td class=\"n\">{}</td><td>{meaning}</td></tr>",
            r.groups_with(verdict)
        );
    }
    page.push_str("</tbody></table></section>\n");
}

fn outlet_chart(page: &mut String, r: &Report) {
    page.push_str("<section id=\"outlets\"><h2>Divergence by outlet</h2>\n");
    page.push_str("<p class=\"legend\">Each outlet's copies in groups, by the group's verdict; the most divergent first. ");
    for v in VERDICTS {
        let _ = write!(
            page,
            "<span class=\"legend-item\"><span class=\"key v-{v}\"></span>{v}</span> "
        );
    }
    page.push_str("</p>\n<table class=\"chart\"><tbody>\n");
    for o in &r.outlet_copies {
        let copies = o.copies().max(1);
        let _ = write!(
            page,
            "<tr><th scope=\"row\">{}</th><td class=\"bar\"><div class=\"track\">",
            escape(&o.outlet)
        );
        for (v, &n) in VERDICTS.iter().zip(&o.by_verdict) {
            if n > 0 {
                let _ = write!(
                    page,
                    "<span class=\"seg v-{v}\" style=\"width:{:.1}%\" title=\"{v}: {n}\"></span>",
                    100.0 * n as f64 / copies as f64
                );
            }
        }
        let _ = writeln!(
            page,
            "</div></td><td class=\"n\">{} of {} diverge{} ({:.0}%)</td></tr>",
            o.divergent(),
            plural(o.copies() as i64, "copy", "copies"),
            if o.divergent() == 1 { "s" } else { "" },
            100.0 * o.divergent() as f64 / copies as f64
        );
    }
    page.push_str("</tbody></table></section>\n");
}

fn group_list(page: &mut String, r: &Report) {
    page.push_str("<section id=\"groups\"><h2>Groups of copies</h2>\n");
    filters(page, r);
    for g in &r.groups {
        group(page, g, r);
    }
    if r.groups.is_empty() {
        page.push_str("<p>No groups: no statement is carried by two articles (yet).</p>\n");
    }
    page.push_str("</section>\n");
}

/// The filter form: hidden until the script shows it, since only the script makes it work.
fn filters(page: &mut String, r: &Report) {
    let mut speakers: Vec<&str> = r.groups.iter().flat_map(speakers_of).collect();
    speakers.sort_unstable();
    speakers.dedup();
    let mut outlets: Vec<&str> = r.outlet_copies.iter().map(|o| o.outlet.as_str()).collect();
    outlets.sort_unstable();
    let select = |page: &mut String, name: &str, label: &str, values: &[&str]| {
        let _ = write!(
            page,
            "<label>{label} <select name=\"{name}\"><option value=\"\">all</option>"
        );
        for v in values {
            let _ = write!(page, "<option>{}</option>", escape(v));
        }
        page.push_str("</select></label>\n");
    };
    page.push_str("<form id=\"filters\" hidden>\n");
    let verdicts: Vec<&str> = VERDICTS
        .iter()
        .copied()
        .filter(|v| r.groups_with(v) > 0)
        .collect();
    select(page, "verdict", "Verdict", &verdicts);
    select(page, "speaker", "Speaker", &speakers);
    select(page, "outlet", "Outlet", &outlets);
    let _ = writeln!(
        page,
        "<span class=\"count\">showing <span id=\"shown\">{0}</span> of {0} groups</span></form>",
        r.groups.len()
    );
}

/// The group's speaker and every speaker its copies name (they differ in attribution groups).
fn speakers_of(g: &Group) -> Vec<&str> {
    let mut names: Vec<&str> = g.speaker.as_deref().into_iter().collect();
    for m in &g.members {
        if let Some(s) = m.speaker.as_deref() {
            if !names.contains(&s) {
                names.push(s);
            }
        }
    }
    names
}

fn group(page: &mut String, g: &Group, r: &Report) {
    let mut outlets: Vec<&str> = g
        .members
        .iter()
        .filter_map(|m| m.outlet.as_deref())
        .collect();
    outlets.sort_unstable();
    outlets.dedup();
    let speakers = speakers_of(g);
    let _ = writeln!(
        page,
        "<article class=\"group\" id=\"group-{}\" data-verdict=\"{}\" data-speakers=\"{}\" data-outlets=\"{}\">",
        g.id,
        escape(&g.verdict),
        escape(&speakers.join("\n")),
        escape(&outlets.join("\n"))
    );
    let _ = writeln!(
        page,
        "<h3><span class=\"verdict v-{0}\">{0}</span> {1} <span class=\"meta\">{2} in {3} · <a href=\"#group-{4}\">group {4}</a></span></h3>",
        escape(&g.verdict),
        match (g.speaker.as_deref(), speakers.is_empty()) {
            (Some(s), _) => escape(s),
            (None, false) => escape(&speakers.join(" / ")),
            (None, true) => "<em>unknown speaker</em>".to_string(),
        },
        plural(g.members.len() as i64, "copy", "copies"),
        plural(outlets.len() as i64, "outlet", "outlets"),
        g.id
    );
    // Large groups keep their first findings and copies in view and fold the rest away.
    let (first, rest) = g
        .differences
        .split_at(g.differences.len().min(SHOWN_FINDINGS));
    let list = |page: &mut String, findings: &[String]| {
        page.push_str("<ul class=\"findings\">");
        for d in findings {
            page.push_str("<li>");
            words(page, d);
            page.push_str("</li>");
        }
        page.push_str("</ul>\n");
    };
    if !first.is_empty() {
        list(page, first);
    }
    if !rest.is_empty() {
        let _ = write!(
            page,
            "<details><summary>{} more finding{}</summary>",
            rest.len(),
            if rest.len() == 1 { "" } else { "s" }
        );
        list(page, rest);
        page.push_str("</details>\n");
    }
    let (first, rest) = g.members.split_at(g.members.len().min(SHOWN_COPIES));
    page.push_str("<div class=\"copies\">\n");
    for m in first {
        copy(page, m, r);
    }
    page.push_str("</div>\n");
    if !rest.is_empty() {
        let _ = writeln!(
            page,
            "<details><summary>{} more {}</summary><div class=\"copies\">",
            rest.len(),
            if rest.len() == 1 { "copy" } else { "copies" }
        );
        for m in rest {
            copy(page, m, r);
        }
        page.push_str("</div></details>\n");
    }
    page.push_str("</article>\n");
}

/// Words with their `{+added+}` and `[-dropped-]` marks shown as highlights and strike-outs.
fn words(page: &mut String, diff: &str) {
    for (i, (change, words)) in runs(diff).into_iter().enumerate() {
        if i > 0 {
            page.push(' ');
        }
        let words = escape(&words);
        let _ = match change {
            Change::Same => write!(page, "{words}"),
            Change::Added => write!(
                page,
                "<mark title=\"differs from the fullest copy\">{words}</mark>"
            ),
            Change::Dropped => write!(
                page,
                "<del title=\"in the fullest copy, not in this one\">{words}</del>"
            ),
        };
    }
}

fn copy(page: &mut String, m: &GroupMember, r: &Report) {
    let date = r
        .published
        .get(&m.article)
        .map(String::as_str)
        .unwrap_or("");
    let _ = write!(
        page,
        "<figure class=\"copy\"><figcaption><strong>{}</strong> <span class=\"meta\">{} · {}</span>",
        escape(m.outlet.as_deref().unwrap_or("(unknown outlet)")),
        escape(date),
        escape(&m.article)
    );
    let who: Vec<&str> = [m.speaker.as_deref(), m.role.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if !who.is_empty() {
        let _ = write!(
            page,
            "<br><span class=\"who\">{}</span>",
            escape(&who.join(", "))
        );
    }
    page.push_str("</figcaption><blockquote>");
    match &m.diff {
        Some(diff) => {
            for (change, words) in runs(diff) {
                let words = escape(&words);
                let _ = match change {
                    Change::Same => write!(page, "{words} "),
                    Change::Added => write!(
                        page,
                        "<mark title=\"differs from the fullest copy\">{words}</mark> "
                    ),
                    Change::Dropped => write!(
                        page,
                        "<del title=\"in the fullest copy, not in this one\">{words}</del> "
                    ),
                };
            }
        }
        None => page.push_str(&escape(&m.text)),
    }
    page.push_str("</blockquote>");
    if m.link.starts_with("http://") || m.link.starts_with("https://") {
        let _ = write!(
            page,
            "<a class=\"source\" href=\"{}\">the words in the article ↗</a>",
            escape(&m.link)
        );
    } else {
        let _ = write!(
            page,
            "<span class=\"source\">source: <code>{}</code></span>",
            escape(&m.link)
        );
    }
    page.push_str("</figure>\n");
}

const STYLE: &str = r#"
:root { --conflict:#c0392b; --attribution:#8e44ad; --reworded:#d68910; --truncated:#2e86c1; --detail:#5d6d7e; --agree:#27ae60; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color:#1c1c1c; margin:0 auto; max-width:72rem; padding:1rem 1.5rem 3rem; }
h1 { margin:.2em 0 0; } .sub, .meta, footer, .legend { color:#5f6368; font-size:.9em; }
h2 { border-bottom:2px solid #ddd; padding-bottom:.2em; margin-top:2em; }
[hidden] { display:none !important; }
.verdict { display:inline-block; color:#fff; border-radius:.3em; padding:0 .45em; font-size:.85em; font-weight:600; }
.v-conflict { background:var(--conflict); } .v-attribution { background:var(--attribution); }
.v-reworded { background:var(--reworded); } .v-truncated { background:var(--truncated); }
.v-detail { background:var(--detail); } .v-agree { background:var(--agree); }
.totals { font-size:1.2em; }
table.verdicts td { padding:.15em .6em .15em 0; } td.n { text-align:right; font-variant-numeric:tabular-nums; white-space:nowrap; }
table.chart { width:100%; border-collapse:collapse; } table.chart th { text-align:left; font-weight:500; padding:.25em .8em .25em 0; white-space:nowrap; width:1%; }
td.bar { width:70%; } table.chart td.n { padding-left:.8em; } .track { display:flex; } .track .seg { height:1.1em; flex:none; }
.legend-item { white-space:nowrap; } .key { display:inline-block; width:.9em; height:.9em; margin:0 .2em 0 .6em; vertical-align:-.1em; }
#filters { display:flex; flex-wrap:wrap; gap:1em; align-items:center; background:#f4f5f7; padding:.6em .8em; border-radius:.4em; position:sticky; top:0; }
.group { border:1px solid #ddd; border-radius:.5em; padding:.4em 1em 1em; margin:1em 0; }
.group h3 { margin:.4em 0; font-size:1.1em; }
.findings { margin:.3em 0 .6em; padding-left:1.2em; color:#333; font-size:.9em; }
.copies { display:grid; grid-template-columns:repeat(auto-fit, minmax(16rem, 1fr)); gap:.8em; }
.copy { margin:0; background:#fafafa; border-left:4px solid #ccc; padding:.5em .8em; }
.copy blockquote { margin:.4em 0; font-family:Georgia, "Times New Roman", serif; font-size:1.05em; }
details { margin:.4em 0; } summary { cursor:pointer; color:#1a5fb4; }
mark { background:#ffe08a; padding:0 .1em; } del { color:#b03a2e; text-decoration-thickness:2px; }
.who { font-size:.9em; color:#444; } .source { font-size:.85em; }
code { font-size:.85em; word-break:break-all; }
@media (max-width: 40rem) {
  table.chart, table.chart tbody, table.chart tr, table.chart th, table.chart td { display:block; width:auto; }
  table.chart tr { margin-bottom:.7em; } table.chart td.n { text-align:left; padding-left:0; }
}
"#;

/// Filters from the controls, the query string or the hash (`#verdict=reworded`); kept in
/// the hash so a filtered view can be sent as a link.
const SCRIPT: &str = r#"
(function () {
  var form = document.getElementById('filters');
  if (!form) return;
  form.hidden = false;
  var groups = Array.prototype.slice.call(document.querySelectorAll('article.group'));
  var names = ['verdict', 'speaker', 'outlet'];
  function keep(g) {
    return names.every(function (n) {
      var want = form.elements[n].value;
      if (!want) return true;
      if (n === 'verdict') return g.dataset.verdict === want;
      return g.dataset[n + 's'].split('\n').indexOf(want) >= 0;
    });
  }
  function apply() {
    var shown = 0;
    groups.forEach(function (g) { g.hidden = !keep(g); if (!g.hidden) shown++; });
    document.getElementById('shown').textContent = shown;
  }
  var asked = new URLSearchParams(location.search);
  new URLSearchParams(location.hash.slice(1)).forEach(function (v, k) { asked.set(k, v); });
  names.forEach(function (n) {
    if (asked.has(n)) form.elements[n].value = asked.get(n);
    form.elements[n].addEventListener('change', function () {
      var h = new URLSearchParams();
      names.forEach(function (m) { if (form.elements[m].value) h.set(m, form.elements[m].value); });
      history.replaceState(null, '', '#' + h.toString());
      apply();
    });
  });
  apply();
})();
"#;

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_in_text_is_escaped() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
    }
}
