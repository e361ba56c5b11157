//! Links from a statement back to its exact words: the article URL with a text fragment
//! (`#:~:text=`), or `path:line:column` when the URL is not known.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// Text fragments give '-', ',' and '&' meaning, so only letters, digits and `._~` stay bare.
const FRAGMENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'.').remove(b'_').remove(b'~');

fn encode(words: &[&str]) -> String {
    utf8_percent_encode(&words.join(" "), FRAGMENT).to_string()
}

/// Where each line of a text starts, in code points: line and column of any offset by one
/// binary search, so an article's links cost one pass over its text, not one per statement.
pub struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    pub fn new(body: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(
            body.chars()
                .enumerate()
                .filter(|(_, c)| *c == '\n')
                .map(|(i, _)| i + 1),
        );
        Lines { starts }
    }

    /// 1-based line and column of code point `offset`.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset);
        (line, offset - self.starts[line - 1] + 1)
    }
}

/// The link for `text`, which starts at code point `start` of the text `lines` describes.
pub fn link(url: Option<&str>, path: &str, lines: &Lines, start: usize, text: &str) -> String {
    match url {
        Some(url) => {
            let base = url.split('#').next().unwrap_or(url);
            let words: Vec<&str> = text.split_whitespace().collect();
            let fragment = if words.len() <= 8 {
                encode(&words)
            } else {
                // textStart,textEnd: robust to small differences in the middle.
                format!(
                    "{},{}",
                    encode(&words[..4]),
                    encode(&words[words.len() - 4..])
                )
            };
            format!("{base}#:~:text={fragment}")
        }
        None => {
            let (line, column) = lines.position(start);
            format!("{path}:{line}:{column}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_gets_an_encoded_text_fragment() {
        assert_eq!(
            link(
                Some("http://x.org/a#top"),
                "f",
                &Lines::new(""),
                0,
                "beyond reproach,"
            ),
            "http://x.org/a#:~:text=beyond%20reproach%2C"
        );
        let long = "one two three four five six seven eight nine ten";
        assert_eq!(
            link(Some("http://x.org/a"), "f", &Lines::new(""), 0, long),
            "http://x.org/a#:~:text=one%20two%20three%20four,seven%20eight%20nine%20ten"
        );
    }

    #[test]
    fn without_url_the_link_is_path_line_column() {
        assert_eq!(
            link(
                None,
                "seeds/a.txt",
                &Lines::new("Title\n\nab “cd”"),
                7,
                "ab"
            ),
            "seeds/a.txt:3:1"
        );
        assert_eq!(
            link(
                None,
                "seeds/a.txt",
                &Lines::new("Title\n\nab “cd”"),
                11,
                "cd"
            ),
            "seeds/a.txt:3:5"
        );
    }
}
