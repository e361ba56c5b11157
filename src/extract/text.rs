//! The shape of an article's text: paragraphs, page furniture, words and sentences.
//! Everything works on byte offsets into the body; conversion to code points happens once,
//! when statements leave the extractor.

use super::lexicon::{BOILERPLATE_LINES, BOILERPLATE_PHRASES, BOILERPLATE_STARTS};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    pub start: usize,
    pub end: usize,
}

impl Range {
    pub fn new(start: usize, end: usize) -> Self {
        Range { start, end }
    }
    pub fn contains(&self, pos: usize) -> bool {
        self.start <= pos && pos < self.end
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
}

/// A paragraph: a line, or a block of hard-wrapped lines, of the body.
#[derive(Debug, Clone)]
pub struct Paragraph {
    pub range: Range,
    pub index: usize,
    pub boilerplate: bool,
    /// Most words capitalised, as in headlines ("Trump Says He Will Win"): cue words may be
    /// capitalised too.
    pub title_case: bool,
}

/// Splits the body into paragraphs, the title (the first non-empty line) first. Paragraphs
/// count from 1, the title included.
pub fn paragraphs(body: &str) -> Vec<Paragraph> {
    let mut lines = Vec::new();
    let mut pos = 0;
    for line in body.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        lines.push(Range::new(pos, pos + content.len()));
        pos += line.len();
    }
    let mut blocks: Vec<Vec<Range>> = Vec::new();
    let mut current: Vec<Range> = Vec::new();
    for line in lines {
        if body[line.start..line.end].trim().is_empty() {
            if !current.is_empty() {
                blocks.push(std::mem::take(&mut current));
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        blocks.push(current);
    }
    let mut out = Vec::new();
    for block in blocks {
        let ranges = block_paragraphs(body, &block);
        for r in ranges {
            let r = trim_range(body, r);
            if r.len() == 0 {
                continue;
            }
            let index = out.len() + 1;
            out.push(Paragraph {
                range: r,
                index,
                boilerplate: is_boilerplate(&body[r.start..r.end]),
                title_case: is_title_case(&body[r.start..r.end]),
            });
        }
    }
    out
}

/// Longer lines than this are not hard-wrapped: a block holding one is a run of paragraphs
/// each on its own line, as scraped pages give them.
const WRAP_WIDTH: usize = 100;

/// The paragraphs of a block of consecutive non-empty lines. Lines that each end a sentence
/// are paragraphs of their own. A block of short lines, some not ending a sentence, is one
/// hard-wrapped paragraph. In a block of long lines, each line is a paragraph, joined only by
/// a line that stops mid-sentence: one stray line without a final stop does not merge a page
/// of paragraphs, and a quotation after "Bush said." never takes a cue from the next line.
fn block_paragraphs(body: &str, block: &[Range]) -> Vec<Range> {
    let ends = |l: &Range| ends_sentence(&body[l.start..l.end]);
    if block.len() == 1 || block.iter().all(ends) {
        return block.to_vec();
    }
    let wrapped = block[..block.len() - 1]
        .iter()
        .all(|l| l.len() <= WRAP_WIDTH);
    if wrapped {
        return vec![Range::new(block[0].start, block[block.len() - 1].end)];
    }
    let mut out: Vec<Range> = Vec::new();
    let mut open = false;
    for l in block {
        match out.last_mut() {
            Some(last) if open => last.end = l.end,
            _ => out.push(*l),
        }
        open = !ends(l) && !is_title_case(&body[l.start..l.end]);
    }
    out
}

fn is_title_case(text: &str) -> bool {
    // Headlines are short.
    if text.len() > 200 {
        return false;
    }
    let (mut words, mut capitalised) = (0, 0);
    for first in text
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_alphabetic())
    {
        words += 1;
        capitalised += usize::from(first.is_uppercase());
    }
    words >= 3 && capitalised * 10 >= words * 7
}

fn ends_sentence(line: &str) -> bool {
    matches!(
        line.trim_end().chars().last(),
        Some('.' | '!' | '?' | '"' | '”' | ':' | ')')
    )
}

pub fn trim_range(body: &str, r: Range) -> Range {
    let s = &body[r.start..r.end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead == s.len() {
        return Range::new(r.start, r.start);
    }
    Range::new(r.start + lead, r.end - trail)
}

/// Page furniture: sign-up and comment forms, navigation, tags, captions, text in another script.
pub fn is_boilerplate(para: &str) -> bool {
    let trimmed = para
        .trim()
        .trim_start_matches(['•', '*', '-', '·', ' ', '\u{a0}']);
    // Furniture is short: long paragraphs are only checked at their start.
    let head: String = trimmed.chars().take(40).collect::<String>().to_lowercase();
    if BOILERPLATE_LINES.contains(&head.as_str())
        || BOILERPLATE_STARTS.iter().any(|s| head.starts_with(s))
    {
        return true;
    }
    if trimmed.len() <= 400 {
        let lower = trimmed.to_lowercase();
        if BOILERPLATE_PHRASES.iter().any(|p| lower.contains(p)) {
            return true;
        }
    }
    if para.trim_start().starts_with('•') {
        return true;
    }
    if para.as_bytes()[..para.len().min(300)].is_ascii() {
        return false;
    }
    // Text in another script (the Chinese comment form of a page in English). Captions and
    // headings hold no cue, so they need no rule here.
    let (mut letters, mut latin) = (0usize, 0usize);
    for c in para.chars().take(300).filter(|c| c.is_alphabetic()) {
        letters += 1;
        latin += usize::from(c.is_ascii_alphabetic());
    }
    letters > 0 && latin * 2 < letters
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// Inside a quotation's words.
    pub quoted: bool,
}

impl Token {
    pub fn text<'a>(&self, body: &'a str) -> &'a str {
        &body[self.start..self.end]
    }
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "corp", "co", "ltd", "sen", "rep", "gov",
    "gen", "lt", "col", "sgt", "capt", "adm", "rev", "jan", "feb", "mar", "apr", "aug", "sept",
    "sep", "oct", "nov", "dec", "vs", "etc", "prof", "ft", "mt", "a.m", "p.m",
];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Splits `range` of `body` into words and punctuation. A word keeps inner apostrophes,
/// hyphens, periods and ampersands ("China's", "state-run", "U.S.", "AT&T"); a final period
/// belongs to a word only for abbreviations.
pub fn tokenize(body: &str, range: Range, quoted: &[Range]) -> Vec<Token> {
    let text = &body[range.start..range.end];
    let char_at = |i: usize| text[i..].chars().next();
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    while let Some(c) = char_at(i) {
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        if is_word_char(c) {
            let mut j = i + c.len_utf8();
            while let Some(cj) = char_at(j) {
                let inner = matches!(cj, '\'' | '’' | '-' | '.' | '&' | '‑')
                    && char_at(j + cj.len_utf8()).is_some_and(is_word_char);
                if !(is_word_char(cj) || inner) {
                    break;
                }
                j += cj.len_utf8();
            }
            // "U.S." and "Mr." keep their final period.
            if char_at(j) == Some('.') {
                let w = &text[start..j];
                let initials =
                    w.contains('.') || (w.len() == 1 && w.chars().all(char::is_uppercase));
                if initials || ABBREVIATIONS.contains(&w.to_ascii_lowercase().as_str()) {
                    j += 1;
                }
            }
            out.push(Token {
                start: range.start + start,
                end: range.start + j,
                kind: TokenKind::Word,
                quoted: false,
            });
            i = j;
        } else {
            i += c.len_utf8();
            out.push(Token {
                start: range.start + start,
                end: range.start + i,
                kind: TokenKind::Punct,
                quoted: false,
            });
        }
    }
    // Tokens and quotations are both in text order: walk them together.
    let mut q = 0;
    for t in &mut out {
        while q < quoted.len() && quoted[q].end < t.end {
            q += 1;
        }
        t.quoted = q < quoted.len() && quoted[q].start <= t.start && t.end <= quoted[q].end;
    }
    out
}

const SENTENCE_STARTERS: &[&str] = &[
    "The", "But", "It", "He", "She", "They", "We", "In", "On", "A", "An", "This", "That", "And",
    "His", "Her", "Its", "Their", "There", "However", "I", "As", "At", "For", "If", "When",
];

/// Sentence ranges of a paragraph. Quotations are opaque: their inner periods never end a
/// sentence, but one that ends the quotation does when the next word starts a sentence.
pub fn sentences(body: &str, para: Range, tokens: &[Token]) -> Vec<Range> {
    let mut out = Vec::new();
    let mut start = para.start;
    for (i, t) in tokens.iter().enumerate() {
        let ends = match t.text(body) {
            "." | "!" | "?" => true,
            w if t.is_word() && w.ends_with('.') => true,
            _ => false,
        };
        if !ends {
            continue;
        }
        // Skip closing marks and brackets after the stop.
        let mut k = i + 1;
        while k < tokens.len()
            && tokens[k].kind == TokenKind::Punct
            && is_closer(tokens[k].text(body))
        {
            k += 1;
        }
        if t.quoted && !(k > i + 1 || tokens.get(i + 1).is_none_or(|n| !n.quoted)) {
            continue;
        }
        let Some(next) = tokens.get(k) else { continue };
        if next.quoted && t.quoted {
            continue;
        }
        // "“Build the wall!” Trump said.": the attribution belongs to the quotation's sentence.
        // Not when the quotation has its own cue before it: "Pike said, “Not again.” Reed
        // said ..." is two sentences.
        if t.quoted
            && k > i + 1
            && attribution_follows(body, &tokens[k..])
            && !cue_before_quotation(body, &tokens[..=i])
        {
            continue;
        }
        let nt = next.text(body);
        let first = nt.chars().next().unwrap_or(' ');
        let starts =
            first.is_uppercase() || first.is_ascii_digit() || super::quotes::is_quote_mark(first);
        if !starts {
            continue;
        }
        if t.is_word() {
            let w = t.text(body);
            let stem = w.trim_end_matches('.').to_lowercase();
            let initials = stem.contains('.') || stem.chars().count() == 1;
            if (ABBREVIATIONS.contains(&stem.as_str()) || initials)
                && !SENTENCE_STARTERS.contains(&nt)
            {
                continue;
            }
        }
        let end = tokens[k - 1].end;
        if end > start {
            out.push(Range::new(start, end));
        }
        start = next.start;
    }
    if para.end > start {
        out.push(Range::new(start, para.end));
    }
    out
}

/// Whether the quotation that the last of `tokens` closes opens right after a cue and its
/// comma or colon ("Pike said, “Not again.”", "Pike sighed: “Not again.”").
fn cue_before_quotation(body: &str, tokens: &[Token]) -> bool {
    let Some(open) = tokens.iter().rposition(|t| !t.quoted) else {
        return false;
    };
    let before = &tokens[..=open];
    let marks = before
        .iter()
        .rev()
        .take_while(|t| !t.is_word())
        .take(3)
        .count();
    let separated = before[before.len() - marks..]
        .iter()
        .any(|t| matches!(t.text(body), "," | ":"));
    separated
        && before
            .len()
            .checked_sub(marks + 1)
            .is_some_and(|w| is_plain_cue(before[w].text(body)))
}

/// A one-word cue that is never a noun ("said", "sighed"; not "claims").
fn is_plain_cue(w: &str) -> bool {
    super::lexicon::CUES
        .iter()
        .any(|c| c.words.len() == 1 && !c.risky && c.words[0] == w)
}

/// Whether the next few words, before any punctuation, hold a cue ("Trump said", "asked Sanders").
fn attribution_follows(body: &str, tokens: &[Token]) -> bool {
    tokens
        .iter()
        .take(6)
        .take_while(|t| t.is_word() && !t.quoted)
        .any(|t| is_plain_cue(t.text(body)))
}

fn is_closer(s: &str) -> bool {
    matches!(s, "\"" | "”" | "»" | ")" | "]" | "’" | "'")
}

/// Maps byte offsets of one text to code-point offsets, for the offsets asked for only.
pub struct CharIndex {
    /// (byte offset, code points before it), sorted by byte offset.
    known: Vec<(usize, usize)>,
}

impl CharIndex {
    /// Counts code points once along the text, stopping at each of `bytes` (char boundaries).
    pub fn new(text: &str, mut bytes: Vec<usize>) -> Self {
        bytes.sort_unstable();
        bytes.dedup();
        let mut known = Vec::with_capacity(bytes.len());
        let (mut pos, mut count) = (0, 0);
        for b in bytes {
            count += text[pos..b].chars().count();
            pos = b;
            known.push((b, count));
        }
        CharIndex { known }
    }

    /// Code points before byte offset `byte`, which must be one of those given to `new`.
    pub fn chars(&self, byte: usize) -> usize {
        let i = self
            .known
            .binary_search_by_key(&byte, |k| k.0)
            .expect("offset given to CharIndex::new");
        self.known[i].1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_split_paragraphs_counted_from_the_title() {
        let body = "Title\n\nFirst para.\n\n\nSecond para.\n";
        let p = paragraphs(body);
        assert_eq!(p.len(), 3);
        assert_eq!(&body[p[1].range.start..p[1].range.end], "First para.");
        assert_eq!(&body[p[2].range.start..p[2].range.end], "Second para.");
        assert_eq!((p[0].index, p[2].index), (1, 3));
    }

    fn texts(body: &str) -> Vec<&str> {
        paragraphs(body)
            .iter()
            .map(|p| &body[p.range.start..p.range.end])
            .collect()
    }

    #[test]
    fn short_lines_not_ending_sentences_are_one_hard_wrapped_paragraph() {
        let body =
            "Title\n\nThe mayor said the bridge\nwould open in May.\nShe added that\nit was late.";
        assert_eq!(
            texts(body)[1],
            "The mayor said the bridge\nwould open in May.\nShe added that\nit was late."
        );
    }

    #[test]
    fn long_lines_stay_paragraphs_though_one_line_lacks_a_stop() {
        let long = "The council met on Tuesday evening to hear residents who had come to argue";
        let body = format!(
            "Title\n\nLive Updates From The Council Meeting\n\"We want the bridge now, and we want it built by people from this town,\" Ada Lurk said. \"And we want it cheap.\"\nPell Dorn said he {long} against the plan\n{long} for it.\n"
        );
        let got = texts(&body);
        assert_eq!(got[1], "Live Updates From The Council Meeting");
        assert!(got[2].starts_with("\"We want") && got[2].ends_with("cheap.\""));
        assert!(got[3].starts_with("Pell Dorn") && got[3].ends_with("for it."));
        assert_eq!(got.len(), 4);
    }

    #[test]
    fn boilerplate_is_recognised() {
        assert!(is_boilerplate("Join the newsletter!"));
        assert!(is_boilerplate("Tags regulationChinadistribution"));
        assert!(is_boilerplate("发表回复"));
        assert!(is_boilerplate("  • Print"));
        assert!(is_boilerplate(
            "FILE PHOTO: Senator Ted Cruz speaks with reporters on Capitol Hill in Washington, \
             U.S., July 28, 2017. REUTERS/Aaron P. Bernstein/File Photo"
        ));
        assert!(is_boilerplate(
            "FILE - In this Jan. 5, 2016 file photo, Sen. Ted Cruz says he will win."
        ));
        assert!(!is_boilerplate("The group said that it would sue."));
    }

    #[test]
    fn abbreviations_keep_their_period_and_do_not_end_sentences() {
        let body = "X\n\nThe U.S. said no. Mr. Smith agreed.";
        let para = paragraphs(body)[1].range;
        let toks = tokenize(body, para, &[]);
        let words: Vec<&str> = toks.iter().map(|t| t.text(body)).collect();
        assert_eq!(
            words,
            ["The", "U.S.", "said", "no", ".", "Mr.", "Smith", "agreed", "."]
        );
        let s = sentences(body, para, &toks);
        assert_eq!(s.len(), 2);
        assert_eq!(&body[s[1].start..s[1].end], "Mr. Smith agreed.");
    }

    #[test]
    fn char_index_counts_code_points() {
        let t = "a’b";
        let ci = CharIndex::new(t, vec![5, 0, 4, 1]);
        assert_eq!(ci.chars(0), 0);
        assert_eq!(ci.chars(1), 1);
        assert_eq!(ci.chars(4), 2);
        assert_eq!(ci.chars(5), 3);
    }
}
