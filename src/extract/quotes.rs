//! Quotation spans in a paragraph, as real news types them: curly and straight marks, quotes
//! that run over paragraphs, quotes that are never closed, and closers typed as openers.

use super::lexicon::CUES;
use super::text::Range;

pub fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»')
}

/// Bytes of the mark at `at`: two for "''", else the char's length.
fn mark_len(text: &str, at: usize) -> usize {
    if text[at..].starts_with("''") {
        2
    } else {
        text[at..].chars().next().map_or(1, char::len_utf8)
    }
}

fn is_typed_opener(c: char) -> bool {
    matches!(c, '“' | '„' | '«')
}

fn is_typed_closer(c: char) -> bool {
    matches!(c, '”' | '»')
}

#[derive(Debug, Clone)]
pub struct Quote {
    /// The quoted words, without marks or surrounding spaces.
    pub words: Range,
    /// From the opening mark to the closing mark (or to where the quote stops).
    pub outer: Range,
    /// This paragraph reopens a quote that the previous paragraph left open.
    pub continued: bool,
    /// The paragraph ends inside this quote.
    pub open_at_end: bool,
}

/// Finds the quotations of one paragraph. `carried` says whether the previous paragraph ended
/// inside a quotation, so that a paragraph that reopens it continues it.
pub fn find(body: &str, para: Range, carried: bool) -> Vec<Quote> {
    let text = &body[para.start..para.end];
    // Two apostrophes stand for one double mark in some archives: read them as '"'.
    let chars: Vec<(usize, char)> = {
        let raw: Vec<(usize, char)> = text.char_indices().collect();
        let mut v = Vec::with_capacity(raw.len());
        let mut k = 0;
        while k < raw.len() {
            if raw[k].1 == '\'' && raw.get(k + 1).is_some_and(|x| x.1 == '\'') {
                v.push((raw[k].0, '"'));
                k += 2;
            } else {
                v.push(raw[k]);
                k += 1;
            }
        }
        v
    };
    let mut out = Vec::new();
    let mut open: Option<usize> = None; // index into chars of the opening mark
    let at = |i: usize| para.start + chars[i].0;
    let after = |i: usize| para.start + chars[i].0 + mark_len(text, chars[i].0);

    for i in 0..chars.len() {
        let c = chars[i].1;
        if !is_quote_mark(c) {
            continue;
        }
        let prev = if i > 0 { Some(chars[i - 1].1) } else { None };
        let next = chars.get(i + 1).map(|x| x.1);
        let left_flank = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/:".contains(p))
            && next.is_some_and(|n| !n.is_whitespace());
        let right_flank = prev.is_some_and(|p| !p.is_whitespace())
            && next.is_none_or(|n| {
                n.is_whitespace() || n.is_ascii_punctuation() || "—–”’".contains(n)
            });
        match open {
            None => {
                let opens = left_flank || is_typed_opener(c) || (c == '"' && !right_flank);
                if opens && (!is_typed_closer(c) || left_flank) {
                    open = Some(i);
                }
            }
            Some(o) => {
                let looks_opening =
                    (is_typed_opener(c) || left_flank) && !right_flank && !is_typed_closer(c);
                if looks_opening && next_word_starts_upper(&chars, i + 1) {
                    // A new quotation starts: the open one was never closed. It ends where
                    // its attribution begins, or just before this mark.
                    let end = attribution_start(body, after(o), at(i)).unwrap_or(at(i));
                    push(&mut out, body, at(o), after(o), end, end, false);
                    open = Some(i);
                } else {
                    // A closer, or an opener typed where a closer belongs ("surveillance, “she said").
                    push(&mut out, body, at(o), after(o), at(i), after(i), false);
                    open = None;
                }
            }
        }
    }
    if let Some(o) = open {
        let end = attribution_start(body, after(o), para.end).unwrap_or(para.end);
        push(&mut out, body, at(o), after(o), end, end, end == para.end);
    }
    if carried {
        if let Some(first) = out.first_mut() {
            if first.outer.start == para.start {
                first.continued = true;
            }
        }
    }
    out
}

fn push(
    out: &mut Vec<Quote>,
    body: &str,
    mark: usize,
    start: usize,
    end: usize,
    outer_end: usize,
    open_at_end: bool,
) {
    let words = super::text::trim_range(body, Range::new(start, end));
    if words.len() == 0
        || !body[words.start..words.end]
            .chars()
            .any(char::is_alphanumeric)
    {
        return;
    }
    out.push(Quote {
        words,
        outer: Range::new(mark, outer_end),
        continued: false,
        open_at_end,
    });
}

fn next_word_starts_upper(chars: &[(usize, char)], from: usize) -> bool {
    chars[from..]
        .iter()
        .map(|x| x.1)
        .find(|c| !c.is_whitespace())
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// In an unclosed quotation, the comma after which an attribution ("Obama said", "he added",
/// "said Hua") begins: the quotation ends there.
fn attribution_start(body: &str, start: usize, end: usize) -> Option<usize> {
    let text = &body[start..end];
    for (ci, _) in text.match_indices([',', ';']) {
        let words: Vec<&str> = text[ci + 1..]
            .split_whitespace()
            .take(5)
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        let Some(first) = words.first() else { continue };
        let first_ok = first.chars().next().is_some_and(char::is_uppercase)
            || ["he", "she", "they", "it", "we", "said", "says"].contains(first);
        if !first_ok {
            continue;
        }
        let cue_at = words.iter().position(|w| {
            let lw = w.to_lowercase();
            CUES.iter()
                .any(|c| !c.risky && c.words.len() == 1 && c.words[0] == lw)
        });
        if let Some(k) = cue_at {
            // Everything before the cue must look like a name or a pronoun.
            if words[..k].iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    || ["he", "she", "they", "it", "we"].contains(w)
            }) {
                return Some(start + ci);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<String> {
        find(text, Range::new(0, text.len()), false)
            .iter()
            .map(|q| text[q.words.start..q.words.end].to_string())
            .collect()
    }

    #[test]
    fn curly_and_straight_marks() {
        assert_eq!(quotes("“A b c,” he said. \"D e.\""), ["A b c,", "D e."]);
    }

    #[test]
    fn quote_split_by_its_attribution() {
        assert_eq!(
            quotes("\"We will win,\" he said. \"They will lose.\""),
            ["We will win,", "They will lose."]
        );
    }

    #[test]
    fn unclosed_quote_ends_at_paragraph_end() {
        let t = "Hua told a briefing “All countries care, This is beyond reproach.";
        let q = find(t, Range::new(0, t.len()), false);
        assert_eq!(
            &t[q[0].words.start..q[0].words.end],
            "All countries care, This is beyond reproach."
        );
        assert!(q[0].open_at_end);
    }

    #[test]
    fn unclosed_quote_ends_where_its_attribution_starts() {
        let t = "“This is something I raised with President Xi, Obama said in an interview, “We have made it clear.”";
        assert_eq!(
            quotes(t),
            [
                "This is something I raised with President Xi",
                "We have made it clear."
            ]
        );
    }

    #[test]
    fn closer_typed_as_opener() {
        let t = "Hua said “ I would like to point out this, “she said, adding more.";
        assert_eq!(quotes(t), ["I would like to point out this,"]);
    }

    #[test]
    fn quotation_inside_quotation_stays_in_the_outer_one() {
        let t = "“He called it ‘a disaster’ today,” she said.";
        assert_eq!(quotes(t), ["He called it ‘a disaster’ today,"]);
    }

    #[test]
    fn multi_paragraph_quote_is_continued() {
        let t = "“Second paragraph of the quote.”";
        let q = find(t, Range::new(0, t.len()), true);
        assert!(q[0].continued);
    }
}
