//! `claimdb report`: the page a person opens, checked in headless Chromium (what they see
//! after the inline script ran) and as HTML (self-contained, escaped, narrowed).

mod common;

use std::path::Path;
use std::process::Command;

use common::Work;

/// The browser, or None (with a loud message) when it is not installed.
fn chromium() -> Option<&'static str> {
    for name in ["chromium", "chromium-browser"] {
        if Command::new(name).arg("--version").output().is_ok() {
            return Some(name);
        }
    }
    eprintln!(
        "\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n\
         SKIPPED: chromium is not installed, so report.html was NOT checked in a browser\n\
         (Debian: apt-get install -y chromium; .ci/run installs it)\n\
         !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n"
    );
    None
}

/// The page's DOM after its scripts ran, as headless Chromium builds it.
fn dom(browser: &str, page: &Path, suffix: &str) -> String {
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(format!("file://{}{suffix}", page.display()))
        .output()
        .expect("chromium runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The `<article class="group" ...>` opening tags of a page.
fn group_tags(page: &str) -> Vec<&str> {
    page.match_indices("<article class=\"group\"")
        .map(|(i, _)| &page[i..i + page[i..].find('>').unwrap()])
        .collect()
}

fn report(w: &Work, args: &[&str]) -> String {
    let file = w.path().join("report.html");
    w.cmd()
        .args(["report", "-o", file.to_str().unwrap()])
        .args(args)
        .assert()
        .success();
    std::fs::read_to_string(file).unwrap()
}

#[test]
fn a_person_sees_the_summary_highlighted_words_and_filters_in_a_browser() {
    let Some(browser) = chromium() else { return };
    let w = Work::new();
    w.ingest_seeds();
    report(&w, &[]);
    let page = w.path().join("report.html");
    let seen = dom(browser, &page, "");
    let statements = w.scalar("SELECT count(*) FROM statements");
    let speakers = w.scalar("SELECT count(DISTINCT speaker_id) FROM statements");
    let groups = w.scalar("SELECT count(*) FROM groups");
    assert!(
        seen.contains(&format!(
            "5 articles from 5 outlets · {statements} statements · {speakers} speakers · {groups} groups of copies"
        )),
        "{seen}"
    );
    // Obama's "very" that one outlet dropped, struck out in that copy.
    assert!(
        seen.contains("We have made it <del title=\"in the fullest copy, not in this one\">very</del> clear to them"),
        "{seen}"
    );
    assert!(seen.contains("<mark title=\"differs from the fullest copy\">Chinese</mark>"));
    // The script showed the filters and, with none chosen, every group.
    assert!(
        seen.contains("<form id=\"filters\">"),
        "filters still hidden"
    );
    assert!(group_tags(&seen).iter().all(|t| !t.contains("hidden")));
    assert!(seen.contains(&format!(
        "showing <span id=\"shown\">{groups}</span> of {groups} groups"
    )));

    let reworded = w.scalar("SELECT count(*) FROM groups WHERE verdict = 'reworded'");
    let filtered = dom(browser, &page, "#verdict=reworded");
    let tags = group_tags(&filtered);
    assert_eq!(tags.len().to_string(), groups);
    for t in &tags {
        assert_eq!(
            t.contains("data-verdict=\"reworded\""),
            !t.contains("hidden"),
            "{t}"
        );
    }
    assert!(filtered.contains(&format!(
        "showing <span id=\"shown\">{reworded}</span> of {groups} groups"
    )));

    // The query string works too, and an outlet keeps the groups it has a copy in.
    let by_outlet = dom(browser, &page, "?outlet=Winnipeg%20Free%20Press");
    let shown: Vec<&str> = group_tags(&by_outlet)
        .into_iter()
        .filter(|t| !t.contains("hidden"))
        .collect();
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert!(shown[0].contains("Winnipeg Free Press"));
    // A speaker filter keeps a group in which any copy names that speaker: here the one
    // whose copies give the words to the office and to its spokesman.
    let by_speaker = dom(browser, &page, "#speaker=Jiang%20Jun&verdict=attribution");
    let shown: Vec<&str> = group_tags(&by_speaker)
        .into_iter()
        .filter(|t| !t.contains("hidden"))
        .collect();
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert!(shown[0].contains("data-verdict=\"attribution\""));
    // Both speakers are named on the group: the one it is given to, and the other.
    assert!(
        shown[0].contains("data-speakers=\"State information Office\nJiang Jun\""),
        "{}",
        shown[0]
    );
}

#[test]
fn the_page_is_self_contained_and_escapes_what_articles_say() {
    let w = Work::new();
    for (file, outlet) in [("a.txt", "First <Outlet>"), ("b.txt", "Second & Co")] {
        std::fs::write(
            w.path().join(file),
            "Budget\n\n\"We will <b>never</b> cut the school budget this year,\" said Mayor Ann Lee on Monday.\n",
        )
        .unwrap();
        w.run(&["ingest", file, "--outlet", outlet]);
    }
    let page = report(&w, &[]);
    assert!(
        page.contains("We will &lt;b&gt;never&lt;/b&gt; cut the school budget"),
        "{page}"
    );
    assert!(!page.contains("<b>never"));
    assert!(page.contains("First &lt;Outlet&gt;") && page.contains("Second &amp; Co"));
    assert_eq!(group_tags(&page).len(), 1);
    // Nothing to fetch: no external scripts, styles, images or fonts.
    for needle in ["<link", " src=", "@import", "url("] {
        assert!(!page.contains(needle), "{needle} in the page");
    }
}

#[test]
fn speaker_verdict_and_since_narrow_the_report() {
    let w = Work::new();
    w.ingest_seeds();
    let all = w.scalar("SELECT count(*) FROM groups");
    let page = report(&w, &["--verdict", "reworded"]);
    let tags = group_tags(&page);
    assert_eq!(
        tags.len().to_string(),
        w.scalar("SELECT count(*) FROM groups WHERE verdict = 'reworded'")
    );
    assert!(tags.iter().all(|t| t.contains("data-verdict=\"reworded\"")));
    assert!(page.contains(&format!("(of {all} in the database)")));
    assert!(page.contains("narrowed to verdict reworded"));

    let page = report(&w, &["--speaker", "hua chunying"]);
    let tags = group_tags(&page);
    assert!(!tags.is_empty());
    assert!(tags.iter().all(|t| t.contains("Hua Chunying")));

    let page = report(&w, &["--since", "2015-03-03"]);
    let expected = w.scalar(
        "SELECT count(DISTINCT gm.group_id) FROM group_members gm JOIN statements s ON s.id = gm.statement_id
         JOIN articles a ON a.id = s.article_id WHERE a.published >= '2015-03-03'",
    );
    assert_eq!(group_tags(&page).len().to_string(), expected);
    assert_ne!(expected, all);
    w.cmd()
        .args(["report", "--since", "yesterday"])
        .assert()
        .code(2);
}
