//! One person, one speaker: the folding that makes "Donald J. Trump", "donald trump" and
//! "Mr. Trump's" the same name, and the cleaning that keeps description words ("contender")
//! and page furniture ("Story Continued Below") out of speaker names.

use unicode_normalization::UnicodeNormalization;

use super::lexicon::{WordSet, DAYS, DETERMINERS, PERSON_NOUNS, TITLES};

/// Lines of web pages that extraction can mistake for a name.
const FURNITURE: &[&str] = &[
    "replay more videos",
    "story continued below",
    "continue reading",
    "video transcript",
    "more videos",
    "related coverage",
    "advertisement",
];

/// Words a sentence may open with before a name that extraction took into it ("Meanwhile
/// Trump", "Despite Secretary Clinton", "Last Year Barack Obama"): a time or a connective,
/// never part of a name (days, "Tuesday Trump", are `DAYS`).
#[rustfmt::skip]
static NOT_NAMES: WordSet = WordSet::new(&[
    "another", "meanwhile", "instead", "despite", "asked", "also", "still", "however", "but",
    "and", "yet", "so", "then", "now", "earlier", "later", "last", "next", "year", "week",
    "month",
]);

/// Words after a name that are no name of their own ("Jr."): a title before one is the name's.
static SUFFIXES: WordSet = WordSet::new(&["jr.", "jr", "sr.", "sr", "ii", "iii", "iv"]);

/// "JAKE TAPPER" as "Jake Tapper": a transcript label's capitals are typography, not the name
/// (short words such as "UN" stay as written).
pub fn from_capitals(name: &str) -> String {
    name.split_whitespace()
        .map(|w| {
            if w.chars().count() <= 2 {
                return w.to_string();
            }
            let mut cs = w.chars();
            let first: String = cs.next().into_iter().collect();
            first + &cs.as_str().to_lowercase()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The speaker name to store for `name` as extraction gives it: description words and
/// titles before a proper name dropped ("contender Donald Trump" -> "Donald Trump"), page
/// furniture and bare numbers refused (`None`).
pub fn clean(name: &str, person: bool) -> Option<String> {
    // A count before a name is no part of it ("10 Maria Hinojosa"; "000" is what a comma
    // left of "10,000 voters"), but "3M" is a name.
    let mut name = name.trim();
    while let Some(count) = name
        .split_whitespace()
        .next()
        .filter(|w| !w.contains(char::is_alphabetic))
    {
        name = name[count.len()..].trim_start();
    }
    if name.is_empty() || FURNITURE.iter().any(|f| f.eq_ignore_ascii_case(name)) {
        return None;
    }
    if !person {
        return Some(name.to_string());
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    // Drop leading description words and titles when a proper name follows.
    let description = |w: &&&str| {
        let lower = w.to_lowercase();
        TITLES.has(&lower)
            || DETERMINERS.has(&lower)
            || NOT_NAMES.has(&lower)
            || DAYS.contains(&lower.as_str())
            // A transcript's time ("09PM Ted Cruz").
            || w.starts_with(|c: char| c.is_ascii_digit())
            || w.starts_with(char::is_lowercase) && !PARTICLES.contains(*w)
    };
    let leading = words.iter().take_while(description).count();
    let k = name_after_last_title(&words, leading).unwrap_or(leading);
    // A day written after the name is no part of it: "Trump Wednesday said" (months do not
    // count, as they are also names: "Theresa May").
    let mut end = words.len();
    while end > k + 1 && DAYS.contains(&words[end - 1].to_lowercase().as_str()) {
        end -= 1;
    }
    if k > 0 && k < end || end < words.len() {
        Some(words[k.min(end - 1)..end].join(" "))
    } else {
        Some(name.to_string())
    }
}

/// Where the name starts when a place or office stands before its title or post: "Texas Sen.
/// Ted Cruz", "Senate Majority Leader Mitch McConnell", "Professor Joe Valenzano" (not in "Martin Luther King Jr.": a suffix
/// is no name; nor in two people named together, "Trump and Democrat Clinton"; nor after a
/// description, "Democrats supporting Mrs. Clinton").
fn name_after_last_title(words: &[&str], from: usize) -> Option<usize> {
    if words.iter().any(|w| *w == "and" || *w == "&") {
        return None;
    }
    let title = (from..words.len()).rev().find(|&i| {
        (TITLES.has(&words[i].to_lowercase()) || is_post(words, i))
            && words[from..i]
                .iter()
                .all(|w| w.starts_with(char::is_uppercase))
            && words[i + 1..]
                .iter()
                .any(|w| w.starts_with(char::is_uppercase) && !SUFFIXES.has(&w.to_lowercase()))
    })?;
    Some(title + 1)
}

/// Whether `words[i]` is a person's post written before their name ("Professor", "Officer",
/// "Anchor"): a singular noun of a job, right before a capitalised word. Plurals name groups
/// ("Americans for Prosperity"), and kin and collective nouns are no post ("Mother Jones",
/// "Bollinger Family Restaurant").
fn is_post(words: &[&str], i: usize) -> bool {
    const NOT_POSTS: &[&str] = &[
        "mother", "father", "son", "daughter", "wife", "husband", "woman", "man", "person",
        "friend", "people", "data", "staff", "family", "police", "fan", "source",
    ];
    let word = words[i].to_lowercase();
    let word = word.trim_end_matches('.');
    PERSON_NOUNS.has(word)
        && !word.ends_with('s')
        && !NOT_POSTS.contains(&word)
        && words
            .get(i + 1)
            .is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// Lowercase words that belong to names ("Bill de Blasio", "Ludwig van Beethoven").
const PARTICLES: &[&str] = &[
    "de", "van", "von", "da", "di", "du", "del", "della", "der", "den", "la", "le", "al", "el",
    "bin", "ibn",
];

/// Text with its letters' diacritics taken off ("Núñez" is "Nunez").
pub fn without_diacritics(text: &str) -> String {
    if text.is_ascii() {
        return text.to_string();
    }
    text.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect()
}

/// A name as compared: no diacritics, lowercase, no possessive or punctuation around words,
/// words joined by one space.
pub fn fold(name: &str) -> String {
    without_diacritics(name)
        .to_lowercase()
        .split(char::is_whitespace)
        .map(|w| w.trim_end_matches("'s").trim_end_matches("’s"))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The key of a person's name: folded, without titles or middle initials. Equal keys name
/// the same person ("President Donald J. Trump", "Donald Trump").
pub fn person_key(name: &str) -> String {
    let folded = fold(name);
    let words: Vec<&str> = folded.split(' ').collect();
    let n = words.len();
    words
        .iter()
        .enumerate()
        .filter(|&(i, w)| {
            let title = TITLES.has(w) || TITLES.has(&format!("{w}."));
            let middle_initial = i > 0 && i + 1 < n && w.chars().count() == 1;
            // A title folds only before a name ("President Obama"), never alone.
            !(middle_initial || title && i + 1 < n)
        })
        .map(|(_, w)| *w)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Which of two names of one speaker is the canonical one, independent of the order they were
/// seen in (a total order): more name words, then fewer characters (no initials), then
/// diacritics kept, then fewer words in capitals ("POLITICO"), then more capitalised words,
/// then alphabetical.
pub fn fuller(a: &str, b: &str) -> bool {
    let rank = |n: &str| {
        let words = || n.split_whitespace();
        let shouted = words()
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 1)
            .filter(|w| !w.chars().any(char::is_lowercase))
            .count();
        let capitalised = words()
            .filter(|w| w.starts_with(char::is_uppercase))
            .count();
        (
            std::cmp::Reverse(person_key(n).split(' ').count()),
            n.chars().count(),
            std::cmp::Reverse(n.chars().filter(|c| !c.is_ascii()).count()),
            shouted,
            std::cmp::Reverse(capitalised),
            n.to_string(),
        )
    };
    rank(a) < rank(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_diacritics_case_possessives_and_titles_fold() {
        assert_eq!(person_key("Donald J. Trump"), "donald trump");
        assert_eq!(person_key("Donald Trump"), "donald trump");
        assert_eq!(person_key("DONALD TRUMP"), "donald trump");
        assert_eq!(person_key("Calderón"), person_key("Calderon"));
        assert_eq!(person_key("Trump's"), "trump");
        assert_eq!(person_key("President Barack Obama"), "barack obama");
        assert_eq!(person_key("Mr. Trump"), "trump");
        // Organisations keep their words: the State Department is no "Department".
        assert_eq!(fold("the State Department's"), "the state department");
    }

    #[test]
    fn descriptions_never_enter_a_name() {
        assert_eq!(
            clean("contender Donald Trump", true).as_deref(),
            Some("Donald Trump")
        );
        assert_eq!(
            clean("Republican front-runner Donald Trump", true).as_deref(),
            Some("Donald Trump")
        );
        assert_eq!(clean("White House", false).as_deref(), Some("White House"));
        assert_eq!(clean("de Blasio", true).as_deref(), Some("de Blasio"));
        assert_eq!(clean("Trump Wednesday", true).as_deref(), Some("Trump"));
        assert_eq!(clean("Another Trump", true).as_deref(), Some("Trump"));
        assert_eq!(clean("Theresa May", true).as_deref(), Some("Theresa May"));
        assert_eq!(
            clean("Texas Sen. Ted Cruz", true).as_deref(),
            Some("Ted Cruz")
        );
        assert_eq!(
            clean("Senate Majority Leader Mitch McConnell", true).as_deref(),
            Some("Mitch McConnell")
        );
        // A post before the name goes; a group, kin or a collective is no post.
        for (name, clean_name) in [
            ("Professor Valenzano", "Valenzano"),
            ("Brandeis Professor Peter Petri", "Peter Petri"),
            ("Anchor Don Lemon", "Don Lemon"),
            ("Americans for Prosperity", "Americans for Prosperity"),
            ("Mother Jones", "Mother Jones"),
            ("Bollinger Family Restaurant", "Bollinger Family Restaurant"),
        ] {
            assert_eq!(clean(name, true).as_deref(), Some(clean_name), "{name}");
        }
        assert_eq!(
            clean("Martin Luther King Jr.", true).as_deref(),
            Some("Martin Luther King Jr.")
        );
        assert_eq!(
            clean("Trump and Democrat Clinton", true).as_deref(),
            Some("Trump and Democrat Clinton")
        );
        assert_eq!(
            clean("Democrats supporting Mrs. Clinton", true).as_deref(),
            Some("Democrats supporting Mrs. Clinton")
        );
        assert_eq!(clean("Meanwhile Trump", true).as_deref(), Some("Trump"));
        assert_eq!(clean("Tuesday Trump", true).as_deref(), Some("Trump"));
        assert_eq!(clean("09PM Ted Cruz", true).as_deref(), Some("Ted Cruz"));
        assert_eq!(
            clean("Year Barack Obama", true).as_deref(),
            Some("Barack Obama")
        );
        assert_eq!(clean("Will Smith", true).as_deref(), Some("Will Smith"));
    }

    #[test]
    fn page_furniture_is_no_speaker() {
        assert_eq!(clean("Replay More Videos", true), None);
        assert_eq!(clean("000", false), None);
        assert_eq!(clean("1", true), None);
        assert_eq!(
            clean("10 Maria Hinojosa", false).as_deref(),
            Some("Maria Hinojosa")
        );
        assert_eq!(clean("3M", false).as_deref(), Some("3M"));
        assert_eq!(clean("Story Continued Below", true), None);
    }

    #[test]
    fn the_fullest_name_wins_whatever_the_order() {
        assert!(fuller("Donald Trump", "Trump"));
        assert!(!fuller("Trump", "Donald Trump"));
        assert!(fuller("Donald Trump", "Donald J. Trump"));
        assert!(fuller("Calderón", "Calderon"));
        assert!(!fuller("Calderon", "Calderón"));
        assert!(fuller("Politico", "POLITICO"));
        assert!(fuller("New Poll", "new poll"));
        // A total order: of two different names, exactly one is fuller.
        assert!(fuller("Ann Lee", "Ann Lea") != fuller("Ann Lea", "Ann Lee"));
    }
}
