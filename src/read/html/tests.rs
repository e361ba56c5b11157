//! Pages from the article-extraction benchmark (fixtures/html/README.md says which).

use super::*;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/fixtures/html/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn read(name: &str) -> Page {
    read_html(&fixture(name), None, None).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn paragraphs_of(page: &Page) -> Vec<&str> {
    page.body.split("\n\n").collect()
}

#[test]
fn news_page_text_and_metadata() {
    let page = read("polygraph.html");
    assert_eq!(
        page.title.as_deref(),
        Some("Russia and Syria: U.S.-backed Syrian Forces Blocking Refugee Return")
    );
    assert_eq!(
        page.meta,
        PageMeta {
            url: Some(
                "https://www.polygraph.info/a/fact-check-russia-us-al-tanf-rukban/30279001.html"
                    .into()
            ),
            published: Some("2019-11-18".into()),
            outlet: Some("POLYGRAPH.info".into()),
            author: Some("POLYGRAPH.info".into()),
        }
    );
    let paragraphs = paragraphs_of(&page);
    assert_eq!(paragraphs.len(), 27);
    assert_eq!(
        paragraphs[16],
        "“I can say with confidence that the U.S. most certainly does not ‘control’ any actors \
         there directly,” Simpson said. “From my interviews, it appears all U.S. interventions in \
         the region are indirect and sparse.”"
    );
}

#[test]
fn every_paragraph_is_trimmed_and_separated_by_one_blank_line() {
    for name in [
        "aljazeera.html",
        "entermedia-ko.html",
        "polygraph.html",
        "sciencealert.html",
        "spacereview.html",
    ] {
        let page = read(name);
        for paragraph in paragraphs_of(&page) {
            assert!(!paragraph.is_empty(), "{name}: empty paragraph");
            assert_eq!(paragraph, paragraph.trim(), "{name}: untrimmed paragraph");
            assert!(
                !paragraph.contains('\n'),
                "{name}: line break inside {paragraph:?}"
            );
            assert!(
                !paragraph.contains("  "),
                "{name}: double space in {paragraph:?}"
            );
        }
    }
    let page = read("spacereview.html");
    assert_eq!(paragraphs_of(&page).len(), 48);
    assert_eq!(
        paragraphs_of(&page)[18],
        "“Oh my,” Lucas responded with a sigh."
    );
}

#[test]
fn json_ld_date_written_with_a_month_name() {
    let page = read("aljazeera.html");
    assert_eq!(page.meta.published.as_deref(), Some("2019-11-20"));
    assert_eq!(page.meta.outlet.as_deref(), Some("Al Jazeera"));
    assert_eq!(paragraphs_of(&page).len(), 12);
    assert_eq!(
        paragraphs_of(&page)[0],
        "It did not reveal the crash location and said it was withholding the names of those \
         killed until next of kin could be told."
    );
}

#[test]
fn page_without_metadata_takes_the_given_url() {
    let url = "http://entermedia.co.kr/news/news_view.html?idx=8576";
    let page = read_html(&fixture("entermedia-ko.html"), Some(url), None).unwrap();
    assert_eq!(
        page.meta,
        PageMeta {
            url: Some(url.into()),
            ..PageMeta::default()
        }
    );
    assert_eq!(
        paragraphs_of(&page)[0],
        "엘제이의 리벤지인가, 류화영의 코스프레인가"
    );
}

#[test]
fn author_from_meta_tag() {
    let page = read("sciencealert.html");
    assert_eq!(
        page.meta.author.as_deref(),
        Some("Victor Tangermann, Futurism")
    );
    assert_eq!(page.meta.outlet.as_deref(), Some("ScienceAlert"));
}

#[test]
fn windows_1252_page_reads_as_the_utf8_one() {
    let utf8 = String::from_utf8(fixture("polygraph.html")).unwrap();
    let expected = read_html(utf8.as_bytes(), None, None).unwrap();
    let legacy = |page: &str| encoding_rs::WINDOWS_1252.encode(page).0.into_owned();
    let meta = r#"<meta charset="utf-8">"#;
    assert!(utf8.contains(meta));

    // The HTTP header outranks the page's (now false) <meta charset="utf-8">.
    let declared = read_html(
        &legacy(&utf8),
        None,
        Some("text/html; charset=windows-1252"),
    );
    assert_eq!(declared.unwrap(), expected);
    let in_meta = legacy(&utf8.replace(meta, r#"<meta charset="windows-1252">"#));
    assert_eq!(read_html(&in_meta, None, None).unwrap(), expected);
    let undeclared = legacy(&utf8.replace(meta, ""));
    assert_eq!(read_html(&undeclared, None, None).unwrap(), expected);
}

#[test]
fn a_page_without_article_text_is_an_error() {
    let error = read_html(
        b"<html><head><title>x</title></head><body></body></html>",
        None,
        None,
    );
    assert!(error
        .unwrap_err()
        .starts_with("no article text found in the page"));
}

#[test]
fn paragraphs_from_extracted_markup() {
    assert_eq!(
        paragraphs("<p>It is <b>very</b> clear, “<em>We</em>,” he said:<i>no</i></p><p>a&amp;b &lt;c&gt;</p>"),
        "It is very clear, “We,” he said: no\n\na&b <c>"
    );
    assert_eq!(
        paragraphs("<div>one<br>two<ul><li>three</li><li>four</li></ul></div>"),
        "one\n\ntwo\n\nthree\n\nfour"
    );
    assert_eq!(
        paragraphs("<table><tr><td>Pos.</td><td>Pilot</td></tr></table>"),
        "Pos. Pilot"
    );
}

#[test]
fn sniffs_html_by_content() {
    for name in [
        "aljazeera.html",
        "entermedia-ko.html",
        "polygraph.html",
        "sciencealert.html",
        "spacereview.html",
    ] {
        assert!(looks_like_html(&fixture(name)), "{name}");
    }
    assert!(looks_like_html(b"\xef\xbb\xbf  <!-- saved --><HTML><p>x"));
    assert!(looks_like_html(
        b"<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0\">"
    ));
    assert!(!looks_like_html(
        b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
    ));
    assert!(!looks_like_html(b"{\"maintext\": \"<p>x</p>\"}"));
    assert!(!looks_like_html(
        b"Headline\n\nThe minister said <html> is a tag."
    ));
    assert!(!looks_like_html(b""));
}

#[test]
fn deep_nesting_is_read_or_refused_never_a_crash() {
    let paragraph = "<p>The minister said the talks would go on for another week at least.</p>";
    let page = |depth: usize| {
        format!(
            "<html><body>{}{paragraph}</body></html>",
            "<div>".repeat(depth - 3)
        )
    };
    // From a spawned thread, whose own stack (2 MiB) is far too small for this page.
    let deepest = page(MAX_NESTING);
    let read = std::thread::spawn(move || read_html(deepest.as_bytes(), None, None))
        .join()
        .unwrap();
    assert_eq!(read.unwrap().body, paragraph[3..paragraph.len() - 4]);
    assert_eq!(
        read_html(page(MAX_NESTING + 1).as_bytes(), None, None).unwrap_err(),
        format!(
            "elements nested {} deep; pages deeper than {MAX_NESTING} are not read",
            MAX_NESTING + 1
        )
    );
}
