//! Whether two copies give an utterance to the same speaker. Names are compared as people
//! write them: "Donald J. Trump" and "Donald Trump", "Kagan" and "Elena Kagan", "Núñez" and
//! "Nunez" are one person; an unknown or merely described speaker ("a Vermont Republican") is
//! never a different one.

use super::normalize::{stem, words, Word};
use super::Info;
use crate::extract::lexicon::is_calendar_word;
use crate::extract::names::{clean, person_key, without_diacritics};

/// A statement's speaker as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    pub id: i64,
    pub name: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    Same,
    /// One copy names nobody, or only describes its speaker.
    Unknown,
    Different,
}

impl Relation {
    /// Higher is a better match.
    pub fn rank(self) -> u8 {
        match self {
            Relation::Same => 2,
            Relation::Unknown => 1,
            Relation::Different => 0,
        }
    }
}

pub fn relation(a: &Option<Speaker>, b: &Option<Speaker>) -> Relation {
    match (a, b) {
        (Some(a), Some(b)) if a.id == b.id || same_person(&a.name, &b.name) => Relation::Same,
        (Some(a), Some(b))
            if identified(&a.name) && identified(&b.name) && !related(&a.name, &b.name) =>
        {
            Relation::Different
        }
        _ => Relation::Unknown,
    }
}

/// Words that make a name a body around a person ("Trump administration", "Clinton campaign").
const BODIES: &[&str] = &[
    "administration",
    "campaign",
    "office",
    "team",
    "camp",
    "aides",
    "family",
    "allies",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "lawyers",
    "attorneys",
];

/// A body named after the other speaker: it may speak for them, so it is no other speaker.
fn related(a: &str, b: &str) -> bool {
    let (wa, wb) = (name_words(a), name_words(b));
    let body_of = |x: &[String], y: &[String]| {
        x.last().is_some_and(|w| BODIES.contains(&w.as_str()))
            && y.last().is_some_and(|surname| x.contains(surname))
    };
    body_of(&wa, &wb) || body_of(&wb, &wa)
}

/// The words of a name that identify the person: the speaker key extraction gives it (folded,
/// no titles or middle initials), without initials and generational suffixes.
fn name_words(name: &str) -> Vec<String> {
    // A post extraction kept before a name goes as in storing ("Professor Valenzano").
    let name = clean(name, true).unwrap_or_else(|| name.to_string());
    person_key(&name)
        .split(' ')
        .filter(|w| w.chars().count() > 1 && !["jr", "sr"].contains(w))
        .map(String::from)
        .collect()
}

/// Same surname (or one a slip of the pen away: "Amit Mehta" and "Amit Metha", "Ostrager"
/// and "Ostranger"), and the other words of the shorter name all in the longer one, a
/// nickname standing for its full form ("Bill Taylor" and "William Taylor").
pub fn same_person(a: &str, b: &str) -> bool {
    if initials_of(a, b) || initials_of(b, a) {
        return true;
    }
    let (a, b) = (name_words(a), name_words(b));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let (Some(s), Some(l)) = (short.last(), long.last()) else {
        return false;
    };
    // A short form is the start of the full one ("Geoff" and "Geoffrey", "Steve" and "Steven").
    let short_form = |x: &String, y: &String| {
        let (s, l) = if x.len() <= y.len() { (x, y) } else { (y, x) };
        s.len() >= 3 && l.starts_with(s.as_str())
    };
    let same_word =
        |x: &String, y: &String| x == y || nickname(x) == nickname(y) || short_form(x, y);
    let firsts_agree = short.len() >= 2 && long.iter().any(|w| same_word(w, &short[0]));
    let slip = if firsts_agree { 4 } else { 7 };
    let surname = s == l || s.len() >= slip && typo(s, l);
    surname
        && short[..short.len() - 1]
            .iter()
            .all(|w| long.iter().any(|x| same_word(w, x)))
}

/// Whether `short` is the initials of `full`, as headlines write some people ("RBG" for Ruth
/// Bader Ginsburg, "AOC" for Alexandria Ocasio-Cortez): two to four capitals, one per word.
fn initials_of(short: &str, full: &str) -> bool {
    let short = short.trim();
    let initials: String = full
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    (2..=4).contains(&short.chars().count())
        && short.chars().all(|c| c.is_ascii_uppercase())
        && initials == short
}

/// The full form of a common English nickname.
fn nickname(w: &str) -> &str {
    match w {
        "bill" | "will" | "billy" => "william",
        "bob" | "rob" | "bobby" => "robert",
        "steve" => "stephen",
        "mike" => "michael",
        "jim" | "jimmy" => "james",
        "joe" => "joseph",
        "tom" => "thomas",
        "dick" | "rick" => "richard",
        "dan" => "daniel",
        "dave" => "david",
        "chris" => "christopher",
        "ted" | "ed" => "edward",
        "liz" | "beth" => "elizabeth",
        "kate" | "kathy" => "katherine",
        "pete" => "peter",
        "tony" => "anthony",
        "chuck" | "charlie" => "charles",
        "jeff" => "jeffrey",
        "matt" => "matthew",
        "nick" => "nicholas",
        other => other,
    }
}

/// Two words at most two edits apart (a changed, added or dropped letter, or two neighbours
/// swapped, counting one), for names of some length.
fn typo(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > 2 {
        return false;
    }
    // Damerau-Levenshtein (optimal string alignment).
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    let allowed = if a.len().min(b.len()) >= 7 { 2 } else { 1 };
    d[a.len()][b.len()] <= allowed
}

/// News organisations relay statements; when a copy names one as its source, it has not
/// named the speaker.
const NEWS_AGENCIES: &[&str] = &[
    "associated press",
    "ap",
    "reuters",
    "afp",
    "agence france-presse",
    "bloomberg",
    "politico",
    "cnn",
    "fox news",
    "nbc news",
    "abc news",
    "cbs news",
    "the new york times",
    "new york times",
    "the washington post",
    "washington post",
    "the wall street journal",
    "wall street journal",
    "bloomberg businessweek",
    "xinhua",
    "xinhua news agency",
    "bbc",
    "npr",
    "axios",
    "the hill",
];

/// Words that open a clause, not a name: extraction may take "Despite Secretary" or "More
/// recently Trump" for a speaker.
const CLAUSE_OPENERS: &[&str] = &[
    "despite", "after", "before", "during", "although", "though", "since", "while", "under",
    "when", "if", "as", "more", "most", "also", "but", "and", "so", "then", "now", "still",
];

/// A name, not a description: it starts with a capital and not with an article or a number
/// word ("a Vermont Republican", "two officials", "one aide") nor describes a party member
/// by place ("New York Democrat"), names one speaker (not "Rubio
/// and Portman"), is neither a calendar word nor a news organisation, and is not a clause
/// taken for a name ("Despite Secretary", "Facing Democratic", "More recently Trump").
pub fn identified(name: &str) -> bool {
    let lower = without_diacritics(name).to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let first = words.first().copied().unwrap_or("");
    let described = [
        "a", "an", "the", "one", "two", "three", "some", "several", "many",
    ]
    .contains(&first);
    // "New York Democrat", "a Texas Republican": a party member described by place.
    let member = matches!(
        words.last().copied().unwrap_or(""),
        "democrat" | "democrats" | "republican" | "republicans"
    );
    // "R-Texas", "D-N.Y.": a senator's party and state, read as a name.
    let party_and_state = ["r-", "d-", "i-"].iter().any(|p| lower.starts_with(p));
    let clause = CLAUSE_OPENERS.contains(&first)
        || words.len() >= 2 && first.len() > 5 && first.ends_with("ing");
    name.chars().next().is_some_and(char::is_uppercase)
        && !described
        && !member
        && !party_and_state
        && !clause
        && !lower.contains(" and ")
        && !is_calendar_word(&lower)
        && !NEWS_AGENCIES.contains(&lower.as_str())
}

/// Verbs of saying: a copy that gives its words to someone by one of these names its speaker
/// itself ("Bill Clinton said"), unlike "according to Barr", "Nixon's claim" or a colon.
const SAYING: &[&str] = &[
    "say",
    "said",
    "says",
    "saying",
    "tell",
    "told",
    "tells",
    "write",
    "wrote",
    "writes",
    "state",
    "stated",
    "states",
    "tweet",
    "tweeted",
    "tweets",
    "declare",
    "declared",
    "declares",
    "add",
    "added",
    "adds",
    "continue",
    "continued",
    "continues",
    "explain",
    "explained",
    "explains",
    "testify",
    "testified",
    "testifies",
    "announce",
    "announced",
    "announces",
    "insist",
    "insisted",
    "insists",
    "reply",
    "replied",
    "replies",
    "respond",
    "responded",
    "responds",
    "assert",
    "asserted",
    "asserts",
    "argue",
    "argued",
    "argues",
    "warn",
    "warned",
    "warns",
    "note",
    "noted",
    "notes",
    "claimed",
    "claims",
    "ask",
    "asked",
    "asks",
    "acknowledged",
    "acknowledges",
    "recalled",
    "recalls",
    "remarked",
    "remarks",
    "shouted",
    "proclaimed",
    "posted",
    "vowed",
    "vows",
    "admitted",
    "admits",
    "stressed",
    "emphasized",
    "concluded",
    "quipped",
    "joked",
    "complained",
    "conceded",
];

/// Whether a copy names its speaker itself: by a name as written next to a verb of saying, the
/// name being the speaker's ("Mr. Clinton said", not "he said", "the Republican declared",
/// "Nixon's claim", "according to Barr"). Only such copies can give words to another speaker.
pub fn named_by_copy(m: &Info) -> bool {
    let (Some(speaker), Some(mention), Some(cue)) = (&m.speaker, &m.mention, &m.cue) else {
        return false;
    };
    let verb = cue.split_whitespace().last().unwrap_or("").to_lowercase();
    let possessive = mention.ends_with("'s") || mention.ends_with("’s") || mention.ends_with('’');
    SAYING.contains(&verb.as_str()) && !possessive && names_speaker(mention, &speaker.name)
}

/// Whether a mention names the speaker: by a name ("Sarah Sanders"), or by the name of an
/// institution written with its article ("the White House" for "White House"), unlike a
/// description ("the Republican", "the President").
pub fn names_speaker(mention: &str, name: &str) -> bool {
    let bare = ["the ", "The "]
        .iter()
        .find_map(|a| mention.strip_prefix(a))
        .filter(|bare| bare.eq_ignore_ascii_case(name));
    let written = bare.unwrap_or(mention);
    identified(written) && same_person(written, name)
}

/// Whether two copies give the words to two people, each copy naming its own: a speaker that
/// extraction found through "he" or "the Republican" may be the wrong one.
pub fn named_apart(a: &Info, b: &Info) -> bool {
    named_by_copy(a) && named_by_copy(b) && may_be_apart(a, b)
}

/// Whether two copies may give the words to two people: their speakers differ, at least one
/// copy names its own, and the names written are not one person's ("Mr. Clinton" that
/// extraction took for Hillary is still Bill Clinton's).
pub fn may_be_apart(a: &Info, b: &Info) -> bool {
    let mention = |m: &Info| m.mention.clone().unwrap_or_default();
    relation(&a.speaker, &b.speaker) == Relation::Different
        && (named_by_copy(a) || named_by_copy(b))
        && !same_person(&mention(a), &mention(b))
}

/// Whether the utterance itself names this copy's speaker as someone it reports: the fuller
/// copy has "Director Comey said that" just before the words where the copy starts, and the
/// copy is given to Comey ("Clinton claimed Mr. Comey said 'my answers were truthful'"). Such a
/// copy gives the words to nobody new: its speaker was read from the words it quotes.
/// `start`: where the copy's first word stands in the fuller copy's words.
pub fn named_in_the_words(copy: &Info, full: &[Word], start: usize) -> bool {
    let Some(speaker) = &copy.speaker else {
        return false;
    };
    let names: Vec<String> = copy
        .mention
        .iter()
        .map(String::as_str)
        .chain([speaker.name.as_str()])
        .filter_map(|n| name_words(n).last().cloned())
        .collect();
    let before = &full[start.saturating_sub(NAMED_BEFORE)..start];
    let said = before
        .iter()
        .position(|w| SAYING.contains(&w.norm.as_str()));
    said.is_some_and(|k| before[..k].iter().any(|w| names.contains(&w.norm)))
}

/// How far before a copy's words the utterance may name its speaker ("Comey said that").
const NAMED_BEFORE: usize = 4;

/// The role a mention gives before the name, when extraction kept it in the mention: "White
/// House Press Secretary" in "White House Press Secretary Sarah Sanders".
fn role_in_mention(mention: &str, name: &str) -> Option<String> {
    let name_words = name_words(name);
    let role: Vec<&str> = mention
        .split_whitespace()
        .take_while(|w| !name_words.contains(&person_key(w)))
        .collect();
    (!role.is_empty() && role.len() < mention.split_whitespace().count()).then(|| role.join(" "))
}

/// Whether a role's words (as compared) name a press secretary: the office's spokesperson.
pub fn is_press_secretary(role_words: &[String]) -> bool {
    role_words.windows(2).any(|w| w == ["press", "secretary"])
}

/// "B is its spokesperson: ..." when b's role names a's speaker (an office or organisation).
pub fn speaks_for(a: &Info, b: &Info) -> Option<String> {
    let org = &a.speaker.as_ref()?.name;
    let person = &b.speaker.as_ref()?.name;
    let role = b
        .role
        .clone()
        .or(b.known_role.clone())
        .or_else(|| role_in_mention(b.mention.as_deref()?, person))?;
    let role_words: Vec<String> = words(&role).into_iter().map(|w| w.norm).collect();
    let role_stems: Vec<String> = role_words
        .iter()
        .map(|w| stem(w.trim_end_matches('s')))
        .collect();
    let names_org = words(org)
        .iter()
        .any(|w| w.norm.len() >= 4 && role_stems.contains(&stem(&w.norm)));
    let spokes =
        is_press_secretary(&role_words) || role_words.iter().any(|w| w.starts_with("spokes"));
    let member = role_words.iter().any(|w| {
        ["member", "official", "officer", "head", "chief", "director"].contains(&w.as_str())
    });
    (names_org && (spokes || member)).then(|| {
        let what = if spokes {
            "its spokesperson"
        } else {
            "its member"
        };
        format!("{person} is {what}: {role}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(id: i64, name: &str) -> Option<Speaker> {
        Some(Speaker {
            id,
            name: name.into(),
        })
    }

    #[test]
    fn initials_name_the_person_they_stand_for() {
        assert!(same_person("RBG", "Ruth Bader Ginsburg"));
        assert!(same_person("Alexandria Ocasio-Cortez", "AOC"));
        assert!(!same_person("RBG", "Ruth Ginsburg"));
        assert!(!same_person("NBC", "Ruth Bader Ginsburg"));
    }

    #[test]
    fn spellings_of_one_person_are_the_same_speaker() {
        assert_eq!(
            relation(&s(1, "Donald J. Trump"), &s(2, "Donald Trump")),
            Relation::Same
        );
        assert_eq!(
            relation(&s(1, "Kagan"), &s(2, "Elena Kagan")),
            Relation::Same
        );
        assert_eq!(relation(&s(1, "Núñez"), &s(2, "Nunez")), Relation::Same);
        assert_eq!(
            relation(&s(1, "Sen. Bernie Sanders"), &s(2, "Bernie Sanders")),
            Relation::Same
        );
    }

    #[test]
    fn descriptions_and_unknowns_are_not_different_speakers() {
        assert_eq!(
            relation(&s(1, "a Vermont Republican"), &s(2, "Phil Scott")),
            Relation::Unknown
        );
        assert_eq!(relation(&None, &s(2, "Phil Scott")), Relation::Unknown);
        assert_eq!(
            relation(&s(1, "New York Democrat"), &s(2, "Chuck Schumer")),
            Relation::Unknown
        );
        assert_eq!(
            relation(&s(1, "R-Texas"), &s(2, "John Cornyn")),
            Relation::Unknown
        );
    }

    #[test]
    fn bodies_outlets_and_pairs_are_no_other_speaker() {
        assert_eq!(
            relation(&s(1, "Trump administration"), &s(2, "Donald Trump")),
            Relation::Unknown
        );
        assert_eq!(
            relation(&s(1, "Associated Press"), &s(2, "GEO Group")),
            Relation::Unknown
        );
        assert_eq!(
            relation(&s(1, "Marco Rubio and Rob Portman"), &s(2, "Barack Obama")),
            Relation::Unknown
        );
        assert_eq!(
            relation(&s(1, "Monday"), &s(2, "Hillary Clinton")),
            Relation::Unknown
        );
        assert_eq!(
            relation(
                &s(1, "District Judge Amit Mehta"),
                &s(2, "US District Court Judge Amit Metha")
            ),
            Relation::Same
        );
    }

    #[test]
    fn slips_nicknames_and_clauses() {
        let rel = |a: &str, b: &str| relation(&s(1, a), &s(2, b));
        assert_eq!(rel("Maria Zhakarova", "Maria Zakharova"), Relation::Same);
        assert_eq!(rel("Barry Ostrager", "Ostranger"), Relation::Same);
        assert_eq!(rel("Bill Taylor", "William Taylor"), Relation::Same);
        assert_eq!(rel("Geoff Berman", "Geoffrey Berman"), Relation::Same);
        assert_eq!(rel("Steve Mnuchin", "Steven Mnuchin"), Relation::Same);
        assert_eq!(
            rel("Despite Secretary", "Hillary Clinton"),
            Relation::Unknown
        );
        assert_eq!(
            rel("More recently Trump", "Donald Trump"),
            Relation::Unknown
        );
        assert_eq!(
            rel("Facing Democratic", "Hillary Clinton"),
            Relation::Unknown
        );
        assert_eq!(rel("Paul Ryan", "April Ryan"), Relation::Different);
        assert_eq!(rel("Rahm Emanuel", "Emmanuel Macron"), Relation::Different);
    }

    #[test]
    fn a_post_kept_before_a_name_is_no_other_person() {
        let rel = |a: &str, b: &str| relation(&s(1, a), &s(2, b));
        assert_eq!(rel("Professor Valenzano", "Joe Valenzano"), Relation::Same);
        assert_eq!(rel("Officer Wilson", "Darren Wilson"), Relation::Same);
        assert_eq!(
            rel(
                "White House Press Secretary Sarah Sanders",
                "Sarah Huckabee Sanders"
            ),
            Relation::Same
        );
        assert_eq!(rel("Professor Valenzano", "Joe Biden"), Relation::Different);
        assert_eq!(
            rel(
                "White House Press Secretary Sarah Sanders",
                "Bernie Sanders"
            ),
            Relation::Different
        );
        assert_eq!(
            clean("Despite Secretary", true).as_deref(),
            Some("Despite Secretary")
        );
        assert_eq!(
            clean("Trump administration", true).as_deref(),
            Some("Trump administration")
        );
    }

    #[test]
    fn other_people_are_different() {
        assert_eq!(
            relation(&s(1, "Hillary Clinton"), &s(2, "Bill Clinton")),
            Relation::Different
        );
        assert_eq!(
            relation(&s(1, "John Kerry"), &s(2, "Barack Obama")),
            Relation::Different
        );
    }
}
