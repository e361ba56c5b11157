//! How a statement was told: the speaker's role ("Foreign Ministry spokeswoman") and the venue
//! ("in an interview with Reuters on Monday"). Two copies diverge in `detail` only when both
//! state the same part of the telling and contradict each other (spokesman vs spokeswoman,
//! Monday vs Tuesday, told CNN vs told Fox); when one copy says more, that is a note.

use std::collections::BTreeSet;

use super::normalize::words;
use crate::extract::lexicon::{is_calendar_word, MONTHS};

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
        .map(|w| w.norm)
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
    // A press secretary is the office's spokesperson: the post says nothing of gender.
    let post = |r: &str| {
        if r.to_lowercase().trim_end().ends_with("press secretary") {
            word_set("spokesperson")
        } else {
            word_set(r.split_whitespace().last().unwrap_or(""))
        }
    };
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
    if compare_sets(&post(a), &post(b)) == Telling::Contradicts || different_bodies {
        Telling::Contradicts
    } else {
        Telling::Omitted
    }
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

/// The parts of a venue: when, through what, and to whom.
#[derive(Debug, Default, PartialEq)]
struct Venue {
    when: BTreeSet<String>,
    medium: BTreeSet<String>,
    audience: BTreeSet<String>,
}

fn venue_parts(text: &str) -> Venue {
    let written = words(text);
    let ws: Vec<String> = written.iter().map(|w| w.norm.clone()).collect();
    let mut v = Venue::default();
    let mut to_whom = false;
    for (k, w) in ws.iter().enumerate() {
        let after_month = k > 0 && MONTHS.contains(&ws[k - 1].as_str());
        if is_calendar_word(w) || PARTS_OF_DAY.contains(&w.as_str()) || after_month {
            v.when.insert(w.clone());
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
    let parts = [
        (&a.when, &b.when),
        (&a.medium, &b.medium),
        (&a.audience, &b.audience),
    ];
    let contradicts = parts
        .iter()
        .any(|(x, y)| !x.is_empty() && !y.is_empty() && x.is_disjoint(y));
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
}
