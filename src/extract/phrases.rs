//! Noun phrases around a cue: the subject before it, the name after it, appositions
//! ("Jiang Jun, the Internet office's spokesman,") and the subject that opens a sentence.

use super::frames::Sentence;
use super::lexicon::{is_calendar_word, VENUE_STARTS};
use super::lexicon::{NP_STOP, ORG_NOUNS, PERSON_NOUNS, PRONOUNS};

/// The speaker and role before the comma at `comma`, from comma-separated segments:
/// "NAME, ROLE[, MORE ROLE]," ("Matthew Prince, chief executive of CloudFlare, a San
/// Francisco company, said") or "DESCRIPTION, NAME," ("The F.B.I. director, James B. Comey,
/// said").
pub(super) fn apposition(s: &Sentence, comma: usize) -> Option<((usize, usize), (usize, usize))> {
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
        // "As Andrew Tabler, an expert on Syria, noted": "as" opens the clause, not the name.
        let as_name = s.lw(start) == "as"
            && start + 1 < end
            && s.w(start + 1).starts_with(char::is_uppercase);
        let words_from = if start < end
            && s.is_word(start)
            && (["and", "but"].contains(&s.lw(start)) || as_name)
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
        // "In March" opens a time, not a name.
        let ok = b > a
            && b - a <= 8
            && !VENUE_STARTS.contains(&s.lw(a))
            && !is_calendar_word(s.lw(a))
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
        // "Clinton, during a town hall in Columbus, Ohio, said", "Gia Vian, the editor of the
        // paper, The Courier, said": a name closing a lowercase aside (a place, the thing the
        // aside names) belongs to it; the name before the aside speaks.
        let lowercase = |(a, _): (usize, usize)| s.w(a).starts_with(char::is_lowercase);
        if k + 2 < segments.len() && lowercase(segments[k + 1]) {
            if let Some(outer) = name_of(segments[k + 2]) {
                let aside = segments[k + 1];
                let role =
                    (described(aside) && name_of(aside).is_none()).then_some((aside.0, comma));
                return Some((outer, role.unwrap_or(no_role)));
            }
        }
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

/// An adverb by its ending ("loudly"), not one of the nouns that end alike ("rally").
pub(super) fn is_adverb(w: &str) -> bool {
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
pub(super) fn np_backward(s: &Sentence, end: usize) -> (usize, usize) {
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
        if is_calendar_word(lw)
            || a == end && is_adverb(lw) && s.w(i).starts_with(char::is_lowercase)
        {
            break;
        }
        let connector = ["of", "in", "for", "and", "&", "at", "on", "from"].contains(&lw)
            && a < end
            && s.w(a).chars().next().is_some_and(|c| c.is_uppercase())
            && i > 0
            && s.is_word(i - 1)
            && (s.w(i - 1).chars().next().is_some_and(|c| c.is_uppercase()) && lw != "from"
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

/// Nouns that count the people after their "of": "a handful of Democrats".
const QUANTITY_NOUNS: &[&str] = &[
    "handful",
    "number",
    "group",
    "couple",
    "majority",
    "dozen",
    "pair",
    "coalition",
];

/// Collects a noun phrase forwards from token `start`, stopping before a venue ("in a news
/// briefing") or punctuation.
pub(super) fn np_forward(s: &Sentence, start: usize) -> (usize, usize) {
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
        // "a handful of Democrats", "a group of veterans": the quantity is of the people named.
        let connector = connector
            || lw == "of"
                && b > start
                && b + 1 < s.toks.len()
                && s.is_word(b + 1)
                && !s.toks[b + 1].quoted
                && QUANTITY_NOUNS.contains(&s.lw(b - 1));
        let det_ok = ["the", "a", "an"].contains(&lw);
        // "said Will Doyle", "said Mark Hope": a capitalised first name that is also a
        // function word, with the rest of the name after it.
        let first_name = b > 0
            && s.w(b).starts_with(char::is_uppercase)
            && b + 1 < s.toks.len()
            && s.is_word(b + 1)
            && s.w(b + 1).starts_with(char::is_uppercase)
            && !is_calendar_word(lw);
        if (NP_STOP.has(lw) && !connector && !det_ok && !first_name) || is_calendar_word(lw) {
            break;
        }
        if connector && lw != "and" && lw != "&" {
            b += 1; // the next word continues the name
        }
        b += 1;
    }
    (start, b.min(s.toks.len()))
}

pub(super) fn is_subject_like(s: &Sentence, np: (usize, usize)) -> bool {
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

/// The subject that opens the sentence, before token `before`: a pronoun, or a run of
/// names and nouns ("Senate Majority Leader Mitch McConnell", "The group"), after any
/// dateline ("WASHINGTON (AP) —"), opening adverbial ("In October, ...") or fronted -ing
/// clause ("Speaking at a town hall in Salem, New Hampshire, Trump went ...").
pub(super) fn sentence_subject(s: &Sentence, before: usize) -> Option<(usize, usize)> {
    let a = after_dateline(s, before);
    if !opens_with_intro(s, a, before) {
        return subject_from(s, a, before);
    }
    // The intro ends at one of the next commas: the first after which a subject and its verb
    // stand ("In March, three unions sued"; "Speaking in Salem, New Hampshire, Trump went").
    (a..before.min(a + 25))
        .filter(|&k| s.is_punct(k, &[","]))
        .find_map(|k| {
            // Past the closing mark of a quotation that ends the intro ("an ally,” Marr ...").
            let start = (k + 1..before).find(|&j| !s.is_mark(j)).unwrap_or(before);
            subject_from(s, start, before)
        })
}

/// Where a sentence starts after its dateline ("WASHINGTON (AP) —").
fn after_dateline(s: &Sentence, before: usize) -> usize {
    let all_caps =
        |k: usize| s.is_word(k) && s.w(k).len() >= 3 && s.w(k).chars().all(|c| !c.is_lowercase());
    let dash = |k: usize| s.is_punct(k, &["—", "–", "-"]);
    if all_caps(0) {
        if let Some(mut k) = (0..before.min(15)).find(|&k| dash(k)) {
            while k < before && dash(k) {
                k += 1;
            }
            return k;
        }
    }
    0
}

/// Whether the sentence opens with an adverbial or an -ing clause set off by a comma, not its
/// subject.
fn opens_with_intro(s: &Sentence, a: usize, before: usize) -> bool {
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
    if !(a < before && s.is_word(a)) {
        return false;
    }
    let lw = s.lw(a);
    VENUE_STARTS.contains(&lw) || OPENERS.contains(&lw) || is_adverb(lw) || fronted_ing(s, a)
}

/// A fronted -ing clause: "Speaking at a rally, ...", "Calling the mayor “an ally,” ...".
fn fronted_ing(s: &Sentence, a: usize) -> bool {
    let lw = s.lw(a);
    lw.len() > 5
        && lw.ends_with("ing")
        && a + 1 < s.toks.len()
        && (s.toks[a + 1].quoted || s.is_word(a + 1) && s.w(a + 1).starts_with(char::is_lowercase))
}

/// Quantities that open a subject like a determiner: "three unions sued".
pub(super) const QUANTIFIERS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "many", "several",
    "some", "most", "few",
];

/// The subject run of names and nouns from token `a`, when a verb follows it.
fn subject_from(s: &Sentence, a: usize, before: usize) -> Option<(usize, usize)> {
    let mut b = a;
    while b < before && s.is_word(b) && !s.toks[b].quoted {
        let lw = s.lw(b);
        let capital = s.w(b).chars().next().is_some_and(char::is_uppercase);
        let noun = PERSON_NOUNS.has(lw)
            || ORG_NOUNS.has(lw)
            || PERSON_NOUNS.has(lw.strip_suffix('s').unwrap_or(lw))
            || ORG_NOUNS.has(lw.strip_suffix('s').unwrap_or(lw));
        let connector = ["of", "the"].contains(&lw) && b > a;
        let opener = |w: &str| ["the", "a", "an"].contains(&w) || QUANTIFIERS.contains(&w);
        // After a determiner, any noun: "The crowd", "the ad".
        let after_determiner = b > a
            && opener(s.lw(b - 1))
            && !lw.ends_with("ed")
            && !is_adverb(lw)
            && !NP_STOP.has(lw);
        if b == a && PRONOUNS.has(lw) && lw != "who" {
            b += 1;
            break;
        }
        // A capitalised function word opens the sentence but names no one ("Not helping ...").
        let capital = capital && !NP_STOP.has(lw);
        if !(capital || noun || connector || after_determiner || b == a && opener(lw)) {
            break;
        }
        b += 1;
    }
    // A subject ends with a name or a noun, and a verb follows it, perhaps after an
    // apposition ("Mitch McConnell, R-Ky., delivered") or a party tag ("Sanders (I-Vt.)").
    let last_ok = b > a
        && !["of", "the", "a", "an"].contains(&s.lw(b - 1))
        && !QUANTIFIERS.contains(&s.lw(b - 1));
    let mut verb = b;
    if verb < before && s.is_punct(verb, &[","]) {
        if let Some(close) = (verb + 1..before.min(verb + 12)).find(|&k| s.is_punct(k, &[","])) {
            verb = close + 1;
        }
    } else if verb < before && s.is_punct(verb, &["("]) {
        if let Some(close) = (verb + 1..before.min(verb + 8)).find(|&k| s.is_punct(k, &[")"])) {
            verb = close + 1;
        }
    }
    let verb_ok = verb < before
        && s.is_word(verb)
        && !s.w(verb).chars().next().is_some_and(char::is_uppercase);
    (last_ok && verb_ok).then_some((a, b))
}
