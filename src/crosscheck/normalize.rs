//! Words as cross-checking compares them: case, punctuation, quotation marks and spelling
//! variants (U.S./US, criticised/criticized) do not count as differences.

use crate::extract::lexicon::MONTHS;
use crate::extract::names::without_diacritics;

/// A word of a statement: as written, and as compared.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    /// Empty for the second part of a contraction written out ("we’ve" is "we" "have").
    pub text: String,
    pub norm: String,
}

impl Word {
    /// The word as shown: as written, or, for a contraction's second part (which has no text
    /// of its own), the word it stands for ("didn't" for "did": "not").
    pub fn shown(&self) -> &str {
        if self.text.is_empty() {
            &self.norm
        } else {
            &self.text
        }
    }
}

const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "but", "that", "this",
    "is", "are", "was", "were", "be", "been", "it", "its", "as", "by", "with", "from", "has",
    "have", "had", "will", "would", "their", "they", "there", "which", "who", "all", "also",
];

/// Words whose change is a contradiction, not a rewording.
const NEGATIONS: &[&str] = &[
    "not", "no", "never", "none", "nothing", "neither", "nor", "without", "nobody", "nowhere",
];

const NUMBER_WORDS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "dozen",
    "first",
    "second",
    "third",
    "half",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "percent",
    "once",
    "twice",
];

/// British to American spellings and abbreviations, so they compare equal.
fn spelling(w: &str) -> String {
    let w = match w {
        "us" | "usa" => return "us".into(),
        "uk" => return "uk".into(),
        // Titles abbreviated before a name, as news style writes them: "Gov. Romney".
        "gov" => return "governor".into(),
        "sen" => return "senator".into(),
        "rep" => return "representative".into(),
        "lt" => return "lieutenant".into(),
        "sgt" => return "sergeant".into(),
        "capt" => return "captain".into(),
        "col" => return "colonel".into(),
        _ => w,
    };
    for (from, to) in [
        ("ised", "ized"),
        ("ising", "izing"),
        ("ise", "ize"),
        ("isation", "ization"),
        ("our", "or"),
        ("yse", "yze"),
    ] {
        if w.len() > from.len() + 3 {
            if let Some(stem) = w.strip_suffix(from) {
                return format!("{stem}{to}");
            }
        }
    }
    if w.len() > 5 {
        if let Some(stem) = w.strip_suffix("tre") {
            return format!("{stem}ter");
        }
    }
    w.to_string()
}

/// Splits text into words; punctuation and marks go, apostrophes and dots inside words too
/// ("U.S." is "us", "I’ve" is "ive"). Hyphens and dashes separate words ("fifth-grade" is
/// "fifth grade") and diacritics fold ("Núñez" is "nunez"), so neither is a difference.
pub fn words(text: &str) -> Vec<Word> {
    let text = without_signature(text);
    // An ellipsis parts words even written without spaces ("Section 5?…Do you think").
    let text = if text.contains("...") {
        std::borrow::Cow::Owned(text.replace("...", "…"))
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    let ws: Vec<Word> = text
        .split(|c: char| c.is_whitespace() || is_dash(c) || c == '…')
        .filter_map(|raw| {
            let norm: String = without_diacritics(raw)
                .chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect();
            (!norm.is_empty()).then_some((raw, norm))
        })
        .flat_map(|(raw, norm)| {
            // "didn't" is "did not": a contraction is no difference.
            let apostrophe = raw.contains(['\'', '’']);
            let parts: Vec<String> = match (contraction(&norm), pronoun_contraction(&norm)) {
                (Some(verb), _) => vec![verb.to_string(), "not".to_string()],
                (None, Some((p, verb))) if apostrophe => vec![p.to_string(), verb.to_string()],
                _ => vec![spelling(&norm)],
            };
            // The word as written stands once, on its first part: "we’ve" is shown once.
            parts.into_iter().enumerate().map(move |(k, norm)| Word {
                text: if k == 0 {
                    raw.to_string()
                } else {
                    String::new()
                },
                norm,
            })
        })
        .collect();
    // A possessive set apart ("Trump ‘s") belongs to its word.
    let mut out: Vec<Word> = Vec::with_capacity(ws.len());
    for w in ws {
        match out.last_mut() {
            Some(prev) if w.norm == "s" && w.text.starts_with(['\'', '\u{2018}', '\u{2019}']) => {
                prev.norm.push('s');
                prev.text.push_str(&w.text);
            }
            _ => out.push(w),
        }
    }
    out
}

/// A statement without the signature line of an embedded tweet ("— Donald J. Trump
/// (@realDonaldTrump) July 14, 2018"): the name, handle and date of every tweet by one
/// account, not words of the tweet, so they never make two tweets alike.
fn without_signature(text: &str) -> &str {
    let Some(at) = text.rfind("(@") else {
        return text;
    };
    let Some(close) = text[at..].find(')') else {
        return text;
    };
    let tail = text[at + close + 1..].trim_end_matches(|c: char| !c.is_alphanumeric());
    let date: Vec<&str> = tail.split_whitespace().collect();
    let dated = match date.as_slice() {
        [month, day, year] => {
            MONTHS.contains(&month.to_lowercase().as_str())
                && day.trim_end_matches(',').parse::<u8>().is_ok()
                && year.len() == 4
                && year.parse::<u16>().is_ok()
        }
        _ => false,
    };
    // The dash that opens the signature stands a name's length before the handle.
    let dash = text[..at]
        .char_indices()
        .rev()
        .take(40)
        .find(|&(i, c)| {
            // A dash set apart, not one inside a name ("Jean-Pierre").
            let spaced = text[i + c.len_utf8()..].starts_with(char::is_whitespace);
            matches!(c, '—' | '–' | '-') && spaced
        })
        .map(|(i, _)| i);
    match dash {
        Some(d) if dated => text[..d].trim_end(),
        _ => text,
    }
}

/// Pronoun contractions written out: "you're" is "you are".
fn pronoun_contraction(norm: &str) -> Option<(&'static str, &'static str)> {
    const PRONOUNS: &[&str] = &[
        "i", "you", "we", "they", "he", "she", "it", "that", "there", "who", "what",
    ];
    for (ending, verb) in [
        ("re", "are"),
        ("ve", "have"),
        ("ll", "will"),
        ("m", "am"),
        ("d", "would"),
        ("s", "is"),
    ] {
        if let Some(p) = norm.strip_suffix(ending) {
            if let Some(p) = PRONOUNS.iter().find(|x| **x == p) {
                let fits = match ending {
                    "re" => ["you", "we", "they", "who", "what"].contains(p),
                    "m" => *p == "i",
                    "s" => ["he", "she", "it", "that", "there", "who", "what"].contains(p),
                    _ => true,
                };
                if fits {
                    return Some((p, verb));
                }
            }
        }
    }
    None
}

/// The verb of a negative contraction, as written out.
fn contraction(norm: &str) -> Option<&'static str> {
    Some(match norm {
        "dont" => "do",
        "doesnt" => "does",
        "didnt" => "did",
        "isnt" => "is",
        "wasnt" => "was",
        "arent" => "are",
        "werent" => "were",
        "hasnt" => "has",
        "havent" => "have",
        "hadnt" => "had",
        "wont" => "will",
        "cant" | "cannot" => "can",
        "couldnt" => "could",
        "shouldnt" => "should",
        "wouldnt" => "would",
        "mustnt" => "must",
        _ => return None,
    })
}

/// Quoted words shorter than this inside reported speech are scare quotes, not a quotation.
const MIN_QUOTED_WORDS: usize = 5;

/// The longest quotation inside reported speech ("he hoped Comey could \u{201c}see your way clear
/// to letting this go\u{201d}"), when it has words enough to be a quotation: those words are on
/// record and are compared as a quotation's. A name or title quoted in running text ("anchor
/// of CNN's \u{201c}The Lead with Jake Tapper\u{201d}") is no quotation; in a headline, where
/// every word is capitalised, case says nothing. Double marks first (curly, straight, `''`); single
/// marks only when there are none. A quotation left open runs to the end.
pub fn quotation_inside(text: &str) -> Option<&str> {
    let spans = quoted_spans(text, false);
    let spans = if spans.is_empty() {
        quoted_spans(text, true)
    } else {
        spans
    };
    spans
        .into_iter()
        .map(|(from, to)| &text[from..to])
        .map(|span| (words(span).len(), span))
        .filter(|(n, span)| *n >= MIN_QUOTED_WORDS && (!is_title(span) || is_title(text)))
        .max_by_key(|(n, _)| *n)
        .map(|(_, span)| span)
}

/// Small words a title leaves in lower case ("Islamic State of Iraq and Syria", "The Lead with
/// Jake Tapper").
const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "for", "with", "in", "on", "at", "to", "by", "from", "de",
    "la", "del", "von", "van", "vs", "v",
];

/// Whether words are a name or a title, not a claim: every word capitalised but a title's small
/// words ("Islamic State of Iraq and Syria", "The Lead with Jake Tapper", "If You Like Your
/// Plan, You Can Keep It" as a bill's name). Outlets quote names and titles; two that share
/// one say nothing alike. Words all in capitals are shouted, not titled ("NO COLLUSION!").
pub fn is_title(text: &str) -> bool {
    let tokens: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '-' || c == '—' || c == '/')
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|t| t.chars().any(char::is_alphabetic))
        .collect();
    let capitalised = |t: &&str| t.chars().next().is_some_and(char::is_uppercase);
    let small = |t: &&str| TITLE_SMALL_WORDS.contains(&t.to_lowercase().as_str());
    tokens.iter().filter(|t| capitalised(t)).count() >= 2
        && tokens.iter().all(|t| capitalised(t) || small(t))
        && tokens.iter().any(|t| t.chars().any(char::is_lowercase))
}

/// The quotations a quotation holds ("despite his pledge that ‘If you like your health care
/// plan, you can keep it.’"): someone else's words, in single or double marks.
pub fn quotations_within(text: &str) -> impl Iterator<Item = &str> {
    let mut spans = quoted_spans(text, true);
    spans.extend(quoted_spans(text, false));
    spans.into_iter().map(move |(from, to)| &text[from..to])
}

/// Byte ranges between quotation marks: double ones, or single ones at word edges (so the
/// apostrophe of "we’re" is no mark).
fn quoted_spans(text: &str, single: bool) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |k: usize| chars.get(k).map(|c| c.1);
    let word_char = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        let doubled = !single && c == '\'' && at(k + 1) == Some('\'');
        let width = if doubled { 2 } else { 1 };
        let next = chars.get(k + width).map_or(text.len(), |c| c.0);
        let (opens, closes) = if single {
            let edge_before = !word_char(k.checked_sub(1).and_then(at));
            let edge_after = !word_char(at(k + 1));
            let mark = matches!(c, '\'' | '\u{2018}' | '\u{2019}');
            // A closing mark may follow the quotation's last stop ("keep it.’").
            let after_space = k
                .checked_sub(1)
                .and_then(at)
                .is_none_or(char::is_whitespace);
            (
                mark && c != '\u{2019}' && edge_before && !edge_after,
                mark && c != '\u{2018}' && edge_after && !after_space,
            )
        } else {
            let toggles = c == '"' || doubled;
            (c == '\u{201c}' || toggles, c == '\u{201d}' || toggles)
        };
        match open {
            Some(from) if closes => {
                spans.push((from, i));
                open = None;
            }
            None if opens => open = Some(next),
            _ => {}
        }
        k += width;
    }
    if let Some(from) = open.filter(|_| !single) {
        spans.push((from, text.len()));
    }
    spans
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}')
}

pub fn is_function_word(w: &str) -> bool {
    FUNCTION_WORDS.contains(&w)
}

pub fn is_negation(w: &str) -> bool {
    NEGATIONS.contains(&w)
}

pub fn is_number(w: &str) -> bool {
    w.chars().any(|c| c.is_ascii_digit()) || NUMBER_WORDS.contains(&w)
}

/// A word as a number is compared: numerals for number words ("one" is "1"), an hour without
/// minutes ("1:00" is "1"); any other word as it is.
pub fn number_spelling(w: &Word) -> String {
    const SMALL: [&str; 13] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    const ORDINALS: [&str; 12] = [
        "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th", "12th",
    ];
    const ORDINAL_WORDS: [&str; 12] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth",
    ];
    if let Some(n) = SMALL.iter().position(|x| *x == w.norm) {
        return n.to_string();
    }
    // "Second Amendment" and "2nd Amendment".
    if let Some(n) = ORDINAL_WORDS.iter().position(|x| *x == w.norm) {
        return ORDINALS[n].to_string();
    }
    // "3 1/2" and "three and a half".
    if ["1/2", "½"].contains(
        &w.text
            .trim_matches(|c: char| c.is_ascii_punctuation() && c != '/'),
    ) {
        return "half".to_string();
    }
    // A decade written short: "the '80s" is "the 1980s".
    let decade = w.norm.strip_suffix("0s").filter(|d| d.len() == 3);
    if let Some(d) = decade.filter(|d| d.chars().all(|c| c.is_ascii_digit())) {
        return format!("{}0s", &d[2..]);
    }
    match w
        .text
        .trim_matches(|c: char| !c.is_alphanumeric())
        .split_once(':')
    {
        Some((hour, "00")) if hour.chars().all(|c| c.is_ascii_digit()) => hour.to_string(),
        _ => w.norm.clone(),
    }
}

/// Words as numbers are compared, numbers written in words folded into numerals: "twenty"
/// is "20", "twenty five" "25", "one hundred" "100"; other words stay as they are.
pub fn spelled_numbers(ws: &[&Word]) -> Vec<String> {
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    const TEENS: [&str; 7] = [
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    let mut out: Vec<String> = Vec::new();
    // Whether the last numeral came from a tens word, which a unit word adds to.
    let mut tens_before = false;
    for w in ws {
        let word = w.norm.as_str();
        let value = |s: &str| s.parse::<u64>().ok();
        let last = out.last().and_then(|l| value(l));
        let spelled = if let Some(t) = TENS.iter().position(|x| *x == word) {
            Some((t as u64 + 2) * 10)
        } else {
            TEENS.iter().position(|x| *x == word).map(|t| t as u64 + 13)
        };
        let scale = match word {
            "hundred" => Some(100),
            "thousand" => Some(1_000),
            "million" => Some(1_000_000),
            _ => None,
        };
        if let Some(date) = slash_date(w).filter(|_| number_spelling(w) != "half") {
            out.extend(date);
            tens_before = false;
            continue;
        }
        let unit = value(&number_spelling(w)).filter(|u| (1..10).contains(u) && tens_before);
        match (last, scale, unit) {
            (Some(n), Some(m), _) => *out.last_mut().unwrap() = (n * m).to_string(),
            (Some(n), None, Some(u)) => *out.last_mut().unwrap() = (n + u).to_string(),
            _ => out.push(spelled.map_or_else(|| number_spelling(w), |n| n.to_string())),
        }
        tens_before = spelled.is_some_and(|n| n >= 20) && unit.is_none();
    }
    // "three and a half" is "3 half", as "3 1/2" is.
    let mut k = 0;
    while k + 3 < out.len() {
        let after_number = out[k].parse::<u64>().is_ok();
        if after_number && out[k + 1] == "and" && out[k + 2] == "a" && out[k + 3] == "half" {
            out.drain(k + 1..k + 3);
        }
        k += 1;
    }
    out
}

/// A number's value as compared: its digits ("AR-15s" holds 15), or the word itself.
pub fn number_value(w: &str) -> String {
    let digits: String = w.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() {
        w.to_string()
    } else {
        digits
    }
}

/// A date written with a slash, month first as American news writes it ("9/11"), as its
/// month and day.
fn slash_date(w: &Word) -> Option<[String; 2]> {
    let text = w.text.trim_matches(|c: char| !c.is_ascii_digit());
    let (month, day) = text.split_once('/')?;
    let (m, d) = (month.parse::<usize>().ok()?, day.parse::<u32>().ok()?);
    let plain = month.len() <= 2 && day.len() <= 2;
    (plain && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| [MONTHS[m - 1].to_string(), d.to_string()])
}

/// A crude stem that lets paraphrases meet: the first six letters ("telecom" and
/// "telecommunication", "company" and "companies").
pub fn stem(w: &str) -> String {
    let w = w.strip_suffix('s').filter(|s| s.len() >= 4).unwrap_or(w);
    w.chars().take(6).collect()
}

/// The content stems of a statement, in order.
pub fn content_stems(words: &[Word]) -> Vec<String> {
    words
        .iter()
        .filter(|w| !is_function_word(&w.norm))
        .map(|w| stem(&w.norm))
        .collect()
}

/// FNV-1a: a stable 64-bit hash, because index keys are stored in the database.
pub fn term_hash(s: &str) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h as i64
}

/// The distinct terms of a statement as sorted hashes, to count the terms two statements
/// share without building sets for every comparison.
pub fn bag<S: AsRef<str>>(terms: &[S]) -> Vec<i64> {
    let mut hashes: Vec<i64> = terms.iter().map(|t| term_hash(t.as_ref())).collect();
    hashes.sort_unstable();
    hashes.dedup();
    hashes
}

/// How many values two sorted, deduplicated lists have in common.
pub fn common(a: &[i64], b: &[i64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Index terms: neighbouring terms joined by a space (the single term of a one-term
/// statement); the index keys are their hashes (`term_hash`).
pub fn shingle_phrases<S: AsRef<str>>(terms: &[S]) -> Vec<String> {
    if terms.len() < 2 {
        return terms.iter().map(|t| t.as_ref().to_string()).collect();
    }
    terms
        .windows(2)
        .map(|p| format!("{} {}", p[0].as_ref(), p[1].as_ref()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_variants_compare_equal() {
        let a: Vec<String> = words("U.S. criticised, “very”")
            .into_iter()
            .map(|w| w.norm)
            .collect();
        let b: Vec<String> = words("US criticized very")
            .into_iter()
            .map(|w| w.norm)
            .collect();
        assert_eq!(a, b);
    }

    #[test]
    fn hyphens_and_diacritics_are_not_differences() {
        let norms = |t: &str| words(t).into_iter().map(|w| w.norm).collect::<Vec<_>>();
        assert_eq!(norms("a fifth-grade class"), norms("a fifth grade class"));
        assert_eq!(norms("Núñez said"), norms("Nunez said"));
        assert_eq!(norms("Calderón"), vec!["calderon"]);
    }

    #[test]
    fn abbreviated_titles_are_their_words() {
        let norms = |t: &str| words(t).into_iter().map(|w| w.norm).collect::<Vec<_>>();
        assert_eq!(
            norms("Gov. Lee and Sen. Park met Rep. Diaz and Lt. Col. Moss"),
            norms(
                "Governor Lee and Senator Park met Representative Diaz and Lieutenant Colonel Moss"
            )
        );
    }

    #[test]
    fn a_tweet_signature_is_no_words_of_the_tweet() {
        let norms = |t: &str| -> Vec<String> { words(t).into_iter().map(|w| w.norm).collect() };
        assert_eq!(
            norms("Great job, thank you! — Donald J. Trump (@realDonaldTrump) July 14, 2018"),
            ["great", "job", "thank", "you"]
        );
        assert_eq!(
            norms("So sad - Ann Lee-Park (@annlee) May 5, 2017”"),
            ["so", "sad"]
        );
        // A handle inside the words stays.
        assert_eq!(
            norms("thank you (@annlee) for this"),
            ["thank", "you", "annlee", "for", "this"]
        );
    }

    #[test]
    fn an_ellipsis_parts_words() {
        for text in ["in Section 5?…Do you", "in Section 5?...Do you"] {
            let norms: Vec<String> = words(text).into_iter().map(|w| w.norm).collect();
            assert_eq!(norms, ["in", "section", "5", "do", "you"], "{text}");
        }
    }

    #[test]
    fn contractions_are_written_out() {
        let norms = |t: &str| words(t).into_iter().map(|w| w.norm).collect::<Vec<_>>();
        assert_eq!(norms("you’re able"), norms("you are able"));
        assert_eq!(
            norms("I'm here, we've won"),
            norms("I am here, we have won")
        );
        assert_eq!(norms("its well"), vec!["its", "well"]);
        assert_eq!(
            norms("President Trump ‘s bid"),
            norms("President Trump's bid")
        );
    }

    #[test]
    fn paraphrase_stems_meet() {
        assert_eq!(stem("telecom"), stem("telecommunication"));
        assert_eq!(stem("companies"), stem("company"));
    }

    #[test]
    fn quotations_within_a_quotation_are_found_when_they_close_after_a_stop() {
        let within: Vec<&str> =
            quotations_within("despite his pledge that ‘you can keep it.’ Whatever the case")
                .collect();
        assert_eq!(within, ["you can keep it."]);
        assert_eq!(quotations_within("we’re sure it’s theirs").count(), 0);
    }

    #[test]
    fn names_and_titles_are_told_from_sentences() {
        assert!(is_title("Islamic State of Iraq and Syria."));
        assert!(is_title("The Lead with Jake Tapper"));
        assert!(is_title("If You Like Your Plan, You Can Keep It"));
        assert!(!is_title("the enemy of the people"));
        assert!(!is_title("It ain't over, man; we're just getting started"));
        // One capitalised word is a sentence's first; capitals throughout are shouted.
        assert!(!is_title("Enough."));
        assert!(!is_title("NO COLLUSION, NO OBSTRUCTION"));
    }

    #[test]
    fn a_quotation_inside_reported_speech_is_found() {
        let q = |t: &str| quotation_inside(t).map(str::to_string);
        assert_eq!(
            q("he hoped Comey could \u{201c}see your way clear to letting this go,\u{201d} Comey testified").as_deref(),
            Some("see your way clear to letting this go,")
        );
        assert_eq!(
            q("called it \"fake news\" and \"a total and complete witch hunt\" today").as_deref(),
            Some("a total and complete witch hunt")
        );
        assert_eq!(
            q("said ''we're not going back to that'' again").as_deref(),
            Some("we're not going back to that")
        );
        assert_eq!(
            q("Trade Wars Are 'Good and Easy to Win'").as_deref(),
            Some("Good and Easy to Win")
        );
        assert_eq!(
            q("the former secretary \"has real concerns about these reports, and").as_deref(),
            Some("has real concerns about these reports, and")
        );
        // A name or title in running text is no quotation; a headline's words are all titled.
        assert_eq!(
            q("told CNN's \u{201c}The Lead with Jake Tapper\u{201d} that the teenager was walking"),
            None
        );
        // Scare quotes and apostrophes are no quotation.
        assert_eq!(
            q("he called the report \u{201c}deeply flawed\u{201d} on Monday"),
            None
        );
        assert_eq!(
            q("they\u{2019}re sure the Americans\u{2019} plan won\u{2019}t work at all"),
            None
        );
    }
}
