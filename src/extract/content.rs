//! Where the reported words of each frame lie: after the cue ("said that ..."), before it
//! ("..., the White House said"), on both sides of it, and what is venue ("in an interview").

use super::frames::{Frame, Sentence};
use super::lexicon::{
    is_calendar_word, ADVERBIAL_OPENERS, CHARACTERISING_CUES, DETERMINERS, ORG_NOUNS, PERSON_NOUNS,
    VENUE_STARTS,
};

/// Prepositions that open a phrase of where or how something was said.
const VENUE_PREPOSITIONS: &[&str] = &["in", "on", "at", "during", "via", "through", "over"];
/// Cues whose preposition opens what was meant, not where: "insisted on acting now", "we
/// believe in freedom of religion", "hints at these differences".
const PREPOSITION_TAKERS: &[&str] = &[
    "insist",
    "insists",
    "insisted",
    "insisting",
    "believe",
    "believes",
    "believed",
    "believing",
    "hint",
    "hints",
    "hinted",
    "hinting",
    "focus",
    "focuses",
    "focused",
    "focusing",
    "advise",
    "advises",
    "advised",
    "advising",
    "agree",
    "agrees",
    "agreed",
    "agreeing",
];
/// Words that open a clause of its own after a preposition ("said in 2015 it grew").
const SUBJECT_PRONOUNS: &[&str] = &["i", "we", "you", "he", "she", "it", "they", "there"];
use super::phrases::np_forward;
use super::rule::Rule;
use super::text::{Range, TokenKind};

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

/// "to staff", "to the committee", "to Smith" right after a cue: whom it was told, before
/// "that" opens what ("Kemp wrote to staff that ..."); not "to ensure that", not "adds to
/// the drama that".
fn to_listener(s: &Sentence, c: usize) -> bool {
    let n = s.toks.len();
    c + 1 < n && s.is_word(c) && s.lw(c) == "to" && s.is_word(c + 1) && !s.toks[c + 1].quoted && {
        let k = if DETERMINERS.has(s.lw(c + 1)) && c + 2 < n {
            c + 2
        } else {
            c + 1
        };
        s.is_word(k)
            && (PERSON_NOUNS.has(s.lw(k))
                || ORG_NOUNS.has(s.lw(k))
                || s.w(k).starts_with(char::is_uppercase))
    }
}

/// Words from token `c` to `e`, right after a cue, that open with "as", "amid", "though", ...
/// and hold no main clause after a comma: they tell when or why something was said
/// ("demands as Obama protests", "said as he traced her career"), not what. "Smith said
/// although the economy grew, jobs lagged" keeps its content, and so does "said as much".
fn adverbial_only(s: &Sentence, c: usize, e: usize) -> bool {
    c < e
        && s.is_word(c)
        && !s.toks[c].quoted
        && ADVERBIAL_OPENERS.has(s.lw(c))
        && !(c + 1 < e && s.is_word(c + 1) && s.lw(c + 1) == "much")
        && !(c + 1..e.saturating_sub(1)).any(|k| s.is_punct(k, &[","]))
}

/// Words from token `c` to `e`, right after a cue, that only tell where or how something was
/// said: "said on Tuesday.", "reported, in an interview, “...”", "wrote via Twitter". A short
/// prepositional phrase with no subject of its own; "said in 2015 it grew" keeps its content.
fn venue_only(s: &Sentence, c: usize, e: usize) -> bool {
    let words: Vec<&str> = (c..e).filter(|&i| s.is_word(i)).map(|i| s.lw(i)).collect();
    let Some((first, rest)) = words.split_first() else {
        return false;
    };
    words.len() <= 4
        && VENUE_PREPOSITIONS.contains(first)
        && !rest.iter().any(|w| SUBJECT_PRONOUNS.contains(w))
        && is_venue_tail(s, c, e)
}

/// Where the reported words of each frame lie.
pub(super) fn place_content(s: &Sentence, frames: &mut [Frame]) {
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
        // "..., said a handful of Democrats who point to ...": the clause is about the speaker.
        let speaker_clause = f.rule == Rule::InvertedCue
            && venue_from < tail_end
            && s.is_word(venue_from)
            && s.lw(venue_from) == "who";
        let content_first = before_sep
            && before_words >= 2
            && !intro
            && (speaker_clause || is_venue_tail(s, venue_from, tail_end));
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
        } else if f.according && (a == 0 || (before_words <= 2 || intro) && before_sep) {
            // "According to X, CONTENT.", "But the next day, according to X, CONTENT.": all
            // the rest of the sentence.
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
            // "announced, via Twitter, that ...": a venue set off by commas opens no content.
            let first_word = (c..tail_end).find(|&i| !s.is_punct(i, &[","])).unwrap_or(c);
            let mut venue_end = None;
            if let Some(t) = that_within.filter(|_| {
                cue_word == "told"
                    || cue_word == "tells"
                    || VENUE_STARTS.contains(&s.lw(first_word.min(n - 1)))
                    || s.lw(c.min(n - 1)) == "that"
                    || to_listener(s, c)
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
            while c < tail_end && s.is_word(c) && is_calendar_word(s.lw(c)) {
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
            let after_that = c > b && s.lw(c - 1) == "that";
            // "described the plan as a mirage": "as" opens what was said of it.
            let characterises = CHARACTERISING_CUES.has(cue_word) && c < e && s.lw(c) == "as";
            let adverbial = !after_that && !characterises && adverbial_only(s, c, e);
            if !after_that && !PREPOSITION_TAKERS.contains(&cue_word) && venue_only(s, c, e) {
                (None, Some(s.range(b, e)))
            } else {
                ((c < e && !adverbial).then(|| s.range(c, e)), venue)
            }
        };
        let f = &mut frames[k];
        f.content = content;
        f.venue = venue;
    }
}

/// Trims spaces, dangling punctuation and a closing mark that closes nothing inside.
pub(super) fn trim_content(body: &str, r: Range) -> Range {
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
