//! How a statement was told: the speaker's role ("Foreign Ministry spokeswoman") and the venue
//! ("in an interview with Reuters on Monday"). Two copies diverge in `detail` only when both
//! state the same part of the telling and contradict each other (spokesman vs spokeswoman,
//! Monday vs Tuesday, told CNN vs told Fox); when one copy says more, that is a note.

use std::collections::BTreeSet;

use super::normalize::words;
use super::speakers::is_press_secretary;
use crate::extract::lexicon::{is_calendar_word, is_weekday, MONTHS};

#[derive(Debug, Clone, PartialEq)]
pub enum Telling {
    Same,
    /// One copy states a part the other leaves out.
    Omitted,
    Contradicts,
}

const FILLER: &[&str] = &[
    "the", "a", "an", "in", "of", "on", "at", "s", "its", "his", "her", "him", "them", "me",
];

fn word_set(text: &str) -> BTreeSet<String> {
    words(text)
        .into_iter()
        .map(possessor)
        .filter(|w| !FILLER.contains(&w.as_str()))
        .map(|w| {
            // "spokesperson" says nothing of gender: it agrees with spokesman and spokeswoman.
            if w == "spokesperson" {
                "spokes*".to_string()
            } else {
                w
            }
        })
        .collect()
}

/// A possessive as its name: "Cruz's campaign manager" is "Cruz campaign manager".
fn possessor(w: super::normalize::Word) -> String {
    let possessive = w.text.ends_with("'s") || w.text.ends_with("’s");
    match w.norm.strip_suffix('s') {
        Some(name) if possessive && !name.is_empty() => name.to_string(),
        _ => w.norm,
    }
}

fn compare_sets(a: &BTreeSet<String>, b: &BTreeSet<String>) -> Telling {
    let loose = |x: &BTreeSet<String>, y: &BTreeSet<String>| {
        x.iter()
            .all(|w| y.contains(w) || (w == "spokes*" && y.iter().any(|v| v.starts_with("spokes"))))
    };
    if a == b {
        Telling::Same
    } else if a.is_empty() || b.is_empty() || loose(a, b) || loose(b, a) {
        Telling::Omitted
    } else {
        Telling::Contradicts
    }
}

/// Roles contradict when they name different posts ("spokesman" vs "spokeswoman") or
/// different bodies ("Foreign Ministry" vs "Defence Ministry"); "former NSA contractor" and
/// "U.S. NSA contractor" describe one post.
pub fn compare_roles(a: Option<&str>, b: Option<&str>) -> Telling {
    let (a, b) = match (a, b) {
        (None, None) => return Telling::Same,
        (Some(_), None) | (None, Some(_)) => return Telling::Omitted,
        (Some(a), Some(b)) => (a, b),
    };
    let (sa, sb) = (word_set(a), word_set(b));
    if sa == sb {
        return Telling::Same;
    }
    if describes(a) || describes(b) {
        return Telling::Omitted;
    }
    let (pa, pb) = (post(a), post(b));
    let bodies = |r: &str| {
        let capitals: Vec<&str> = r
            .split_whitespace()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .collect();
        word_set(&capitals.join(" "))
    };
    let (ba, bb) = (bodies(a), bodies(b));
    let different_bodies =
        !ba.is_empty() && !bb.is_empty() && !ba.is_subset(&bb) && !bb.is_subset(&ba);
    if compare_sets(&pa, &pb) == Telling::Contradicts || different_bodies {
        Telling::Contradicts
    } else {
        Telling::Omitted
    }
}

/// Words that open a description of what someone did or does ("who led the county police",
/// "whose government was shut out", "led a similar program"), not a post: two such
/// descriptions tell two facts about one person, they cannot contradict.
const CLAUSE_OPENERS: &[&str] = &["who", "whose", "which", "that", "while", "where", "when"];
const DETERMINERS: &[&str] = &["a", "an", "the", "his", "her", "its", "their"];

fn describes(role: &str) -> bool {
    let ws: Vec<String> = words(role).into_iter().map(|w| w.norm).collect();
    let first = ws.first().map(String::as_str).unwrap_or("");
    let words_of_post: Vec<&str> = ws
        .iter()
        .map(String::as_str)
        .filter(|w| !DETERMINERS.contains(w))
        .collect();
    CLAUSE_OPENERS.contains(&first)
        || first.ends_with("ed") && ws.get(1).is_some_and(|w| DETERMINERS.contains(&w.as_str()))
        // "one of seven governors who refused": one of many, not a post.
        || first == "one" && ws.get(1).is_some_and(|w| w == "of")
        // "a Republican": a party, not a post.
        || !words_of_post.is_empty() && words_of_post.iter().all(|w| PARTIES.contains(w))
}

const PARTIES: &[&str] = &[
    "republican",
    "republicans",
    "democrat",
    "democrats",
    "democratic",
    "independent",
    "gop",
    "libertarian",
];

/// Words after a post that say whose post it is ("president of the group", "spokesman for
/// the special counsel's office", "attorney at the ACLU").
const POST_ENDS: &[&str] = &["of", "for", "at", "with", "in", "to", "on", "and"];

/// The post a role names, as compared: its head noun, the word before "of", "for", "at" ...
/// or else the last word ("the group's president" and "president of the group" are one post),
/// in the singular ("officials" is "official"). A press secretary is the office's
/// spokesperson, and a source says nothing of a post; both agree with any spokesman or
/// official. Attorney, lawyer and counsel are one post.
fn post(role: &str) -> BTreeSet<String> {
    let ws: Vec<String> = words(role).into_iter().map(|w| w.norm).collect();
    let end = ws
        .iter()
        .position(|w| POST_ENDS.contains(&w.as_str()))
        .unwrap_or(ws.len());
    let head = ws[..end].last().map(String::as_str).unwrap_or("");
    let head = match head.strip_suffix('s') {
        Some(one) if one.len() > 3 && !one.ends_with('s') => one,
        _ => head,
    };
    let word = match head {
        _ if is_press_secretary(&ws) => "spokesperson",
        "source" => "",
        "attorney" | "counsel" => "lawyer",
        _ => head,
    };
    word_set(word)
}

/// Parts of a day that date a telling, beside days and months.
const PARTS_OF_DAY: &[&str] = &["morning", "evening", "afternoon", "night"];
const MEDIA: &[&str] = &[
    "interview",
    "statement",
    "conference",
    "briefing",
    "speech",
    "tweet",
    "post",
    "email",
    "letter",
    "rally",
    "hearing",
    "debate",
    "address",
    "remarks",
    "call",
    "video",
    "podcast",
];
const TO_WHOM: &[&str] = &["with", "told", "to"];
const STOPS: &[&str] = &[
    "on", "in", "at", "during", "last", "this", "after", "before",
];

/// What a word of time names: "Tuesday afternoon" and "in March" may be one time, "Monday"
/// and "Tuesday" are not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum TimeKind {
    Weekday,
    Month,
    DayOfMonth,
    PartOfDay,
}

fn time_kind(w: &str, after_month: bool) -> Option<TimeKind> {
    if is_weekday(w) {
        Some(TimeKind::Weekday)
    } else if MONTHS.contains(&w) {
        Some(TimeKind::Month)
    } else if after_month {
        Some(TimeKind::DayOfMonth)
    } else {
        PARTS_OF_DAY.contains(&w).then_some(TimeKind::PartOfDay)
    }
}

/// Times contradict when both name a time of one kind and no such time is the same.
fn times_contradict(a: &BTreeSet<(TimeKind, String)>, b: &BTreeSet<(TimeKind, String)>) -> bool {
    a.iter().any(|(kind, _)| {
        let of_kind = |x: &BTreeSet<(TimeKind, String)>| -> BTreeSet<String> {
            x.iter()
                .filter(|(k, _)| k == kind)
                .map(|(_, w)| w.clone())
                .collect()
        };
        let (x, y) = (of_kind(a), of_kind(b));
        !y.is_empty() && x.is_disjoint(&y)
    })
}

/// The parts of a venue: when, through what, and to whom.
#[derive(Debug, Default, PartialEq)]
struct Venue {
    when: BTreeSet<(TimeKind, String)>,
    medium: BTreeSet<String>,
    audience: BTreeSet<String>,
    /// Audiences written in capitals ("CSM"), as lowercase words.
    initialisms: BTreeSet<String>,
}

/// A name written by its initials: "CSM", "NYT".
fn is_initialism(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    (2..=5).contains(&letters.len()) && letters.iter().all(|c| c.is_uppercase())
}

/// Whether an audience `a` writes by its initials is one `b` names by its last word: a
/// name's initials end with its head ("CSM" is the Christian Science Monitor, the "Monitor").
fn initials_of(a: &Venue, b: &Venue) -> bool {
    a.initialisms.iter().any(|i| {
        b.audience
            .iter()
            .any(|w| !b.initialisms.contains(w) && i.chars().last() == w.chars().next())
    })
}

fn venue_parts(text: &str) -> Venue {
    let written = words(text);
    let ws: Vec<String> = written.iter().map(|w| w.norm.clone()).collect();
    let mut v = Venue::default();
    let mut to_whom = false;
    for (k, w) in ws.iter().enumerate() {
        let after_month = k > 0 && MONTHS.contains(&ws[k - 1].as_str());
        if let Some(kind) = time_kind(w, after_month) {
            v.when.insert((kind, w.clone()));
        } else if is_calendar_word(w) {
            // "today", "yesterday": which day depends on the day each article came out.
        } else if MEDIA.contains(&w.as_str()) {
            v.medium.insert(w.clone());
        }
        if TO_WHOM.contains(&w.as_str()) {
            to_whom = true;
        } else if STOPS.contains(&w.as_str()) {
            to_whom = false;
        } else if to_whom && !FILLER.contains(&w.as_str()) && named(&written[k].text) {
            // Only a named audience ("CNN", "Cuomo") can contradict another: a described one
            // ("the governor", "reporters") may be the one the other copy names.
            v.audience.insert(w.clone());
            if is_initialism(&written[k].text) {
                v.initialisms.insert(w.clone());
            }
        }
    }
    v
}

/// A word written with a capital: part of a name.
fn named(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_uppercase)
}

/// Venues contradict when both state when, through what or to whom, differently.
pub fn compare_venues(a: Option<&str>, b: Option<&str>) -> Telling {
    let (a, b) = match (a, b) {
        (None, None) => return Telling::Same,
        (Some(_), None) | (None, Some(_)) => return Telling::Omitted,
        (Some(a), Some(b)) if word_set(a) == word_set(b) => return Telling::Same,
        (Some(a), Some(b)) => (venue_parts(a), venue_parts(b)),
    };
    let disjoint = |x: &BTreeSet<String>, y: &BTreeSet<String>| {
        !x.is_empty() && !y.is_empty() && x.is_disjoint(y)
    };
    let contradicts = times_contradict(&a.when, &b.when)
        || disjoint(&a.medium, &b.medium)
        || disjoint(&a.audience, &b.audience) && !initials_of(&a, &b) && !initials_of(&b, &a);
    if contradicts {
        Telling::Contradicts
    } else {
        Telling::Omitted
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_contradict_only_when_both_say_and_differ() {
        assert_eq!(
            compare_roles(
                Some("Foreign Ministry spokesman"),
                Some("Foreign Ministry spokeswoman")
            ),
            Telling::Contradicts
        );
        assert_eq!(
            compare_roles(Some("spokesman"), Some("Foreign Ministry spokesman")),
            Telling::Omitted
        );
        assert_eq!(compare_roles(Some("spokesman"), None), Telling::Omitted);
        assert_eq!(
            compare_roles(Some("spokesperson"), Some("spokeswoman")),
            Telling::Omitted
        );
        // A press secretary is a spokesperson of either gender.
        assert_eq!(
            compare_roles(
                Some("the Town Hall press secretary"),
                Some("Town Hall spokeswoman")
            ),
            Telling::Omitted
        );
        assert_eq!(
            compare_roles(Some("press secretary"), Some("campaign manager")),
            Telling::Contradicts
        );
        assert_eq!(
            compare_roles(
                Some("U.S. National Security Agency contractor"),
                Some("former National Security Agency contractor")
            ),
            Telling::Omitted
        );
        assert_eq!(
            compare_roles(
                Some("Foreign Ministry spokesman"),
                Some("Defence Ministry spokesman")
            ),
            Telling::Contradicts
        );
    }

    #[test]
    fn roles_are_compared_by_their_post_not_their_wording() {
        let omitted = |a, b| assert_eq!(compare_roles(Some(a), Some(b)), Telling::Omitted);
        // The same words, a possessive written as its name.
        assert_eq!(
            compare_roles(
                Some("the union's treasurer"),
                Some("treasurer of the union")
            ),
            Telling::Same
        );
        omitted("Smith spokesman", "spokesman for the mayor's office");
        omitted("senior county officials", "a senior county official");
        omitted("a staff attorney at the Harbor Legal Fund", "Harbor lawyer");
        omitted("City Hall official", "City Hall source");
        // What someone did is a description, not a post.
        omitted(
            "who ran the Dale County fire service from 2001 to 2009",
            "led a similar service in the next county",
        );
        omitted("whose party lost the vote", "the party's leader");
        // A possessive is its name; one of many and a party are no posts.
        assert_eq!(
            compare_roles(
                Some("Cruz campaign manager"),
                Some("Cruz's campaign manager")
            ),
            Telling::Same
        );
        omitted(
            "a Republican",
            "one of seven governors who have refused to issue stay-at-home orders",
        );
        assert_eq!(
            compare_roles(Some("treasurer of the union"), Some("union president")),
            Telling::Contradicts
        );
        assert_eq!(
            compare_roles(Some("Smith spokesman"), Some("former Smith senior adviser")),
            Telling::Contradicts
        );
    }

    #[test]
    fn venues_contradict_on_day_medium_or_audience() {
        let c = |a, b| compare_venues(Some(a), Some(b));
        assert_eq!(
            c("told reporters on Monday", "told reporters on Tuesday"),
            Telling::Contradicts
        );
        assert_eq!(c("told CNN", "told Fox"), Telling::Contradicts);
        // A described audience may be the one the other copy names.
        assert_eq!(
            c("told the mayor", "told Mayor Ann Lee and the council"),
            Telling::Omitted
        );
        assert_eq!(c("told reporters", "told CNN"), Telling::Omitted);
        assert_eq!(
            c(
                "in an interview with Reuters on Monday",
                "in a an interview"
            ),
            Telling::Omitted
        );
        assert_eq!(
            c(
                "in the statement",
                "in the statement released by the campaign"
            ),
            Telling::Omitted
        );
        assert_eq!(
            compare_venues(Some("told reporters on Tuesday"), None),
            Telling::Omitted
        );
    }

    #[test]
    fn times_contradict_only_a_time_of_their_kind() {
        let c = |a, b| compare_venues(Some(a), Some(b));
        assert_eq!(
            c("in a statement on Tuesday afternoon", "in March"),
            Telling::Omitted
        );
        assert_eq!(c("on Friday", "on April 24"), Telling::Omitted);
        assert_eq!(c("told reporters yesterday", "on Monday"), Telling::Omitted);
        assert_eq!(c("on March 5", "on March 6"), Telling::Contradicts);
        assert_eq!(c("in March", "in April"), Telling::Contradicts);
        assert_eq!(
            c("on Tuesday afternoon", "on Tuesday morning"),
            Telling::Contradicts
        );
    }

    #[test]
    fn an_audience_by_its_initials_is_the_one_named_by_its_head() {
        let c = |a, b| compare_venues(Some(a), Some(b));
        assert_eq!(
            c("told Monitor correspondent", "told CSM last week"),
            Telling::Omitted
        );
        assert_eq!(c("told the Times", "told NYT"), Telling::Omitted);
        assert_eq!(c("told CNN", "told Fox"), Telling::Contradicts);
        assert_eq!(c("told CNN", "told NBC"), Telling::Contradicts);
    }
}
