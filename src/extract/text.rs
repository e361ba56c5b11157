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
}

/// Splits the body into paragraphs. The first non-empty line is the title and is left out.
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
    let mut title_seen = false;
    for block in blocks {
        // Lines that each end a sentence are paragraphs of their own; otherwise the block is
        // one hard-wrapped paragraph.
        let each_line = block.len() == 1 || block.iter().all(|l| ends_sentence(&body[l.start..l.end]));
        let ranges: Vec<Range> = if each_line {
            block
        } else {
            vec![Range::new(block[0].start, block[block.len() - 1].end)]
        };
        for r in ranges {
            let r = trim_range(body, r);
            if r.len() == 0 {
                continue;
            }
            if !title_seen {
                title_seen = true;
                continue;
            }
            let index = out.len();
            out.push(Paragraph { range: r, index, boilerplate: is_boilerplate(&body[r.start..r.end]) });
        }
    }
    out
}

fn ends_sentence(line: &str) -> bool {
    matches!(line.trim_end().chars().last(), Some('.' | '!' | '?' | '"' | '”' | ':' | ')'))
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
    let lower = para.trim().trim_start_matches(['•', '*', '-', '·', ' ', '\u{a0}']).to_lowercase();
    if BOILERPLATE_LINES.contains(&lower.as_str()) || BOILERPLATE_STARTS.iter().any(|s| lower.starts_with(s)) {
        return true;
    }
    if BOILERPLATE_PHRASES.iter().any(|p| lower.contains(p)) {
        return true;
    }
    if para.trim_start().starts_with('•') {
        return true;
    }
    let letters = para.chars().filter(|c| c.is_alphabetic()).count();
    let latin = para.chars().filter(|c| c.is_ascii_alphabetic()).count();
    if letters > 0 && latin * 2 < letters {
        return true;
    }
    // Captions, headings and navigation: short, no sentence end, no quotation.
    let words = para.split_whitespace().count();
    let has_quote = para.chars().any(super::quotes::is_quote_mark);
    words <= 12 && !has_quote && !matches!(para.trim_end().chars().last(), Some('.' | '!' | '?'))
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
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (off, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let start = range.start + off;
        if is_word_char(c) {
            let mut j = i + 1;
            while j < chars.len() {
                let cj = chars[j].1;
                if is_word_char(cj) {
                    j += 1;
                } else if matches!(cj, '\'' | '’' | '-' | '.' | '&' | '‑')
                    && j + 1 < chars.len()
                    && is_word_char(chars[j + 1].1)
                {
                    j += 2;
                } else {
                    break;
                }
            }
            let mut end_off = if j < chars.len() { chars[j].0 } else { text.len() };
            // "U.S." and "Mr." keep their final period.
            if j < chars.len() && chars[j].1 == '.' {
                let w = &text[off..end_off];
                let lower = w.to_lowercase();
                let initials = w.contains('.') || (w.len() == 1 && w.chars().all(|c| c.is_uppercase()));
                if initials || ABBREVIATIONS.contains(&lower.as_str()) {
                    end_off += 1;
                    j += 1;
                }
            }
            out.push(Token { start, end: range.start + end_off, kind: TokenKind::Word, quoted: false });
            i = j;
        } else {
            let end = start + c.len_utf8();
            out.push(Token { start, end, kind: TokenKind::Punct, quoted: false });
            i += 1;
        }
    }
    for t in &mut out {
        t.quoted = quoted.iter().any(|q| q.start <= t.start && t.end <= q.end);
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
        while k < tokens.len() && tokens[k].kind == TokenKind::Punct && is_closer(tokens[k].text(body)) {
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
        if t.quoted && k > i + 1 && attribution_follows(body, &tokens[k..]) {
            continue;
        }
        let nt = next.text(body);
        let first = nt.chars().next().unwrap_or(' ');
        let starts = first.is_uppercase() || first.is_ascii_digit() || super::quotes::is_quote_mark(first);
        if !starts {
            continue;
        }
        if t.is_word() {
            let w = t.text(body);
            let stem = w.trim_end_matches('.').to_lowercase();
            let initials = stem.contains('.') || stem.chars().count() == 1;
            if (ABBREVIATIONS.contains(&stem.as_str()) || initials) && !SENTENCE_STARTERS.contains(&nt) {
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

/// Whether the next few words, before any punctuation, hold a cue ("Trump said", "asked Sanders").
fn attribution_follows(body: &str, tokens: &[Token]) -> bool {
    tokens
        .iter()
        .take(6)
        .take_while(|t| t.is_word() && !t.quoted)
        .any(|t| {
            let w = t.text(body);
            super::lexicon::CUES.iter().any(|c| c.words.len() == 1 && !c.risky && c.words[0] == w)
        })
}

fn is_closer(s: &str) -> bool {
    matches!(s, "\"" | "”" | "»" | ")" | "]" | "’" | "'")
}

/// Maps byte offsets of one text to code-point offsets.
pub struct CharIndex {
    /// Code points before each byte offset that starts a char, and at the end.
    prefix: Vec<u32>,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let mut prefix = vec![0u32; text.len() + 1];
        let mut count = 0u32;
        let bytes = text.as_bytes();
        for (i, slot) in prefix.iter_mut().enumerate().take(text.len()) {
            *slot = count;
            // Count a char at its first byte (not a UTF-8 continuation byte).
            if bytes[i] & 0xC0 != 0x80 {
                count += 1;
            }
        }
        prefix[text.len()] = count;
        CharIndex { prefix }
    }

    /// Code points before byte offset `byte` (which must be a char boundary).
    pub fn chars(&self, byte: usize) -> usize {
        self.prefix[byte] as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_is_not_a_paragraph_and_blank_lines_split() {
        let body = "Title\n\nFirst para.\n\n\nSecond para.\n";
        let p = paragraphs(body);
        assert_eq!(p.len(), 2);
        assert_eq!(&body[p[0].range.start..p[0].range.end], "First para.");
        assert_eq!(&body[p[1].range.start..p[1].range.end], "Second para.");
    }

    #[test]
    fn boilerplate_is_recognised() {
        assert!(is_boilerplate("Join the newsletter!"));
        assert!(is_boilerplate("Tags regulationChinadistribution"));
        assert!(is_boilerplate("Edward Snowden"));
        assert!(is_boilerplate("发表回复"));
        assert!(is_boilerplate("  • Print"));
        assert!(!is_boilerplate("The group said that it would sue."));
    }

    #[test]
    fn abbreviations_keep_their_period_and_do_not_end_sentences() {
        let body = "X\n\nThe U.S. said no. Mr. Smith agreed.";
        let para = paragraphs(body)[0].range;
        let toks = tokenize(body, para, &[]);
        let words: Vec<&str> = toks.iter().map(|t| t.text(body)).collect();
        assert_eq!(words, ["The", "U.S.", "said", "no", ".", "Mr.", "Smith", "agreed", "."]);
        let s = sentences(body, para, &toks);
        assert_eq!(s.len(), 2);
        assert_eq!(&body[s[1].start..s[1].end], "Mr. Smith agreed.");
    }

    #[test]
    fn char_index_counts_code_points() {
        let t = "a’b";
        let ci = CharIndex::new(t);
        assert_eq!(ci.chars(0), 0);
        assert_eq!(ci.chars(1), 1);
        assert_eq!(ci.chars(4), 2);
        assert_eq!(ci.chars(5), 3);
    }
}
