//! Name cards scraped into a record's text. The Hill shows a card when a reader hovers over a
//! politician's name, and scrapers keep its text right after the name: the full formal name,
//! glued to the person's latest headlines, then "MORE":
//!
//! `Senate Majority Leader Mitch McConnell Addison (Mitch) Mitchell McConnellGOP senators balk
//! at lengthy impeachment trial ... MORE (R-Ky.) said`
//!
//! The card is no part of the article (read as speech, its headlines joined unrelated groups and
//! its words entered speaker names), so it is taken out when the record is read, leaving `Mitch
//! McConnell (R-Ky.) said`; the stored body is the text without it, so offsets stay true.
//!
//! A card is recognised by its shape alone, whatever the outlet: a capitalised name word, then
//! within a few name words the same word again (the formal name's last word, glued or not to
//! the first headline), and later in the paragraph "MORE" as a word of its own.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

/// How far before "MORE" a card may start (three headlines, in bytes).
const LONGEST_CARD: usize = 1500;
/// The formal name's words after the name in the text ("Addison (Mitch) Mitchell McConnell").
const FORMAL_NAME_WORDS: usize = 6;
/// Lowercase words that belong in names ("Bill de Blasio").
const PARTICLES: &[&str] = &[
    "de", "van", "von", "del", "da", "di", "la", "le", "bin", "al",
];

/// The text without name cards.
pub fn strip(text: &str) -> Cow<'_, str> {
    let mut cut: Vec<(usize, usize)> = Vec::new();
    let mut after_last = 0;
    for (at, _) in text.match_indices("MORE") {
        let Some((start, end)) = more_word(text, at) else {
            continue;
        };
        if start < after_last {
            continue;
        }
        let mut from =
            floor_char_boundary(text, start.saturating_sub(LONGEST_CARD)).max(after_last);
        if let Some(newline) = text[from..start].rfind('\n') {
            from += newline + 1;
        }
        if let Some(card_start) = card_start(text, from, start) {
            cut.push((card_start, end));
            after_last = end;
        }
    }
    if cut.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut kept = String::with_capacity(text.len());
    let mut from = 0;
    for (start, end) in cut {
        kept.push_str(&text[from..start]);
        from = end;
    }
    kept.push_str(&text[from..]);
    Cow::Owned(kept)
}

/// The span of "MORE" at `at` with the space before it, when it stands as a word of its own:
/// after a space or glued to a lowercase letter ("NetanyahuMORE", a card with no headlines),
/// and before no letter or digit.
fn more_word(text: &str, at: usize) -> Option<(usize, usize)> {
    let end = at + "MORE".len();
    if text[end..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    match text[..at].chars().next_back()? {
        ' ' => Some((at - 1, end)),
        c if c.is_lowercase() => Some((at, end)),
        _ => None,
    }
}

/// Where the card before `more` starts: right after the name it follows.
fn card_start(text: &str, from: usize, more: usize) -> Option<usize> {
    let pieces = pieces(text, from, more);
    let word = |i: usize| &text[pieces[i].0..pieces[i].1];
    // The index of the formal name's last word, when piece `i` ends a name that a card follows.
    let repeated = |i: usize| {
        (i + 1..pieces.len().min(i + 1 + FORMAL_NAME_WORDS))
            .take_while(|&j| is_name_word(word(j)))
            .find(|&j| same_name(word(i), word(j)))
    };
    (0..pieces.len()).find_map(|i| {
        // A name ends in a letter or an initial's point ("Arabic, (Arabic)" is no name twice).
        let ends_name = word(i).ends_with(|c: char| c.is_alphabetic() || c == '.');
        if !ends_name || !is_name_word(word(i)) {
            return None;
        }
        let last = repeated(i)?;
        // "Joe Biden Joe Biden...": the name in the text ends at "Biden", not at the first "Joe".
        let name_goes_on = i + 1 < last && repeated(i + 1).is_some();
        (!name_goes_on).then_some(pieces[i].1)
    })
}

/// The words of `text[from..to]`, a word split where a card glues a name to a headline
/// ("McConnellGOP", "McCain2020", "Jr.Trump").
fn pieces(text: &str, from: usize, to: usize) -> Vec<(usize, usize)> {
    let mut pieces = Vec::new();
    let mut start = None;
    let mut before: Option<char> = None;
    for (i, c) in text[from..to].char_indices() {
        let at = from + i;
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                pieces.push((s, at));
            }
        } else if let Some(s) = start {
            let glued = before.is_some_and(|b| b.is_lowercase() || b == ')' || b == '.')
                && (c.is_uppercase() || c.is_ascii_digit() || "'\"‘“$".contains(c));
            if glued {
                pieces.push((s, at));
                start = Some(at);
            }
        } else {
            start = Some(at);
        }
        before = Some(c);
    }
    if let Some(s) = start {
        pieces.push((s, to));
    }
    pieces
}

/// A word that can be part of a person's name: capitalised (a nickname in parentheses too), not
/// all capitals (headings are), or a particle.
fn is_name_word(word: &str) -> bool {
    if PARTICLES.contains(&word) {
        return true;
    }
    let word = word.trim_start_matches(['(', '[']);
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = word.chars().filter(|c| c.is_uppercase()).count();
    word.chars().next().is_some_and(char::is_uppercase) && (letters < 2 || capitals < letters)
}

/// The same name word, but for punctuation, diacritics ("Sanchez", "Sánchez") and one typing
/// slip in a long word ("Costello", "Costelllo").
fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (folded(a), folded(b));
    if a.is_empty() || a == b {
        return !a.is_empty();
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let (short, long): (Vec<char>, Vec<char>) = (short.chars().collect(), long.chars().collect());
    if short.len() < 5 || long.len() - short.len() > 1 {
        return false;
    }
    if short.len() == long.len() {
        return short.iter().zip(&long).filter(|(x, y)| x != y).count() <= 1;
    }
    let first_difference = short
        .iter()
        .zip(&long)
        .position(|(x, y)| x != y)
        .unwrap_or(short.len());
    short[first_difference..] == long[first_difference + 1..]
}

fn folded(word: &str) -> String {
    word.trim_matches(|c: char| "()[]\"'‘’“”,.".contains(c))
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect()
}

fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Paragraphs of thehill.com records in the ABP news set, as scraped.
    const MCCONNELL: &str = "That leaves Senate Majority Leader Mitch McConnell Addison (Mitch) \
        Mitchell McConnellGOP senators balk at lengthy impeachment trial Graham: Senate trial \
        'must expose the whistleblower' Graham says Schiff should be a witness in Trump \
        impeachment trial MORE (R-Ky.) hope of reaching a deal.";

    #[test]
    fn a_card_after_a_name_is_taken_out() {
        assert_eq!(
            strip(MCCONNELL),
            "That leaves Senate Majority Leader Mitch McConnell (R-Ky.) hope of reaching a deal."
        );
    }

    #[test]
    fn possessives_first_names_repeated_and_cards_side_by_side() {
        let text = "President Trump Donald John TrumpGOP senators balk at lengthy impeachment \
            trial Warren goes local in race to build 2020 movement MORE’s full-throated \
            endorsement of Former Vice President Joe Biden Joe Biden Parnas: U.S. ambassador to \
            Ukraine removed Five takeaways from Parnas's Maddow interview MORE and his son, and \
            Rep. Steny Hoyer Steny Hamilton Hoyer Hoyer calls GOP efforts 'despicable' MORE \
            (Md.), 79.";
        assert_eq!(
            strip(text),
            "President Trump’s full-throated endorsement of Former Vice President Joe Biden and \
             his son, and Rep. Steny Hoyer (Md.), 79."
        );
    }

    #[test]
    fn glued_names_particles_diacritics_and_slips() {
        let cases = [
            (
                "by John DurhamJohn DurhamThe Hill's Morning Report - Five takeaways MORE, the \
                 U.S. attorney",
                "by John Durham, the U.S. attorney",
            ),
            (
                "Mayor Bill de Blasio Bill de BlasioDNC raises thresholds for fifth debate \
                 MORE (D) said",
                "Mayor Bill de Blasio (D) said",
            ),
            (
                "Rep. Linda Sanchez Linda Teresa SánchezFirst major 'Medicare for All' hearing \
                 MORE (D-Calif.), the",
                "Rep. Linda Sanchez (D-Calif.), the",
            ),
            (
                "said retiring Rep. Ryan Costello Ryan Anthony CostellloFormer GOP Rep. Costello \
                 launches lobbying shop MORE (R-Pa.), a",
                "said retiring Rep. Ryan Costello (R-Pa.), a",
            ),
            (
                "Benjamin Netanyahu Benjamin (Bibi) NetanyahuMORE as a guide dog",
                "Benjamin Netanyahu as a guide dog",
            ),
        ];
        for (text, without) in cases {
            assert_eq!(strip(text), without, "{text}");
        }
    }

    #[test]
    fn more_in_ordinary_text_and_headings_stays() {
        for text in [
            "READ MORE ABOUT BLACK LIVES MATTER",
            "IS CORONAVIRUS MORE FATAL TO MEN THAN CORONAVIRUS FOR WOMEN? READ MORE",
            "Trump said Trump would do MORE for them.",
            "WHAT HAS THE EU DONE, AND WHAT MORE CAN IT DO?",
            "Mitch McConnell said nothing.\n\nMcConnell Addison said MORE later.",
            "SOT: From Reuters, Arabic, (Arabic) MAN FLEEING FROM MOSUL: “THE MILITANTS SEIZED MORE \
             IRAQI TOWNS.”",
        ] {
            assert_eq!(strip(text), text);
        }
    }
}
