//! Attribution: in each sentence, the cues ("said", "according to", "was quoted as saying"),
//! who they name, and the words they report. Quotations take the speaker of the nearest cue.

use super::lexicon::{
    Cue, AUXILIARIES, CUES, DETERMINERS, NP_STOP, ORG_NOUNS, PERSON_NOUNS, PRONOUNS, TERM_MARKERS,
};
use super::quotes::Quote;
use super::speakers::{Registry, Resolved};
use super::text::{Range, Token, TokenKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatementKind {
    Direct,
    Partial,
    Indirect,
}

/// A statement found in the text, offsets in bytes.
#[derive(Debug, Clone)]
pub struct Found {
    pub kind: StatementKind,
    pub words: Range,
    pub speaker: Option<String>,
    pub speaker_is_person: bool,
    pub mention: Option<Range>,
    pub role: Option<String>,
    pub cue: Option<String>,
    pub via: Option<String>,
    pub venue: Option<String>,
    pub paragraph: usize,
}

/// An attribution cue with the speaker it names.
#[derive(Debug, Clone)]
struct Frame {
    cue_start: usize, // token index
    cue_end: usize,
    /// Token range of the speaker's noun phrase (may be empty).
    np: (usize, usize),
    role_np: Option<(usize, usize)>,
    according: bool,
    citing_via: Option<(usize, usize)>,
    /// Where the frame's words (speaker, cue, venue) begin and end, as token indices.
    span: (usize, usize),
    content: Option<Range>,
    venue: Option<Range>,
    speaker: Resolved,
    via: Option<String>,
    /// The reported words after a mid-sentence attribution ("X, sources said, Y").
    content_after: Option<Range>,
    /// A byline after a quotation: "“...” ― Adriana Rodarte".
    byline: bool,
    /// A sentence that leads into a quotation without a cue ("McConnell delivered a blunt
    /// message: “...”"): it attributes the quotation, and reports nothing itself.
    lead_in: bool,
}

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "tonight",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const VENUE_STARTS: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "via",
    "from",
    "before",
    "after",
    "late",
    "earlier",
    "last",
    "this",
    "on",
    "when",
    "while",
    "through",
    "over",
    "recently",
    "previously",
    "later",
    "told",
    "yesterday",
    "today",
    "tonight",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "as",
    "afterward",
    "afterwards",
    "repeatedly",
    "then",
];

fn lower(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_lowercase()
    } else {
        s.to_lowercase()
    }
}

struct Sentence<'a> {
    body: &'a str,
    toks: &'a [Token],
    /// The paragraph's tokens in lowercase, one after another, computed once per paragraph...
    lower: &'a str,
    /// ...and where each of this sentence's tokens starts in it (one more for the end).
    lower_at: &'a [usize],
    /// A headline in title case: capitalised cue words count.
    title_case: bool,
    /// The article's title or a headline within it: "Trump: I will win" attributes.
    headline: bool,
}

impl<'a> Sentence<'a> {
    fn w(&self, i: usize) -> &'a str {
        self.toks[i].text(self.body)
    }
    fn lw(&self, i: usize) -> &'a str {
        &self.lower[self.lower_at[i]..self.lower_at[i + 1]]
    }
    fn is_word(&self, i: usize) -> bool {
        self.toks[i].kind == TokenKind::Word && !self.toks[i].quoted
    }
    fn is_punct(&self, i: usize, set: &[&str]) -> bool {
        self.toks[i].kind == TokenKind::Punct && set.contains(&self.w(i))
    }
    /// A quotation mark (including each half of a '' mark).
    fn is_mark(&self, i: usize) -> bool {
        self.is_punct(i, &["”", "\"", "“", "»", "«", "„", "'"])
    }
    fn range(&self, a: usize, b: usize) -> Range {
        Range::new(self.toks[a].start, self.toks[b - 1].end)
    }
    fn words_between(&self, a: usize, b: usize) -> usize {
        (a..b)
            .filter(|&i| self.toks[i].kind == TokenKind::Word)
            .count()
    }
}

fn match_cue(s: &Sentence, i: usize) -> Option<&'static Cue> {
    // A capitalised cue word is a name ("the United States") unless it opens the sentence.
    if i > 0 && !s.title_case && s.w(i).chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    cues_starting_with(s.lw(i))?.iter().copied().find(|c| {
        c.words
            .iter()
            .enumerate()
            .all(|(k, w)| i + k < s.toks.len() && s.is_word(i + k) && s.lw(i + k) == *w)
    })
}

/// The cues that begin with `word`, longest first.
fn cues_starting_with(word: &str) -> Option<&'static Vec<&'static Cue>> {
    type Index = std::collections::HashMap<
        &'static str,
        Vec<&'static Cue>,
        std::hash::BuildHasherDefault<super::lexicon::Fnv>,
    >;
    static INDEX: std::sync::OnceLock<Index> = std::sync::OnceLock::new();
    INDEX
        .get_or_init(|| {
            let mut m: Index = Index::default();
            for c in CUES {
                m.entry(c.words[0]).or_default().push(c);
            }
            for v in m.values_mut() {
                v.sort_by_key(|c| std::cmp::Reverse(c.words.len()));
            }
            m
        })
        .get(word)
}

/// The speaker and role before the comma at `comma`, from comma-separated segments:
/// "NAME, ROLE[, MORE ROLE]," ("Matthew Prince, chief executive of CloudFlare, a San
/// Francisco company, said") or "DESCRIPTION, NAME," ("The F.B.I. director, James B. Comey,
/// said").
fn apposition(s: &Sentence, comma: usize) -> Option<((usize, usize), (usize, usize))> {
    let mut segments: Vec<(usize, usize)> = Vec::new(); // nearest the cue first
    let mut end = comma;
    loop {
        let start = (0..end)
            .rev()
            .find(|&k| {
                s.is_punct(k, &[",", ";", "—", "–", ":"]) || s.toks[k].quoted || s.is_mark(k)
            })
            .map_or(0, |k| k + 1);
        if start >= end || end - start > 30 {
            return None;
        }
        let words_from = if start < end && s.is_word(start) && ["and", "but"].contains(&s.lw(start))
        {
            start + 1
        } else {
            start
        };
        segments.push((words_from, end));
        if start == 0 || !s.is_punct(start - 1, &[",", "—", "–"]) || segments.len() == 4 {
            break;
        }
        end = start - 1;
    }
    if segments.len() < 2 {
        return None;
    }
    // A name, perhaps with a party tag: "Rep. Sander M. Levin (Mich.)".
    let name_of = |(a, b): (usize, usize)| -> Option<(usize, usize)> {
        let b = (a..b).find(|&k| s.is_punct(k, &["("])).unwrap_or(b);
        let ok = b > a
            && b - a <= 8
            && s.w(a).chars().next().is_some_and(char::is_uppercase)
            && s.w(b - 1).chars().next().is_some_and(char::is_uppercase)
            && (a..b).all(|k| {
                s.is_word(k)
                    && (s.w(k).chars().next().is_some_and(char::is_uppercase)
                        || ["of", "de", "van", "von", "al", "the"].contains(&s.w(k)))
            });
        ok.then_some((a, b))
    };
    // A description that can be a subject: "The former governor", "Legislative leaders in North Carolina".
    let described = |(a, b): (usize, usize)| {
        let counted =
            (a..b).any(|k| s.w(k).chars().any(|c| c.is_ascii_digit()) || s.lw(k) == "percent");
        b - a <= 8
            && s.is_word(a)
            && (counted
                || s.w(a).chars().next().is_some_and(char::is_uppercase)
                || ["the", "a", "an"].contains(&s.lw(a)))
            && !VENUE_STARTS.contains(&s.lw(a))
            && ![
                "even", "if", "when", "while", "although", "though", "because", "since", "unless",
                "until", "once", "whether",
            ]
            .contains(&s.lw(a))
            && ![
                "but", "and", "so", "if", "when", "while", "as", "although", "because",
            ]
            .contains(&s.lw(a))
    };
    const ASIDES: &[&str] = &[
        "for",
        "however",
        "though",
        "too",
        "in",
        "meanwhile",
        "also",
        "then",
        "who",
    ];
    let role_of =
        |(a, b): (usize, usize)| (!ASIDES.contains(&s.lw(a)) || s.lw(a) == "who").then_some((a, b));
    let no_role = (comma, comma);
    // The name nearest the cue speaks: "Steve Coll, the dean of the journalism school, said";
    // "The F.B.I. director, James B. Comey, said".
    if let Some(k) = (0..segments.len()).find(|&k| name_of(segments[k]).is_some()) {
        let name = name_of(segments[k]).expect("found");
        if k > 0 {
            return Some((name, role_of((segments[k - 1].0, comma)).unwrap_or(no_role)));
        }
        let before = segments[1];
        let role = (described(before) && name_of(before).is_none()).then_some(before);
        return Some((name, role.unwrap_or(no_role)));
    }
    // Otherwise a description opens it: "The former governor, who dropped his bid, noted".
    let farthest = *segments.last().expect("two or more");
    described(farthest).then_some(())?;
    let role_start = segments[segments.len() - 2].0;
    Some((farthest, role_of((role_start, comma)).unwrap_or(no_role)))
}

/// Any verb in the place of a cue right after a quotation: "“...,” she quipped.",
/// "“...?” asked Sanders."
fn after_quote_verb(s: &Sentence, i: usize) -> Option<&'static Cue> {
    static ANY: Cue = Cue {
        words: &["*"],
        risky: false,
    };
    let w = s.w(i);
    let verb_like = w.chars().all(|c| c.is_lowercase() || c == '-')
        && (w.ends_with("ed")
            || w.ends_with("es")
            || ["wrote", "spoke", "sang", "put", "shot", "fired"].contains(&w))
        && !NP_STOP.has(w);
    if !verb_like {
        return None;
    }
    let after_quote = |k: usize| {
        k > 0
            && (s.toks[k - 1].quoted
                || s.is_mark(k - 1)
                || s.is_punct(k - 1, &[","]) && k > 1 && s.is_mark(k - 2))
    };
    let ends = i + 1 >= s.toks.len() || !s.is_word(i + 1) || VENUE_STARTS.contains(&s.lw(i + 1));
    // "“...,” VERB Name"
    if after_quote(i)
        && i + 1 < s.toks.len()
        && s.w(i + 1).chars().next().is_some_and(char::is_uppercase)
    {
        return Some(&ANY);
    }
    // "“...,” Name VERB.": a quotation within the five words before.
    if !ends || !(i.saturating_sub(6)..i).any(|k| s.toks[k].quoted || s.is_mark(k)) {
        return None;
    }
    let np = np_backward(s, i);
    (ends && np.0 < np.1 && np.1 - np.0 <= 4 && after_quote(np.0) && is_subject_like(s, np))
        .then_some(&ANY)
}

/// An adverb by its ending ("loudly"), not one of the nouns that end alike ("rally").
fn is_adverb(w: &str) -> bool {
    const NOUNS: &[&str] = &[
        "rally",
        "ally",
        "family",
        "assembly",
        "supply",
        "monopoly",
        "anomaly",
        "italy",
        "july",
        "daily",
        "weekly",
        "monthly",
        "quarterly",
        "belly",
        "bully",
        "jelly",
        "lily",
        "folly",
        "homily",
        "reply",
    ];
    w.len() > 4 && w.ends_with("ly") && !NOUNS.contains(&w)
}

/// Collects a noun phrase backwards from token `end` (exclusive).
fn np_backward(s: &Sentence, end: usize) -> (usize, usize) {
    let mut a = end;
    while a > 0 && a + 10 > end {
        let i = a - 1;
        if !s.is_word(i) {
            break;
        }
        let lw = s.lw(i);
        if PRONOUNS.has(lw) || lw == "which" {
            if a == end {
                a = i;
            }
            break;
        }
        if WEEKDAYS.contains(&lw)
            || a == end && is_adverb(lw) && s.w(i).starts_with(char::is_lowercase)
        {
            break;
        }
        let connector = ["of", "in", "for", "and", "&", "at", "on"].contains(&lw)
            && a < end
            && s.w(a).chars().next().is_some_and(|c| c.is_uppercase())
            && i > 0
            && s.is_word(i - 1)
            && (s.w(i - 1).chars().next().is_some_and(|c| c.is_uppercase())
                || super::lexicon::PERSON_NOUNS.has(s.lw(i - 1)));
        if NP_STOP.has(lw) && !connector && !(lw == "this" && a == end) {
            break;
        }
        a = i;
    }
    // Start at the last determiner that is not inside a name ("Last year the group" -> "the group").
    for k in (a + 1..end).rev() {
        if ["the", "a", "an"].contains(&s.lw(k))
            && !["of", "in", "for", "at", "on"].contains(&s.lw(k - 1))
        {
            a = k;
            break;
        }
    }
    (a, end)
}

/// Collects a noun phrase forwards from token `start`, stopping before a venue ("in a news
/// briefing") or punctuation.
fn np_forward(s: &Sentence, start: usize) -> (usize, usize) {
    let mut b = start;
    while b < s.toks.len() && b < start + 10 {
        if !s.is_word(b) {
            break;
        }
        let lw = s.lw(b);
        if PRONOUNS.has(lw) {
            if b == start {
                b += 1;
            }
            break;
        }
        let connector = ["of", "in", "for", "and", "&", "at", "on"].contains(&lw)
            && b > start
            && b + 1 < s.toks.len()
            && s.is_word(b + 1)
            && (s.w(b + 1).chars().next().is_some_and(|c| c.is_uppercase())
                || s.lw(b + 1) == "the"
                    && b + 2 < s.toks.len()
                    && s.w(b + 2).chars().next().is_some_and(|c| c.is_uppercase()))
            && s.w(b - 1)
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || super::lexicon::PERSON_NOUNS.has(s.lw(b - 1)));
        let det_ok = ["the", "a", "an"].contains(&lw);
        if (NP_STOP.has(lw) && !connector && !det_ok) || WEEKDAYS.contains(&lw) {
            break;
        }
        if connector && lw != "and" && lw != "&" {
            b += 1; // the next word continues the name
        }
        b += 1;
    }
    (start, b.min(s.toks.len()))
}

fn is_subject_like(s: &Sentence, np: (usize, usize)) -> bool {
    if np.0 >= np.1 {
        return false;
    }
    if [
        "some",
        "many",
        "most",
        "several",
        "two",
        "three",
        "both",
        "other",
        "others",
        "few",
        "all",
        "half",
        "majority",
        "two-thirds",
        "three-fourths",
        "three-quarters",
        "surveyed",
        "polled",
        "interviewed",
        "respondents",
    ]
    .iter()
    .any(|w| s.lw(np.0) == *w || s.lw(np.1 - 1) == *w)
    {
        return true;
    }
    let last = s.lw(np.1 - 1);
    let head = last.trim_end_matches("'s").trim_end_matches("’s");
    let capital = (np.0..np.1)
        .any(|i| s.w(i).chars().next().is_some_and(|c| c.is_uppercase()) && i > 0)
        || s.w(np.1 - 1)
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase());
    let singular = head.strip_suffix('s').unwrap_or(head);
    let singular_y = head.strip_suffix("ies").map(|stem| format!("{stem}y"));
    let people = ["ists", "ers", "ians", "ors", "ants", "ents"]
        .iter()
        .any(|x| head.ends_with(x));
    PRONOUNS.has(head)
        || people
        || super::lexicon::PERSON_NOUNS.has(singular)
        || super::lexicon::ORG_NOUNS.has(singular)
        || singular_y.is_some_and(|y| {
            super::lexicon::ORG_NOUNS.has(&y) || super::lexicon::PERSON_NOUNS.has(&y)
        })
        || head.chars().any(|c| c.is_ascii_digit())
        || head == "percent"
        || ["the", "a", "an", "one", "another"].contains(&s.lw(np.0)) && np.1 - np.0 >= 2
        || capital
        || super::lexicon::PERSON_NOUNS.has(head)
        || super::lexicon::ORG_NOUNS.has(head)
}

/// Finds the cues of a sentence and the speakers they name.
fn frames(s: &Sentence) -> Vec<Frame> {
    let mut out: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < s.toks.len() {
        let Some(cue) = (if s.is_word(i) {
            match_cue(s, i).or_else(|| after_quote_verb(s, i))
        } else {
            None
        }) else {
            i += 1;
            continue;
        };
        let cue_end = i + cue.words.len();
        let first = cue.words[0];
        let according = first == "according";
        let citing = first == "citing";
        // Passive "was told", "is said": not an attribution by the subject.
        if i > 0
            && s.is_word(i - 1)
            && ["was", "were", "been", "being", "is", "be"].contains(&s.lw(i - 1))
            && cue.words.len() == 1
        {
            i = cue_end;
            continue;
        }
        let mut frame = Frame {
            cue_start: i,
            cue_end,
            np: (i, i),
            role_np: None,
            according,
            citing_via: None,
            span: (i, cue_end),
            content: None,
            venue: None,
            speaker: Resolved::default(),
            via: None,
            content_after: None,
            byline: false,
            lead_in: false,
        };
        if according || citing {
            let np = np_forward(s, cue_end);
            if np.0 == np.1 {
                i = cue_end;
                continue;
            }
            frame.np = np;
            frame.span = (i, np.1);
            if citing && i >= 2 && s.is_punct(i - 1, &[","]) {
                let via = np_backward(s, i - 1);
                if via.0 < via.1 {
                    frame.citing_via = Some(via);
                    frame.span.0 = via.0;
                }
            }
            out.push(frame);
            i = cue_end;
            continue;
        }
        // Subject before the cue, past auxiliaries and adverbs.
        if first.ends_with("ing") && i > 0 && s.is_punct(i - 1, &[","]) {
            // "..., she said, adding that ...": the same speaker goes on; with no cue before,
            // the sentence's subject ("Clinton celebrated ..., saying ...").
            let np = out
                .last()
                .map(|prev| prev.np)
                .or_else(|| sentence_subject(s, i));
            if let Some(np) = np {
                frame.np = np;
                frame.role_np = out.last().and_then(|prev| prev.role_np);
                out.push(frame);
                i = cue_end;
                continue;
            }
        }
        let mut j = i;
        loop {
            // Lowercase only: "Will wrote" names Will.
            let lower_word = |k: usize| s.is_word(k) && s.w(k).starts_with(char::is_lowercase);
            if j > 0
                && lower_word(j - 1)
                && (AUXILIARIES.has(s.lw(j - 1)) || is_adverb(s.lw(j - 1)))
            {
                j -= 1;
            } else if j > 1
                && s.is_word(j - 1)
                && WEEKDAYS.contains(&s.lw(j - 1))
                && s.is_word(j - 2)
                && !["on", "last", "this"].contains(&s.lw(j - 2))
                && !NP_STOP.has(s.lw(j - 2))
            {
                // "Clinton Tuesday said ..."
                j -= 1;
            } else if j > 1
                && s.is_word(j - 1)
                && WEEKDAYS.contains(&s.lw(j - 1))
                && ["on", "last", "this"].contains(&s.lw(j - 2))
            {
                // "Two House committees on Monday asked ..."
                j -= 2;
            } else {
                break;
            }
        }
        // A party tag or aside between name and cue: "Sen. Ted Cruz (R-Tex.) said",
        // "Sen. Jack Reed (D-R.I.), said".
        if j > 3 && s.is_punct(j - 1, &[","]) && s.is_punct(j - 2, &[")"]) {
            j -= 1;
        }
        if j > 2 && s.is_punct(j - 1, &[")"]) {
            if let Some(open) = (j.saturating_sub(10)..j - 1)
                .rev()
                .find(|&k| s.is_punct(k, &["("]))
            {
                j = open;
            }
        }
        let mut np = np_backward(s, j);
        if np.0 < np.1 && (np.1 - np.0 == 1) && ["who", "which"].contains(&s.lw(np.0)) {
            // "Chinese officials, who deny ...": the relative's antecedent.
            if np.0 >= 2 && s.is_punct(np.0 - 1, &[","]) {
                np = np_backward(s, np.0 - 1);
            } else if np.0 >= 1 && s.is_word(np.0 - 1) {
                // "teachers who said ...": the noun right before.
                np = np_backward(s, np.0);
            } else {
                np = (np.0, np.0);
            }
        }
        let mut set_off = false;
        // "..., said DeSantis, who ..." is inverted, not an apposition before the cue.
        let inverted_next = || {
            let np = np_forward(s, cue_end);
            let ends = np.1 >= s.toks.len() || s.is_punct(np.1, &[".", "!", "?"]);
            let role_follows = np.1 + 1 < s.toks.len()
                && s.is_punct(np.1, &[","])
                && ["who", "a", "an", "the", "whose"].contains(&s.lw(np.1 + 1));
            np.0 < np.1
                && s.w(np.0).chars().next().is_some_and(char::is_uppercase)
                && (ends || role_follows)
        };
        if np.0 == np.1 && j > 0 && s.is_punct(j - 1, &[",", "—", "–"]) && !inverted_next() {
            // Apposition: "Jiang Jun, the office's spokesman, said", "Matthew Prince, chief
            // executive of CloudFlare, a San Francisco company, said".
            if let Some((name, role)) = apposition(s, j - 1) {
                np = name;
                frame.role_np = (role.0 < role.1).then_some(role);
                set_off = true;
            }
        }
        // "26% say": a share of people.
        if np.0 == np.1
            && j > 1
            && s.is_punct(j - 1, &["%"])
            && s.w(j - 2).chars().all(|c| c.is_ascii_digit() || c == '.')
        {
            np = (j - 2, j - 1);
            set_off = true;
        }
        let then_that = cue_end < s.toks.len() && s.is_word(cue_end) && s.lw(cue_end) == "that";
        // "other large states like ...": a quantifier alone is no subject for a noun-like cue.
        let noun_like =
            cue.risky && cue.words.len() == 1 && first.ends_with('s') && first != "says";
        let adjectives_only = noun_like
            && (np.0..np.1).all(|k| {
                s.w(k).starts_with(char::is_lowercase)
                    && !PERSON_NOUNS.has(s.lw(k))
                    && !ORG_NOUNS.has(s.lw(k))
                    && !PRONOUNS.has(s.lw(k))
            });
        // A subject set off by commas before the cue is a subject for sure.
        let risky_ok = !cue.risky
            || then_that
            || set_off
            || (!adjectives_only && j == i && np.0 < np.1 && is_subject_like(s, np));
        // A lone determiner is no subject ("a proposed law").
        let np_has_noun = (np.0..np.1).any(|k| !DETERMINERS.has(s.lw(k)));
        if np.0 < np.1 && np_has_noun && risky_ok {
            frame.np = np;
            frame.span = (np.0, cue_end);
        } else if (!cue.risky || i > 0 && s.is_punct(i - 1, &[","]) && first.starts_with("say"))
            && (i == 0
                || s.is_punct(i - 1, &[",", "—", "–", "-"])
                || s.is_mark(i - 1)
                || s.toks[i - 1].quoted)
        {
            // Inverted: "..., said Jiang Jun, the Internet office's spokesman."
            let np = np_forward(s, cue_end);
            let named = (np.0..np.1).any(|k| {
                s.w(k)
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            }) || ["the", "a", "an", "one", "another"]
                .contains(&s.lw(np.0.min(s.toks.len() - 1)))
                || super::lexicon::PERSON_NOUNS.has(s.lw(np.0.min(s.toks.len() - 1)));
            if np.0 < np.1 && named {
                frame.np = np;
                frame.span = (i, np.1);
                if np.1 + 1 < s.toks.len() && s.is_punct(np.1, &[","]) && s.is_word(np.1 + 1) {
                    // The apposition runs to the next comma or the end of the sentence.
                    let end = (np.1 + 1..s.toks.len())
                        .find(|&k| !s.is_word(k) && !s.is_punct(k, &["(", ")", "-", "'", "’"]))
                        .unwrap_or(s.toks.len());
                    let role = (np.1 + 1, end);
                    let lw = s.lw(np.1 + 1);
                    let described = !s.w(np.1 - 1).chars().next().is_some_and(char::is_uppercase);
                    let then_named = s.w(np.1 + 1).chars().next().is_some_and(char::is_uppercase)
                        && end - (np.1 + 1) <= 5;
                    if described && then_named {
                        // "said the company's chief executive, John J. Ferriola": the name speaks.
                        frame.role_np = Some(np);
                        frame.np = role;
                        frame.span.1 = role.1;
                    } else if ["the", "a", "an"].contains(&lw)
                        || s.w(np.1 + 1).chars().next().is_some_and(char::is_lowercase)
                    {
                        frame.role_np = Some(role);
                        frame.span.1 = role.1;
                    }
                }
            } else {
                i = cue_end;
                continue;
            }
        } else if i > 0
            && s.is_word(i - 1)
            && ["and", "but"].contains(&s.lw(i - 1))
            && (!out.is_empty() || sentence_subject(s, i).is_some())
        {
            // "China denied the accusation and complained ...": the same subject, or the
            // sentence's subject when the first verb is no cue.
            match out.last() {
                Some(prev) => {
                    frame.np = prev.np;
                    frame.role_np = prev.role_np;
                }
                None => frame.np = sentence_subject(s, i).expect("checked"),
            }
            frame.span = (i - 1, cue_end);
        } else {
            i = cue_end;
            continue;
        }
        out.push(frame);
        i = cue_end;
    }
    out.extend(bylines(s));
    if out.is_empty() {
        out.extend(headline_colon(s));
    }
    if out.is_empty() {
        out.extend(lead_in(s));
    }
    out.sort_by_key(|f| f.span.0);
    out
}

/// "Rush Limbaugh: Hillary Asking Moderator To Fact Check Trump": in a headline, a name
/// before a colon says what follows it.
fn headline_colon(s: &Sentence) -> Option<Frame> {
    if !s.headline {
        return None;
    }
    let colon = (1..s.toks.len().min(7)).find(|&k| s.is_punct(k, &[":"]))?;
    let named =
        (0..colon).all(|k| s.is_word(k) && s.w(k).chars().next().is_some_and(char::is_uppercase));
    if !named || colon + 2 >= s.toks.len() {
        return None;
    }
    Some(Frame {
        cue_start: colon,
        cue_end: colon + 1,
        np: (0, colon),
        role_np: None,
        according: false,
        citing_via: None,
        span: (0, colon + 1),
        content: None,
        venue: None,
        speaker: Resolved::default(),
        via: None,
        content_after: None,
        byline: false,
        lead_in: false,
    })
}

/// "“...” ― Adriana Rodarte": a dash and a name right after a quotation's closing mark.
fn bylines(s: &Sentence) -> Vec<Frame> {
    let mut out = Vec::new();
    for i in 1..s.toks.len() {
        if !(s.is_punct(i, &["―", "—", "–", "-"]) && s.is_mark(i - 1) && !s.toks[i - 1].quoted)
        {
            continue;
        }
        let mut a = i + 1;
        while a < s.toks.len() && s.is_punct(a, &["-", "—"]) {
            a += 1;
        }
        let mut b = a;
        while b < s.toks.len()
            && b < a + 6
            && s.is_word(b)
            && s.w(b).chars().next().is_some_and(char::is_uppercase)
        {
            b += 1;
        }
        let ends = b == s.toks.len() || !s.is_word(b);
        if b > a && ends {
            out.push(Frame {
                cue_start: i,
                cue_end: i + 1,
                np: (a, b),
                role_np: None,
                according: false,
                citing_via: None,
                span: (i, b),
                content: None,
                venue: None,
                speaker: Resolved::default(),
                via: None,
                content_after: None,
                byline: true,
                lead_in: true,
            });
        }
    }
    out
}

/// The subject that opens the sentence, before token `before`: a pronoun, or a run of
/// names and nouns ("Senate Majority Leader Mitch McConnell", "The group"), after any
/// dateline ("WASHINGTON (AP) —") or opening adverbial ("In October, ...").
fn sentence_subject(s: &Sentence, before: usize) -> Option<(usize, usize)> {
    let all_caps =
        |k: usize| s.is_word(k) && s.w(k).len() >= 3 && s.w(k).chars().all(|c| !c.is_lowercase());
    let dash = |k: usize| s.is_punct(k, &["—", "–", "-"]);
    let mut a = 0;
    if all_caps(0) {
        if let Some(mut k) = (0..before.min(15)).find(|&k| dash(k)) {
            while k < before && dash(k) {
                k += 1;
            }
            a = k;
        }
    }
    const OPENERS: &[&str] = &[
        "but",
        "and",
        "so",
        "then",
        "still",
        "yet",
        "instead",
        "meanwhile",
        "after",
        "in",
    ];
    let intro = a < before
        && s.is_word(a)
        && (VENUE_STARTS.contains(&s.lw(a)) || OPENERS.contains(&s.lw(a)) || is_adverb(s.lw(a)));
    if intro {
        a = (a..before.min(a + 25))
            .find(|&k| s.is_punct(k, &[","]))
            .map_or(before, |k| k + 1);
    }
    let mut b = a;
    while b < before && s.is_word(b) && !s.toks[b].quoted {
        let lw = s.lw(b);
        let capital = s.w(b).chars().next().is_some_and(char::is_uppercase);
        let noun = PERSON_NOUNS.has(lw)
            || ORG_NOUNS.has(lw)
            || PERSON_NOUNS.has(lw.strip_suffix('s').unwrap_or(lw));
        let connector = ["of", "the"].contains(&lw) && b > a;
        // After a determiner, any noun: "The crowd", "the ad".
        let after_determiner = b > a
            && ["the", "a", "an"].contains(&s.lw(b - 1))
            && !lw.ends_with("ed")
            && !is_adverb(lw)
            && !NP_STOP.has(lw);
        if b == a && PRONOUNS.has(lw) && lw != "who" {
            b += 1;
            break;
        }
        // A capitalised function word opens the sentence but names no one ("Not helping ...").
        let capital = capital && !NP_STOP.has(lw);
        if !(capital
            || noun
            || connector
            || after_determiner
            || b == a && ["the", "a", "an"].contains(&lw))
        {
            break;
        }
        b += 1;
    }
    // A subject ends with a name or a noun, and a verb follows it, perhaps after an
    // apposition ("Mitch McConnell, R-Ky., delivered").
    let last_ok = b > a && !["of", "the", "a", "an"].contains(&s.lw(b - 1));
    let mut verb = b;
    if verb < before && s.is_punct(verb, &[","]) {
        if let Some(close) = (verb + 1..before.min(verb + 12)).find(|&k| s.is_punct(k, &[","])) {
            verb = close + 1;
        }
    }
    let verb_ok = verb < before
        && s.is_word(verb)
        && !s.w(verb).chars().next().is_some_and(char::is_uppercase);
    (last_ok && verb_ok).then_some((a, b))
}

/// "Senate Majority Leader Mitch McConnell delivered a blunt message to Trump: “...”": with no
/// cue in the sentence, a clause that ends in a colon or comma right before a quotation gives
/// it its subject as speaker.
fn lead_in(s: &Sentence) -> Option<Frame> {
    // The quotation's opening mark, or the end of a sentence that ends in a colon (the
    // quotation is the next paragraph).
    let n = s.toks.len();
    let mark = (0..n)
        .find(|&k| s.is_mark(k) && s.toks.get(k + 1).is_some_and(|t| t.quoted))
        .or_else(|| (n >= 3 && s.is_punct(n - 1, &[":"])).then_some(n))?;
    if mark < 3 || !s.is_punct(mark - 1, &[":", ","]) {
        return None;
    }
    // "Republican pollster Daron Shaw: “...”": a name right before the colon speaks.
    if s.is_punct(mark - 1, &[":"]) {
        let np = np_backward(s, mark - 1);
        let named = np.1 >= np.0 + 2
            && (np.0..np.1).all(|k| {
                s.w(k).chars().next().is_some_and(char::is_uppercase) || PERSON_NOUNS.has(s.lw(k))
            })
            && s.w(np.1 - 1).chars().next().is_some_and(char::is_uppercase);
        if named {
            return Some(Frame {
                cue_start: mark - 1,
                cue_end: mark,
                np,
                role_np: None,
                according: false,
                citing_via: None,
                span: (np.0, mark),
                content: None,
                venue: None,
                speaker: Resolved::default(),
                via: None,
                content_after: None,
                byline: false,
                lead_in: true,
            });
        }
    }
    let (a, b) = sentence_subject(s, mark)?;
    // Then more than the subject before the quotation.
    if b >= mark - 1 {
        return None;
    }
    Some(Frame {
        cue_start: b,
        cue_end: b + 1,
        np: (a, b),
        role_np: None,
        according: false,
        citing_via: None,
        span: (a, mark - 1),
        content: None,
        venue: None,
        speaker: Resolved::default(),
        via: None,
        content_after: None,
        byline: false,
        lead_in: true,
    })
}

fn is_venue_tail(s: &Sentence, a: usize, b: usize) -> bool {
    if (a..b).any(|i| s.toks[i].quoted) {
        return false;
    }
    let mut words = (a..b)
        .filter(|&i| s.toks[i].kind == TokenKind::Word)
        .map(|i| s.lw(i));
    match words.next() {
        None => true,
        Some(first) => {
            VENUE_STARTS.contains(&first)
                && words.clone().count() < 12
                && words.all(|w| w != "that")
        }
    }
}

/// Where the reported words of each frame lie.
fn place_content(s: &Sentence, frames: &mut [Frame]) {
    let n = s.toks.len();
    let mut sentence_end = n;
    while sentence_end > 0
        && s.toks[sentence_end - 1].kind == TokenKind::Punct
        && !s.toks[sentence_end - 1].quoted
        && !s.is_mark(sentence_end - 1)
    {
        sentence_end -= 1;
    }
    for k in 0..frames.len() {
        if frames[k].lead_in {
            continue;
        }
        let prev_end = if k > 0 { frames[k - 1].span.1 } else { 0 };
        let next_start = frames[k + 1..]
            .iter()
            .find(|g| {
                let a = g.span.0;
                g.according
                    || a > 0
                        && (s.is_punct(a - 1, &[",", ";", "—", "–"])
                            || s.is_word(a - 1) && ["and", "but", "while"].contains(&s.lw(a - 1))
                            || s.toks[a - 1].quoted)
            })
            .map(|f| f.span.0)
            .unwrap_or(sentence_end);
        let f = &frames[k];
        let (a, b) = f.span;
        let mut tail_end = next_start.max(b);
        if let Some(q) = (b..tail_end).find(|&i| {
            s.toks[i].quoted || super::quotes::is_quote_mark(s.w(i).chars().next().unwrap_or(' '))
        }) {
            let mut e = q;
            while e > b && s.toks[e - 1].kind == TokenKind::Punct {
                e -= 1;
            }
            if (b..q).all(|i| s.toks[i].kind == TokenKind::Punct) || is_venue_tail(s, b, e) {
                tail_end = e;
            }
        }
        let before_sep = a > 0
            && (s.is_punct(a - 1, &[",", "—", "–", "-", ":"])
                || s.is_mark(a - 1)
                || s.toks[a - 1].quoted);
        let before_words = s.words_between(prev_end, a);
        let intro = before_words <= 5
            && (prev_end..a).find(|&i| s.is_word(i)).is_some_and(|i| {
                VENUE_STARTS.contains(&s.lw(i))
                    || ["but", "and", "so", "yet", "still"].contains(&s.lw(i))
            });
        // After "told", the listener is part of the telling: "..., a spokesman told CNN."
        let mut venue_from = b;
        if ["told", "tells"].contains(&s.lw(f.cue_start)) && f.cue_end == b {
            let listener = np_forward(s, b);
            if listener.1 > listener.0 && listener.1 - listener.0 <= 5 {
                venue_from = listener.1;
            }
        }
        let content_first =
            before_sep && before_words >= 2 && !intro && is_venue_tail(s, venue_from, tail_end);
        // "X, Democratic sources said, Y": both sides are the reported words.
        let mid_sentence = before_sep
            && before_words >= 3
            && !intro
            && b < tail_end
            && s.is_punct(b, &[","])
            && !s.is_punct(a - 1, &[":"]);
        let (content, venue) = if content_first || mid_sentence {
            if mid_sentence && !content_first {
                let rest = (b + 1..tail_end).find(|&i| s.is_word(i) || s.toks[i].quoted);
                frames[k].content_after = rest.map(|c| s.range(c, tail_end));
            }
            let tail_end = if mid_sentence && !content_first {
                b
            } else {
                tail_end
            };
            let mut e = a;
            while e > prev_end
                && s.toks[e - 1].kind == TokenKind::Punct
                && !s.toks[e - 1].quoted
                && !s.is_mark(e - 1)
            {
                e -= 1;
            }
            let venue = (b < tail_end).then(|| s.range(b, tail_end));
            ((prev_end < e).then(|| s.range(prev_end, e)), venue)
        } else if f.according && (a == 0 || before_words <= 2 && before_sep) {
            // "According to X, CONTENT.": all the rest of the sentence.
            let mut c = b;
            while c < n && s.toks[c].kind == TokenKind::Punct && !s.toks[c].quoted {
                c += 1;
            }
            ((c < sentence_end).then(|| s.range(c, sentence_end)), None)
        } else if f.according {
            // "CONTENT, according to X" without a separator: the words before.
            ((prev_end < a).then(|| s.range(prev_end, a)), None)
        } else {
            let mut c = b;
            let cue_word = s.lw(f.cue_start);
            let that_within = (c..(c + 9).min(tail_end))
                .find(|&i| s.is_word(i) && s.lw(i) == "that" && !(c..i).any(|k| s.toks[k].quoted));
            let mut venue_end = None;
            if let Some(t) = that_within.filter(|_| {
                cue_word == "told"
                    || cue_word == "tells"
                    || VENUE_STARTS.contains(&s.lw(c.min(n - 1)))
                    || s.lw(c.min(n - 1)) == "that"
            }) {
                venue_end = Some(t);
                c = t + 1;
            } else if cue_word == "told" || cue_word == "tells" || cue_word == "asked" {
                // Skip the listener: "told a news briefing", "told reporters".
                while c < tail_end
                    && s.is_word(c)
                    && (c == b
                        || ![
                            "the", "a", "an", "he", "she", "it", "they", "we", "i", "how", "what",
                            "why", "whether", "if", "when", "where", "who",
                        ]
                        .contains(&s.lw(c)))
                    && !(c > b
                        && s.w(c).chars().next().is_some_and(char::is_uppercase)
                        && !s.w(c - 1).chars().next().is_some_and(char::is_uppercase))
                {
                    c += 1;
                    if c - b > 4 {
                        break;
                    }
                }
            }
            while c < tail_end && s.is_word(c) && WEEKDAYS.contains(&s.lw(c)) {
                c += 1;
            }
            while c < tail_end
                && s.toks[c].kind == TokenKind::Punct
                && !s.toks[c].quoted
                && matches!(s.w(c), "," | ":" | "—" | "–")
            {
                c += 1;
            }
            let v_end = venue_end.unwrap_or(c);
            let venue = (v_end > b).then(|| s.range(b, v_end));
            let mut e = tail_end;
            while e > c
                && (s.toks[e - 1].kind == TokenKind::Punct
                    && !s.toks[e - 1].quoted
                    && !s.is_mark(e - 1)
                    || s.is_word(e - 1)
                        && ["and", "but", "while", "whereas", "as", "or"].contains(&s.lw(e - 1)))
            {
                e -= 1;
            }
            ((c < e).then(|| s.range(c, e)), venue)
        };
        let f = &mut frames[k];
        f.content = content;
        f.venue = venue;
    }
}

/// Per-article extraction state carried from paragraph to paragraph.
pub struct Attributor<'a> {
    body: &'a str,
    pub registry: Registry,
    /// The speaker of the last direct quotation, for quotes that continue it.
    last_quote: Option<Found>,
    pub found: Vec<Found>,
}

impl<'a> Attributor<'a> {
    pub fn new(body: &'a str) -> Self {
        Attributor {
            body,
            registry: Registry::default(),
            last_quote: None,
            found: Vec::new(),
        }
    }

    /// Extracts the statements of one paragraph.
    pub fn paragraph(
        &mut self,
        index: usize,
        title_case: bool,
        tokens: &[Token],
        sentences: &[Range],
        quotes: &[Quote],
    ) {
        let body = self.body;
        self.registry.note_people(body, tokens);
        let continued = quotes.first().is_some_and(|q| q.continued);
        let mut lowered = String::with_capacity(
            tokens.last().map_or(0, |t| t.end) - tokens.first().map_or(0, |t| t.start),
        );
        let mut lower_at = Vec::with_capacity(tokens.len() + 1);
        for t in tokens {
            lower_at.push(lowered.len());
            let w = t.text(body);
            if w.is_ascii() {
                lowered.extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
            } else {
                lowered.push_str(&w.to_lowercase());
            }
        }
        lower_at.push(lowered.len());
        // Quotes of this paragraph with no cue in their sentence, by sentence.
        let mut pending: Vec<(usize, &Quote)> = Vec::new();
        let mut attributed: Vec<(usize, Found)> = Vec::new(); // (sentence, template of a quote's speaker)
        let sentence_at = |r: Range| {
            let lo = tokens.partition_point(|t| t.start < r.start);
            let hi = tokens.partition_point(|t| t.start < r.end);
            Sentence {
                body,
                toks: &tokens[lo..hi],
                lower: &lowered,
                lower_at: &lower_at[lo..=hi],
                title_case,
                headline: title_case || index == 1,
            }
        };
        for (si, sent) in sentences.iter().enumerate() {
            let s = sentence_at(*sent);
            let mut fs = frames(&s);
            self.resolve_frames(&s, &mut fs);
            place_content(&s, &mut fs);
            let sent_quotes: Vec<&Quote> = quotes
                .iter()
                .filter(|q| q.words.start >= sent.start && q.words.start < sent.end)
                .collect();
            let speaking: Vec<&Frame> = fs
                .iter()
                .filter(|f| !(f.according && fs.iter().any(|g| !g.according && g.np.0 < g.np.1)))
                .collect();
            for q in &sent_quotes {
                let Some(f) = nearest(&s, &speaking, q) else {
                    pending.push((si, q));
                    continue;
                };
                let Some(kind) = self.quote_kind(q, &s, true) else {
                    continue;
                };
                let st = self.statement(kind, q.words, f, &s, index);
                self.found.push(st);
            }
            if let Some(f) = speaking
                .iter()
                .rev()
                .find(|f| f.speaker.name.is_some() || f.np.0 < f.np.1)
            {
                attributed.push((
                    si,
                    self.statement(StatementKind::Direct, Range::new(0, 0), f, &s, index),
                ));
            }
            // A question asks; it reports nothing ("Have you found an error?").
            let question = s
                .toks
                .iter()
                .rev()
                .find(|t| {
                    !t.quoted
                        && t.kind == TokenKind::Punct
                        && !matches!(
                            s.body[t.start..t.end].chars().next(),
                            Some('"' | '”' | '’' | ')')
                        )
                })
                .is_some_and(|t| &body[t.start..t.end] == "?");
            for f in speaking
                .iter()
                .filter(|f| !(question || f.np.1 == f.np.0 + 1 && s.lw(f.np.0) == "you"))
            {
                for content in [f.content, f.content_after].into_iter().flatten() {
                    let outside: usize = s
                        .toks
                        .iter()
                        .filter(|t| {
                            t.kind == TokenKind::Word && !t.quoted && content.contains(t.start)
                        })
                        .count();
                    if outside >= 2 && f.speaker.name.is_some() || outside >= 3 {
                        let words = trim_content(body, content);
                        if words.len() > 0 {
                            let st = self.statement(StatementKind::Indirect, words, f, &s, index);
                            self.found.push(st);
                        }
                    }
                }
            }
        }
        for (si, q) in pending {
            // A quote without a cue takes the speaker of a quote nearby: earlier in the
            // paragraph, later in it, or the quote this paragraph continues.
            let template = attributed
                .iter()
                .rfind(|(s, _)| *s < si)
                .or_else(|| attributed.iter().find(|(s, _)| *s > si))
                .map(|(_, f)| f.clone())
                .or_else(|| {
                    if continued || si == 0 && starts_with_quote(tokens, q) {
                        self.last_quote.clone()
                    } else {
                        None
                    }
                });
            let s = sentence_at(sentences[si]);
            match template {
                Some(t) => {
                    let Some(kind) = self.quote_kind(q, &s, true) else {
                        continue;
                    };
                    let st = Found {
                        kind,
                        words: q.words,
                        paragraph: index,
                        ..t
                    };
                    self.found.push(st);
                }
                None => {
                    if let Some(kind) = self.quote_kind(q, &s, false) {
                        let st = Found {
                            kind,
                            words: q.words,
                            speaker: None,
                            speaker_is_person: false,
                            mention: None,
                            role: None,
                            cue: None,
                            via: None,
                            venue: None,
                            paragraph: index,
                        };
                        self.found.push(st);
                    }
                }
            }
        }
        // Only the next paragraph may continue this one's quotation, or take its closing
        // attribution ("Schroeder wrote." or "He said:" before a paragraph of quotation).
        let closing = attributed
            .iter()
            .rev()
            .find(|(si, _)| *si + 1 == sentences.len())
            .map(|(_, f)| f.clone());
        self.last_quote = closing.or_else(|| {
            self.found
                .iter()
                .rev()
                .take_while(|f| f.paragraph == index)
                .find(|f| f.kind == StatementKind::Direct && f.speaker.is_some())
                .cloned()
        });
    }

    fn resolve_frames(&mut self, s: &Sentence, fs: &mut [Frame]) {
        let body = self.body;
        let via_of = |reg: &mut Registry, f: &Frame| {
            reg.resolve(body, &s.toks[f.np.0..f.np.1], s.toks[f.np.0].start)
                .name
        };
        // "according to X" alongside another cue makes X the relaying source.
        let mut sentence_via = None;
        if fs.iter().any(|f| !f.according && f.np.0 < f.np.1) {
            if let Some(f) = fs.iter().find(|f| f.according) {
                sentence_via = via_of(&mut self.registry, f);
            }
        }
        for f in fs.iter_mut() {
            if f.np.0 == f.np.1 || f.according && sentence_via.is_some() {
                continue;
            }
            let pos = s.toks[f.np.0].start;
            let np_tokens: Vec<Token> = s.toks[f.np.0..f.np.1]
                .iter()
                .copied()
                .filter(|t| t.kind == TokenKind::Word)
                .collect();
            let mut r = self.registry.resolve(body, &np_tokens, pos);
            if let Some((a, b)) = f.role_np {
                r.role = Some(s.range(a, b)).map(|x| body[x.start..x.end].to_string());
            }
            let mut via = None;
            if let Some((a, b)) = f.citing_via {
                let vt: Vec<Token> = s.toks[a..b].to_vec();
                via = self.registry.resolve(body, &vt, s.toks[a].start).name;
            }
            if !f.according {
                via = via.or_else(|| sentence_via.clone());
            }
            via = via.or_else(|| r.inherited_via.clone());
            if let Some(e) = r.entity {
                self.registry
                    .spoke(e, s.toks[f.cue_start].start, via.as_deref());
            }
            f.via = via.filter(|v| Some(v) != r.name.as_ref());
            f.speaker = r;
        }
    }

    /// Direct, partial, or a term that is no statement (`None`).
    fn quote_kind(&self, q: &Quote, s: &Sentence, has_speaker: bool) -> Option<StatementKind> {
        let text = &self.body[q.words.start..q.words.end];
        let words = text.split_whitespace().count();
        let first_alpha = text.chars().find(|c| c.is_alphanumeric()).unwrap_or('a');
        let before = s
            .toks
            .iter()
            .rev()
            .find(|t| t.end <= q.outer.start && t.kind == TokenKind::Word)
            .map(|t| lower(t.text(self.body)));
        if words <= 4 && before.as_deref().is_some_and(|b| TERM_MARKERS.has(b)) {
            return None;
        }
        // A title in quotes ("The Walking Dead", "State of the Union") names something.
        let capitalised = text
            .split_whitespace()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count();
        let ends_sentence = text.trim_end().ends_with(['.', '!', '?', ',']);
        if capitalised * 10 >= words * 6 && !ends_sentence && words <= 8 {
            return None;
        }
        let sentence_like = first_alpha.is_uppercase() || first_alpha.is_ascii_digit();
        if !has_speaker {
            return (words >= 5 && sentence_like || words >= 8).then_some(StatementKind::Direct);
        }
        Some(if sentence_like {
            StatementKind::Direct
        } else {
            StatementKind::Partial
        })
    }

    fn statement(
        &self,
        kind: StatementKind,
        words: Range,
        f: &Frame,
        s: &Sentence,
        paragraph: usize,
    ) -> Found {
        let mention = (f.np.0 < f.np.1).then(|| s.range(f.np.0, f.np.1));
        let cue = s.range(f.cue_start, f.cue_end);
        Found {
            kind,
            words,
            speaker: f.speaker.name.clone(),
            speaker_is_person: f.speaker.entity.is_some_and(|e| self.registry.is_person(e)),
            mention,
            role: f.speaker.role.clone(),
            cue: Some(self.body[cue.start..cue.end].to_string()),
            via: f.via.clone(),
            venue: f
                .venue
                .map(|v| {
                    self.body[v.start..v.end]
                        .trim_matches(|c: char| c.is_whitespace() || ",.;:".contains(c))
                        .to_string()
                })
                .filter(|v| !v.is_empty()),
            paragraph,
        }
    }
}

fn starts_with_quote(tokens: &[Token], q: &Quote) -> bool {
    tokens.first().is_some_and(|t| t.start == q.outer.start)
}

/// The frame whose words lie closest to the quote.
fn nearest<'f>(s: &Sentence, frames: &[&'f Frame], q: &Quote) -> Option<&'f Frame> {
    let usable = || {
        frames
            .iter()
            .filter(|f| f.np.0 < f.np.1 || f.speaker.name.is_some())
    };
    // A byline right after the quotation names its speaker.
    let right_after = |f: &&&Frame| {
        f.byline && (q.outer.end..=q.outer.end + 4).contains(&s.toks[f.cue_start].start)
    };
    if let Some(f) = usable().find(right_after) {
        return Some(f);
    }
    // The frame whose reported words hold the quotation governs it.
    let holds =
        |r: &Option<Range>| r.is_some_and(|r| r.start <= q.words.start && q.words.end <= r.end);
    if let Some(f) = usable()
        .filter(|f| holds(&f.content) || holds(&f.content_after))
        .min_by_key(|f| f.content.map_or(usize::MAX, |r| r.len()))
    {
        return Some(f);
    }
    usable()
        .min_by_key(|f| {
            let a = s.toks[f.span.0].start;
            let b = s.toks[f.span.1 - 1].end;
            // Zero when they overlap.
            q.outer
                .start
                .saturating_sub(b)
                .max(a.saturating_sub(q.outer.end))
        })
        .copied()
}

/// Trims spaces, dangling punctuation and a closing mark that closes nothing inside.
fn trim_content(body: &str, r: Range) -> Range {
    let mut r = super::text::trim_range(body, r);
    loop {
        let t = &body[r.start..r.end];
        let Some(c) = t.chars().last() else { break };
        let inner_open = t[..t.len() - c.len_utf8()]
            .chars()
            .any(super::quotes::is_quote_mark);
        if ",.;:—–-".contains(c)
            || c.is_whitespace()
            || super::quotes::is_quote_mark(c) && !inner_open
        {
            r.end -= c.len_utf8();
        } else {
            break;
        }
    }
    loop {
        let t = &body[r.start..r.end];
        let Some(c) = t.chars().next() else { break };
        if c.is_whitespace() || ",;:—–".contains(c) {
            r.start += c.len_utf8();
        } else {
            break;
        }
    }
    r
}
