//! Embedded tweets as scraped pages give them: the tweet's words, its links, then a signature
//! line, "Nancy Reagan was an amazing woman. pic.twitter.com/x — Donald J. Trump
//! (@realDonaldTrump) March 6, 2016". The signature names who wrote the words; it and the links
//! are never part of a statement, or different tweets of one author would read as copies.

use super::lexicon::MONTHS;
use super::text::{trim_range, Range};

/// A paragraph that is an embedded tweet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tweet {
    /// The tweet's own words, without links and signature.
    pub text: Range,
    /// The author's name in the signature.
    pub author: Range,
}

/// "March 6, 2016".
fn is_date(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let digits = |w: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
    };
    matches!(words[..], [month, day, year]
        if month.starts_with(|c: char| c.is_ascii_uppercase())
            && MONTHS.contains(&month.to_ascii_lowercase().as_str())
            && day.strip_suffix(',').is_some_and(|d| digits(d, 1..=2))
            && digits(year, 4..=4))
}

/// A link the page put after the tweet's words: "https://t.co/x", "pic.twitter.com/y".
fn is_link(word: &str) -> bool {
    word.starts_with("http://")
        || word.starts_with("https://")
        || word.starts_with("pic.twitter.com/")
}

/// The embedded tweet `para` holds, if it ends with a signature.
pub fn embedded(body: &str, para: Range) -> Option<Tweet> {
    let p = &body[para.start..para.end];
    let close = p.rfind(") ")?;
    if !is_date(&p[close + 2..]) {
        return None;
    }
    let open = p[..close].rfind("(@")?;
    let handle = &p[open + 2..close];
    if handle.is_empty()
        || !handle
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_')
    {
        return None;
    }
    let (dash, dash_char) = p[..open]
        .char_indices()
        .rfind(|&(_, c)| c == '—' || c == '–')?;
    let author = trim_range(
        body,
        Range::new(para.start + dash + dash_char.len_utf8(), para.start + open),
    );
    let words = body[author.start..author.end].split_whitespace().count();
    if !(1..=6).contains(&words) {
        return None;
    }
    // The tweet's words end before the links the page appended to them.
    let mut end = dash;
    loop {
        let before = p[..end].trim_end();
        let last = before.rsplit(char::is_whitespace).next().unwrap_or("");
        if last.is_empty() || !is_link(last) {
            end = before.len();
            break;
        }
        end = before.len() - last.len();
    }
    let text = trim_range(body, Range::new(para.start, para.start + end));
    (text.len() > 0).then_some(Tweet { text, author })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(p: &str) -> Option<(&str, &str)> {
        embedded(p, Range::new(0, p.len())).map(|t| {
            (
                &p[t.text.start..t.text.end],
                &p[t.author.start..t.author.end],
            )
        })
    }

    #[test]
    fn a_signature_names_the_author_and_is_cut_with_the_links() {
        assert_eq!(
            parts("Lina Marsh was a kind woman. She will be missed! — Tom J. Reed (@tomreed) March 6, 2016"),
            Some(("Lina Marsh was a kind woman. She will be missed!", "Tom J. Reed"))
        );
        assert_eq!(
            parts("Thanks for your service. https://t.co/AbC12 pic.twitter.com/xYz9 – Gov. Ana Brisk (@GovBrisk) July 14, 2018"),
            Some(("Thanks for your service.", "Gov. Ana Brisk"))
        );
    }

    #[test]
    fn text_without_a_full_signature_is_no_tweet() {
        for p in [
            "The deal — signed (@ the last minute) March 6, 2016",
            "Reed said it — Tom Reed (@tomreed) last week",
            "pic.twitter.com/xYz9 — Tom Reed (@tomreed) March 6, 2016",
        ] {
            assert_eq!(parts(p), None, "{p}");
        }
    }
}
